#include <gtest/gtest.h>

#include "text/text_test_util.h"

namespace dyad {
namespace {

using testing::process;
using testing::tokens_of;

struct Case {
  const char* in;
  const char* tokens;
};

class TokenizeTest : public ::testing::TestWithParam<Case> {};

TEST_P(TokenizeTest, MatchesTreebankConventions) {
  EXPECT_EQ(tokens_of(process(GetParam().in)), GetParam().tokens) << GetParam().in;
}

INSTANTIATE_TEST_SUITE_P(
    News, TokenizeTest,
    ::testing::Values(
        Case{"More than 300,000 people died.", "More|than|300,000|people|died|."},
        Case{"between 0900 and 1900 local time", "between|0900|and|1900|local|time"},
        Case{"on Nov. 4 via two corridors", "on|Nov.|4|via|two|corridors"},
        Case{"the U.S. envoy", "the|U.S.|envoy"}, Case{"the US-led coalition", "the|US|-|led|coalition"},
        Case{"the war-ravaged city", "the|war|-|ravaged|city"},
        Case{"anti-government rebels", "anti-government|rebels"},
        Case{"Syria\xE2\x80\x99s war", "Syria|\xE2\x80\x99s|war"}, Case{"Syria's war", "Syria|'s|war"},
        Case{"we won\xE2\x80\x99t surrender", "we|wo|n\xE2\x80\x99t|surrender"},
        Case{"they can't and cannot", "they|ca|n't|and|can|not"},
        Case{"part of [the political] process", "part|of|[|the|political|]|process"},
        Case{
            "\xE2\x80\x9CHe said: \xE2\x80\x98Whoever wants it\xE2\x80\x99,\xE2\x80\x9D Lavrov said.",
            "\xE2\x80\x9C|He|said|:|\xE2\x80\x98|Whoever|wants|it|\xE2\x80\x99|,|\xE2\x80\x9D|Lavrov|said|."},
        Case{"\"Stop!\" he said.", "\"|Stop|!|\"|he|said|."},
        Case{"the rebels' demands", "the|rebels|'|demands"},
        Case{"$5 million, or 5%", "$|5|million|,|or|5|%"},
        Case{"at 10:30 a.m. on 2004-2005", "at|10:30|a.m.|on|2004-2005"},
        Case{"It rose 3.5 percent...", "It|rose|3.5|percent|..."},
        Case{"cooperation \xE2\x80\xA6 for a process", "cooperation|\xE2\x80\xA6|for|a|process"},
        Case{"Syria \xE2\x80\x93 the sooner", "Syria|\xE2\x80\x93|the|sooner"},
        Case{"peace\xE2\x80\x94"
             "at last",
             "peace|\xE2\x80\x94|at|last"},
        Case{"peace -- at last", "peace|--|at|last"},
        Case{"see www.example.org/news, or mail press@example.org.",
             "see|www.example.org/news|,|or|mail|press@example.org|."},
        Case{"Gen. J. Smith (retired)", "Gen.|J.|Smith|(|retired|)"}, Case{"in the '90s", "in|the|'90s"},
        Case{"co-operation and self-defence", "co-operation|and|self-defence"},
        Case{"Aleppo-based group", "Aleppo|-|based|group"}, Case{"a 3-1 win", "a|3-1|win"},
        Case{"AT&T and Procter & Gamble", "AT&T|and|Procter|&|Gamble"}));

TEST(TokenizeTest, SpaceAfterMarksGluedTokens) {
  const Story s = process("the US-led coalition, he said.");
  ASSERT_EQ(tokens_of(s), "the|US|-|led|coalition|,|he|said|.");
  const std::vector<bool> expected = {true, false, false, true, false, true, true, false, true};
  for (size_t i = 0; i < expected.size(); ++i) EXPECT_EQ(s.tokens[i].space_after, expected[i]) << i;
}

TEST(TokenizeTest, OffsetsPointAtOriginalBytes) {
  const std::string text = "\xE2\x80\x9CWe won\xE2\x80\x99t,\xE2\x80\x9D he said.";
  const Story s = process(text);
  for (const Token& t : s.tokens) {
    ASSERT_LE(t.start, t.end);
    ASSERT_LE(t.end, text.size());
  }
  EXPECT_EQ(s.token_text(s.tokens[0]), "\xE2\x80\x9C");
  EXPECT_EQ(s.token_norm(s.tokens[0]), "\"");
  EXPECT_EQ(s.token_text(s.tokens[3]), "n\xE2\x80\x99t");
  EXPECT_EQ(s.token_norm(s.tokens[3]), "n't");
}

}  // namespace
}  // namespace dyad
