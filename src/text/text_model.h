// The text stage's word lists, read from versioned data files.
//
// Takes data/text/{abbreviations,hyphen_prefixes,sentence_starters,agencies}.txt
// and gives a const model the tokenizer, splitter and dateline reader share
// (safe to share across threads). The lists are data, not code, so a user can
// read and extend them; each file starts with a header line
// "# dyad-text-list <kind> <version>" that is checked at load, and every
// problem names FILE:LINE.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "core/status.h"

namespace dyad {

// How an abbreviation behaves at a possible sentence end.
enum class AbbrevKind : uint8_t {
  kTitle,   // Mr. Dr. Gen. : a name follows; never ends a sentence
  kNumber,  // Nov. No. : ends a sentence unless a number follows
  kNever,   // e.g. i.e. vs. : never ends a sentence
  kPlain,   // Inc. U.S. a.m. etc. : ends one when a sentence starter follows
};

class TextModel {
 public:
  // Reads the lists from `dir` (normally DATA/text).
  static Result<TextModel> load(const std::string& dir);

  // Exact match first, then with the first letter's case changed ("Nov." for
  // "NOV.", "gen." for "Gen.") so headline case and sentence case both match.
  const AbbrevKind* abbreviation(std::string_view word_with_period) const;
  bool hyphen_prefix(std::string_view lower_word) const;
  bool sentence_starter(std::string_view lower_word) const;
  // The canonical agency name for a name as written ("Agence France-Presse" ->
  // "AFP"), or empty if it is not a known agency.
  std::string agency(std::string_view name) const;

  size_t abbreviation_count() const { return abbreviations_.size(); }

 private:
  std::unordered_map<std::string, AbbrevKind> abbreviations_;
  std::unordered_set<std::string> hyphen_prefixes_;
  std::unordered_set<std::string> sentence_starters_;
  std::unordered_map<std::string, std::string> agencies_;  // lower-cased name -> canonical
};

}  // namespace dyad
