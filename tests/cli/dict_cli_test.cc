// dyad dict check and the dictionary options of dyad code, as a user runs them.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli/cli_test_util.h"
#include "test_paths.h"

namespace dyad {
namespace {

using testing::dyad;
using testing::RunResult;

class DictCli : public testing::TempDirTest {};

TEST_F(DictCli, BundledDictionariesCheckClean) {
  RunResult r = dyad("dict check");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_NE(r.out.find("dict/dyad.verbs.txt"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(" 0 errors, 0 warnings"), std::string::npos) << r.out;
}

TEST_F(DictCli, JsonCounts) {
  const std::string actors = write("a.txt", "RUSSIA_ [RUS]\n+MOSCOW\nSERGEI_LAVROV\n\t[RUSGOV >20040309]\n");
  RunResult r = dyad("dict check --format json --actors " + actors);
  ASSERT_EQ(r.status, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["actors"]["entries"], 2);
  EXPECT_EQ(j["actors"]["phrases"], 3);
  EXPECT_EQ(j["actors"]["dated_codes"], 1);
  EXPECT_EQ(j["errors"], 0);
  EXPECT_GT(j["verbs"]["patterns"].get<int>(), 0);  // the bundled verbs are still read
}

TEST_F(DictCli, ErrorsNameFileAndLineAndFailTheCheck) {
  const std::string actors =
      write("bad.actors", "RUSSIA_ [RUS]\n+MOSCOW\n\t[RUSGOV 2010-2011]\nSYRIA [SYR\n");
  RunResult r = dyad("dict check --actors " + actors);
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find(actors + ":3: error: bad date '2010' in [RUSGOV 2010-2011]"), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find(actors + ":4: error: unclosed '['"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("2 errors"), std::string::npos) << r.out;
}

TEST_F(DictCli, WarningsDoNotFailTheCheck) {
  const std::string agents = write("w.agents", "PLAIN [GOV]\n");
  RunResult r = dyad("dict check --agents " + agents);
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.err.find(agents + ":1: warning: agent code [GOV] has no '~'"), std::string::npos) << r.err;
  RunResult quiet = dyad("dict check --no-warnings --agents " + agents);
  EXPECT_EQ(quiet.err, "");
}

TEST_F(DictCli, CodeStopsOnABrokenDictionaryBeforeReadingStories) {
  const std::string verbs = write("bad.verbs", "--- SAY [010] ---\nSAY\n- * {UNCLOSED [011]\n");
  RunResult r = dyad("code --verbs " + verbs + " " + testing::data_dir() + "/examples/example.txt");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find(verbs + ":3: error:"), std::string::npos) << r.err;
  EXPECT_EQ(r.out, "");
}

TEST_F(DictCli, MissingDictionaryIsAUsageError) {
  RunResult r = dyad("dict check --actors " + path("nope.txt"));
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("nope.txt"), std::string::npos) << r.err;
}

TEST_F(DictCli, TabariDialectCanBeForced) {
  const std::string actors = write("t.actors", "ARGENTIN [ARG]\n");
  RunResult r = dyad("dict check --dialect tabari --actors " + actors);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("t.actors (TABARI dialect)"), std::string::npos) << r.out;
}

// The code an actor carries depends on the story's date.
TEST_F(DictCli, MatchShowsPhrasesWithTheirCodeOnTheStoryDate) {
  const std::string actors = write("a.txt",
                                   "JOHN_KERRY_\n+SECRETARY_OF_STATE_JOHN_KERRY\n"
                                   "\t[USAGOVLEG 850103-130201]\n\t[USAGOV >130201]\n");
  const std::string story = write("s.txt", "Secretary of State John Kerry met the press.\n");
  for (auto [date, code] : {std::pair{"2016-11-02", "USAGOV"}, {"2010-06-01", "USAGOVLEG"}}) {
    RunResult r =
        dyad("dict match --longest --date " + std::string(date) + " --actors " + actors + " " + story);
    ASSERT_EQ(r.status, 0) << r.err;
    auto j = nlohmann::json::parse(r.out);
    size_t actors_found = 0;
    for (const auto& m : j["matches"]) {
      if (m["kind"] != "actor") continue;  // the bundled verbs and agents match too
      ++actors_found;
      EXPECT_EQ(m["text"], "Secretary of State John Kerry");
      EXPECT_EQ(m["code"], code);
      EXPECT_EQ(m["entry"], actors + ":1");
    }
    EXPECT_EQ(actors_found, 1u) << r.out;
  }
}

}  // namespace
}  // namespace dyad
