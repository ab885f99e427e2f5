// Paragraphs and sentences.
//
// Paragraphs: a blank line always ends one. A single newline ends one too,
// unless the text looks hard-wrapped (the longest line 50 to 100 bytes, as in
// the PETRARCH validation records), where a newline ends a paragraph only
// after a line well short of the others (a paragraph's last line or a
// headline), before an indented line, or next to a line with no letters or
// digits ("* * *"). In any text, a line that starts in lower case after a
// line with no sentence-final punctuation continues that line's sentence.
//
// Sentences: a sentence ends at . ! ? or an ellipsis, taking with it the
// closing quotes and brackets written against it, when what follows does not
// start in lower case and is not , ; : ) . A token that keeps its period
// (tokenize.h) ends a sentence by its kind in the model: titles (Gen.),
// initials and never-words (e.g.) never; number-words (Nov.) unless a number
// follows; others (Inc., U.S.) when the next word is a sentence starter. A
// sentence inside a quotation ends like any other ("...out of the question.
// We will not..." is two). A sentence longer than max_tokens is cut, so one
// unpunctuated megabyte cannot reach the parser as one sentence.
#pragma once

#include <string_view>
#include <vector>

#include "core/document.h"
#include "text/text_model.h"

namespace dyad {

// Paragraphs of norm[begin, end) as norm spans, in order, none empty.
std::vector<Span> split_paragraphs(std::string_view norm, uint32_t begin, uint32_t end);

class SentenceSplitter {
 public:
  explicit SentenceSplitter(const TextModel& model, uint32_t max_tokens = 300)
      : model_(model), max_tokens_(max_tokens) {}
  // Cuts tokens[begin, end) into sentences; returns the token index where each
  // sentence after the first starts (so no boundaries = one sentence).
  std::vector<uint32_t> boundaries(std::string_view norm, const std::vector<Token>& tokens, uint32_t begin,
                                   uint32_t end) const;

 private:
  bool ends_sentence(std::string_view norm, const std::vector<Token>& tokens, uint32_t i, uint32_t end,
                     uint32_t* last) const;

  const TextModel& model_;
  uint32_t max_tokens_;
};

}  // namespace dyad
