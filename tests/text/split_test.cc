#include "text/split.h"

#include <gtest/gtest.h>

#include "text/text_test_util.h"

namespace dyad {
namespace {

using testing::process;
using testing::sentences_of;
using Sentences = std::vector<std::string>;

struct Case {
  const char* name;
  const char* in;
  Sentences out;
};

class SplitTest : public ::testing::TestWithParam<Case> {};

TEST_P(SplitTest, Splits) { EXPECT_EQ(sentences_of(process(GetParam().in)), GetParam().out); }

INSTANTIATE_TEST_SUITE_P(
    News, SplitTest,
    ::testing::Values(
        Case{"Plain",
             "Rebels fled. The army advanced! Why? Nobody knows.",
             {"Rebels fled.", "The army advanced!", "Why?", "Nobody knows."}},
        Case{"MonthBeforeNumber",
             "It ends on Nov. 4 via two corridors. Rebels refused.",
             {"It ends on Nov. 4 via two corridors.", "Rebels refused."}},
        Case{"Titles",
             "Gen. Smith met Dr. Jones. They talked.",
             {"Gen. Smith met Dr. Jones.", "They talked."}},
        Case{"Initials",
             "John F. Kennedy spoke. Crowds cheered.",
             {"John F. Kennedy spoke.", "Crowds cheered."}},
        Case{
            "AcronymMidSentence", "The U.S. Secretary of State left.", {"The U.S. Secretary of State left."}},
        Case{"AcronymAtEnd",
             "Troops left the U.S. The war ended.",
             {"Troops left the U.S.", "The war ended."}},
        Case{"QuoteClosesSentence",
             "\xE2\x80\x9CWe will fight.\xE2\x80\x9D He left.",
             {"\xE2\x80\x9CWe will fight.\xE2\x80\x9D", "He left."}},
        Case{"QuoteThenSaid",
             "\xE2\x80\x9CStop!\xE2\x80\x9D he shouted. They did.",
             {"\xE2\x80\x9CStop!\xE2\x80\x9D he shouted.", "They did."}},
        Case{"QuestionThenSaid", "\"Who?\" she asked.", {"\"Who?\" she asked."}},
        Case{"SentencesInsideQuotation",
             "\"This is out of the question. We will not surrender,\" he said.",
             {"\"This is out of the question.", "We will not surrender,\" he said."}},
        Case{"EllipsisInside",
             "We aim for cooperation \xE2\x80\xA6 for a process.",
             {"We aim for cooperation \xE2\x80\xA6 for a process."}},
        Case{"CommaAfterQuote",
             "\"The sooner the better\", Lavrov said.",
             {"\"The sooner the better\", Lavrov said."}},
        Case{"NumberStartsSentence",
             "They met in 2015. 300 people died.",
             {"They met in 2015.", "300 people died."}},
        Case{"Paragraphs",
             "A headline without a stop\nThe body is one long line, as crawled copy has it, with no wrapping "
             "at "
             "all: so every line break ends a paragraph.",
             {"A headline without a stop",
              "The body is one long line, as crawled copy has it, with no wrapping at all: so every line "
              "break "
              "ends a paragraph."}},
        Case{"WrappedLines",
             "Arnor is about to restore full diplomatic ties with Gondor almost\nfive years later.",
             {"Arnor is about to restore full diplomatic ties with Gondor almost five years later."}},
        Case{"BlankLines",
             "Title here\n\nBody starts. Body ends.",
             {"Title here", "Body starts.", "Body ends."}},
        Case{"NoWordsNoSentence",
             "Rebels fled.\n* * *\nThe army advanced.",
             {"Rebels fled.", "The army advanced."}},
        Case{"CorporateAbbrev",
             "He joined Acme Inc. in 2001. Acme Inc. The firm grew.",
             {"He joined Acme Inc. in 2001.", "Acme Inc.", "The firm grew."}}),
    [](const auto& p) { return std::string(p.param.name); });

TEST(SplitTest, LongSentencesAreCut) {
  std::string text;
  for (int i = 0; i < 1000; ++i) text += "word" + std::to_string(i) + " ";
  const Story s = process(text);
  ASSERT_GE(s.sentences.size(), 4u);
  for (const Sentence& sent : s.sentences) EXPECT_LE(sent.size(), 300u);
  EXPECT_EQ(s.tokens.size(), 1000u);
}

TEST(SplitTest, ParagraphIndices) {
  const Story s = process("One. Two.\nThree.");
  ASSERT_EQ(s.sentences.size(), 3u);
  EXPECT_EQ(s.sentences[0].paragraph, 0u);
  EXPECT_EQ(s.sentences[1].paragraph, 0u);
  EXPECT_EQ(s.sentences[2].paragraph, 1u);
}

TEST(SplitParagraphs, CrLfAndBlankLines) {
  const Story s = process("A b.\r\n\r\nC d.\r\nE f.");
  EXPECT_EQ(sentences_of(s), (Sentences{"A b.", "C d.", "E f."}));
}

}  // namespace
}  // namespace dyad
