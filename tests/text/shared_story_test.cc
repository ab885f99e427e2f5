// The user's example story (../shared/stories/): the figures issue #2 names.
#include <gtest/gtest.h>

#include <filesystem>

#include "ingest/reader.h"
#include "output/json.h"
#include "test_paths.h"
#include "text/text_test_util.h"

namespace dyad {
namespace {

TEST(SharedStoryTest, TwentyOneSentencesOnceEach) {
  DYAD_REQUIRE_SHARED(shared);
  const std::string text = testing::read_file(shared + "/stories/000_b9754c49934786a1.txt");
  ASSERT_FALSE(text.empty());
  const Story s = testing::process(text);
  EXPECT_EQ(s.source, "AFP");
  EXPECT_EQ(s.dateline_place, "Athans");  // spelt as written
  ASSERT_EQ(s.sentences.size(), 21u);
  EXPECT_EQ(s.repeats.size(), 21u);  // the second copy, sentence for sentence
  for (const Repeat& r : s.repeats) EXPECT_GE(r.kept, 0);
  for (const Sentence& sent : s.sentences) {
    const std::string t = display_text(s, sent.span);
    EXPECT_NE(t.substr(t.size() - 4), "Nov.") << t;  // never cut at "Nov."
    EXPECT_EQ(std::string(s.sentence_text(sent)),
              std::string(text.substr(sent.span.start, sent.span.size())));
  }
  EXPECT_NE(display_text(s, s.sentences[14].span).find("on Nov. 4 via two special corridors."),
            std::string::npos);
  // No sentence includes the dateline.
  EXPECT_GT(s.sentences[0].span.start, s.dateline.end);
}

TEST(SharedStoryTest, BbcCorpusSplitsWithoutLosingText) {
  DYAD_REQUIRE_SHARED(shared);
  // Every letter of every kept sentence is in the original at its offsets,
  // and no sentence is absurdly long, over a slice of real news.
  size_t stories = 0, sentences = 0;
  for (const auto& e :
       std::filesystem::recursive_directory_iterator(shared + "/corpora/bbc-news-2004-2005/news")) {
    if (!e.is_regular_file() || stories >= 200) continue;
    ++stories;
    const std::string text = testing::read_file(e.path().string());
    const Story s = testing::process(text);
    for (const Sentence& sent : s.sentences) {
      ++sentences;
      ASSERT_LE(sent.span.end, text.size());
      EXPECT_LE(sent.size(), 300u);
      const std::string t = display_text(s, sent.span);
      ASSERT_FALSE(t.empty());
      EXPECT_FALSE(t.size() >= 4 && (t.substr(t.size() - 4) == " Mr." || t.substr(t.size() - 4) == " Dr."))
          << e.path() << ": " << t;
    }
  }
  EXPECT_GT(stories, 100u);
  EXPECT_GT(sentences, 2000u);
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

// The peers' validation records are one sentence each, hard-wrapped at odd
// widths: every record must come out as exactly one sentence.
TEST(SharedStoryTest, ValidationRecordsAreOneSentenceEach) {
  DYAD_REQUIRE_SHARED(shared);
  const Pipeline pipeline(testing::models());
  for (const char* file : {"/conformance/petrarch2/PETR.UnitTest.records.xml",
                           "/conformance/udp-validate/PETR_Validate_records_2_02.xml",
                           "/conformance/petr2-gsr/PETR2_GSR_validation.xml"}) {
    auto reader = open_stories({shared + file}, {});
    Story s;
    Status problem;
    size_t records = 0, one = 0;
    std::string wrong;
    for (;;) {
      const auto next = reader->next(s, problem);
      if (next == StoryReader::Next::kEnd) break;
      ASSERT_EQ(next, StoryReader::Next::kStory) << problem.message();
      pipeline.process(s);
      ++records;
      if (s.sentences.size() == 1 ||
          (s.sentences.empty() && s.text.find_first_not_of(" \n") == std::string::npos))
        ++one;
      else
        wrong += " " + s.id;
    }
    EXPECT_GT(records, 70u) << file;
    EXPECT_EQ(one, records) << file << ": not one sentence:" << wrong;
  }
}

}  // namespace
}  // namespace dyad
