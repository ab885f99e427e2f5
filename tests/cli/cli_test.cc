// The dyad binary as a user runs it: exit codes, messages, outputs.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/cli_test_util.h"
#include "test_paths.h"

namespace dyad {
namespace {

using testing::dyad;
using testing::RunResult;

namespace fs = std::filesystem;

std::vector<nlohmann::json> jsonl(const std::string& out) { return testing::parse_jsonl(out); }

std::string example() { return testing::data_dir() + "/examples/example.txt"; }

class CliTest : public testing::TempDirTest {};

TEST_F(CliTest, HelpAndVersion) {
  RunResult r = dyad("--help");
  EXPECT_EQ(r.status, 0);
  for (const char* cmd : {"sentences", "tokens", "code", "throughput", "info", "eval"})
    EXPECT_NE(r.out.find(cmd), std::string::npos) << cmd;
  EXPECT_EQ(dyad("sentences --help").status, 0);
  EXPECT_EQ(dyad("code --help").status, 0);
  EXPECT_EQ(dyad("--version").status, 0);
}

TEST_F(CliTest, UsageErrorsExitTwo) {
  for (const std::string& args : std::vector<std::string>{
           "", "bogus", "sentences", "sentences --input yaml " + example(),
           "sentences --date 2016-13-01 " + example(), "sentences --format xml " + example()}) {
    RunResult r = dyad(args);
    EXPECT_EQ(r.status, 2) << args;
    EXPECT_NE(r.err.find("dyad: "), std::string::npos) << args;
  }
}

TEST_F(CliTest, SentencesOfTheExample) {
  RunResult r = dyad("sentences --date 2026-03-14 " + example());
  ASSERT_EQ(r.status, 0) << r.err;
  const auto records = jsonl(r.out);
  ASSERT_EQ(records.size(), 9u);
  const std::string text = testing::read_file(example());
  for (size_t i = 0; i < records.size(); ++i) {
    const auto& j = records[i];
    EXPECT_EQ(j["story"], "example");
    EXPECT_EQ(j["index"], i);
    EXPECT_EQ(j["date"], "2026-03-14");
    EXPECT_EQ(j["source"], "AFP");
    EXPECT_EQ(j["dateline_place"], "GENEVA");
    const size_t start = j["start"], end = j["end"];
    EXPECT_EQ(text.substr(start, end - start), j["text"].get<std::string>());
  }
  // The repeated paragraph is reported on the sentences it repeats.
  EXPECT_EQ(records[1]["repeats"].size(), 1u);
  EXPECT_EQ(records[0]["repeats"].size(), 0u);
}

TEST_F(CliTest, DateUnknownIsNull) {
  RunResult r = dyad("sentences " + example());
  ASSERT_EQ(r.status, 0);
  EXPECT_TRUE(jsonl(r.out)[0]["date"].is_null());
}

TEST_F(CliTest, StdinAndTextFormat) {
  RunResult r = dyad("sentences - < " + example());
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(jsonl(r.out).size(), 9u);
  r = dyad("sentences --format text " + example());
  ASSERT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("dropped 3 repeated sentence(s)"), std::string::npos) << r.out;
}

TEST_F(CliTest, MissingFileIsReportedAndTheRestDone) {
  RunResult r = dyad("sentences " + (dir_ / "nope.txt").string() + " " + example());
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("nope.txt"), std::string::npos) << r.err;
  EXPECT_EQ(jsonl(r.out).size(), 9u);
}

TEST_F(CliTest, BadJsonlLineNamesItsLine) {
  const std::string f = write("s.jsonl",
                              "{\"id\":\"a\",\"text\":\"Rebels fled the town.\"}\n"
                              "{\"id\":\"b\",\"text\":\n"
                              "{\"id\":\"c\",\"text\":\"The army advanced.\",\"date\":\"2016-11-02\"}\n");
  RunResult r = dyad("sentences " + f);
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("s.jsonl:2:"), std::string::npos) << r.err;
  const auto records = jsonl(r.out);
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[1]["story"], "c");
  EXPECT_EQ(records[1]["date"], "2016-11-02");
}

TEST_F(CliTest, InvalidUtf8IsRepairedWithAWarning) {
  const std::string f = write("bad.txt", "Troops \xff withdrew. The \xc3\x28 mayor spoke.");
  RunResult r = dyad("sentences " + f);
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.err.find("warning"), std::string::npos);
  const auto records = jsonl(r.out);  // parses: the output is valid UTF-8
  ASSERT_EQ(records.size(), 2u);
}

TEST_F(CliTest, EmptyAndBinaryInputsDoNotCrash) {
  EXPECT_EQ(dyad("sentences " + write("empty.txt", "")).status, 0);
  std::string junk;
  for (int i = 0; i < 5000; ++i) junk.push_back(static_cast<char>((i * 7919) % 256));
  RunResult r = dyad("sentences --input text " + write("junk.bin", junk));
  EXPECT_EQ(r.status, 0) << r.err;
  std::string long_line(2 << 20, 'a');
  r = dyad("sentences " + write("long.txt", long_line));
  EXPECT_EQ(r.status, 0) << r.err;
}

TEST_F(CliTest, BadDataDirectoryIsAnError) {
  RunResult r = dyad("sentences " + example(), "DYAD_DATA=" + (dir_ / "nowhere").string());
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("DYAD_DATA"), std::string::npos) << r.err;
  r = dyad("info", "DYAD_DATA=" + testing::data_dir());
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find(testing::data_dir()), std::string::npos);
}

TEST_F(CliTest, CodeWritesValidRecordsOnly) {
  RunResult r = dyad("code " + example());
  EXPECT_EQ(r.status, 0) << r.err;
  for (const auto& j : jsonl(r.out)) EXPECT_TRUE(j.contains("code"));
}

TEST_F(CliTest, TokensAsConllu) {
  RunResult r = dyad("tokens " + example());
  ASSERT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("# sent_id = example-0\n"), std::string::npos);
  EXPECT_NE(r.out.find("\tU.N.\t"), std::string::npos);
  EXPECT_NE(r.out.find("\tEritrea\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No|TokenRange="), std::string::npos);
}

TEST_F(CliTest, ThroughputReportsFigures) {
  RunResult r = dyad("throughput --passes 3 " + example());
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("stories 3 "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("sentences 27 "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("MB/s"), std::string::npos);
  EXPECT_NE(r.out.find("peak RSS"), std::string::npos);
}

}  // namespace
}  // namespace dyad
