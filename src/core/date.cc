#include "core/date.h"

#include <cstdio>

namespace dyad {
namespace {

bool all_digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : kDays[m - 1];
}

std::optional<Date> make(int y, int m, int d) {
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return std::nullopt;
  return Date{static_cast<int16_t>(y), static_cast<int8_t>(m), static_cast<int8_t>(d)};
}

}  // namespace

std::string Date::iso() const {
  if (!known()) return {};
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::optional<Date> Date::parse(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  // A timestamp: keep the date part.
  if (auto t = s.find_first_of("T "); t != std::string_view::npos && t >= 8) s = s.substr(0, t);
  if (s.size() == 10 && (s[4] == '-' || s[4] == '/') && s[7] == s[4] && all_digits(s.substr(0, 4)) &&
      all_digits(s.substr(5, 2)) && all_digits(s.substr(8, 2)))
    return make(to_int(s.substr(0, 4)), to_int(s.substr(5, 2)), to_int(s.substr(8, 2)));
  if (s.size() == 8 && all_digits(s))
    return make(to_int(s.substr(0, 4)), to_int(s.substr(4, 2)), to_int(s.substr(6, 2)));
  if (s.size() == 6 && all_digits(s)) {
    int yy = to_int(s.substr(0, 2));
    return make(yy >= 50 ? 1900 + yy : 2000 + yy, to_int(s.substr(2, 2)), to_int(s.substr(4, 2)));
  }
  return std::nullopt;
}

}  // namespace dyad
