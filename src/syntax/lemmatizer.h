// The lemmatiser: a word, its UPOS and its Penn XPOS in, its UD lemma out.
//
// Learnt from a treebank, not written by hand, so that its lemmas are the
// treebank's (UD English keeps "n't" -> "not", "'s" -> "be" or "'s" by tag,
// proper nouns keep their case). A lemma is stored as an edit of the word:
// strip k bytes from the end of the lower-cased form, append a string, and
// either lower-case the result or keep the form's case (proper nouns, "I").
//
//   - Words seen in training with a tag: their most frequent edit (a lexicon
//     keyed by lower-cased form and XPOS).
//   - Unseen words: the edit most often seen with the same XPOS and the
//     longest suffix (up to 6 bytes) that was seen at least twice, so
//     "reclassified"/VBN falls to the "-ied -> -y" rule of "classified",
//     "satisfied" and the like.
//
// The model is a small text file with a versioned first line
// ("dyad-lemmatizer 1"); a newer version is refused. A Lemmatizer is
// immutable after training or loading and may be shared by threads.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/status.h"
#include "syntax/treebank.h"

namespace dyad {

constexpr int kLemmatizerFormatVersion = 1;

class Lemmatizer {
 public:
  // Learns edits from every word of `sentences` that has a lemma.
  static Lemmatizer train(std::span<const TreebankSentence> sentences);
  static Result<Lemmatizer> load(const std::string& path);
  static Result<Lemmatizer> parse(std::string_view text, const std::string& name);
  Status save(const std::string& path) const;
  std::string serialize() const;

  std::string lemma(std::string_view form, std::string_view xpos) const;

  size_t lexicon_size() const { return lexicon_.size(); }
  size_t rule_count() const { return rules_.size(); }

  // An edit of a lower-cased form; public for tests.
  struct Edit {
    uint8_t strip = 0;
    std::string append;
    bool keep_case = false;  // apply to the form as written, not lower-cased
    friend bool operator==(const Edit&, const Edit&) = default;
  };
  // The edit that turns `form` into `lemma`.
  static Edit edit_of(std::string_view form, std::string_view lemma);
  static std::string apply(std::string_view form, const Edit& edit);

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using Table = std::unordered_map<std::string, Edit, Hash, std::equal_to<>>;

  const Edit* rule_for(std::string_view lower_form, std::string_view xpos) const;

  Table lexicon_;  // "lowerform\txpos" -> edit, for words the rules get wrong
  Table rules_;    // "xpos\tsuffix" -> edit (suffix may be empty: the tag's default)
};

}  // namespace dyad
