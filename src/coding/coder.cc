// The event coder; coder.h says what it takes and gives.
//
// Why a dependency tree and not word order: PETRARCH 2 read arguments off a
// constituency tree made by CoreNLP; dyad's parser gives Universal
// Dependencies, where "who did it" is the nsubj edge whatever the words in
// between, and "X and Y" is a conj edge. Patterns stay in PETRARCH's word
// syntax because that is what users' dictionaries are written in, so they
// are matched against word sequences that the tree delimits: the words of
// the verb's own phrase after it ("lower") and the words before it
// ("upper").
#include "coding/coder.h"

#include <algorithm>
#include <cstring>
#include <set>
#include <span>
#include <string_view>
#include <tuple>
#include <utility>

namespace dyad::coding {
namespace {

using dict::Match;
using dict::MatchKind;
using dict::PatternItem;

constexpr uint32_t kNone = UINT32_MAX;

std::string_view base_rel(std::string_view r) { return r.substr(0, r.find(':')); }

// An actor as the coder sees it: a code and the tokens that named it.
struct Actor {
  std::string code;
  Span span;            // the words that named it, into Story::text
  bool person = false;  // a named person or a person in a role ("the minister"), for "he" and "she"
};

// The actors that last acted in a story, kept apart by what a pronoun can
// stand for: "he"/"she" a person, "it" a state or organisation, "they" any.
struct Context {
  std::vector<Actor> person, thing, any;
  // The sources of the story's latest event with a target: who made "the
  // calls" that "rebels rejected" in the next sentence.
  std::vector<Actor> acted;
  // How often each country has been named in the story so far, every actor
  // mention counted: the story's home country is the one named most.
  std::vector<std::pair<std::string, int>> countries;
};

// The country an actor code starts with, or "" for organisations, regions
// and agents alone ("IGOUNO", "WST", "---GOV").
std::string_view country_of(std::string_view code) {
  if (code.size() < 3) return {};
  const std::string_view c = code.substr(0, 3);
  for (char ch : c)
    if (ch < 'A' || ch > 'Z') return {};
  static constexpr std::string_view kNotCountries[] = {
      "IGO", "NGO", "NGM", "IMG", "MNC", "INT", "UIS", "AFR", "ASA", "BLK", "CAS", "CAU",
      "CEU", "CFR", "CRB", "EAF", "EEU", "EUR", "LAM", "MDT", "MEA", "NAF", "NMR", "PGS",
      "SAF", "SAM", "SAS", "SCN", "SEA", "WAF", "WST", "GOV", "MIL", "REB", "OPP", "CVL",
      "BUS", "MED", "LAB", "REL", "JUD", "LEG", "COP", "SPY", "ELI"};
  if (std::find(std::begin(kNotCountries), std::end(kNotCountries), c) != std::end(kNotCountries)) return {};
  return c;
}

// Nouns that name an earlier act ("rejected the calls", "welcomed the
// offer", "denied the accusations"): with no actor of its own, such an
// object stands for whoever last acted in the story.
bool act_noun(std::string_view lemma) {
  static constexpr std::string_view kNouns[] = {
      "accusation", "allegation", "appeal", "call",       "charge",     "claim",    "criticism", "demand",
      "offer",      "order",      "plea",   "proposal",   "request",    "threat",   "ultimatum", "warning",
      "invitation", "overture",   "plan",   "initiative", "suggestion", "condition"};
  return std::find(std::begin(kNouns), std::end(kNouns), lemma) != std::end(kNouns);
}

// One element of a pattern side, in the order it is matched.
struct Element {
  PatternItem::Kind kind;
  std::vector<std::vector<std::string>> alternatives;  // word keys, or synset members' keys
  bool adjacent_next = false;                          // the next element must follow at once
  int group = -1;  // which {noun phrase} of the pattern it is in: its words must be one phrase
};

struct Side {
  std::vector<Element> elements;
  bool first_adjacent = false;  // the first element must be next to the verb
};

// Where a match of the pattern put its source and target.
struct Slots {
  uint32_t source = kNone, target = kNone;
};

}  // namespace

struct CompiledPattern {
  Side upper, lower;
  bool compound = false;        // has '%'
  bool names_negation = false;  // a word or synset member is "not", "n't", "never", "no"
  int length = 0;               // elements that must match, both sides
};

struct CompiledPatterns {
  std::vector<CompiledPattern> patterns;  // by index into Verbs::patterns
  // Per block: PETRARCH 2's format ({noun phrase}, (prepositional phrase))
  // ranks matching patterns by length; the older TABARI-style files list
  // them in the order they are to be tried.
  std::vector<bool> longest_first;
};

// What the coder needs of one sentence, built once per sentence.
class SentenceCoder {
 public:
  SentenceCoder(const Story& story, uint32_t sentence_index, const dict::Lexicon& lexicon,
                const CoderOptions& options, const CompiledPatterns& patterns, CoderScratch& scratch,
                Context& context)
      : story_(story),
        sentence_(story.sentences[sentence_index]),
        index_(sentence_index),
        lexicon_(lexicon),
        options_(options),
        patterns_(patterns),
        scratch_(scratch),
        context_(context) {}

  void code(std::vector<Event>& out);
  // A discard phrase marked for the whole story was found.
  bool discard_story() const { return discard_story_; }

 private:
  const Token& tok(uint32_t i) const { return story_.tokens[sentence_.token_begin + i]; }
  std::string_view rel(uint32_t i) const { return tok(i).deprel; }
  std::string_view brel(uint32_t i) const { return base_rel(tok(i).deprel); }
  std::string_view lemma(uint32_t i) const { return tok(i).lemma; }
  const std::string& key(uint32_t i) const { return scratch_.keys[i]; }

  bool build();
  bool in_region(uint32_t x, uint32_t h) const;
  uint32_t child(uint32_t h, std::string_view relation) const;
  bool is_passive(uint32_t v) const;
  bool has_subject(uint32_t v) const;
  bool own_phrase(uint32_t t, uint32_t v) const;
  uint32_t nearest_actor_before(uint32_t v) const;
  std::vector<Actor> pronoun_actors(uint32_t s, uint32_t v) const;
  bool definite(uint32_t h) const;
  // A state agent with no country of its own ("---GOV") takes the country
  // prefix of the first actor in the story's context; with `countries_only`,
  // never an organisation's ("IGO", "NGO") or a country-less one.
  void borrow_country(Actor& a, bool countries_only) const;
  // Failing that, a domestic agent ("ministers", "unions", "Cabinet
  // minister Clare Short") takes the story's home country, when one country
  // is named in most of the story's actor mentions so far.
  void borrow_home_country(Actor& a) const;
  std::string written(const std::string& code) const;
  uint32_t by_agent(uint32_t v) const;
  uint32_t subject_of(uint32_t v, int depth) const;
  bool is_predicate(uint32_t v) const;
  uint32_t phrase_head(uint32_t first, uint32_t end) const;
  uint32_t verb_anchor(const Match& m) const;
  uint32_t np_head(uint32_t t) const;
  std::vector<Actor> np_actors(uint32_t h) const;
  bool names_person(uint32_t h) const;
  bool clause_subject(uint32_t appos) const;
  std::vector<Actor> adjacent_owner(uint32_t h) const;
  std::vector<Actor> with_conjuncts(uint32_t h, bool allow_new = false) const;
  std::vector<Actor> new_actor(uint32_t h) const;
  // `direct` is set when the target is one of the verb's own objects or
  // obliques (or a passive's subject), not an actor found deeper down.
  std::vector<Actor> targets_of(uint32_t v, uint32_t source_head, bool passive,
                                const std::vector<uint32_t>& lower, bool& direct) const;
  bool negated(uint32_t v) const;
  std::vector<uint32_t> lower_tokens(uint32_t v, uint32_t verb_end) const;
  bool match_side(const std::vector<Element>& side, size_t e, const std::vector<uint32_t>& toks, size_t t,
                  bool must_be_next, bool lemmas, Slots& slots) const;
  Span span_of(uint32_t first, uint32_t last) const;

