// Tagging (and, as they are built, lemma and parsing) accuracy against a
// CoNLL-U treebank with gold tokenisation: each sentence's gold words are
// given to the models and their output compared word by word. Every word
// counts, punctuation included, as in the CoNLL 2018 shared task's UPOS and
// XPOS figures.
#pragma once

#include <string>
#include <vector>

#include "core/status.h"
#include "syntax/lemmatizer.h"
#include "syntax/parser.h"
#include "syntax/tagger.h"
#include "syntax/treebank.h"

namespace dyad {

struct SyntaxScore {
  size_t sentences = 0;
  size_t words = 0;
  size_t upos = 0, xpos = 0, upos_xpos = 0;  // words with that column right
  // Filled once the lemmatiser and parser exist; `has_*` says whether they ran.
  bool has_lemma = false, has_parse = false;
  size_t lemma = 0, uas = 0, las = 0;
  // LAS counting the whole relation ("obl:tmod"); `las` counts only its
  // universal part ("obl"), as the CoNLL 2018 shared task's evaluation does.
  size_t las_full = 0;

  static double rate(size_t n, size_t d) { return d ? double(n) / double(d) : 0; }
  double upos_accuracy() const { return rate(upos, words); }
  double xpos_accuracy() const { return rate(xpos, words); }
  double upos_xpos_accuracy() const { return rate(upos_xpos, words); }
  double lemma_accuracy() const { return rate(lemma, words); }
  double uas_score() const { return rate(uas, words); }
  double las_score() const { return rate(las, words); }
  double las_full_score() const { return rate(las_full, words); }
};

// With a lemmatiser, lemmas are made from the tagger's XPOS (not the gold
// one), as they will be on raw text; with a parser, it parses with the
// tagger's tags. Every word counts, punctuation included.
SyntaxScore score_tagger(const Tagger& tagger, const std::vector<TreebankSentence>& sentences,
                         const Lemmatizer* lemmatizer = nullptr, const Parser* parser = nullptr);

// Raw text: each document of the treebank is rebuilt from its "# text"
// comments (sentences of a paragraph joined by a space, paragraphs by a blank
// line, as split_eval.h does), run through the whole pipeline (dyad's own
// splitter and tokenizer, then tagger, lemmatiser and parser), and the words
// it makes are aligned with the gold words by their character spans, as the
// CoNLL 2018 shared task's evaluation does. Each figure is an F1 over words:
// a word counts when it is aligned and its column (and, for UAS/LAS, its
// head's alignment) is right.
struct RawSyntaxScore {
  size_t documents = 0, gold_sentences = 0, system_sentences = 0;
  size_t gold_words = 0, system_words = 0, aligned = 0;
  size_t upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0;
  double f1(size_t correct) const {
    return gold_words + system_words ? 2.0 * double(correct) / double(gold_words + system_words) : 0;
  }
};
class Pipeline;
RawSyntaxScore score_raw_text(const std::vector<TreebankSentence>& sentences, const Pipeline& pipeline);

// Reads the treebank (the first `max_sentences`, 0 = all) and scores it.
Result<SyntaxScore> evaluate_syntax(const std::string& conllu_path, const Tagger& tagger,
                                    size_t max_sentences = 0, const Lemmatizer* lemmatizer = nullptr,
                                    const Parser* parser = nullptr);

}  // namespace dyad
