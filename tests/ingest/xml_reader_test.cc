// The XML reader: synthetic records for each quirk of the PETRARCH files, and
// the real validation files from ../shared when present.
#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "ingest/formats.h"
#include "ingest/ingest_test_util.h"
#include "ingest/reader.h"
#include "test_paths.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;
using testing::Output;
using testing::read_all;

class IngestXmlTest : public testing::TempDirTest {};

TEST_F(IngestXmlTest, QuirksOfTheRealFiles) {
  const std::string p =
      write("r.xml",
            "<Validation>\n"                                                   // 1
            "<!--\n"                                                           // 2
            "#  <Sentence id=\"IN-COMMENT\"><Text>no</Text>\n"                 // 3
            "#  Use <Sentence ... evaluate=\"false\"> to bypass, with a\n"     // 4
            "#  comment in <!-- ... --> explaining why\n"                      // 5
            "-->\n"                                                            // 6
            "<Sentences>\n"                                                    // 7
            "<Sentence date=\"19950101\" id=\"DEMO-00\" category=\"DEMO\">\n"  // 8
            "<!-- <Text>not this</Text> -->\n"                                 // 9
            "<EventCoding sourcecode=\"ARN\" targetcode=\"GON\"></EventCoding>\n"
            "<Text>\n"
            "Arnor is about to restore ties with Gondor almost \n"
            "five years after &amp;TIETYPE &lt;b&gt; &quot;x&quot; &apos;y&apos; &#233;&#xE9;.\n"
            "</Text>\n"
            "<Parse>(ROOT (S (NP (NNP Arnor))))</Parse>\n"
            "</Sentence>\n"
            "<Sentence category=\"AFP\" date=\"121108\" id=\"AFP-1\" evaluate=\"true\"/>\n"  // 17
            "<EventCoding eventcode=\"042\" />\n"
            "<Text>Self-closed, but its text follows.</Text>\n"
            "<Parse>1\tThe\tthe</Parse></Sentence>\n"
            "<Sentence date = \"20080801\" id =\"SPACED\" sentence='true'><Text>Spaced.</Text>"  // 21
            "</Sentence><Sentence id='quoted' date='2016-11-02'><Text >Q.</Text></Sentence>\n"
            "</Sentences></Validation>\n");
  const Output out = read_all({p});
  ASSERT_TRUE(out.problems.empty()) << out.problems[0];
  ASSERT_EQ(out.stories.size(), 4u);
  const Story& s = out.stories[0];
  EXPECT_EQ(s.id, "DEMO-00");
  EXPECT_EQ(s.origin, p + ":8");
  EXPECT_EQ(s.date.iso(), "1995-01-01");
  EXPECT_EQ(s.text,
            "Arnor is about to restore ties with Gondor almost \n"
            "five years after &TIETYPE <b> \"x\" 'y' \xC3\xA9\xC3\xA9.");
  EXPECT_EQ(out.stories[1].id, "AFP-1");
  EXPECT_EQ(out.stories[1].origin, p + ":17");
  EXPECT_EQ(out.stories[1].date.iso(), "2012-11-08");
  EXPECT_EQ(out.stories[1].text, "Self-closed, but its text follows.");
  EXPECT_EQ(out.stories[2].id, "SPACED");
  EXPECT_EQ(out.stories[2].origin, p + ":21");
  EXPECT_EQ(out.stories[2].date.iso(), "2008-08-01");
  EXPECT_EQ(out.stories[3].id, "quoted");
  EXPECT_EQ(out.stories[3].origin, p + ":21");
  EXPECT_EQ(out.stories[3].text, "Q.");
}

TEST_F(IngestXmlTest, BadRecordsAreSkippedWithTheirLines) {
  const std::string p = write("bad.xml",
                              "<Sentences>\n"
                              "<Sentence id=\"nodate\"><Text>Default date.</Text></Sentence>\n"  // 2
                              "<Sentence id=\"baddate\" date=\"19951301\">\n"                    // 3
                              "<Text>Skipped.</Text></Sentence>\n"
                              "<Sentence date=\"19950101\"><Text>No id.</Text></Sentence>\n"  // 5
                              "<Sentence id=\"notext\"></Sentence>\n"                         // 6
                              "<Sentence id=\"empty\" date=\"\"><Text/></Sentence>\n"         // 7
                              "<Sentence id=\"last\">\n"                                      // 8
                              "<Text>Cut off");
  ReaderOptions o;
  o.default_date = *Date::parse("2016-11-02");
  const Output out = read_all({p}, o);
  ASSERT_EQ(out.stories.size(), 2u);
  EXPECT_EQ(out.stories[0].id, "nodate");
  EXPECT_EQ(out.stories[0].date.iso(), "2016-11-02");
  EXPECT_EQ(out.stories[1].id, "empty");
  EXPECT_EQ(out.stories[1].text, "");
  EXPECT_EQ(out.stories[1].date.iso(), "2016-11-02");
  const std::vector<std::string> want = {
      p + ":3: bad date \"19951301\" (want YYYYMMDD or YYYY-MM-DD)",
      p + ":5: <Sentence> has no id",
      p + ":6: <Sentence> has no <Text>",
      p + ":8: <Text> never ends (no </Text>)",
  };
  EXPECT_EQ(out.problems, want);
}

