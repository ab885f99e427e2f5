// Repeated copy within one story.
//
// Crawled stories often carry their text twice (a page printed with its
// teaser, a feed that appends the body again). A paragraph whose key was seen
// earlier in the story is dropped whole; so is any sentence whose key was
// seen, when it is long enough (20 or more letters and digits) that a true
// repeat is more likely than an author's "he said." twice. The key is the
// sentence's letters and digits, lower-cased, so whitespace, quote style and
// punctuation differences still count as repeats.
//
// Takes the sentences the splitter found, all of them, in order, and tells
// which to keep. A paragraph's key is the sequence of its sentences' keys, so
// the text is read once.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/document.h"

namespace dyad {

struct SentenceCandidate {
  Span norm;           // the sentence in Story::norm
  uint32_t paragraph;  // index of its paragraph
};

constexpr int32_t kKeep = -1;
constexpr int32_t kParagraphRepeat = -2;  // dropped only because its paragraph repeats
constexpr int32_t kNoWords = -3;          // no letter or digit: not a sentence ("* * *")

struct RepeatVerdict {
  // For each candidate: kKeep, kParagraphRepeat, kNoWords, or the index (into
  // `candidates`) of the earlier sentence it repeats.
  std::vector<int32_t> sentence;
  std::vector<bool> paragraph;  // per paragraph: it repeats an earlier one
};

RepeatVerdict find_repeats(std::string_view norm, const std::vector<SentenceCandidate>& candidates,
                           size_t paragraph_count);

}  // namespace dyad
