// Calendar dates of stories and events.
//
// A story's date is either known or unknown; dyad never substitutes today's
// date, so Date{} (year 0) means "unknown" and prints as JSON null.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dyad {

struct Date {
  int16_t year = 0;  // 0 = unknown
  int8_t month = 0;  // 1..12
  int8_t day = 0;    // 1..31

  bool known() const { return year != 0; }
  // "YYYY-MM-DD"; empty for an unknown date.
  std::string iso() const;
  // Accepts YYYY-MM-DD, YYYYMMDD, YYMMDD (TABARI style, 19xx for years >= 50)
  // and an ISO 8601 timestamp whose date part is one of those
  // ("2016-11-02T09:30:00Z"). Rejects impossible dates such as 2016-02-30.
  static std::optional<Date> parse(std::string_view s);

  friend bool operator==(const Date&, const Date&) = default;
  friend auto operator<=>(const Date&, const Date&) = default;
};

}  // namespace dyad
