// The event coder: a parsed story and the dictionaries in, events out.
//
// Takes a Story that the text and syntax stages have filled (tokens with
// tags, lemmas and a dependency tree per kept sentence) and a compiled
// Lexicon (dict/matcher.h); gives Events (core/event.h): a source actor, a
// target actor, a CAMEO code, and the byte spans of the words behind each.
//
// How a sentence is coded (coder.cc has the details and the reasons):
//   1. Dictionary phrases are found in the sentence (Lexicon::match). A
//      discard phrase drops the sentence (or, with '+', the story).
//   2. Each verb phrase whose head word the parser made a predicate is a
//      candidate event. Its arguments come from the tree, not from word
//      order: the source is the subject (the "by" phrase in the passive; a
//      controlling subject or object for "X is about to restore", "urged Y
//      to help"; the first conjunct's subject for "condemned ... and
//      promised"; the noun a relative clause modifies); the target is the
//      first actor among its object, indirect object, oblique and
//      complement phrases, never inside a clause that codes an event of
//      its own ("X said Y accused Z": Y accuses Z, X only makes a
//      statement). An object that names an earlier act and no actor
//      ("rebels rejected the calls", "Ethiopia denied the charge") stands
//      for the sources of the story's latest event, so the target's span
//      may lie in an earlier sentence.
//   3. The verb's patterns (PETRARCH 2 syntax: words before and after '*',
//      '_' for adjacent words, '$' source, '+' target, '%' compound actor,
//      &SYNSET) are matched against the words before the verb and the
//      words of the verb's own phrase after it; the most specific match
//      gives the code, else the verb's or its block's code. A negated verb
//      ("did not attack") is not coded as the act unless a pattern names
//      the negation.
//   4. A noun phrase becomes actor codes: its country or organisation
//      actor joined with the agents in it ("Gondor's government" = GON +
//      GOV, "the ambassadors of Arnor" = ARN + GOV); "X and Y" (also
//      inside "lawmakers in X and Y") gives one actor each, and so one
//      event each; a compound dictionary code "ELR/GAL" gives both. A
//      compound source with no target yields the reciprocal events
//      ("X and Y renewed ties").
//
// Thread-safety: a Coder is const after construction and shared by
// threads; per-call state lives in the caller's CoderScratch.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "coding/ontology.h"
#include "core/document.h"
#include "core/event.h"
#include "dict/matcher.h"

namespace dyad::coding {

struct CoderOptions {
  // Code an event only when it has both a source and a target. Without it,
  // an event with no target is written with an empty target.
  bool require_dyad = true;
  // PETRARCH's new_actor_length: a subject noun phrase of at most this many
  // words that names no dictionary actor becomes an actor of its own, coded
  // as its upper-cased words in quotes ("\"INJURY TOLL\""). 0 = off.
  uint32_t new_actor_length = 0;
  // What stands for the country of an actor named only by an agent
  // ("rebels"): nothing by default, so the code is the agent's ("REB"), as
  // CAMEO and GDELT write it; PETRARCH writes "---" ("---REB"), and the
  // validation suites expect that.
  std::string no_country = "";
  // Whether "X said [a clause that names Y]" is the statement X -> Y (010).
  // PETRARCH codes it so, and its suites expect it; by default dyad codes a
  // bare statement only when it is addressed to its target ("told Y", "said
  // to Y", "a message to Y"): a statement whose target is merely mentioned
  // in what was said is an event a careful coder does not write.
  bool reported_statements = false;
  // The CAMEO tables: when given, events get their quad class, Goldstein
  // value and PLOVER type, and a negated act is coded as the ontology says
  // (cameo-negation.tsv); without them a negated act is not coded.
  const Ontology* ontology = nullptr;
};

// Per-thread buffers, reused from sentence to sentence.
struct CoderScratch {
  std::vector<dict::Match> matches;
  dict::MatchScratch match;
  std::vector<std::string> keys;        // folded form per token
  std::vector<std::string> lemma_keys;  // folded lemma per token
  std::vector<int32_t> fold_buffer;
};

// The verb patterns compiled for matching (coder.cc).
struct CompiledPatterns;

class Coder {
 public:
  Coder(const dict::Lexicon& lexicon, CoderOptions options = {});
  ~Coder();
  Coder(Coder&&) noexcept;
  Coder(const Coder&) = delete;
  Coder& operator=(const Coder&) = delete;

  const CoderOptions& options() const { return options_; }

  // Appends the events of every kept sentence of `story`, in sentence and
  // then verb order, each (source, target, code) at most once per sentence.
  // Sentences with no parse (Token::deprel empty) are skipped.
  void code(const Story& story, CoderScratch& scratch, std::vector<Event>& out) const;

 private:
  const dict::Lexicon& lexicon_;
  CoderOptions options_;
  std::unique_ptr<const CompiledPatterns> patterns_;
};

}  // namespace dyad::coding