TEST_F(IngestXmlTest, UnterminatedCommentAndSentenceWithoutTextAtEnd) {
  const std::string a =
      write("a.xml", "<Sentence id=\"a\"><Text>A</Text>\n<!-- never closed <Sentence id=\"b\">");
  const std::string b = write("b.xml", "<Sentence id=\"b\">\n<Parse></Parse>\n");
  const Output out = read_all({a, b});
  ASSERT_EQ(out.stories.size(), 1u);
  const std::vector<std::string> want = {a + ":2: comment never ends (no -->)",
                                         b + ":1: <Sentence> has no <Text>"};
  EXPECT_EQ(out.problems, want);
}

TEST_F(IngestXmlTest, TextOverTheLimitIsSkipped) {
  const std::string p = write("big.xml", "<Sentence id=\"big\"><Text>" + std::string(200000, 'x') +
                                             "</Text></Sentence>\n<Sentence id=\"small\"><Text>s</Text>");
  ReaderOptions o;
  o.max_story_bytes = 1000;
  const Output out = read_all({p}, o);
  ASSERT_EQ(out.stories.size(), 1u);
  EXPECT_EQ(out.stories[0].id, "small");
  ASSERT_EQ(out.problems.size(), 1u);
  EXPECT_EQ(out.problems[0], p + ":1: <Text> is longer than 1000 bytes; skipped");
}

// Records and comments across many 64 KiB chunks: every tag split somewhere.
TEST_F(IngestXmlTest, ManyRecordsAcrossChunkBoundaries) {
  std::string xml = "<Validation><Sentences>\n";
  constexpr int kRecords = 3000;
  for (int i = 0; i < kRecords; ++i) {
    xml += "<!-- record " + std::to_string(i) + " <Sentence id=\"no\"> -->\n";
    xml += "<Sentence date=\"20080801\" id=\"R" + std::to_string(i) + "\">\n<Text>\nText " +
           std::to_string(i) + " &amp; more.\n</Text>\n<Parse>" +
           std::string(static_cast<size_t>(i % 97), '(') + "</Parse>\n</Sentence>\n";
  }
  const std::string p = write("many.xml", xml);
  const Output out = read_all({p});
  EXPECT_TRUE(out.problems.empty());
  ASSERT_EQ(out.stories.size(), size_t{kRecords});
  for (int i = 0; i < kRecords; ++i) {
    ASSERT_EQ(out.stories[i].id, "R" + std::to_string(i));
    ASSERT_EQ(out.stories[i].text, "Text " + std::to_string(i) + " & more.");
  }
  // Line numbers survive the chunking: record i's tag is on line 3 + 7i.
  EXPECT_EQ(out.stories[kRecords - 1].origin, p + ":" + std::to_string(3 + 7 * (kRecords - 1)));
}

TEST(IngestXmlEntitiesTest, Decode) {
  const std::pair<const char*, const char*> cases[] = {
      {"a &amp; b", "a & b"},
      {"&lt;&gt;&quot;&apos;", "<>\"'"},
      {"&#65;&#x42;&#X43;", "ABC"},
      {"&#233; &#x20AC; &#x1F600;", "\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80"},
      {"&TIETYPE ties", "&TIETYPE ties"},  // unknown: kept
      {"AT&T; R&D", "AT&T; R&D"},
      {"&#xD800; &#0; &#x110000; &#12a;", "&#xD800; &#0; &#x110000; &#12a;"},
      {"&amp;amp;", "&amp;"},  // decoded once
      {"trailing &", "trailing &"},
      {"&;", "&;"},
      {"", ""},
  };
  for (const auto& [in, want] : cases) EXPECT_EQ(ingest::decode_xml_entities(in), want) << in;
}

// --- The shared validation files -----------------------------------------------

