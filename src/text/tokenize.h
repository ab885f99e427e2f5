// The tokenizer: normalised text of one paragraph in, word tokens out.
//
// Tokens follow the UD English (EWT) conventions, because dyad's tagger and
// parser are trained on that treebank and must see text cut the same way:
//   - punctuation is split off words: ( " , . ; : ! ? ) and closing quotes;
//   - a final period stays on abbreviations from the model (Nov., Gen.),
//     initials (J.) and dotted acronyms (U.S., a.m.);
//   - clitics are split: Syria's -> Syria 's, won't -> wo n't, cannot -> can not;
//   - hyphenated words are split (US-led -> US - led, war-ravaged -> war -
//     ravaged) unless the first part is a prefix from the model
//     (anti-government, co-operate); digit-digit hyphens stay (2004-2005);
//   - numbers keep their commas, points and colons (300,000  3.5  10:30  0900);
//   - URLs and e-mail addresses stay whole; $ and % are tokens of their own.
// Token::space_after records where no space followed, so "US-led" can be put
// back together by anyone who wants the orthographic word.
//
// Only norm offsets are set here; the text stage maps them to the original.
// Linear in the paragraph's length; the tokenizer holds only a const model
// reference and is safe to share between threads.
#pragma once

#include <string_view>
#include <vector>

#include "core/document.h"
#include "text/text_model.h"

namespace dyad {

class Tokenizer {
 public:
  explicit Tokenizer(const TextModel& model) : model_(model) {}
  // Appends the tokens of norm[begin, end) to `out`.
  void tokenize(std::string_view norm, uint32_t begin, uint32_t end, std::vector<Token>& out) const;

 private:
  void chunk(std::string_view norm, uint32_t b, uint32_t e, std::vector<Token>& out) const;
  void middle(std::string_view norm, uint32_t b, uint32_t e, std::vector<Token>& out) const;
  bool keeps_period(std::string_view word) const;

  const TextModel& model_;
};

}  // namespace dyad
