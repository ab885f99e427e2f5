#include "text/dateline.h"

#include <array>
#include <vector>

#include "text/chars.h"

namespace dyad {
namespace {

using namespace chars;  // NOLINT: character predicates only

constexpr size_t kMaxHead = 120;  // a dateline head is short

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> words(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && is_space(s[i])) ++i;
    size_t j = i;
    while (j < s.size() && !is_space(s[j])) ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

bool all_caps(std::string_view s) {
  bool letter = false;
  for (char c : s) {
    if (is_lower(c)) return false;
    letter |= is_upper(c);
  }
  return letter;
}

// "Nov 2", "Nov. 2", "November 2", "2 November", "Nov 2, 2016".
bool is_date(std::string_view s) {
  static constexpr std::array<std::string_view, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                               "jul", "aug", "sep", "oct", "nov", "dec"};
  const auto ws = words(s);
  if (ws.size() < 2 || ws.size() > 3) return false;
  bool month = false, day = false;
  for (auto w : ws) {
    while (!w.empty() && (w.back() == '.' || w.back() == ',')) w.remove_suffix(1);
    if (w.size() >= 3 && is_alpha(w[0])) {
      std::string l;
      for (char c : w.substr(0, 3)) l.push_back(to_lower(c));
      for (auto m : kMonths) month |= l == m;
    } else if (!w.empty() && w.size() <= 4) {
      bool digits = true;
      for (char c : w) digits &= is_digit(c);
      day |= digits;
    }
  }
  return month && day;
}

// Capitalised words, allowing particles inside ("Dar es Salaam", "al-Bab").
bool is_place(std::string_view s) {
  const auto ws = words(s);
  if (ws.empty() || ws.size() > 5 || s.size() > 60) return false;
  if (!starts_upper(ws.front())) return false;
  for (auto w : ws) {
    if (starts_upper(w)) continue;
    if (w == "es" || w == "de" || w == "al" || w == "el" || w == "of" || w == "la" || w == "du" ||
        w == "di" || w == "da" || w.rfind("al-", 0) == 0 || w.rfind("el-", 0) == 0)
      continue;
    return false;
  }
  return true;
}

Span sub(std::string_view norm, std::string_view part) {
  const auto b = static_cast<uint32_t>(part.data() - norm.data());
  return {b, b + static_cast<uint32_t>(part.size())};
}

// Splits "Athens, Nov 2" into place and date parts; false if a part is neither.
bool place_and_date(std::string_view norm, std::string_view head, Dateline& d) {
  head = trim(head);
  while (!head.empty() && head.back() == ',') head = trim(head.substr(0, head.size() - 1));
  if (head.empty()) return false;
  std::vector<std::string_view> parts;
  size_t i = 0;
  while (i <= head.size()) {
    size_t j = head.find(',', i);
    if (j == std::string_view::npos) j = head.size();
    parts.push_back(trim(head.substr(i, j - i)));
    i = j + 1;
  }
  // "Nov 2, 2016" splits into two parts; join a bare year back to its date.
  const char* place_begin = nullptr;
  const char* place_end = nullptr;
  for (size_t k = 0; k < parts.size(); ++k) {
    std::string_view p = parts[k];
    if (p.empty()) return false;
    if (is_date(p)) {
      if (k + 1 < parts.size() && parts[k + 1].size() == 4 && is_digit(parts[k + 1][0])) {
        p = std::string_view(p.data(), static_cast<size_t>(parts[k + 1].data() + 4 - p.data()));
        ++k;
      }
      d.date = sub(norm, p);
    } else if (is_place(p)) {
      if (!place_begin) place_begin = p.data();
      place_end = p.data() + p.size();
    } else {
      return false;
    }
  }
  if (place_begin)
    d.place = sub(norm, std::string_view(place_begin, static_cast<size_t>(place_end - place_begin)));
  return place_begin != nullptr;
}

bool is_agency(std::string_view a, const TextModel& model, std::string* canonical) {
  a = trim(a);
  if (a.empty() || a.size() > 40) return false;
  if (std::string c = model.agency(a); !c.empty()) {
    *canonical = c;
    return true;
  }
  if (all_caps(a) && a.size() <= 12 && words(a).size() <= 2) {
    *canonical = std::string(a);
    return true;
  }
  return false;
}

// After an agency or place: a dash or colon, then the body on this line or
// the next. Returns where the dash/colon ends, or npos.
size_t separator_end(std::string_view line, size_t i) {
  while (i < line.size() && line[i] == ' ') ++i;
  if (i < line.size() && line[i] == ':') return i + 1;
  size_t k = i;
  while (k < line.size() && line[k] == '-') ++k;
  if (k > i && k - i <= 3 && (k == line.size() || line[k] == ' ')) return k;
  return std::string_view::npos;
}

}  // namespace

std::optional<Dateline> find_dateline(std::string_view norm, const TextModel& model) {
  size_t s0 = 0;
  while (s0 < norm.size() && is_space(norm[s0])) ++s0;
  size_t eol = norm.find('\n', s0);
  if (eol == std::string_view::npos) eol = norm.size();
  const std::string_view line = norm.substr(s0, eol - s0);
  if (line.empty()) return std::nullopt;

  Dateline d;
  auto finish = [&](size_t head_end) -> std::optional<Dateline> {
    // The body starts after the separator, or on the next line.
    size_t body = s0 + head_end;
    while (body < norm.size() && is_space(norm[body])) ++body;
    d.span = {static_cast<uint32_t>(s0), static_cast<uint32_t>(s0 + head_end)};
    d.body = static_cast<uint32_t>(body);
    return d;
  };

  // PLACE[, DATE] (AGENCY) -   and   PLACE[, DATE] (AGENCY):
  if (const size_t open = line.find('('); open != std::string_view::npos && open > 0 && open < kMaxHead) {
    const size_t close = line.find(')', open);
    if (close != std::string_view::npos && close - open <= 41) {
      const size_t sep = separator_end(line, close + 1);
      std::string agency;
      d = Dateline{};
      if (sep != std::string_view::npos &&
          is_agency(line.substr(open + 1, close - open - 1), model, &agency) &&
          place_and_date(norm, line.substr(0, open), d)) {
        d.agency = agency;
        return finish(sep);
      }
    }
  }
  // AGENCY, PLACE[, DATE] :   alone on its line
  if (const std::string_view t = trim(line); t.size() <= kMaxHead && t.size() >= 3 && t.back() == ':') {
    const std::string_view head = trim(t.substr(0, t.size() - 1));
    const size_t comma = head.find(',');
    std::string agency;
    d = Dateline{};
    if (comma != std::string_view::npos && is_agency(head.substr(0, comma), model, &agency) &&
        place_and_date(norm, head.substr(comma + 1), d)) {
      d.agency = agency;
      return finish(static_cast<size_t>(t.data() + t.size() - line.data()));
    }
  }
  // PLACE[, DATE] - text   with the place in capitals
  for (size_t dash = line.find(" -"); dash != std::string_view::npos && dash < kMaxHead;
       dash = line.find(" -", dash + 1)) {
    const std::string_view head = line.substr(0, dash);
    const size_t first_comma = head.find(',');
    const std::string_view place = head.substr(0, first_comma);
    d = Dateline{};
    if (!all_caps(place) || !place_and_date(norm, head, d)) continue;
    const size_t sep = separator_end(line, dash);
    if (sep == std::string_view::npos) continue;
    return finish(sep);
  }
  return std::nullopt;
}

}  // namespace dyad
