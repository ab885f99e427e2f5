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

  static double rate(size_t n, size_t d) { return d ? double(n) / double(d) : 0; }
  double upos_accuracy() const { return rate(upos, words); }
  double xpos_accuracy() const { return rate(xpos, words); }
  double upos_xpos_accuracy() const { return rate(upos_xpos, words); }
  double lemma_accuracy() const { return rate(lemma, words); }
  double uas_score() const { return rate(uas, words); }
  double las_score() const { return rate(las, words); }
};

// With a lemmatiser, lemmas are made from the tagger's XPOS (not the gold
// one), as they will be on raw text.
SyntaxScore score_tagger(const Tagger& tagger, const std::vector<TreebankSentence>& sentences,
                         const Lemmatizer* lemmatizer = nullptr);

// Reads the treebank (the first `max_sentences`, 0 = all) and scores it.
Result<SyntaxScore> evaluate_syntax(const std::string& conllu_path, const Tagger& tagger,
                                    size_t max_sentences = 0, const Lemmatizer* lemmatizer = nullptr);

}  // namespace dyad
