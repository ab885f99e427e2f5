// The CoNLL-U reader: words, multiword tokens, empty nodes, and errors that
// name FILE:LINE.
#include "syntax/treebank.h"

#include <gtest/gtest.h>

#include "test_paths.h"

namespace dyad {
namespace {

constexpr const char* kTwoSentences =
    "# newdoc id = d1\n"
    "# sent_id = s1\n"
    "# text = I won't go.\n"
    "1\tI\tI\tPRON\tPRP\tCase=Nom\t4\tnsubj\t4:nsubj\t_\n"
    "2-3\twon't\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
    "2\two\twill\tAUX\tMD\tVerbForm=Fin\t4\taux\t4:aux\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_\n"
    "4\tgo\tgo\tVERB\tVB\tVerbForm=Inf\t0\troot\t0:root\tSpaceAfter=No\n"
    "4.1\tgone\tgo\tVERB\tVBN\t_\t_\t_\t4:conj\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_\n"
    "\n"
    "# sent_id = s2\r\n"
    "1\tHi\thi\tINTJ\tUH\t_\t_\t_\t_\t_\r\n"
    "\r\n";

TEST(TreebankTest, ReadsWordsMultiwordTokensAndSkipsEmptyNodes) {
  auto r = parse_treebank(kTwoSentences, "t.conllu");
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r->size(), 2u);
  const TreebankSentence& s = (*r)[0];
  EXPECT_EQ(s.id, "s1");
  EXPECT_EQ(s.text, "I won't go.");
  EXPECT_EQ(s.line, 1u);
  ASSERT_EQ(s.words.size(), 5u);  // the empty node 4.1 is not a word
  EXPECT_EQ(s.words[1].form, "wo");
  EXPECT_EQ(s.words[1].lemma, "will");
  EXPECT_EQ(s.words[1].upos, "AUX");
  EXPECT_EQ(s.words[1].xpos, "MD");
  EXPECT_EQ(s.words[1].feats, "VerbForm=Fin");
  EXPECT_EQ(s.words[1].head, 4);
  EXPECT_EQ(s.words[1].deprel, "aux");
  EXPECT_EQ(s.words[3].head, 0);
  EXPECT_EQ(s.words[3].misc, "SpaceAfter=No");
  EXPECT_EQ(s.words[4].form, ".");
  ASSERT_EQ(s.multiword.size(), 1u);
  EXPECT_EQ(s.multiword[0].first, 2u);
  EXPECT_EQ(s.multiword[0].last, 3u);
  EXPECT_EQ(s.multiword[0].form, "won't");
  const TreebankSentence& t = (*r)[1];
  EXPECT_EQ(t.id, "s2");  // CRLF line ends are accepted
  EXPECT_EQ(t.line, 12u);
  ASSERT_EQ(t.words.size(), 1u);
  EXPECT_EQ(t.words[0].head, -1);  // "_": no tree
  EXPECT_EQ(t.words[0].misc, "_");
}

TEST(TreebankTest, MaxSentencesStopsEarly) {
  auto r = parse_treebank(kTwoSentences, "t.conllu", 1);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->size(), 1u);
}

TEST(TreebankTest, LastSentenceNeedsNoBlankLine) {
  auto r = parse_treebank("1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_", "t.conllu");
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->size(), 1u);
}

struct Malformed {
  const char* name;
  const char* text;
  const char* where;  // expected "FILE:LINE:" prefix
  const char* what;   // expected part of the message
};

class MalformedTest : public ::testing::TestWithParam<Malformed> {};

TEST_P(MalformedTest, NamesFileAndLine) {
  const Malformed& m = GetParam();
  auto r = parse_treebank(m.text, "bad.conllu");
  ASSERT_FALSE(r.ok()) << m.name;
  EXPECT_EQ(r.status().code(), Status::Code::kInvalidInput);
  EXPECT_EQ(r.status().message().rfind(m.where, 0), 0u) << r.status().message();
  EXPECT_NE(r.status().message().find(m.what), std::string::npos) << r.status().message();
}

INSTANTIATE_TEST_SUITE_P(
    Cases, MalformedTest,
    ::testing::Values(
        Malformed{"nine columns", "# c\n1\ta\ta\tDET\tDT\t_\t0\troot\t_\n", "bad.conllu:2:", "found 9"},
        Malformed{"eleven columns", "1\ta\ta\tDET\tDT\t_\t0\troot\t_\t_\tx\n",
                  "bad.conllu:1:", "more than 10"},
        Malformed{"bad id", "x\ta\ta\tDET\tDT\t_\t0\troot\t_\t_\n", "bad.conllu:1:", "bad ID"},
        Malformed{"ids out of order", "1\ta\ta\tDET\tDT\t_\t0\troot\t_\t_\n3\tb\tb\tX\tX\t_\t1\tdep\t_\t_\n",
                  "bad.conllu:2:", "out of order"},
        Malformed{"bad head", "1\ta\ta\tDET\tDT\t_\tz\troot\t_\t_\n", "bad.conllu:1:", "bad HEAD"},
        Malformed{"head beyond sentence",
                  "1\ta\ta\tDET\tDT\t_\t0\troot\t_\t_\n2\tb\tb\tX\tX\t_\t7\tdep\t_\t_\n",
                  "bad.conllu:2:", "beyond"},
        Malformed{"reversed range", "2-1\tab\t_\t_\t_\t_\t_\t_\t_\t_\n", "bad.conllu:1:", "multiword"},
        Malformed{"range not at next word",
                  "1\ta\ta\tDET\tDT\t_\t0\troot\t_\t_\n3-4\tab\t_\t_\t_\t_\t_\t_\t_\t_\n",
                  "bad.conllu:2:", "should start at word 2"},
        Malformed{"range past the end",
                  "1-2\tab\t_\t_\t_\t_\t_\t_\t_\t_\n1\ta\ta\tDET\tDT\t_\t0\troot\t_\t_\n\n",
                  "bad.conllu:1:", "covers words"},
        Malformed{"comments only", "# sent_id = 1\n\n1\ta\ta\tDET\tDT\t_\t0\troot\t_\t_\n",
                  "bad.conllu:1:", "no words"},
        Malformed{"empty form", "1\t\ta\tDET\tDT\t_\t0\troot\t_\t_\n", "bad.conllu:1:", "empty FORM"},
        Malformed{"empty file", "", "bad.conllu:", "no sentences"}),
    [](const ::testing::TestParamInfo<Malformed>& i) {
      std::string n = i.param.name;
      for (char& c : n)
        if (c == ' ') c = '_';
      return n;
    });

TEST(TreebankTest, MissingFileIsNotFound) {
  auto r = read_treebank("/nonexistent/x.conllu");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kNotFound);
  EXPECT_NE(r.status().message().find("/nonexistent/x.conllu"), std::string::npos);
}

TEST(TreebankTest, ReadsEwtDev) {
  DYAD_REQUIRE_SHARED(shared);
  auto r = read_treebank(shared + "/treebanks/UD_English-EWT/en_ewt-ud-dev.conllu");
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->size(), 2001u);
  size_t words = 0, multiword = 0;
  for (const auto& s : *r) {
    words += s.words.size();
    multiword += s.multiword.size();
  }
  EXPECT_EQ(words, 25147u);
  EXPECT_GT(multiword, 0u);
}

}  // namespace
}  // namespace dyad