struct SharedFile {
  const char* path;  // under ../shared
  size_t stories;
  const char* first_id;
  const char* first_date;
  const char* first_text_start;
  const char* last_id;
  size_t empty_texts;  // records whose <Text> is blank in the file
};

void PrintTo(const SharedFile& f, std::ostream* os) { *os << f.path; }

class IngestXmlSharedTest : public ::testing::TestWithParam<SharedFile> {};

TEST_P(IngestXmlSharedTest, CountsAndFirstRecord) {
  DYAD_REQUIRE_SHARED(shared);
  const SharedFile& f = GetParam();
  const std::string path = shared + "/" + f.path;
  if (!fs::exists(path)) GTEST_SKIP() << path << " not found";
  const Output out = read_all({path});
  EXPECT_TRUE(out.problems.empty()) << out.problems[0];
  ASSERT_EQ(out.stories.size(), f.stories);
  const Story& first = out.stories.front();
  EXPECT_EQ(first.id, f.first_id);
  EXPECT_EQ(first.date.iso(), f.first_date);
  EXPECT_EQ(first.text.rfind(f.first_text_start, 0), 0u) << first.text;
  EXPECT_EQ(out.stories.back().id, f.last_id);
  size_t empty = 0;
  for (const Story& s : out.stories) {
    empty += s.text.empty();
    EXPECT_TRUE(s.date.known()) << s.origin;
    EXPECT_EQ(s.text.find("</"), std::string::npos) << s.origin;
  }
  EXPECT_EQ(empty, f.empty_texts);
}

INSTANTIATE_TEST_SUITE_P(
    IngestShared, IngestXmlSharedTest,
    ::testing::Values(
        SharedFile{"conformance/petrarch2/PETR.UnitTest.records.xml", 284, "DEMO-00", "1995-01-01",
                   "Arnor is about to restore full diplomatic ties with Gondor almost \nfive years",
                   "FINAL-RECORD", 0},
        SharedFile{"conformance/udp-validate/PETR_Validate_records_2_02.xml", 274, "DEMO-01", "1995-01-01",
                   "Arnor is about to restore full diplomatic ties with Gondor almost \nfive years",
                   "FINAL-RECORD", 0},
        SharedFile{"conformance/petr2-gsr/PETR2_GSR_validation.xml", 78, "AFP0808020625_4", "2008-08-04",
                   "The stopover came as the US leader prepared to attend the Beijing Olympics",
                   "github_issue27_4", 1}));  // abc12_3

TEST(IngestXmlSharedFileTest, SpacedAttributesAndTwoDigitYears) {
  DYAD_REQUIRE_SHARED(shared);
  const std::string petr = shared + "/conformance/petrarch2/PETR.UnitTest.records.xml";
  const std::string gsr = shared + "/conformance/petr2-gsr/PETR2_GSR_validation.xml";
  if (!fs::exists(petr) || !fs::exists(gsr)) GTEST_SKIP() << "validation files not found";
  const auto find = [](const Output& out, const std::string& id) -> const Story* {
    for (const Story& s : out.stories)
      if (s.id == id) return &s;
    return nullptr;
  };
  const Output p = read_all({petr});
  const Story* spaced = find(p, "AFP0909010096-4");  // date = "..." ... id ="..." last
  ASSERT_NE(spaced, nullptr);
  EXPECT_EQ(spaced->date.iso(), "2009-01-01");
  EXPECT_EQ(spaced->origin, petr + ":5294");
  const Output g = read_all({gsr});
  const Story* yymmdd = find(g, "AFP0808020905_1");  // date="121108"
  ASSERT_NE(yymmdd, nullptr);
  EXPECT_EQ(yymmdd->date.iso(), "2012-11-08");
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

class IngestXmlEmptyTest : public testing::TempDirTest {};

TEST_F(IngestXmlEmptyTest, NoRecordsIsReportedNotSilent) {
  ReaderOptions o;
  o.format = InputFormat::kXml;
  const auto out = testing::read_all({write("plain.txt", "Rebels fled the town.\n")}, o);
  EXPECT_TRUE(out.stories.empty());
  ASSERT_EQ(out.problems.size(), 1u);
  EXPECT_NE(out.problems[0].find("no <Sentence> records"), std::string::npos) << out.problems[0];
  // An XML file whose only records are bad reports those, not "no records".
  const auto bad =
      testing::read_all({write("bad.xml", "<Sentences><Sentence date=\"19950101\"><Text>x</Text>")});
  ASSERT_EQ(bad.problems.size(), 1u);
  EXPECT_EQ(bad.problems[0].find("no <Sentence> records"), std::string::npos) << bad.problems[0];
}

}  // namespace
}  // namespace dyad
