#include "dict/source.h"

#include <cstring>

namespace dyad::dict {

std::string_view trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e &&
         (s[b] == ' ' || s[b] == '\t' || s[b] == '\r' || s[b] == '\n' || s[b] == '\f' || s[b] == '\v'))
    ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r' || s[e - 1] == '\n' ||
                   s[e - 1] == '\f' || s[e - 1] == '\v'))
    --e;
  return s.substr(b, e - b);
}

std::string_view Line::trimmed() const { return trim(text); }

namespace {

// Cuts a '#' or ';' comment that starts outside [...].
std::string_view cut_comment(std::string_view s) {
  int depth = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '[') {
      ++depth;
    } else if (c == ']') {
      if (depth > 0) --depth;
    } else if ((c == '#' || c == ';') && depth == 0) {
      return s.substr(0, i);
    }
  }
  return s;
}

}  // namespace

bool LineReader::next(Line& line) {
  while (!rest_.empty()) {
    size_t nl = rest_.find('\n');
    std::string_view raw = nl == std::string_view::npos ? rest_ : rest_.substr(0, nl);
    rest_ = nl == std::string_view::npos ? std::string_view() : rest_.substr(nl + 1);
    ++number_;
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);

    // Remove <!-- ... --> comments, which may span lines.
    std::string_view text = raw;
    if (in_comment_ || text.find("<!--") != std::string_view::npos) {
      buffer_.clear();
      size_t i = 0;
      while (i <= text.size()) {
        if (in_comment_) {
          size_t end = text.find("-->", i);
          if (end == std::string_view::npos) {
            i = text.size() + 1;
            break;
          }
          in_comment_ = false;
          i = end + 3;
        } else {
          size_t open = text.find("<!--", i);
          if (open == std::string_view::npos) {
            buffer_.append(text.substr(i));
            break;
          }
          buffer_.append(text.substr(i, open - i));
          in_comment_ = true;
          comment_line_ = number_;
          i = open + 4;
        }
      }
      text = buffer_;
    } else if (text.starts_with("<!")) {
      continue;  // "<! -- ... -->": a comment PETRARCH skips whole
    }

    text = cut_comment(text);
    bool indented = !text.empty() && (text[0] == '\t' || text[0] == ' ');
    // Trim the end only: a leading tab marks a date restriction.
    size_t e = text.size();
    while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\r')) --e;
    text = text.substr(0, e);
    if (trim(text).empty()) continue;
    line.number = number_;
    line.text = text;
    line.indented = indented;
    return true;
  }
  return false;
}

void Reporter::error(uint32_t line, std::string message) {
  out_.diagnostics.push_back({Diagnostic::Severity::kError, out_.files[file_], line, std::move(message)});
}

void Reporter::warning(uint32_t line, std::string message) {
  out_.diagnostics.push_back({Diagnostic::Severity::kWarning, out_.files[file_], line, std::move(message)});
}

uint32_t add_file(Dictionaries& out, const std::string& path, Dialect dialect) {
  out.files.push_back(path);
  out.dialects.push_back(dialect);
  return static_cast<uint32_t>(out.files.size() - 1);
}

std::string upper_ascii(std::string_view s) {
  std::string r(s);
  for (char& c : r)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return r;
}

Phrase parse_phrase(std::string_view text, Dialect dialect) {
  Phrase p;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '_')) ++i;
    if (i >= text.size()) break;
    size_t b = i;
    while (i < text.size() && text[i] != ' ' && text[i] != '\t' && text[i] != '_') ++i;
    Word w;
    w.text = upper_ascii(text.substr(b, i - b));
    bool underscore = i < text.size() && text[i] == '_';
    w.tight_after = underscore;
    w.stem = dialect == Dialect::kTabari && !underscore;
    p.words.push_back(std::move(w));
  }
  // The last word is never joined to anything.
  if (!p.words.empty()) p.words.back().tight_after = false;
  return p;
}

std::string Phrase::text() const {
  std::string s;
  for (const Word& w : words) {
    if (!s.empty()) s += ' ';
    s += w.text;
  }
  return s;
}

namespace {

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap(y) ? 29 : kDays[m - 1];
}

// Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar
// (H. Hinnant's days_from_civil).
DayNumber civil_days(int y, int m, int d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

int digits_value(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

}  // namespace

DayNumber day_number(const Date& date) { return civil_days(date.year, date.month, date.day); }

std::optional<DayNumber> parse_restriction_date(std::string_view s, std::string* note) {
  if (s.empty()) return std::nullopt;
  for (char c : s)
    if (c < '0' || c > '9') return std::nullopt;
  int y = 0, m = 0, d = 0;
  if (s.size() == 6 || s.size() == 7) {
    if (s.size() == 7 && note != nullptr)
      *note = "date " + std::string(s) + " has 7 digits; read as YYMMDD " + std::string(s.substr(0, 6)) +
              " as PETRARCH does";
    y = digits_value(s.substr(0, 2));
    y += y <= 30 ? 2000 : 1900;
    m = digits_value(s.substr(2, 2));
    d = digits_value(s.substr(4, 2));
  } else if (s.size() >= 8) {
    if (s.size() > 8 && note != nullptr)
      *note = "date " + std::string(s) + " has " + std::to_string(s.size()) +
              " digits; read from its first eight as PETRARCH does";
    y = digits_value(s.substr(0, 4));
    m = digits_value(s.substr(4, 2));
    d = digits_value(s.substr(6, 2));
  } else {
    return std::nullopt;
  }
  if (m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return std::nullopt;
  return civil_days(y, m, d);
}

bool valid_actor_code(std::string_view code) {
  if (code.empty()) return false;
  bool part_empty = true;
  for (char c : code) {
    if (c == '/') {
      if (part_empty) return false;
      part_empty = true;
      continue;
    }
    bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
              c == '+' || c == '#';
    if (!ok) return false;
    part_empty = false;
  }
  return !part_empty;
}

bool valid_verb_code(std::string_view code) {
  if (code.empty()) return false;
  int colons = 0;
  for (char c : code) {
    if (c == ':') {
      if (++colons > 1) return false;
      continue;
    }
    bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
              c == '+' || c == '#' || c == '!' || c == '?';
    if (!ok) return false;
  }
  return code != ":";
}

bool cameo_verb_code(std::string_view code) {
  auto part_ok = [](std::string_view p) {
    if (p.empty() || p == "---") return true;
    if (p.size() < 2 || p.size() > 4) return false;
    for (char c : p)
      if (c < '0' || c > '9') return false;
    return true;
  };
  size_t colon = code.find(':');
  if (colon == std::string_view::npos) return !code.empty() && part_ok(code);
  return part_ok(code.substr(0, colon)) && part_ok(code.substr(colon + 1));
}

bool split_bracket(std::string_view text, Bracketed& out) {
  size_t open = text.find('[');
  if (open == std::string_view::npos) return false;
  out.before = text.substr(0, open);
  size_t close = text.find(']', open + 1);
  if (close == std::string_view::npos) {
    out.inside = trim(text.substr(open + 1));
    out.after = {};
    out.closed = false;
  } else {
    out.inside = trim(text.substr(open + 1, close - open - 1));
    out.after = text.substr(close + 1);
    out.closed = true;
  }
  return true;
}

std::string Diagnostic::format() const {
  return file + ":" + std::to_string(line) + ": " + (severity == Severity::kError ? "error: " : "warning: ") +
         message;
}

size_t Dictionaries::error_count() const {
  size_t n = 0;
  for (const Diagnostic& d : diagnostics) n += d.severity == Diagnostic::Severity::kError;
  return n;
}

size_t Dictionaries::warning_count() const { return diagnostics.size() - error_count(); }

std::string_view Actor::code_on(const Date& date) const {
  if (date.known()) {
    DayNumber day = day_number(date);
    for (const DatedCode& c : dated)
      if (day >= c.first && day <= c.last) return c.code;
    return code;
  }
  // With no date, what the actor is now: the default, else the role that
  // began last ("LAVROV" [RUSGOV >20040309] in an undated story).
  if (!code.empty() || dated.empty()) return code;
  const DatedCode* latest = &dated.front();
  for (const DatedCode& c : dated)
    if (c.first > latest->first) latest = &c;
  return latest->code;
}

}  // namespace dyad::dict
