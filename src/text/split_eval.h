// Sentence-splitting accuracy against a treebank.
//
// Takes a CoNLL-U file whose comments carry `# text =`, `# newdoc` and
// `# newpar` (UD English EWT, GUM, PUD) and rebuilds each document's raw text:
// sentences of a paragraph joined by one space, paragraphs by a blank line.
// The text stage then splits that text and its sentence ends are compared
// with the treebank's. Boundaries at paragraph ends are free (a blank line
// always ends a sentence), so they are counted apart: the "inside paragraph"
// figures are the ones that measure the splitter.
#pragma once

#include <string>

#include "core/status.h"
#include "pipeline.h"

namespace dyad {

struct SplitScore {
  size_t documents = 0;
  size_t gold_sentences = 0;
  size_t predicted_sentences = 0;
  size_t exact_sentences = 0;  // predicted sentences with both ends right
  // Boundaries inside paragraphs only.
  size_t gold_inner = 0, predicted_inner = 0, correct_inner = 0;

  double precision() const { return predicted_inner ? double(correct_inner) / double(predicted_inner) : 0; }
  double recall() const { return gold_inner ? double(correct_inner) / double(gold_inner) : 0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
  double exact_rate() const { return gold_sentences ? double(exact_sentences) / double(gold_sentences) : 0; }
};

Result<SplitScore> evaluate_splitting(const std::string& conllu_path, const Pipeline& pipeline);

}  // namespace dyad
