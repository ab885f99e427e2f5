#include "text/normalize.h"

#include <gtest/gtest.h>

#include <random>

namespace dyad {
namespace {

Story normalized(const std::string& text) {
  Story s;
  s.text = text;
  normalize(s);
  return s;
}

struct Case {
  const char* in;
  const char* norm;
};

class NormalizeTest : public ::testing::TestWithParam<Case> {};

TEST_P(NormalizeTest, Normalizes) { EXPECT_EQ(normalized(GetParam().in).norm, GetParam().norm); }

INSTANTIATE_TEST_SUITE_P(
    Typography, NormalizeTest,
    ::testing::Values(Case{"\xE2\x80\x9CHi\xE2\x80\x9D", "\"Hi\""},  // curly double quotes
                      Case{"\xE2\x80\x98Hi\xE2\x80\x99s", "'Hi's"},  // curly single quotes
                      Case{"\xC2\xAB"
                           "non"
                           "\xC2\xBB",
                           "\"non\""},  // guillemets
                      Case{"a\xE2\x80\x93"
                           "b",
                           "a-b"},  // en dash
                      Case{"a\xE2\x80\x94"
                           "b",
                           "a--b"},                         // em dash
                      Case{"wait\xE2\x80\xA6", "wait..."},  // ellipsis
                      Case{"10\xC2\xA0km", "10 km"},        // no-break space
                      Case{"a\xE2\x80\x89"
                           "b",
                           "a b"},                   // thin space
                      Case{"co\xC2\xADop", "coop"},  // soft hyphen
                      Case{"a\xE2\x80\x8B"
                           "b",
                           "ab"},                    // zero-width space
                      Case{"a\r\nb\rc", "a\nb\nc"},  // line ends
                      Case{"a\tb\x01"
                           "c",
                           "a b c"},                        // control characters
                      Case{"Cafe\xCC\x81", "Caf\xC3\xA9"},  // e + combining acute -> é
                      Case{"\xC3\xA9", "\xC3\xA9"},         // already NFC
                      Case{"\xE2\x84\xAB", "\xC3\x85"},     // angstrom sign -> Å
                      Case{"\xEF\xBB\xBFText", "Text"},     // BOM
                      Case{"\xD8\xAF\xD9\x85\xD8\xB4\xD9\x82",
                           "\xD8\xAF\xD9\x85\xD8\xB4\xD9\x82"}));  // Arabic

TEST(NormalizeTest, InvalidUtf8IsRepairedAndCounted) {
  // UTF-8 (the café is valid) with bad bytes: each bad byte is one U+FFFD.
  const Story s = normalized(
      "caf\xC3\xA9 ok\xFF\xFE"
      "fine\xE2\x80");
  EXPECT_EQ(s.norm,
            "caf\xC3\xA9 ok\xEF\xBF\xBD\xEF\xBF\xBD"
            "fine\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(s.utf8_repairs, 4u);
  EXPECT_FALSE(s.decoded_cp1252);
}

TEST(NormalizeTest, EightBitTextIsReadAsWindows1252) {
  // \x93 \x94 are curly quotes, \x97 an em dash, \xE9 é, \x81 unassigned.
  const std::string text =
      "\x93"
      "Caf\xE9\x94 \x97 done\x81";
  const Story s = normalized(text);
  EXPECT_TRUE(s.decoded_cp1252);
  EXPECT_EQ(s.norm, "\"Caf\xC3\xA9\" -- done\xEF\xBF\xBD");
  EXPECT_EQ(s.utf8_repairs, 1u);
  EXPECT_EQ(s.norm_to_text[4], 4u);  // é (2 bytes in norm) from the one byte at 4
  EXPECT_EQ(s.norm_to_text[5], 4u);
  EXPECT_EQ(s.norm_to_text[6], 5u);  // " from \x94
  EXPECT_EQ(s.norm_to_text[static_cast<uint32_t>(s.norm.size())], text.size());
}

TEST(NormalizeTest, OffsetsMapBackToCharacterStarts) {
  const std::string text =
      "\xE2\x80\x9C"
      "Ab\xE2\x80\x9D \xE2\x80\xA6 Cafe\xCC\x81!";
  const Story s = normalized(text);
  ASSERT_EQ(s.norm_to_text.size(), s.norm.size());
  EXPECT_EQ(s.norm_to_text[static_cast<uint32_t>(s.norm.size())], text.size());
  EXPECT_EQ(s.norm_to_text[0], 0u);  // " from the 3-byte “
  EXPECT_EQ(s.norm_to_text[1], 3u);  // A
  EXPECT_EQ(s.norm_to_text[3], 5u);  // " from ”
  EXPECT_EQ(s.norm_to_text[4], 8u);  // space
  EXPECT_EQ(s.norm_to_text[5], 9u);  // . of the ... from …
  EXPECT_EQ(s.norm_to_text[7], 9u);
}

// Property: for any bytes, the map is non-decreasing, in range, and the
// normalised text is valid UTF-8.
TEST(NormalizeTest, RandomBytesNeverBreakTheMap) {
  std::mt19937 rng(42);
  const std::string alphabet[] = {
      "a",       " ",    "\n",           "\xE2\x80\x9C", "\xCC\x81", "\xFF",
      "\xC3",    "\xA9", "\xE2\x80\xA6", "\r",           "e",        "\xF0\x9F\x98\x80",
      "\xC2\xAD"};
  for (int round = 0; round < 500; ++round) {
    std::string text;
    const int n = static_cast<int>(rng() % 40);
    for (int i = 0; i < n; ++i) text += alphabet[rng() % std::size(alphabet)];
    const Story s = normalized(text);
    ASSERT_EQ(s.norm_to_text.size(), s.norm.size());
    for (uint32_t i = 0; i < s.norm.size(); ++i) {
      ASSERT_LE(s.norm_to_text[i], s.norm_to_text[i + 1]) << round;
      ASSERT_LT(s.norm_to_text[i], text.size());
      // An ASCII letter or digit is always a copy of the byte it maps to.
      const char c = s.norm[i];
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        ASSERT_EQ(text[s.norm_to_text[i]], c) << round;
      }
    }
    ASSERT_EQ(s.norm_to_text[static_cast<uint32_t>(s.norm.size())], text.size());
  }
}

}  // namespace
}  // namespace dyad
