// Character classes over normalised UTF-8, shared by the text stage.
#pragma once

#include <cstdint>
#include <string_view>

namespace dyad::chars {

inline bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
inline bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_alpha(char c) { return is_lower(c) || is_upper(c); }
inline bool is_alnum(char c) { return is_alpha(c) || is_digit(c); }
inline bool is_non_ascii(char c) { return static_cast<unsigned char>(c) >= 0x80; }
inline char to_lower(char c) { return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

// Length of the UTF-8 sequence starting at s[i] (1 for a stray byte).
size_t seq_len(std::string_view s, size_t i);
// The code point at s[i], or -1.
int32_t code_point(std::string_view s, size_t i);
// The code point of byte `c` (>= 0x80) in Windows-1252, or 0 for the five
// bytes that code page leaves unassigned.
int32_t cp1252(unsigned char c);
// True for a non-ASCII punctuation or symbol code point (Unicode P* or S*),
// which the tokenizer splits off like ASCII punctuation (£, €, •, ¿).
bool is_unicode_punct(int32_t cp);
// True for letters of any script (Unicode L*), for case and word tests.
bool is_unicode_letter(int32_t cp);
bool is_unicode_lower(int32_t cp);
bool is_unicode_upper(int32_t cp);
// Whether the first character of `s` is a lower-case / upper-case letter, in
// any script.
bool starts_lower(std::string_view s);
bool starts_upper(std::string_view s);

}  // namespace dyad::chars
