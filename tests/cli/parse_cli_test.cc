// dyad parse as a user runs it: valid CoNLL-U, and the same bytes for any
// number of threads.
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "cli/cli_test_util.h"
#include "test_paths.h"

namespace dyad {
namespace {

using testing::dyad;
using testing::RunResult;

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> parts;
  std::string part;
  std::istringstream in(s);
  while (std::getline(in, part, sep)) parts.push_back(part);
  if (!s.empty() && s.back() == sep) parts.emplace_back();
  return parts;
}

bool parser_model_exists() {
  return std::filesystem::exists(testing::data_dir() + "/syntax/parser-en-ewt.dyp");
}

// Checks the CoNLL-U structure of `out`; returns the number of sentences.
size_t check_conllu(const std::string& out) {
  const bool parsed = parser_model_exists();
  size_t sentences = 0;
  std::vector<std::vector<std::string>> words;
  auto end_sentence = [&] {
    if (words.empty()) return;
    ++sentences;
    size_t roots = 0;
    for (size_t i = 0; i < words.size(); ++i) {
      const auto& w = words[i];
      EXPECT_EQ(w[0], std::to_string(i + 1));
      EXPECT_NE(w[1], "");
      EXPECT_NE(w[2], "_") << "lemma of " << w[1];
      EXPECT_NE(w[3], "_") << "UPOS of " << w[1];
      EXPECT_NE(w[4], "_") << "XPOS of " << w[1];
      EXPECT_EQ(w[5], "_");
      EXPECT_EQ(w[8], "_");
      if (w[6] == "_") {
        EXPECT_FALSE(parsed) << "unparsed word with a parser model: " << w[1];
        EXPECT_EQ(w[7], "_");
        continue;
      }
      const unsigned long head = std::stoul(w[6]);
      EXPECT_LE(head, words.size());
      EXPECT_NE(head, i + 1);
      EXPECT_NE(w[7], "_");
      if (head == 0) ++roots;
    }
    if (parsed) {
      EXPECT_EQ(roots, 1u);
    }
    words.clear();
  };
  for (const std::string& line : split(out, '\n')) {
    if (line.empty()) {
      end_sentence();
      continue;
    }
    if (line[0] == '#') {
      EXPECT_TRUE(words.empty()) << "comment inside a sentence: " << line;
      continue;
    }
    auto cols = split(line, '\t');
    EXPECT_EQ(cols.size(), 10u) << line;
    if (cols.size() != 10) return sentences;
    words.push_back(std::move(cols));
  }
  EXPECT_TRUE(words.empty()) << "last sentence not followed by a blank line";
  return sentences;
}

class ParseCliTest : public testing::TempDirTest {};

TEST_F(ParseCliTest, ExampleIsValidConllu) {
  const std::string example = testing::data_dir() + "/examples/example.txt";
  RunResult r = dyad("parse " + example);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_GE(check_conllu(r.out), 5u);
  EXPECT_NE(r.out.find("\tagreed\tagree\tVERB\tVBD\t"), std::string::npos) << r.out;
  // The token columns are those of dyad tokens.
  RunResult tokens = dyad("tokens " + example);
  ASSERT_EQ(tokens.status, 0) << tokens.err;
  const auto parse_lines = split(r.out, '\n'), token_lines = split(tokens.out, '\n');
  ASSERT_EQ(parse_lines.size(), token_lines.size());
  for (size_t i = 0; i < parse_lines.size(); ++i) {
    const auto p = split(parse_lines[i], '\t'), t = split(token_lines[i], '\t');
    ASSERT_EQ(p.size(), t.size());
    if (p.size() != 10) {
      EXPECT_EQ(parse_lines[i], token_lines[i]);
      continue;
    }
    EXPECT_EQ(p[0], t[0]);
    EXPECT_EQ(p[1], t[1]);
    EXPECT_EQ(p[9], t[9]);
    EXPECT_EQ(t[3], "_");
  }
}

TEST_F(ParseCliTest, SameOutputForAnyThreadCount) {
  // Stories of very different lengths, so workers finish out of order, and
  // a bad record in the middle, reported in its place.
  std::string jsonl;
  for (int i = 0; i < 40; ++i) {
    std::string text = "Story " + std::to_string(i) + ": Russia declared a truce in Aleppo on Tuesday.";
    for (int k = 0; k < (i * 7) % 13; ++k)
      text += " Rebels accused government forces of shelling " + std::to_string(k + 2) +
              " districts of the city, officials in Damascus said.";
    jsonl += "{\"id\":\"s" + std::to_string(i) + "\",\"text\":\"" + text + "\",\"date\":\"2016-09-13\"}\n";
    if (i == 17) jsonl += "{\"id\":\"bad\"}\n";
  }
  const std::string in = write("stories.jsonl", jsonl);
  RunResult one = dyad("parse --threads 1 " + in);
  EXPECT_EQ(one.status, 1) << one.err;  // the bad record
  EXPECT_NE(one.err.find("stories.jsonl:19"), std::string::npos) << one.err;
  EXPECT_GT(check_conllu(one.out), 100u);
  for (const char* threads : {"3", "0"}) {
    RunResult many = dyad("parse --threads " + std::string(threads) + " " + in);
    EXPECT_EQ(many.status, one.status);
    EXPECT_EQ(many.err, one.err);
    EXPECT_TRUE(many.out == one.out) << "output differs with --threads " << threads;
  }
  // Stdout and stderr interleave in input order: the problem is reported
  // after story s17 is written.
  RunResult both = dyad("parse --threads 3 " + in + " 2>&1 | cat");
  const size_t s17 = both.out.find("# sent_id = s17-"), s18 = both.out.find("# sent_id = s18-"),
               problem = both.out.find("stories.jsonl:19");
  ASSERT_NE(problem, std::string::npos) << both.out;
  EXPECT_LT(s17, problem);
  EXPECT_LT(problem, s18);
}

TEST_F(ParseCliTest, Usage) {
  EXPECT_EQ(dyad("parse --threads -1 " + write("a.txt", "Hello.")).status, 2);
  EXPECT_EQ(dyad("parse --input nope " + write("b.txt", "Hello.")).status, 2);
  RunResult missing = dyad("parse /nonexistent/x.txt");
  EXPECT_EQ(missing.status, 1);
  EXPECT_NE(missing.err.find("/nonexistent/x.txt"), std::string::npos) << missing.err;
}

TEST_F(ParseCliTest, EmptyInput) {
  RunResult r = dyad("parse --threads 2 " + write("empty.txt", ""));
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "");
}

}  // namespace
}  // namespace dyad
