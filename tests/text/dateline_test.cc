#include <gtest/gtest.h>

#include "text/text_test_util.h"

namespace dyad {
namespace {

using testing::process;

struct Case {
  const char* in;
  const char* source;  // agency
  const char* place;
  const char* date;
  const char* first_sentence;
};

class DatelineTest : public ::testing::TestWithParam<Case> {};

TEST_P(DatelineTest, Parses) {
  const Case& c = GetParam();
  const Story s = process(c.in);
  EXPECT_EQ(s.source, c.source) << c.in;
  EXPECT_EQ(s.dateline_place, c.place) << c.in;
  EXPECT_EQ(s.dateline_date, c.date) << c.in;
  ASSERT_FALSE(s.sentences.empty());
  EXPECT_EQ(std::string(s.sentence_text(s.sentences[0])), c.first_sentence) << c.in;
}

INSTANTIATE_TEST_SUITE_P(
    Wire, DatelineTest,
    ::testing::Values(
        Case{"AFP, Athens :\nRussia seeks peace.", "AFP", "Athens", "", "Russia seeks peace."},
        Case{"ATHENS (Reuters) - Russia seeks peace.", "Reuters", "ATHENS", "", "Russia seeks peace."},
        Case{"Athens, Nov 2 (AFP) - Russia seeks peace.", "AFP", "Athens", "Nov 2", "Russia seeks peace."},
        Case{"MOSCOW, Nov. 2, 2016 (Reuters) -- Russia seeks peace.", "Reuters", "MOSCOW", "Nov. 2, 2016",
             "Russia seeks peace."},
        Case{"BEIRUT, Lebanon (AP) \xE2\x80\x94 Rebels fled.", "AP", "BEIRUT, Lebanon", "", "Rebels fled."},
        Case{"DAR ES SALAAM (Agence France-Presse) - Talks began.", "AFP", "DAR ES SALAAM", "",
             "Talks began."},
        Case{"WASHINGTON - The talks failed.", "", "WASHINGTON", "", "The talks failed."},
        Case{"Geneva (Xinhua) -\nTalks resumed.", "Xinhua", "Geneva", "", "Talks resumed."},
        // Not datelines.
        Case{"Russia (the federation) - said no.", "", "", "", "Russia (the federation) - said no."},
        Case{"What price for 'trusted PC security'?\n\nYou can buy it.", "", "", "",
             "What price for 'trusted PC security'?"},
        Case{"Rebels, the army said: \"go\".", "", "", "", "Rebels, the army said: \"go\"."}));

TEST(DatelineTest, RecordSourceWins) {
  Story s;
  s.id = "x";
  s.source = "Reuters";
  s.text = "AFP, Athens :\nRussia seeks peace.";
  Pipeline(testing::models()).process(s);
  EXPECT_EQ(s.source, "Reuters");
  EXPECT_EQ(s.dateline_place, "Athens");
}

TEST(DatelineTest, SpanCoversTheDateline) {
  const Story s = process("AFP, Athens :\nRussia seeks peace.");
  EXPECT_EQ(s.dateline.start, 0u);
  EXPECT_EQ(s.dateline.end, 13u);
}

}  // namespace
}  // namespace dyad
