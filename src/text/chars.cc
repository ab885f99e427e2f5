#include "text/chars.h"

#include <utf8proc.h>

namespace dyad::chars {

size_t seq_len(std::string_view s, size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  size_t n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  return i + n <= s.size() ? n : 1;
}

int32_t code_point(std::string_view s, size_t i) {
  utf8proc_int32_t cp = -1;
  utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                   static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
  return cp;
}

int32_t cp1252(unsigned char c) {
  // 0x80-0x9F differ from Latin-1; 0xA0-0xFF are the same code points.
  static constexpr int32_t kLow[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                       0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                       0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                       0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};
  return c >= 0xA0 ? c : c >= 0x80 ? kLow[c - 0x80] : c;
}

bool is_unicode_punct(int32_t cp) {
  if (cp < 0) return false;
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_PC:
    case UTF8PROC_CATEGORY_PD:
    case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE:
    case UTF8PROC_CATEGORY_PI:
    case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO:
    case UTF8PROC_CATEGORY_SM:
    case UTF8PROC_CATEGORY_SC:
    case UTF8PROC_CATEGORY_SK:
    case UTF8PROC_CATEGORY_SO:
      return true;
    default:
      return false;
  }
}

bool is_unicode_letter(int32_t cp) {
  if (cp < 0) return false;
  const auto c = utf8proc_category(cp);
  return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}
bool is_unicode_lower(int32_t cp) { return cp >= 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LL; }
bool starts_lower(std::string_view s) {
  if (s.empty()) return false;
  if (is_lower(s[0])) return true;
  return is_non_ascii(s[0]) && is_unicode_lower(code_point(s, 0));
}

bool starts_upper(std::string_view s) {
  if (s.empty()) return false;
  if (is_upper(s[0])) return true;
  return is_non_ascii(s[0]) && is_unicode_upper(code_point(s, 0));
}

bool is_unicode_upper(int32_t cp) { return cp >= 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LU; }

}  // namespace dyad::chars
