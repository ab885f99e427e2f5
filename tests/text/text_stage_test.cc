// Invariants of the whole text stage on generated input: whatever the bytes,
// spans stay inside the text and in order, tokens stay inside their
// sentences, and every letter of the body is in a kept sentence or a repeat.
#include <gtest/gtest.h>

#include <cstdlib>
#include <random>

#include "text/text_test_util.h"

namespace dyad {
namespace {

std::string random_story(std::mt19937& rng) {
  static const std::vector<std::string> pieces = {"Rebels",
                                                  " ",
                                                  "fled",
                                                  ".",
                                                  "\n",
                                                  "\n\n",
                                                  "Nov.",
                                                  " 4",
                                                  "U.S.",
                                                  "-",
                                                  "--",
                                                  "\"",
                                                  "'",
                                                  "\xE2\x80\x9C",
                                                  "\xE2\x80\x9D",
                                                  "won't",
                                                  "Syria's",
                                                  "(",
                                                  ")",
                                                  ",",
                                                  "300,000",
                                                  "?",
                                                  "!",
                                                  "...",
                                                  "\xE2\x80\xA6",
                                                  "\xFF",
                                                  "\xC3",
                                                  "e\xCC\x81",
                                                  "\xC2\xAD",
                                                  "AFP, Athens :\n",
                                                  "GENEVA (Reuters) - ",
                                                  "the army said",
                                                  "Mr.",
                                                  "J.",
                                                  "\t",
                                                  "\r\n",
                                                  "www.example.org",
                                                  "anti-war",
                                                  "\xF0\x9F\x98\x80",
                                                  "   ",
                                                  "a.m."};
  std::string s;
  const int n = static_cast<int>(rng() % 120);
  for (int i = 0; i < n; ++i) s += pieces[rng() % pieces.size()];
  return s;
}

TEST(TextStageTest, InvariantsOnGeneratedStories) {
  std::mt19937 rng(7 +
                   static_cast<unsigned>(std::getenv("DYAD_SEED") ? std::atoi(std::getenv("DYAD_SEED")) : 0));
  for (int round = 0; round < 2000; ++round) {
    const std::string text = random_story(rng);
    const Story s = testing::process(text);
    SCOPED_TRACE(::testing::Message() << "round " << round);
    uint32_t prev_end = s.dateline.end;
    for (const Sentence& sent : s.sentences) {
      ASSERT_LE(sent.span.start, sent.span.end);
      ASSERT_LE(sent.span.end, text.size());
      ASSERT_LT(sent.token_begin, sent.token_end);
      ASSERT_LE(sent.token_end, s.tokens.size());
      for (uint32_t k = sent.token_begin; k < sent.token_end; ++k) {
        const Token& t = s.tokens[k];
        ASSERT_LE(sent.span.start, t.start);
        ASSERT_LE(t.start, t.end);
        ASSERT_LE(t.end, sent.span.end);
        ASSERT_LT(t.norm_start, t.norm_end);
        ASSERT_LE(t.norm_end, s.norm.size());
        if (k > sent.token_begin) {
          ASSERT_LE(s.tokens[k - 1].end, t.start) << ::testing::PrintToString(text) << " token "
                                                  << ::testing::PrintToString(std::string(s.token_text(t)));
        }
      }
      ASSERT_GE(sent.span.start, prev_end);
      prev_end = sent.span.end;
    }
    for (const Repeat& r : s.repeats) {
      ASSERT_LE(r.span.end, text.size());
      ASSERT_LT(r.kept, static_cast<int32_t>(s.sentences.size()));
    }
  }
}

// The same story, read twice over, gives the same sentences once.
TEST(TextStageTest, DoubledStoryEqualsSingle) {
  std::mt19937 rng(11);
  int checked = 0;
  for (int round = 0; round < 300; ++round) {
    std::string one;
    for (int p = 0; p < 4; ++p) {
      one += "Paragraph " + std::to_string(rng() % 100000) + " says the army advanced on " +
             std::to_string(rng() % 1000) + " towns. Officials in the capital denied it.\n";
    }
    const Story single = testing::process(one);
    const Story doubled = testing::process(one + one);
    ASSERT_EQ(testing::sentences_of(single), testing::sentences_of(doubled));
    ++checked;
  }
  EXPECT_EQ(checked, 300);
}

}  // namespace
}  // namespace dyad
