// What every dictionary reader shares: logical lines with comments removed,
// problem reports naming FILE:LINE, phrases, codes and dates.
//
// Comment rules are the union of PETRARCH's and TABARI's, so either kind of
// file reads unchanged: "<!-- ... -->" (inline or over several lines, ending
// at the first "-->"), a line starting "<!" without "<!--", and "#" or the
// legacy ";" anywhere outside [...] (where TABARI codes such as [###] live).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/status.h"
#include "dict/dictionary.h"

namespace dyad::dict {

struct Line {
  uint32_t number = 0;               // 1-based
  std::string_view text;             // comment removed, trailing blanks trimmed, non-empty
  bool indented = false;             // began with a tab or blank (actor date restrictions)
  std::string_view trimmed() const;  // text without leading blanks
};

class LineReader {
 public:
  explicit LineReader(std::string_view content) : rest_(content) {}
  // The next non-blank logical line; false at the end.
  bool next(Line& line);
  // Whether the file ended inside an unclosed "<!--" and where it began.
  bool open_comment() const { return in_comment_; }
  uint32_t comment_line() const { return comment_line_; }

 private:
  std::string_view rest_;
  uint32_t number_ = 0;
  bool in_comment_ = false;
  uint32_t comment_line_ = 0;
  std::string buffer_;  // a line with an inline <!-- --> removed
};

// Adds diagnostics for one file to a Dictionaries value.
class Reporter {
 public:
  Reporter(Dictionaries& out, uint32_t file) : out_(out), file_(file) {}
  void error(uint32_t line, std::string message);
  void warning(uint32_t line, std::string message);
  SourceLine at(uint32_t line) const { return {file_, line}; }
  uint32_t file() const { return file_; }

 private:
  Dictionaries& out_;
  uint32_t file_;
};

// Registers a file in `out` and returns its index.
uint32_t add_file(Dictionaries& out, const std::string& path, Dialect dialect);

// Splits "SERGEY_V._LAVROV_" or "HAMAS WING" into words. In the TABARI
// dialect a word not followed by '_' is a stem. Returns an empty phrase when
// there are no words.
Phrase parse_phrase(std::string_view text, Dialect dialect);

// Upper-cases ASCII letters (dictionary words are upper-case by convention,
// but not always: "PALESTINIAN [pse]").
std::string upper_ascii(std::string_view s);

// A restriction date: YYYYMMDD, or YYMMDD with 00-30 read as 20YY and 31-99
// as 19YY (the KEDS/TABARI rule). Seven digits are read as YYMMDD and more
// than eight from their first eight, as PETRARCH does, with a warning in
// `note` (Phoenix has both typos). Returns nothing for an impossible date.
std::optional<DayNumber> parse_restriction_date(std::string_view digits, std::string* note);

// Whether `code` is a well-formed actor or agent code: letters, digits and
// '-' in '/'-separated parts ("USAGOV", "ELR/GAL", "---").
bool valid_actor_code(std::string_view code);
// Whether `code` is a well-formed verb code: up to two ':'-separated parts of
// digits, letters and the TABARI marks - + # ! ? ("042", "042:043", ":173").
bool valid_verb_code(std::string_view code);
// Whether a verb code is CAMEO-shaped ("---" or two to four digits per part).
bool cameo_verb_code(std::string_view code);

// Splits "text [CODE] rest" into the part before '[' and the code inside;
// returns false when there is no '['. `closed` is false for "[CODE" without ']'.
struct Bracketed {
  std::string_view before;
  std::string_view inside;
  std::string_view after;
  bool closed = true;
};
bool split_bracket(std::string_view text, Bracketed& out);

std::string_view trim(std::string_view s);

}  // namespace dyad::dict
