#include <gtest/gtest.h>

#include "text/text_test_util.h"

namespace dyad {
namespace {

using testing::process;
using testing::sentences_of;
using Sentences = std::vector<std::string>;

TEST(RepeatsTest, RepeatedParagraphDroppedOnce) {
  const Story s = process(
      "Rebels rejected the calls for a truce.\nThe army advanced on the city.\nRebels rejected the calls for "
      "a "
      "truce.\nOfficials said talks would resume.");
  EXPECT_EQ(sentences_of(s),
            (Sentences{"Rebels rejected the calls for a truce.", "The army advanced on the city.",
                       "Officials said talks would resume."}));
  ASSERT_EQ(s.repeats.size(), 1u);
  EXPECT_EQ(s.repeats[0].kept, 0);
  EXPECT_TRUE(s.repeats[0].paragraph);
}

TEST(RepeatsTest, NearIdenticalCountsAsRepeat) {
  // Quote style, spacing and punctuation differ; the words do not.
  const Story s = process(
      "\xE2\x80\x9CWe will not give up the city,\xE2\x80\x9D he said.\n\"We  will not give up the city\" he "
      "said.");
  EXPECT_EQ(s.sentences.size(), 1u);
  EXPECT_EQ(s.repeats.size(), 1u);
}

TEST(RepeatsTest, ShortSentencesMayRepeat) {
  const Story s = process("Talks failed, he said. Troops moved in. No. Talks failed, he said.");
  EXPECT_EQ(s.sentences.size(), 4u);  // "Talks failed, he said." is below the length floor
}

TEST(RepeatsTest, ShortSentencesInRepeatedParagraphGo) {
  const Story s =
      process("The talks in Geneva collapsed on Friday. No.\nThe talks in Geneva collapsed on Friday. No.");
  EXPECT_EQ(sentences_of(s), (Sentences{"The talks in Geneva collapsed on Friday.", "No."}));
  EXPECT_EQ(s.repeats.size(), 2u);
}

TEST(RepeatsTest, RepeatedSentenceInsideNewParagraph) {
  const Story s = process(
      "The ceasefire held through the night.\nOfficials said the ceasefire held through the "
      "night. The ceasefire held through the night.");
  EXPECT_EQ(s.sentences.size(), 2u);
  ASSERT_EQ(s.repeats.size(), 1u);
  EXPECT_FALSE(s.repeats[0].paragraph);
}

TEST(RepeatsTest, IndicesAreConsecutiveAfterRemoval) {
  const Story s =
      process("Alpha bravo charlie delta echo.\nAlpha bravo charlie delta echo.\nFoxtrot golf hotel india.");
  ASSERT_EQ(s.sentences.size(), 2u);
  EXPECT_EQ(sentences_of(s)[1], "Foxtrot golf hotel india.");
  EXPECT_EQ(s.tokens.size(), 11u);
  EXPECT_EQ(s.sentences[1].token_begin, 6u);
}

}  // namespace
}  // namespace dyad