  const Story& story_;
  const Sentence& sentence_;
  uint32_t index_;
  const dict::Lexicon& lexicon_;
  const CoderOptions& options_;
  const CompiledPatterns& patterns_;
  CoderScratch& scratch_;
  // The actors that last acted in the story, for "it", "he", "they".
  Context& context_;

  bool discard_story_ = false;
  uint32_t n_ = 0;
  std::vector<uint32_t> head_;       // 0-based; kNone for the root
  std::vector<uint32_t> kid_start_;  // CSR over kids_
  std::vector<uint32_t> kids_;       // in position order
  std::vector<int32_t> actor_at_;    // index into actors_ per token, or -1
  std::vector<int32_t> agent_at_;    // index into agents_
  std::vector<Match> actors_, agents_, verbs_;
  std::vector<uint32_t> actor_head_;  // per actors_: its phrase head token
  std::vector<uint32_t> agent_head_;
  std::vector<bool> coded_verb_;           // tokens that head a verb phrase the coder codes
  mutable std::vector<uint32_t> matched_;  // match_side: the token each pattern element matched
  mutable size_t match_steps_ = 0;         // match_side calls for the current pattern
  static constexpr size_t kMatchStepBudget = 100000;
};

namespace {

std::span<const uint32_t> kids_of(const std::vector<uint32_t>& start, const std::vector<uint32_t>& kids,
                                  uint32_t h) {
  return std::span<const uint32_t>(kids).subspan(start[h], start[h + 1] - start[h]);
}

}  // namespace

bool SentenceCoder::build() {
  n_ = sentence_.size();
  if (n_ == 0) return false;
  head_.assign(n_, kNone);
  std::vector<uint32_t> count(n_ + 1, 0);
  for (uint32_t i = 0; i < n_; ++i) {
    const Token& t = tok(i);
    if (t.deprel.empty()) return false;  // not parsed
    if (t.head > 0 && t.head <= n_) {
      head_[i] = t.head - 1;
      ++count[t.head - 1];
    }
  }
  kid_start_.assign(n_ + 1, 0);
  for (uint32_t i = 0; i < n_; ++i) kid_start_[i + 1] = kid_start_[i] + count[i];
  kids_.assign(kid_start_[n_], 0);
  std::vector<uint32_t> fill(kid_start_.begin(), kid_start_.end() - 1);
  for (uint32_t i = 0; i < n_; ++i)
    if (head_[i] != kNone) kids_[fill[head_[i]]++] = i;

  scratch_.keys.resize(n_);
  scratch_.lemma_keys.resize(n_);
  for (uint32_t i = 0; i < n_; ++i) {
    const Token& t = tok(i);
    scratch_.keys[i].clear();
    dict::fold_key(std::string_view(story_.norm).substr(t.norm_start, t.norm_end - t.norm_start),
                   scratch_.keys[i], scratch_.fold_buffer);
    scratch_.lemma_keys[i].clear();
    dict::fold_key(t.lemma, scratch_.lemma_keys[i], scratch_.fold_buffer);
  }

  scratch_.matches.clear();
  lexicon_.match(story_, sentence_, scratch_.match, scratch_.matches);
  for (const Match& m : scratch_.matches)
    if (m.kind == MatchKind::kDiscard) {
      if (lexicon_.dictionaries().discards[m.entry].whole_story) discard_story_ = true;
      return false;
    }

  const auto local = [&](std::vector<Match> ms) {
    for (Match& m : ms) {
      m.begin -= sentence_.token_begin;
      m.end -= sentence_.token_begin;
    }
    return ms;
  };
  actors_ = local(dict::longest_non_overlapping(scratch_.matches, MatchKind::kActor));
  agents_ = local(dict::longest_non_overlapping(scratch_.matches, MatchKind::kAgent));
  verbs_ = local(dict::longest_non_overlapping(scratch_.matches, MatchKind::kVerb));
  actor_at_.assign(n_, -1);
  agent_at_.assign(n_, -1);
  actor_head_.clear();
  agent_head_.clear();
  for (size_t a = 0; a < actors_.size(); ++a) {
    for (uint32_t i = actors_[a].begin; i < actors_[a].end; ++i) actor_at_[i] = static_cast<int32_t>(a);
    actor_head_.push_back(phrase_head(actors_[a].begin, actors_[a].end));
  }
  // An agent inside an actor's phrase ("Minas Tirith border police" is one
  // actor if the dictionary says so) is part of that actor.
  std::vector<Match> kept_agents;
  for (const Match& m : agents_) {
    bool inside_actor = false;
    for (uint32_t i = m.begin; i < m.end; ++i) inside_actor |= actor_at_[i] >= 0;
    if (!inside_actor) kept_agents.push_back(m);
  }
  agents_ = std::move(kept_agents);
  for (size_t a = 0; a < agents_.size(); ++a) {
    for (uint32_t i = agents_[a].begin; i < agents_[a].end; ++i) agent_at_[i] = static_cast<int32_t>(a);
    agent_head_.push_back(phrase_head(agents_[a].begin, agents_[a].end));
  }
  coded_verb_.assign(n_, false);
  const auto& dicts = lexicon_.dictionaries();
  for (const Match& m : verbs_) {
    const dict::Verb& verb = dicts.verbs.verbs[m.entry];
    const uint32_t anchor = verb_anchor(m);
    // Verbs that can tell an event of their own: a clause headed by one is
    // that verb's business, not its governor's.
    if (is_predicate(anchor) && (m.code != "---" || !dicts.verbs.blocks[verb.block].patterns.empty()) &&
        tok(anchor).upos == "VERB")
      coded_verb_[anchor] = true;
  }
  return true;
}

// The word of a verb phrase the parser made the predicate: the one the
// dictionary marks ("WIRE_+TAP"), else another word of the phrase that is one
// ("will not wire tap", with "wire" parsed as the verb).
uint32_t SentenceCoder::verb_anchor(const Match& m) const {
  const dict::Verb& verb = lexicon_.dictionaries().verbs.verbs[m.entry];
  const uint32_t marked = m.begin + std::min<uint32_t>(verb.forms[m.form].head, m.size() - 1);
  if (is_predicate(marked)) return marked;
  for (uint32_t t = m.begin; t < m.end; ++t)
    if (t != marked && is_predicate(t)) return t;
  return marked;
}

// The token of [first, end) whose head lies outside it: the phrase's head.
uint32_t SentenceCoder::phrase_head(uint32_t first, uint32_t end) const {
  for (uint32_t i = first; i < end; ++i)
    if (head_[i] == kNone || head_[i] < first || head_[i] >= end) return i;
  return end - 1;
}

uint32_t SentenceCoder::child(uint32_t h, std::string_view relation) const {
  for (uint32_t k : kids_of(kid_start_, kids_, h))
    if (rel(k) == relation) return k;
  return kNone;
}

// Whether x belongs to the noun phrase headed by h: in its subtree, and not
// inside a conjunct, apposition or clause hanging from it. Conjuncts are
// actors of their own; clauses have actors of their own.
bool SentenceCoder::in_region(uint32_t x, uint32_t h) const {
  uint32_t cur = x;
  int steps = 0;
  while (cur != h) {
    if (cur == kNone || ++steps > 64) return false;
    const std::string_view r = brel(cur);
    const uint32_t up = head_[cur];
    if (up == h && (r == "conj" || r == "cc" || r == "punct" || r == "appos" || r == "parataxis"))
      return false;
    if (r == "acl" || r == "advcl" || r == "ccomp" || r == "csubj" || r == "xcomp" || r == "parataxis")
      return false;
    cur = up;
  }
  return true;
}

bool SentenceCoder::has_subject(uint32_t v) const {
  for (uint32_t k : kids_of(kid_start_, kids_, v)) {
    const std::string_view b = brel(k);
    if (b == "nsubj" || b == "csubj") return true;
  }
  return false;
}

bool SentenceCoder::is_passive(uint32_t v) const {
  for (uint32_t k : kids_of(kid_start_, kids_, v))
    if (rel(k) == "nsubj:pass" || rel(k) == "aux:pass") return true;
  return false;
}

// The "by" phrase of a passive verb.
uint32_t SentenceCoder::by_agent(uint32_t v) const {
  const auto is_agent = [&](uint32_t k, bool nominal) {
    if (brel(k) != (nominal ? "nmod" : "obl")) return false;
    for (uint32_t c : kids_of(kid_start_, kids_, k))
      if (brel(c) == "case" && key(c) == "by") return true;
    return false;
  };
  for (uint32_t k : kids_of(kid_start_, kids_, v)) {
    if (is_agent(k, false)) return k;
    // "was opposed earlier by X", with "by X" hung from the adverb.
    if (brel(k) == "advmod")
      for (uint32_t g : kids_of(kid_start_, kids_, k))
        if (is_agent(g, false)) return g;
  }
  // "was welcomed at the time by Beijing", with "by Beijing" hung from the
  // phrase before it: a by-phrase that names an actor.
  for (uint32_t k : kids_of(kid_start_, kids_, v)) {
    if (brel(k) != "obl") continue;
    for (uint32_t g : kids_of(kid_start_, kids_, k))
      if (is_agent(g, true) && actor_at_[g] >= 0) return g;
  }
  return kNone;
}

// The subject of v, inherited through control, coordination and relative
// clauses when v has none of its own.
uint32_t SentenceCoder::subject_of(uint32_t v, int depth) const {
  if (v == kNone || depth > 8) return kNone;
  uint32_t subject = kNone;
  // Of several subjects ("Old foes Gondor and Osgiliath", parsed as two),
  // the first that names an actor.
  for (uint32_t k : kids_of(kid_start_, kids_, v))
    if (rel(k) == "nsubj" &&
        (subject == kNone || (with_conjuncts(subject).empty() && !with_conjuncts(k).empty())))
      subject = k;
  if (subject == kNone) subject = child(v, "csubj");
  if (subject != kNone) {
    const std::string_view l = key(subject);
    const bool relative = l == "who" || l == "which" || l == "that";
    if (relative && rel(v) == "acl:relcl") return head_[v];
    return subject;
  }
  if (is_passive(v)) {
    // "Gollum was seen to break into ...": the one seen is the one who broke
    // in, but the one seen did not do the seeing.
    return depth > 0 ? child(v, "nsubj:pass") : kNone;
  }
  const std::string_view r = brel(v);
  const uint32_t up = head_[v];
  if (up == kNone) return kNone;
  if (r == "xcomp") {
    // "told the rebels to leave": the one told leaves.
    uint32_t object = child(up, "obj");
    if (object == kNone) object = child(up, "iobj");
    if (object != kNone) return object;
    return subject_of(up, depth + 1);
  }
  if (r == "conj") return subject_of(up, depth + 1);
  if (rel(v) == "acl:relcl") return up;
  // "the roads leading into Mordor", and "the mayor left for ..." parsed as
  // a reduced relative when the noun has no verb of its own: the noun does
  // what the verb says. A past participle ("soldiers killed") has it done
  // to it.
  if (r == "acl" &&
      (tok(v).xpos == "VBG" || (tok(v).xpos == "VBD" && (rel(up) == "appos" || rel(up) == "root"))))
    return up;
  // "Jack Straw, touring Asian countries, praised India": the main verb
  // taken for a participle after a comma and hung from the noun before it,
  // in a sentence whose root is then the subject's noun. With an object of
  // its own it is the sentence's predicate, and the root is its subject.
  const auto nominal_object = [&] {
    if (child(v, "obj") != kNone) return true;
    const uint32_t x = child(v, "xcomp");  // "praised Kestrel" read as a small clause
    return x != kNone && (tok(x).upos == "PROPN" || tok(x).upos == "NOUN");
  };
  if (r == "acl" && (tok(v).xpos == "VBN" || tok(v).xpos == "VBD") && v > 0 && key(v - 1) == "," &&
      nominal_object()) {
    uint32_t root = up;
    for (int steps = 0; head_[root] != kNone && ++steps < 16;) root = head_[root];
    const std::string_view root_pos = tok(root).upos;
    if (root != up && root < v && (root_pos == "PROPN" || root_pos == "NOUN")) return root;
  }
  // "Human rights groups condemned China" parsed as a noun phrase: a
  // participle with an object, hung from a root noun before it, is the
  // sentence's verb (a passive participle takes no object).
  if (r == "acl" && tok(v).xpos == "VBN" && rel(up) == "root" && up < v && nominal_object()) return up;
  return kNone;
}

bool SentenceCoder::is_predicate(uint32_t v) const {
  const std::string_view upos = tok(v).upos;
  if (upos == "VERB") return true;
  // A verb the tagger missed ("broken down a treaty") still heads a clause.
  if (upos == "NOUN" || upos == "ADJ" || upos == "AUX") {
    // "Gollum was in an accord with ...": a noun with a determiner, a
    // preposition or a copula is a noun, whatever else hangs from it.
    for (uint32_t k : kids_of(kid_start_, kids_, v)) {
      const std::string_view b = brel(k);
      if (b == "det" || b == "case" || b == "cop") return false;
    }
    for (uint32_t k : kids_of(kid_start_, kids_, v)) {
      const std::string_view r = rel(k);
      if (r == "nsubj" || r == "obj" || r == "nsubj:pass") return upos != "AUX" || r == "obj";
    }
  }
  return false;
}

// The noun a token of a name or modifier belongs to.
uint32_t SentenceCoder::np_head(uint32_t t) const {
  int steps = 0;
  while (t != kNone && head_[t] != kNone && ++steps < 16) {
    const std::string_view r = brel(t);
    if (r == "compound" || r == "flat" || r == "amod" || r == "det" || r == "nummod" || r == "case" ||
        rel(t) == "nmod:poss")
      t = head_[t];
    else
      break;
  }
  return t;
}

namespace {

// "ELR/GAL" names two actors at once.
std::vector<std::string> split_codes(std::string_view code) {
  std::vector<std::string> out;
  while (true) {
    const size_t slash = code.find('/');
    std::string_view part = code.substr(0, slash);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
    if (!part.empty()) out.emplace_back(part);
    if (slash == std::string_view::npos) break;
    code.remove_prefix(slash + 1);
  }
  return out;
}

// Nouns for people in the roles news reports on.
bool person_role(std::string_view lemma) {
  static constexpr std::string_view kRoles[] = {
      "minister", "president",  "leader",     "spokesman", "spokeswoman", "spokesperson", "official",
      "envoy",    "ambassador", "diplomat",   "chief",     "commander",   "general",      "secretary",
      "king",     "queen",      "prince",     "premier",   "chancellor",  "governor",     "mayor",
      "senator",  "lawmaker",   "prosecutor", "judge",     "advisor",     "adviser",      "negotiator"};
  for (std::string_view r : kRoles)
    if (lemma == r) return true;
  return false;
}

// The verbs news uses to attribute what it reports.
bool reporting_verb(std::string_view lemma) {
  static constexpr std::string_view kVerbs[] = {"say",   "tell",  "report", "add",     "state",   "note",
                                                "write", "claim", "insist", "stress",  "explain", "quote",
                                                "told",  "said",  "reply",  "comment", "remark"};
  for (std::string_view v : kVerbs)
    if (lemma == v) return true;
  return false;
}

// CAMEO's agents of the state: government, military, police, judiciary,
// legislature, intelligence.
bool state_agent(std::string_view agents) {
  for (std::string_view a : {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
    if (agents.starts_with(a)) return true;
  return false;
}

// The actors of a list that name a country or organisation, not an agent
// alone ("---GOV").
std::vector<Actor> real_actors(std::vector<Actor> actors) {
  std::erase_if(actors, [](const Actor& a) { return a.code.starts_with("---"); });
  return actors;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

// The actors of an "of", "from" or "in" phrase that follows the noun phrase
// headed by h at once but hangs from h's head: PETRARCH reads "ministers
// from the Georgian government" as one phrase whatever the attachment.
// The 3-letter roles of `agents` that `code` does not already carry, so that
// "Hamas militants" stays Hamas's code rather than gaining a second REB, and
// "UN officials" is the UN: an organisation's officials are the organisation.
std::string missing_roles(std::string_view code, std::string_view agents) {
  const bool organisation = code.starts_with("IGO") || code.starts_with("NGO") || code.starts_with("IMG") ||
                            code.starts_with("NGM");
  std::string out;
  for (size_t r = 0; r + 3 <= agents.size(); r += 3) {
    const std::string_view role = agents.substr(r, 3);
    bool has = organisation && role == "GOV";
    for (size_t i = 3; !has && i + 3 <= code.size(); i += 3) has = code.substr(i, 3) == role;
    if (!has) out += role;
  }
  if (agents.size() % 3 != 0) out += agents.substr(agents.size() / 3 * 3);
  return out;
}

std::vector<Actor> SentenceCoder::adjacent_owner(uint32_t h) const {
  uint32_t last = h;
  for (uint32_t t = h + 1; t < n_ && in_region(t, h); ++t) last = t;
  const uint32_t prep = last + 1;
  if (prep >= n_ || tok(prep).upos != "ADP") return {};
  const std::string& k = key(prep);
  if (k != "of" && k != "from" && k != "in") return {};
  const uint32_t noun = head_[prep];
  if (noun == kNone || head_[noun] == kNone || head_[noun] != head_[h]) return {};
  return real_actors(np_actors(noun));
}

// Whether an apposition is really the subject of a verb that follows it
// ("burned down its embassy, a senior official said"), which the parser
// has hung from the noun before it.
bool SentenceCoder::clause_subject(uint32_t appos) const {
  uint32_t last = appos;
  for (uint32_t t = appos + 1; t < n_ && (in_region(t, appos)); ++t) last = t;
  const uint32_t next = last + 1;
  return next < n_ && (tok(next).upos == "VERB" || tok(next).upos == "AUX");
}

// Whether the noun phrase headed by h names a person: a personal name (UD
// "flat": "Sergei Lavrov") or a person in a role ("the foreign minister").
bool SentenceCoder::names_person(uint32_t h) const {
  for (uint32_t t = 0; t < n_; ++t) {
    if (t != h && !in_region(t, h)) continue;
    if (tok(t).upos == "PROPN" && rel(t) == "flat") return true;
    if (t == h || rel(t) == "compound" || rel(t) == "appos")
      if (person_role(lemma(t))) return true;
  }
  return false;
}

// The actors a noun phrase names: its country or organisation (several
// when the actor token heads "X and Y"), each joined with the phrase's
// agents. An agent alone gives "---" + agent.
std::vector<Actor> SentenceCoder::np_actors(uint32_t h) const {
  std::vector<Actor> out;
  if (h == kNone) return out;
  // The first actor the phrase names ("Ithilen's minister Calimehtar" is
  // Ithilen's government), as PETRARCH reads a noun phrase.
  int best = -1;
  for (size_t a = 0; a < actors_.size() && best < 0; ++a)
    if (in_region(actor_head_[a], h)) best = static_cast<int>(a);
  // A later actor in the phrase that narrows the first ("U.S. State
  // Department": USA, then the department's USAGOV) is the one meant.
  for (size_t a = 0; best >= 0 && a < actors_.size(); ++a) {
    const std::string_view first_code = actors_[static_cast<size_t>(best)].code;
    if (static_cast<int>(a) != best && in_region(actor_head_[a], h) &&
        actors_[a].code.size() > first_code.size() && actors_[a].code.starts_with(first_code) &&
        actors_[a].code.find('/') == std::string_view::npos)
      best = static_cast<int>(a);
  }
  std::vector<size_t> chosen;
  if (best >= 0) {
    chosen.push_back(static_cast<size_t>(best));
  }
  // When the actor heads the phrase, its conjuncts are with_conjuncts' work.
  if (best >= 0 && actor_head_[static_cast<size_t>(best)] != h) {
    // "the ambassadors of Arnor, Osgiliath and Gondor": the actor's own
    // conjuncts inside the phrase are actors too.
    std::vector<uint32_t> stack{actor_head_[static_cast<size_t>(best)]};
    // "talks with his Israeli counterpart, Ariel Sharon, and the Palestinian
    // leader": the conjuncts of the noun the actor modifies, too.
    // (A narrower actor in apposition, "Ariel Sharon", stands for that noun.)
    uint32_t noun = np_head(stack[0]);
    if (brel(noun) == "appos" && head_[noun] != kNone) noun = np_head(head_[noun]);
    if (noun != stack[0] && noun != h && in_region(noun, h)) stack.push_back(noun);
    while (!stack.empty()) {
      const uint32_t c = stack.back();
      stack.pop_back();
      for (uint32_t k : kids_of(kid_start_, kids_, c)) {
        if (brel(k) != "conj") continue;
        stack.push_back(k);
        for (size_t a = 0; a < actors_.size(); ++a) {
          const uint32_t ah = actor_head_[a];
          if ((ah == k || in_region(ah, k)) && std::find(chosen.begin(), chosen.end(), a) == chosen.end()) {
            chosen.push_back(a);
            break;
          }
        }
      }
    }
  }
  std::string before, after;
  uint32_t first = h, last = h;
  for (size_t g = 0; g < agents_.size(); ++g) {
    if (!in_region(agent_head_[g], h)) continue;
    const Match& m = agents_[g];
    const dict::Agent& agent = lexicon_.dictionaries().agents[m.entry];
    std::string& side = agent.before_actor ? before : after;
    if (side.find(m.code) == std::string::npos) side += m.code;
    first = std::min(first, m.begin);
    last = std::max(last, m.end - 1);
  }
  const bool person = names_person(h);
  if (chosen.empty()) {
    if (before.empty() && after.empty()) return out;
    // An agent written before its actor ("human rights group", NGO~) is a
    // whole code of its own when no actor is named: "NGO", not "NGO---".
    out.push_back({after.empty() ? before : before + "---" + after, span_of(first, last), person});
    return out;
  }
  for (size_t a : chosen) {
    const Match& m = actors_[a];
    for (const std::string& code : split_codes(m.code)) {
      std::string full = before;
      if (!before.empty() && code.starts_with(before)) full.clear();
      full += code;
      if (!after.empty() && !ends_with(code, after)) full += missing_roles(code, after);
      out.push_back({std::move(full), span_of(std::min(first, m.begin), std::max(last, m.end - 1)), person});
    }
  }
  return out;
}

// PETRARCH's new actors (CoderOptions::new_actor_length): a phrase that
// names no dictionary actor, short enough to be a name, coded as its own
// words ("\"THE MINISTRY OF MAGIC\"").
std::vector<Actor> SentenceCoder::new_actor(uint32_t h) const {
  if (h == kNone || options_.new_actor_length == 0) return {};
  const std::string_view upos = tok(h).upos;
  if (upos != "NOUN" && upos != "PROPN") return {};
  std::string words;
  uint32_t count = 0, first = h, last = h;
  for (uint32_t t = 0; t < n_; ++t) {
    if (t != h && !in_region(t, h)) continue;
    if (brel(t) == "punct" || tok(t).xpos == "POS") continue;
    const Token& k = tok(t);
    std::string w = story_.norm.substr(k.norm_start, k.norm_end - k.norm_start);
    for (char& c : w) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    words += (words.empty() ? "" : " ") + w;
    ++count;
    first = std::min(first, t);
    last = std::max(last, t);
  }
  if (count == 0 || count > options_.new_actor_length) return {};
  return {Actor{"\"" + words + "\"", span_of(first, last)}};
}

// A noun phrase and its conjuncts ("Gondor and Osgiliath", "neither X nor
// Y"): every actor named. A conjunct that names only an agent borrows the
// countries of its neighbours ("Danish media and government").
std::vector<Actor> SentenceCoder::with_conjuncts(uint32_t h, bool allow_new) const {
  std::vector<Actor> out;
  if (h == kNone) return out;
  std::vector<uint32_t> heads{h};
  // "met his counterpart, Ariel Sharon, and the Palestinian leader" with the
  // second noun hung from the verb as its conjunct: a noun with no clause
  // of its own after the object is the object's conjunct.
  if (brel(h) == "obj" && head_[h] != kNone) {
    for (uint32_t k : kids_of(kid_start_, kids_, head_[h])) {
      if (k < h || brel(k) != "conj" || (tok(k).upos != "NOUN" && tok(k).upos != "PROPN")) continue;
      bool clause = false;
      for (uint32_t g : kids_of(kid_start_, kids_, k)) {
        const std::string_view b = brel(g);
        clause |= b == "nsubj" || b == "cop" || b == "obj" || b == "aux";
      }
      if (!clause) heads.push_back(k);
    }
  }
  for (size_t i = 0; i < heads.size(); ++i)
    for (uint32_t k : kids_of(kid_start_, kids_, heads[i]))
      if (brel(k) == "conj" && heads.size() < 32) heads.push_back(k);
  std::vector<std::vector<Actor>> each;
  for (uint32_t c : heads) each.push_back(np_actors(c));
  if (allow_new && options_.new_actor_length > 0)
    for (size_t i = 0; i < heads.size(); ++i)
      if (each[i].empty()) each[i] = new_actor(heads[i]);
  if (heads.size() == 1 && each[0].empty()) {
    // "Osgiliath, the state's fiercest foe" names its actor in the apposition
    // when the head names none; "Caras Galadhon's new mayor", read as an
    // apposition, in the noun it is apposed to.
    const uint32_t appos = child(h, "appos");
    if (appos != kNone && !clause_subject(appos)) each[0] = real_actors(np_actors(appos));
    if (each[0].empty() && rel(h) == "appos") each[0] = real_actors(np_actors(head_[h]));
  } else if (heads.size() == 1 && !each[0].empty() && each[0][0].code.starts_with("---")) {
    // "the foreign minister, Sergei Lavrov": an agent whose apposition names
    // the actor is that actor.
    const uint32_t appos = child(h, "appos");
    if (appos != kNone) {
      std::vector<Actor> named = real_actors(np_actors(appos));
      if (!named.empty()) each[0] = std::move(named);
    }
    if (each[0][0].code.starts_with("---")) {
      // "received ministers from the Georgian government", with "from ..."
      // hung from the verb: the phrase right after the agent says whose it is.
      if (std::vector<Actor> owner = adjacent_owner(h); !owner.empty()) {
        const std::string agents = each[0][0].code.substr(3);
        for (Actor& a : owner)
          if (!ends_with(a.code, agents)) a.code += agents;
        each[0] = std::move(owner);
      }
    }
  }
  std::vector<std::string> countries;
  for (const auto& actors : each)
    for (const Actor& a : actors)
      if (!a.code.starts_with("---")) countries.push_back(a.code.substr(0, 3));
  for (auto& actors : each) {
    for (Actor& a : actors) {
      const size_t dash = a.code.find("---");
      if (dash == std::string::npos || countries.empty()) {
        out.push_back(a);
        continue;
      }
      for (const std::string& country : countries) {
        Actor b = a;
        b.code.replace(dash, 3, country);
        out.push_back(std::move(b));
      }
    }
  }
  return out;
}

// The verb's target: the first actor among its objects, obliques and
// complements, in the order the sentence gives them. A complement clause
// with a coded verb of its own is that verb's business.
std::vector<Actor> SentenceCoder::targets_of(uint32_t v, uint32_t source_head, bool passive,
                                             const std::vector<uint32_t>& lower, bool& direct) const {
  direct = false;
  std::vector<uint32_t> candidates;
  const uint32_t agent = passive ? by_agent(v) : kNone;
  const auto add_from = [&](uint32_t verb, auto& self, int depth) -> void {
    if (depth > 4) return;
    for (uint32_t k : kids_of(kid_start_, kids_, verb)) {
      const std::string_view r = rel(k);
      const std::string_view b = base_rel(r);
      if (k == agent || k == source_head) continue;
      if (b == "obj" || b == "iobj" || (b == "obl" && r != "obl:tmod" && r != "obl:npmod")) {
        candidates.push_back(k);
      } else if (b == "ccomp" || b == "xcomp") {
        if (b == "ccomp" && coded_verb_[k]) continue;
        const uint32_t s = child(k, "nsubj");
        if (s != kNone) candidates.push_back(s);
        if (!coded_verb_[k]) self(k, self, depth + 1);
      }
    }
  };
  if (passive) {
    const uint32_t s = child(v, "nsubj:pass");
    if (s != kNone) candidates.push_back(s);
  }
  add_from(v, add_from, 0);
  std::sort(candidates.begin(), candidates.end());
  if (passive) {
    // The passive subject comes first whatever its position.
    const uint32_t s = child(v, "nsubj:pass");
    if (s != kNone) {
      candidates.erase(std::remove(candidates.begin(), candidates.end(), s), candidates.end());
      candidates.insert(candidates.begin(), s);
    }
  }
  // A named actor first ("conducting military exercises in Alaska": the
  // exercises are military, Alaska is the target), else an agent alone.
  std::vector<Actor> agent_only;
  // Addressed: "told Y", "said to Y", "a warning was sent to Y"; not "said
  // in Y" or an actor inside the reported clause.
  const auto addressed = [&](uint32_t c) {
    if (head_[c] != v) return false;
    const std::string_view b = brel(c);
    if (b == "obj" || b == "iobj" || rel(c) == "nsubj:pass") return true;
    if (b != "obl") return false;
    for (uint32_t k : kids_of(kid_start_, kids_, c))
      if (brel(k) == "case" && (key(k) == "to" || key(k) == "with")) return true;
    return false;
  };
  bool agent_only_direct = false;
  for (uint32_t c : candidates) {
    std::vector<Actor> actors = with_conjuncts(c);
    if (!real_actors(actors).empty()) {
      direct = addressed(c);
      return actors;
    }
    if (agent_only.empty()) {
      agent_only = std::move(actors);
      agent_only_direct = addressed(c);
    }
  }
  if (!agent_only.empty()) {
    direct = agent_only_direct;
    return agent_only;
  }
  if (options_.new_actor_length > 0 && !candidates.empty()) return new_actor(candidates.front());
  // Else the first actor named in the verb's own phrase, wherever the parser
  // hung it ("cordoned off the roads leading into Mordor").
  for (uint32_t t : lower) {
    const int32_t a = actor_at_[t];
    if (a < 0 || actor_head_[static_cast<size_t>(a)] != t) continue;
    if (source_head != kNone && (t == source_head || in_region(t, source_head))) continue;
    if (!own_phrase(t, v)) continue;
    std::vector<Actor> actors = with_conjuncts(np_head(t));
    if (!actors.empty()) return actors;
  }
  return {};
}

bool SentenceCoder::negated(uint32_t v) const {
  for (uint32_t k : kids_of(kid_start_, kids_, v)) {
    const std::string_view l = key(k);
    if ((brel(k) == "advmod" || rel(k) == "neg") && (l == "not" || l == "n't" || l == "never")) return true;
  }
  return false;
}

// The words of the verb's own phrase after it: its subtree to the right,
// leaving out coordinated verbs, parentheticals and subordinate clauses.
std::vector<uint32_t> SentenceCoder::lower_tokens(uint32_t v, uint32_t verb_end) const {
  std::vector<uint32_t> out;
  std::vector<uint32_t> stack;
  for (uint32_t k : kids_of(kid_start_, kids_, v)) {
    const std::string_view b = brel(k);
    if (b == "conj" || b == "cc" || b == "parataxis" || b == "punct" || b == "nsubj" || b == "csubj")
      continue;
    // "after crowds trashed its embassy" is another event; "to supply
    // Gondor with wheat" belongs to this one.
    if (b == "advcl" && has_subject(k)) continue;
    stack.push_back(k);
  }
  while (!stack.empty()) {
    const uint32_t c = stack.back();
    stack.pop_back();
    if (c >= verb_end && brel(c) != "punct") out.push_back(c);
    for (uint32_t k : kids_of(kid_start_, kids_, c)) stack.push_back(k);
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Whether t, below v, is in v's own phrase rather than in a clause that
// tells of another event or in an aside.
bool SentenceCoder::own_phrase(uint32_t t, uint32_t v) const {
  int steps = 0;
  for (uint32_t c = t; c != v; c = head_[c]) {
    if (c == kNone || ++steps > 64) return false;
    const std::string_view b = brel(c);
    if (b == "parataxis" || b == "appos" || rel(c) == "acl:relcl") return false;
    if (c != t && coded_verb_[c] && has_subject(c) && !with_conjuncts(subject_of(c, 0)).empty()) return false;
  }
  return true;
}

// A pronoun subject stands for the nearest actor that governs it ("Ethiopia
// indicated it would act": Ethiopia), else for the last actor that acted in
// the story.
std::vector<Actor> SentenceCoder::pronoun_actors(uint32_t s, uint32_t v) const {
  if (s == kNone || tok(s).upos != "PRON") return {};
  const std::string& k = key(s);
  // Not "we" or "I": in news they are a quoted speaker, not the last actor.
  const bool personal = k == "he" || k == "she";
  if (!personal && k != "it" && k != "they") return {};
  // "He" cannot be a country ("RUS") or an international organisation
  // ("IGO..."); "it" cannot be a named person or a person in a role.
  const auto fits = [&](const std::vector<Actor>& actors) {
    if (actors.empty() || k == "they") return !actors.empty();
    for (const Actor& a : actors) {
      const bool state = a.code.size() <= 3 || a.code.starts_with("IGO");
      if (personal ? (!a.person && state) : a.person) return false;
    }
    return true;
  };
  int steps = 0;
  for (uint32_t a = head_[v]; a != kNone && ++steps < 16; a = head_[a]) {
    const uint32_t subject = subject_of(a, 0);
    if (subject == kNone || subject == s) continue;
    std::vector<Actor> actors = with_conjuncts(subject);
    if (fits(actors)) return actors;
  }
  return k == "they" ? context_.any : personal ? context_.person : context_.thing;
}

// How an actor with no country is written: "---REB" inside the coder (and
// in PETRARCH's output), the agent alone ("REB") in dyad's by default.
std::string SentenceCoder::written(const std::string& code) const {
  if (code.size() > 3 && code.starts_with("---")) return options_.no_country + code.substr(3);
  return code;
}

void SentenceCoder::borrow_country(Actor& a, bool countries_only) const {
  if (!a.code.starts_with("---") || !state_agent(a.code.substr(3))) return;
  for (const Actor& c : context_.any) {
    if (c.code.size() < 3) continue;
    if (countries_only &&
        (c.code.starts_with("---") || c.code.starts_with("IGO") || c.code.starts_with("NGO")))
      continue;
    a.code.replace(0, 3, c.code.substr(0, 3));
    return;
  }
}

void SentenceCoder::borrow_home_country(Actor& a) const {
  if (!a.code.starts_with("---")) return;
  const std::string_view agent = std::string_view(a.code).substr(3);
  if (!state_agent(agent) && !agent.starts_with("OPP") && !agent.starts_with("LAB")) return;
  int total = 0;
  const std::pair<std::string, int>* top = nullptr;
  for (const auto& c : context_.countries) {
    total += c.second;
    if (!top || c.second > top->second) top = &c;
  }
  if (top && top->second >= 2 && 2 * top->second > total) a.code.replace(0, 3, top->first);
}

bool SentenceCoder::definite(uint32_t h) const {
  for (uint32_t k : kids_of(kid_start_, kids_, h))
    if (brel(k) == "det" && key(k) == "the") return true;
  return false;
}

// PETRARCH's fallback for a verb whose subject names no actor ("Eriador's
// death toll has risen"): the nearest actor before it in its clause that is
// not the object of a preposition.
uint32_t SentenceCoder::nearest_actor_before(uint32_t v) const {
  for (uint32_t t = v; t-- > 0;) {
    if (coded_verb_[t] || key(t) == "," || key(t) == ";") return kNone;
    const int32_t a = actor_at_[t];
    if (a < 0 || actor_head_[static_cast<size_t>(a)] != t) continue;
    const uint32_t h = np_head(t);
    bool prepositional = false;
    for (uint32_t k : kids_of(kid_start_, kids_, h))
      prepositional |= brel(k) == "case" && tok(k).upos == "ADP";
    if (!prepositional) return h;
  }
  return kNone;
}

Span SentenceCoder::span_of(uint32_t first, uint32_t last) const {
  return Span{tok(first).start, tok(last).end};
}

// Matches side[e..] against toks[t..]; `must_be_next` when the previous
// element was joined to this one by '_'. Backtracks over gaps.
bool SentenceCoder::match_side(const std::vector<Element>& side, size_t e, const std::vector<uint32_t>& toks,
                               size_t t, bool must_be_next, bool lemmas, Slots& slots) const {
  // Gaps make the search backtrack; a sentence of repeated words could make
  // that exponential, so a pattern gets a fixed budget of steps and fails
  // when it runs out (no real sentence comes near it).
  if (++match_steps_ > kMatchStepBudget) return false;
  if (e == side.size()) {
    // PETRARCH 2's {A B HEAD}: the words of a noun phrase must be one
    // phrase in the tree, not merely in order in the sentence.
    for (size_t i = 0; i < side.size(); ++i) {
      if (side[i].group < 0) continue;
      for (size_t j = i + 1; j < side.size(); ++j)
        if (side[j].group == side[i].group && np_head(matched_[i]) != np_head(matched_[j])) return false;
    }
    return true;
  }
  if (matched_.size() < side.size()) matched_.resize(side.size());
  const Element& el = side[e];
  const size_t last_start = must_be_next ? std::min(t + 1, toks.size()) : toks.size();
  for (size_t p = t; p < last_start; ++p) {
    size_t next = p;
    bool ok = false;
    Slots s = slots;
    switch (el.kind) {
      case PatternItem::Kind::kWord:
      case PatternItem::Kind::kSynset:
        for (const auto& alt : el.alternatives) {
          size_t q = p;
          bool all = true;
          for (const std::string& w : alt) {
            // PETRARCH 2's patterns name head nouns, which match in any
            // number ("* EFFORT" matches "efforts"); the older format's words
            // match as written.
            if (q >= toks.size() ||
                (key(toks[q]) != w && !(lemmas && alt.size() == 1 && scratch_.lemma_keys[toks[q]] == w))) {
              all = false;
              break;
            }
            ++q;
          }
          if (all && !alt.empty()) {
            ok = true;
            next = q;
            break;
          }
        }
        break;
      case PatternItem::Kind::kSource:
      case PatternItem::Kind::kTarget:
      case PatternItem::Kind::kCompound:
      case PatternItem::Kind::kSkip: {
        // '$', '+' and '%' take a noun phrase that names an actor or agent;
        // '^' skips any noun phrase. The whole phrase is consumed.
        const uint32_t tk = toks[p];
        if (el.kind == PatternItem::Kind::kSkip) {
          const std::string_view upos = tok(tk).upos;
          if (upos != "NOUN" && upos != "PROPN" && upos != "PRON" && upos != "NUM") break;
        } else if (actor_at_[tk] < 0 && agent_at_[tk] < 0) {
          break;
        }
        ok = true;
        const uint32_t h = np_head(tk);
        next = p + 1;
        // The phrase up to its first preposition: "+ OF &CRIMES" must find
        // "of" after "Kestrel" even when the parser hung "of war crimes"
        // from it.
        while (next < toks.size() && tok(toks[next]).upos != "ADP" &&
               (toks[next] == h || in_region(toks[next], h)))
          ++next;
        if (el.kind == PatternItem::Kind::kSource) s.source = tk;
        if (el.kind == PatternItem::Kind::kTarget) s.target = tk;
        break;
      }
      default:
        ok = true;  // markers match nothing
        next = p;
        break;
    }
    if (!ok) continue;
    matched_[e] = toks[p];
    if (match_side(side, e + 1, toks, next, el.adjacent_next, lemmas, s)) {
      slots = s;
      return true;
    }
  }
  return false;
}

void SentenceCoder::code(std::vector<Event>& final_out) {
  if (!build()) return;
  for (const Match& a : actors_) {
    const std::string_view c = country_of(a.code);
    if (c.empty()) continue;
    auto it = std::find_if(context_.countries.begin(), context_.countries.end(),
                           [&](const auto& e) { return e.first == c; });
    if (it == context_.countries.end())
      context_.countries.emplace_back(std::string(c), 1);
    else
      ++it->second;
  }
  const auto& dicts = lexicon_.dictionaries();
  std::set<std::tuple<std::string, std::string, std::string>> seen;
  std::vector<Event> out;
  std::vector<uint32_t> event_verb;  // per event in `out`, the verb token that made it
  for (const Match& m : verbs_) {
    const dict::Verb& verb = dicts.verbs.verbs[m.entry];
    const uint32_t v = verb_anchor(m);
    if (!is_predicate(v)) continue;

    // Patterns of the verb's block: the most specific match wins.
    const dict::VerbBlock& block = dicts.verbs.blocks[verb.block];
    std::vector<uint32_t> upper;
    for (uint32_t i = m.begin; i-- > 0;) upper.push_back(i);
    const std::vector<uint32_t> lower = lower_tokens(v, m.end);
    // The first pattern in file order that matches, as PETRARCH and TABARI
    // take it: dictionaries list their specific patterns before the general.
    const dict::Pattern* best = nullptr;
    const CompiledPattern* best_compiled = nullptr;
    Slots best_slots;
    const bool longest = patterns_.longest_first[verb.block];
    for (uint32_t pi : block.patterns) {
      const CompiledPattern& cp = patterns_.patterns[pi];
      if (longest && best_compiled && cp.length <= best_compiled->length) continue;
      Slots slots;
      match_steps_ = 0;
      if (!match_side(cp.upper.elements, 0, upper, 0, cp.upper.first_adjacent, longest, slots)) continue;
      if (!match_side(cp.lower.elements, 0, lower, 0, cp.lower.first_adjacent, longest, slots)) continue;
      best = &dicts.verbs.patterns[pi];
      best_compiled = &cp;
      best_slots = slots;
      if (!longest) break;
    }
    const bool compound_pattern = best_compiled && best_compiled->compound;
    std::string code(best ? best->code : std::string(m.code));
    // A negated verb is not the act ("did not attack"): unless a pattern
    // names the negation, it is the refusal the ontology gives for the act
    // ("did not agree to meet" = 125, reject a proposal to meet), or nothing.
    bool refusal = false;
    if (negated(v) && !(best_compiled && best_compiled->names_negation)) {
      const std::string_view refused = options_.ontology
                                           ? options_.ontology->negation(code.substr(0, code.find(':')))
                                           : std::string_view();
      if (refused.empty()) continue;
      code = std::string(refused);
      refusal = true;
    }
    // "032:033" pairs a code for source -> target with one for the reverse
    // ("left for Minas Tirith": a visit by one is a hosting by the other);
    // ":173" codes only the reverse.
    std::string reverse;
    if (const size_t colon = code.find(':'); colon != std::string::npos) {
      reverse = code.substr(colon + 1);
      code.resize(colon);
    }
    if (code == "---") code.clear();
    if (reverse == "---") reverse.clear();
    if (code.empty() && reverse.empty()) continue;

    const bool passive = is_passive(v);
    uint32_t source_head = passive ? by_agent(v) : subject_of(v, 0);
    if (best_slots.source != kNone) source_head = np_head(best_slots.source);
    std::vector<Actor> sources = with_conjuncts(source_head);
    if (!passive && best_slots.source == kNone && source_head != kNone && head_[source_head] == v) {
      // Two subjects ("Fornost and the evil awful Gondor", which the parser
      // may split in two) both acted.
      for (uint32_t k : kids_of(kid_start_, kids_, v))
        if (k != source_head && k < v && rel(k) == "nsubj")
          for (Actor& a : with_conjuncts(k)) sources.push_back(std::move(a));
    }
    if (best_slots.target != kNone && best_slots.source == kNone && source_head != kNone &&
        np_head(best_slots.target) == source_head) {
      // "X noted that Y regretted ...", with the pattern "NOTED + *": the
      // pattern made the verb's subject its target, so the source is whoever
      // comes before it.
      source_head = kNone;
      sources.clear();
      for (uint32_t t = 0; t < n_ && sources.empty(); ++t) {
        const int32_t a = actor_at_[t];
        if (a < 0 || actor_head_[static_cast<size_t>(a)] != t || t == np_head(best_slots.target)) continue;
        if (in_region(t, np_head(best_slots.target))) continue;
        sources = with_conjuncts(np_head(t));
        if (!sources.empty()) source_head = np_head(t);
      }
    }
    if (sources.empty() && !passive && best_slots.source == kNone) sources = pronoun_actors(source_head, v);
    if (sources.empty() && !passive && best_slots.source == kNone) {
      const uint32_t before = nearest_actor_before(m.begin);
      sources = with_conjuncts(before);
      if (!sources.empty()) source_head = before;
    }
    if (options_.new_actor_length > 0) {
      if (sources.empty()) sources = new_actor(source_head);
      // A compound whose other members are actors ("Eriador's death and
      // injury toll"): the unnamed member is a new actor too.
      else if (source_head != kNone)
        sources = with_conjuncts(source_head, true);
    }
    std::vector<Actor> targets;
    bool addressed = true;  // the target is the verb's own argument
    if (best_slots.target != kNone)
      targets = with_conjuncts(np_head(best_slots.target));
    else
      targets = targets_of(v, source_head, passive, lower, addressed);
    if (sources.empty()) continue;
    if (targets.empty() && !context_.acted.empty()) {
      // "Rebels rejected the calls": the object names an earlier act and no
      // actor, so its actor is whoever made it, if that is not the source.
      const uint32_t o = child(v, "obj");
      if (o != kNone && act_noun(lemma(o))) {
        for (const Actor& a : context_.acted)
          if (std::none_of(sources.begin(), sources.end(), [&](const Actor& x) { return x.code == a.code; }))
            targets.push_back(a);
      }
    }
    // "The ministry said ...": a definite state agent with no country of its
    // own belongs to the actor the story is about ("the militant group" does
    // not).
    if (sources.size() == 1 && source_head != kNone && definite(source_head))
      borrow_country(sources[0], /*countries_only=*/false);
    // The same for a target ("accused the government"), from a country only.
    if (best_slots.target == kNone)
      for (Actor& t : targets) borrow_country(t, /*countries_only=*/true);
    for (Actor& a : sources) borrow_home_country(a);
    for (Actor& a : targets) borrow_home_country(a);
    if (std::vector<Actor> named = real_actors(sources); !named.empty()) {
      const auto state = [](const Actor& a) { return a.code.size() <= 3 || a.code.starts_with("IGO"); };
      if (std::none_of(named.begin(), named.end(), [&](const Actor& a) { return !a.person && state(a); }))
        context_.person = named;
      if (std::none_of(named.begin(), named.end(), [](const Actor& a) { return a.person; }))
        context_.thing = named;
      context_.any = std::move(named);
    }

    const Span verb_span = span_of(m.begin, m.end - 1);
    const auto emit = [&](const Actor& s, const Actor* t, const std::string& c) {
      if (c.empty() || (t && s.code == t->code)) return;
      // "..., X told Reuters": speaking to the press is how the story was
      // sourced, not a statement to the media as an actor.
      if (t && c.starts_with("01") && t->code.ends_with("MED")) return;
      if (t && c == "010" && !addressed && !options_.reported_statements) return;
      const std::string tcode = t ? t->code : std::string();
      if (!seen.emplace(s.code, tcode, c).second) return;
      Event e;
      e.story = story_.id;
      e.sentence = index_;
      e.date = story_.date;
      e.source = written(s.code);
      e.target = written(tcode);
      e.code = c;
      e.negated = refusal;
      if (const Ontology* o = options_.ontology) {
        if (const CameoCode* known = o->find(c)) {
          e.quad_class = known->quad_class;
          e.goldstein = known->goldstein;
          if (known->plover.type != PloverType{}) {
            e.plover_type = std::string(plover_type_name(known->plover.type));
            e.plover_mode = known->plover.mode;
          }
        }
      }
      e.source_span = s.span;
      if (t) e.target_span = t->span;
      e.verb_span = verb_span;
      out.push_back(std::move(e));
      event_verb.push_back(v);
    };
    // "Gondor and Osgiliath renewed ties": with no other target, the members
    // of a compound source act on each other when the code pairs, the pattern
    // asks for a compound ('%'), or the act is one of cooperation that takes
    // two (CAMEO 03-06: intend to cooperate, consult, engage, cooperate).
    const bool mutual = !reverse.empty() || compound_pattern || code.starts_with("03") ||
                        code.starts_with("04") || code.starts_with("05") || code.starts_with("06");
    if (targets.empty() && sources.size() >= 2 && mutual) targets = sources;
    if (!targets.empty()) {
      for (const Actor& s : sources)
        for (const Actor& t : targets) {
          emit(s, &t, code);
          emit(t, &s, reverse);
        }
      if (!code.empty()) context_.acted = real_actors(sources);
    } else if (!options_.require_dyad) {
      for (const Actor& s : sources) emit(s, nullptr, code);
    }
  }
  // Attribution: "X said Y accused Z" is Y's accusation; the saying is not
  // an event of its own once what was said is coded. The reported clause is
  // the reporting verb's complement, or, for "..., X said", the clause it
  // interrupts.
  std::vector<bool> made(n_, false);
  for (uint32_t v : event_verb) made[v] = true;
  const auto inside = [&](uint32_t t, uint32_t root) {
    for (int steps = 0; t != kNone && steps < 64; t = head_[t], ++steps)
      if (t == root) return true;
    return false;
  };
  // A verb that only makes a statement (CAMEO 01, or a reporting verb) gives
  // way to what it reports; one that demands, denies, threatens or proposes
  // ("demanded that Israel withdraw", "denied that its jets bombed") is the
  // event, and what its clause describes did not happen.
  std::vector<bool> statement(n_, true);
  for (size_t i = 0; i < out.size(); ++i)
    if (!out[i].code.starts_with("01")) statement[event_verb[i]] = false;
  std::vector<bool> drop(n_, false);
  for (uint32_t v = 0; v < n_; ++v) {
    if (!made[v]) continue;
    const bool reports = statement[v] || reporting_verb(lemma(v));
    for (uint32_t w = 0; w < n_; ++w) {
      if (w == v || !made[w]) continue;
      bool reported = false;
      for (uint32_t k : kids_of(kid_start_, kids_, v))
        if (brel(k) == "ccomp" && inside(w, k)) {
          if (reports)
            reported = true;
          else
            drop[w] = true;
        }
      if (brel(v) == "parataxis" && head_[v] != kNone && inside(w, head_[v]) && !inside(w, v))
        reported = true;
      // "..., the agency said on Thursday", parsed as a conjunct or as the
      // root of the sentence it reports.
      // A pattern that made the saying more than a statement ("said at the
      // start of a visit to Greece": 042) keeps it.
      if (reporting_verb(lemma(v)) && statement[v] &&
          (brel(v) == "conj" || brel(v) == "root" || brel(v) == "advcl")) {
        // Unless the other event is in what the verb is about ("told
        // reporters", "said on Thursday"), it is what was reported.
        bool own = false;
        for (uint32_t k : kids_of(kid_start_, kids_, v)) {
          const std::string_view b = brel(k);
          if ((b == "obj" || b == "iobj" || b == "obl") && inside(w, k)) own = true;
        }
        if (!own) reported = true;
      }
      if (reported) drop[v] = true;
    }
  }
  // "urged Eriador to respond": what one actor urges, vows or plans is
  // coded by that verb (an appeal, an intent); the complement did not
  // happen and is no event of its own.
  for (uint32_t w = 0; w < n_; ++w)
    if (made[w] && brel(w) == "xcomp" && head_[w] != kNone && made[head_[w]] && !drop[head_[w]])
      drop[w] = true;
  for (size_t i = 0; i < out.size(); ++i)
    if (!drop[event_verb[i]]) final_out.push_back(std::move(out[i]));
}

// The elements of one side of a pattern in matching order: after '*'
// forwards, before '*' backwards from the verb. Bracket markers only group
// words for PETRARCH's constituency matcher; here they match nothing.
namespace {

Side side_elements(const dict::Dictionaries& dicts, const dict::Pattern& p, bool upper) {
  const auto marker = [](PatternItem::Kind k) {
    return k == PatternItem::Kind::kOpenNoun || k == PatternItem::Kind::kCloseNoun ||
           k == PatternItem::Kind::kOpenPrep || k == PatternItem::Kind::kClosePrep ||
           k == PatternItem::Kind::kOr;
  };
  size_t star = 0;
  while (star < p.items.size() && p.items[star].kind != PatternItem::Kind::kVerb) ++star;
  std::vector<const PatternItem*> kept;
  std::vector<int> groups;  // per kept item
  {
    std::vector<int> group_of(p.items.size(), -1);
    int open = -1, next_group = 0;
    for (size_t i = 0; i < p.items.size(); ++i) {
      if (p.items[i].kind == PatternItem::Kind::kOpenNoun) open = next_group++;
      if (p.items[i].kind == PatternItem::Kind::kCloseNoun) open = -1;
      group_of[i] = open;
    }
    if (upper) {
      for (size_t i = star; i-- > 0;)
        if (!marker(p.items[i].kind)) {
          kept.push_back(&p.items[i]);
          groups.push_back(group_of[i]);
        }
    } else {
      for (size_t i = star + 1; i < p.items.size(); ++i)
        if (!marker(p.items[i].kind)) {
          kept.push_back(&p.items[i]);
          groups.push_back(group_of[i]);
        }
    }
  }
  Side side;
  for (size_t k = 0; k < kept.size(); ++k) {
    const PatternItem& item = *kept[k];
    Element e;
    e.kind = item.kind;
    e.group = groups[k];
    if (item.kind == PatternItem::Kind::kWord) {
      e.alternatives.push_back({dict::fold_key(item.word.text)});
    } else if (item.kind == PatternItem::Kind::kSynset) {
      for (const dict::Phrase& ph : dicts.verbs.synsets[item.synset].members) {
        std::vector<std::string> words;
        for (const dict::Word& w : ph.words) words.push_back(dict::fold_key(w.text));
        // Before the verb the words are read right to left.
        if (upper) std::reverse(words.begin(), words.end());
        e.alternatives.push_back(std::move(words));
      }
    }
    // Forwards, an element is next to the following one when it was joined
    // to it by '_'; backwards, when the word to its left was joined to it.
    e.adjacent_next = upper ? (k + 1 < kept.size() && kept[k + 1]->tight_after) : item.tight_after;
    side.elements.push_back(std::move(e));
  }
  if (upper)
    side.first_adjacent = !kept.empty() && kept[0]->tight_after;
  else if (star < p.items.size())
    side.first_adjacent = p.items[star].tight_after;
  return side;
}

}  // namespace

Coder::Coder(const dict::Lexicon& lexicon, CoderOptions options) : lexicon_(lexicon), options_(options) {
  const dict::Dictionaries& dicts = lexicon.dictionaries();
  auto compiled = std::make_unique<CompiledPatterns>();
  compiled->longest_first.assign(dicts.verbs.blocks.size(), false);
  for (const dict::Pattern& p : dicts.verbs.patterns) {
    CompiledPattern cp;
    cp.upper = side_elements(dicts, p, true);
    cp.lower = side_elements(dicts, p, false);
    for (const PatternItem& item : p.items) {
      cp.compound |= item.kind == PatternItem::Kind::kCompound;
      if (item.kind == PatternItem::Kind::kOpenNoun || item.kind == PatternItem::Kind::kOpenPrep)
        if (p.block < compiled->longest_first.size()) compiled->longest_first[p.block] = true;
    }
    for (const Side* side : {&cp.upper, &cp.lower})
      for (const Element& e : side->elements) {
        if (e.kind != PatternItem::Kind::kVerb) ++cp.length;
        for (const auto& alt : e.alternatives)
          for (const std::string& w : alt)
            cp.names_negation |= w == "not" || w == "n't" || w == "never" || w == "no";
      }
    compiled->patterns.push_back(std::move(cp));
  }
  patterns_ = std::move(compiled);
}

Coder::~Coder() = default;
Coder::Coder(Coder&&) noexcept = default;

void Coder::code(const Story& story, CoderScratch& scratch, std::vector<Event>& out) const {
  const size_t first = out.size();
  Context context;
  for (uint32_t s = 0; s < story.sentences.size(); ++s) {
    SentenceCoder sc(story, s, lexicon_, options_, *patterns_, scratch, context);
    sc.code(out);
    if (sc.discard_story()) {
      out.resize(first);
      return;
    }
  }
}

}  // namespace dyad::coding
