// Validation records: the reader on records written here, and the peers'
// suites in ../shared coded from raw text with floors that rise as cases
// are fixed (README.md, "Conformance").
#include "coding/validation.h"

#include <gtest/gtest.h>

#include <cstdio>

#include "dict/load.h"
#include "dict/matcher.h"
#include "pipeline.h"
#include "test_paths.h"

namespace dyad::coding {
namespace {

class ValidationReaderTest : public testing::TempDirTest {};

TEST_F(ValidationReaderTest, ReadsRecordsConfigAndEnvironment) {
  write("v.verbs.txt", "--- X [010] ---\nX\n");
  const std::string records = write("records.xml", R"(<Validation>
<!-- a comment with <Sentence id="not-a-record"> inside -->
<Environment>
  <Verbfile>v.verbs.txt</Verbfile>
  <Actorfile>a.txt, b.txt</Actorfile>
  <Include>DEMO VERB</Include>
</Environment>
<Sentences>
<Sentence date="19950101" id="DEMO-01" category="DEMO">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<EventCoding sourcecode = 'ARN' eventcode="023"/>
<Text>
Arnor restored &amp; renewed ties.
</Text>
<Parse>(ROOT (S ignored))</Parse>
</Sentence>
<Config option="require_dyad" value="False"></Config>
<Config option="new_actor_length" value="4"></Config>
<Sentence date="19950102" id="VERB-02" category="VERB" evaluate="false">
<EventCoding noevents="True"/>
<Text>Nothing here.</Text>
</Sentence>
<Sentence date="19950103" id="OTHER-03" category="OTHER">
<EventCoding error="bad_input_parse"></EventCoding>
<Text>Other.</Text>
</Sentence>
<Sentence id="DEMO-04" category="DEMO">
<EventCoding error="sentencediscard"></EventCoding>
<Text>Discarded.</Text>
</Sentence>
</Sentences>
</Validation>
)");
  std::vector<std::string> problems;
  auto set = read_validation(records, problems);
  ASSERT_TRUE(set.ok()) << set.status().message();
  EXPECT_TRUE(problems.empty()) << problems.front();
  EXPECT_EQ(set->dictionaries.verbs, path("v.verbs.txt"));
  ASSERT_EQ(set->dictionaries.actors.size(), 2u);
  ASSERT_EQ(set->records.size(), 4u);
  const ValidationRecord& r = set->records[0];
  EXPECT_EQ(r.id, "DEMO-01");
  EXPECT_EQ(r.date.iso(), "1995-01-01");
  EXPECT_EQ(r.text, "Arnor restored & renewed ties.");
  ASSERT_EQ(r.expected.size(), 2u);  // sorted
  EXPECT_EQ(r.expected[0].text(), "ARN --- 023");
  EXPECT_EQ(r.expected[1].text(), "ARN GON 064");
  EXPECT_TRUE(r.evaluate);
  EXPECT_TRUE(r.options.require_dyad);
  EXPECT_FALSE(set->records[1].evaluate);
  EXPECT_FALSE(set->records[1].options.require_dyad);
  EXPECT_EQ(set->records[1].options.new_actor_length, 4u);
  EXPECT_TRUE(set->records[1].expected.empty());
  EXPECT_FALSE(set->records[2].evaluate);  // outside <Include>
  EXPECT_TRUE(set->records[2].error_test);
  EXPECT_TRUE(set->records[3].evaluate);  // a discard expects no events
  EXPECT_TRUE(set->records[3].expected.empty());
}

TEST_F(ValidationReaderTest, ScoreCountsExactSentencesAndEvents) {
  ValidationRecord a;
  a.category = "X";
  a.expected = {{"A", "B", "010"}, {"B", "A", "010"}};
  ValidationRecord b;
  b.category = "Y";
  b.expected = {{"C", "D", "190"}};
  CodingScore s;
  s.add(a, {{"B", "A", "010"}, {"A", "B", "010"}, {"A", "B", "010"}});
  s.add(b, {{"C", "E", "190"}});
  EXPECT_EQ(s.records, 2u);
  EXPECT_EQ(s.exact, 1u);
  EXPECT_EQ(s.expected, 3u);
  EXPECT_EQ(s.produced, 3u);  // the duplicate collapses
  EXPECT_EQ(s.correct, 2u);
  EXPECT_DOUBLE_EQ(s.exact_rate(), 0.5);
  EXPECT_EQ(s.categories["X"].exact, 1u);
  EXPECT_EQ(s.categories["Y"].exact, 0u);
}

TEST_F(ValidationReaderTest, UnreadableOrEmptyFilesFail) {
  std::vector<std::string> problems;
  EXPECT_FALSE(read_validation(path("missing.xml"), problems).ok());
  const std::string empty = write("empty.xml", "<Validation></Validation>\n");
  auto set = read_validation(empty, problems);
  ASSERT_FALSE(set.ok());
  EXPECT_NE(set.status().message().find("no <Sentence>"), std::string::npos);
}

TEST_F(ValidationReaderTest, MalformedEventCodingIsReportedWithItsLine) {
  const std::string records = write("r.xml",
                                    "<Sentence id=\"A\" category=\"C\">\n<EventCoding targetcode=\"X\"/>\n"
                                    "<Text>t</Text></Sentence>\n");
  std::vector<std::string> problems;
  auto set = read_validation(records, problems);
  ASSERT_TRUE(set.ok());
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems[0].find("r.xml:2:"), std::string::npos) << problems[0];
}

// One suite from ../shared, coded from raw text with its own dictionaries.
struct Suite {
  const char* records;
  double exact_floor;      // sentences coded exactly right
  double precision_floor;  // of events
  double recall_floor;
};

void run_suite(const std::string& shared, const Suite& suite) {
  const std::string path = shared + "/conformance/" + suite.records;
  std::vector<std::string> problems;
  auto set = read_validation(path, problems);
  ASSERT_TRUE(set.ok()) << set.status().message();
  auto dicts = dict::load_dictionaries(set->dictionaries);
  ASSERT_TRUE(dicts.ok()) << dicts.status().message();
  ASSERT_EQ(dicts->error_count(), 0u);
  auto lexicon = dict::Lexicon::compile(std::move(*dicts), testing::syntax_models().text);
  ASSERT_TRUE(lexicon.ok());
  auto ontology = Ontology::load(testing::data_dir() + "/ontology");
  ASSERT_TRUE(ontology.ok());
  const CodingScore s = evaluate(*set, Pipeline(testing::syntax_models()), *lexicon, &*ontology);
  std::printf("%s: %zu/%zu exact (%.2f%%), precision %.2f%%, recall %.2f%%\n", suite.records, s.exact,
              s.records, 100 * s.exact_rate(), 100 * s.precision(), 100 * s.recall());
  EXPECT_GE(s.exact_rate(), suite.exact_floor);
  EXPECT_GE(s.precision(), suite.precision_floor);
  EXPECT_GE(s.recall(), suite.recall_floor);
}

TEST(ConformanceTest, Petrarch2UnitTests) {
  DYAD_REQUIRE_SHARED(shared);
  run_suite(shared, {"petrarch2/PETR.UnitTest.records.xml", 0.85, 0.93, 0.87});
}

TEST(ConformanceTest, UniversalPetrarchValidation) {
  DYAD_REQUIRE_SHARED(shared);
  run_suite(shared, {"udp-validate/PETR_Validate_records_2_02.xml", 0.85, 0.86, 0.86});
}

TEST(ConformanceTest, Petrarch2GoldStandardNews) {
  DYAD_REQUIRE_SHARED(shared);
  run_suite(shared, {"petr2-gsr/PETR2_GSR_validation.xml", 0.36, 0.41, 0.45});
}

}  // namespace
}  // namespace dyad::coding
