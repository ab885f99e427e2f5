// dyad code and dyad eval coding as a user runs them: complete records, the
// same bytes for any number of threads, PLOVER on request, and clear errors.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/cli_test_util.h"
#include "test_paths.h"

namespace dyad {
namespace {

using testing::dyad;
using testing::RunResult;

std::vector<nlohmann::json> records(const std::string& out) { return testing::parse_jsonl(out); }

class CodeCliTest : public testing::TempDirTest {};

TEST_F(CodeCliTest, RecordsCarryCodesOntologyAndEvidence) {
  const std::string example = testing::data_dir() + "/examples/example.txt";
  RunResult r = dyad("code " + example);
  ASSERT_EQ(r.status, 0) << r.err;
  const auto events = records(r.out);
  ASSERT_GE(events.size(), 3u);
  const std::string text = testing::read_file(example);
  for (const auto& e : events) {
    for (const char* field : {"story", "sentence", "text", "date", "source", "source_text", "target", "code",
                              "root", "quad_class", "goldstein", "negated", "verb_text", "verb_start"})
      EXPECT_TRUE(e.contains(field)) << field << " missing in " << e.dump();
    EXPECT_FALSE(e.contains("event_type"));  // only with --ontology plover
    const std::string code = e["code"];
    EXPECT_EQ(e["root"], code.substr(0, 2));
    EXPECT_GE(e["quad_class"].get<int>(), 1);
    // The evidence offsets point at the words shown.
    const size_t vs = e["verb_start"], ve = e["verb_end"];
    EXPECT_EQ(text.substr(vs, ve - vs), e["verb_text"].get<std::string>());
    const size_t ss = e["source_start"], se = e["source_end"];
    EXPECT_EQ(text.substr(ss, se - ss), e["source_text"].get<std::string>());
  }
  RunResult p = dyad("code --ontology plover " + example);
  ASSERT_EQ(p.status, 0) << p.err;
  bool typed = false;
  for (const auto& e : records(p.out)) {
    ASSERT_TRUE(e.contains("event_type"));
    typed |= e["event_type"].is_string();
  }
  EXPECT_TRUE(typed);
}

TEST_F(CodeCliTest, SameOutputForAnyThreadCount) {
  std::string jsonl;
  for (int i = 0; i < 30; ++i) {
    std::string text = "Ethiopia accused Eritrea of shelling a border town.";
    for (int k = 0; k < (i * 5) % 11; ++k)
      text += " Russia and Ethiopia agreed to reopen the border crossing.";
    jsonl += "{\"id\":\"s" + std::to_string(i) + "\",\"text\":\"" + text + "\",\"date\":\"2016-09-13\"}\n";
    if (i == 11) jsonl += "{\"id\":\"bad\"}\n";
  }
  const std::string in = write("stories.jsonl", jsonl);
  RunResult one = dyad("code --threads 1 " + in);
  EXPECT_EQ(one.status, 1) << one.err;  // the bad record, reported with its line
  EXPECT_NE(one.err.find("stories.jsonl:13"), std::string::npos) << one.err;
  EXPECT_GE(records(one.out).size(), 30u);
  for (const char* threads : {"2", "0"}) {
    RunResult many = dyad("code --threads " + std::string(threads) + " " + in);
    EXPECT_EQ(many.status, one.status);
    EXPECT_TRUE(many.out == one.out) << "output differs with --threads " << threads;
  }
}

TEST_F(CodeCliTest, TextFormatAndMonadic) {
  const std::string in = write("a.txt", "Ethiopia accused Eritrea of shelling a border town.\n");
  RunResult r = dyad("code --format text " + in);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("\tETH\tERI\t1123\tEthiopia | accused | Eritrea"), std::string::npos) << r.out;
  const std::string lone = write("b.txt", "Ethiopia accused on Monday.\n");
  EXPECT_EQ(dyad("code " + lone).out, "");
  EXPECT_NE(dyad("code --monadic --format text " + lone).out.find("\tETH\t---\t112\t"), std::string::npos);
}

TEST_F(CodeCliTest, BadDictionaryStopsBeforeAnyStory) {
  const std::string verbs = write("bad.verbs.txt", "--- X [010] ---\nX\n- * {UNCLOSED [010]\n");
  RunResult r = dyad("code --verbs " + verbs + " " + testing::data_dir() + "/examples/example.txt");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("bad.verbs.txt:3:"), std::string::npos) << r.err;
  EXPECT_EQ(r.out, "");
}

TEST_F(CodeCliTest, EvalCodingListsMissesAndScores) {
  write("v.verbs.txt", "--- ACCUSE [112] ---\nACCUSE\n");
  write("a.actors.txt", "ETHIOPIA_ [ETH]\nERITREA_ [ERI]\n");
  const std::string records_path = write("r.xml", R"(<Validation><Environment>
<Verbfile>v.verbs.txt</Verbfile><Actorfile>a.actors.txt</Actorfile></Environment>
<Sentence id="A-1" category="A" date="20160913"><EventCoding sourcecode="ETH" targetcode="ERI" eventcode="112"/>
<Text>Ethiopia accused Eritrea on Monday.</Text></Sentence>
<Sentence id="A-2" category="A" date="20160913"><EventCoding sourcecode="ERI" targetcode="ETH" eventcode="112"/>
<Text>Ethiopia accused Eritrea again.</Text></Sentence>
</Validation>
)");
  RunResult r = dyad("eval coding " + records_path);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("sentences exactly right 1/2 = 50.00%"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("MISS A-2"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("MISS A-1"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("expected: ERI ETH 112"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("precision 50.00%  recall 50.00%"), std::string::npos) << r.out;
  EXPECT_EQ(dyad("eval coding " + write("none.xml", "<Validation/>")).status, 1);
}

}  // namespace
}  // namespace dyad
