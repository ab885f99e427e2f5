// dyad train tagger|lemmatizer and dyad eval syntax, run as a user would.
#include <gtest/gtest.h>

#include "cli/cli_test_util.h"
#include "test_paths.h"

namespace dyad {
namespace {

constexpr const char* kTreebank =
    "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n2\tdog\tdog\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
    "3\tbarks\tbark\tVERB\tVBZ\t_\t0\troot\t_\t_\n4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n"
    "1\tA\ta\tDET\tDT\t_\t2\tdet\t_\t_\n2\tcat\tcat\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
    "3\tsleeps\tsleep\tVERB\tVBZ\t_\t0\troot\t_\t_\n4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

class SyntaxCliTest : public testing::TempDirTest {};

TEST_F(SyntaxCliTest, TrainThenEvaluate) {
  const std::string tb = write("t.conllu", kTreebank);
  auto train = testing::dyad("train tagger --train " + tb + " --dev " + tb + " -o " + path("m.dyt") +
                             " --iterations 3 --seed 5 --clusters 0");
  ASSERT_EQ(train.status, 0) << train.err;
  EXPECT_NE(train.err.find("iteration  3"), std::string::npos) << train.err;
  EXPECT_NE(train.err.find("dev UPOS"), std::string::npos) << train.err;
  auto eval = testing::dyad("eval syntax --treebank " + tb + " --model " + path("m.dyt"));
  ASSERT_EQ(eval.status, 0) << eval.err;
  EXPECT_NE(eval.out.find("sentences 2  words 8"), std::string::npos) << eval.out;
  EXPECT_NE(eval.out.find("UPOS 100.00%  XPOS 100.00%"), std::string::npos) << eval.out;
}

TEST_F(SyntaxCliTest, ErrorsNameTheFile) {
  const std::string bad = write("bad.conllu", "1\tx\n");
  auto train = testing::dyad("train tagger --train " + bad + " -o " + path("m.dyt"));
  EXPECT_EQ(train.status, 1);
  EXPECT_NE(train.err.find("bad.conllu:1: expected 10 tab-separated columns"), std::string::npos)
      << train.err;
  auto usage = testing::dyad("train tagger --train " + bad);
  EXPECT_EQ(usage.status, 2) << usage.err;
  auto eval = testing::dyad("eval syntax --treebank " + bad + " --model " + path("none.dyt"));
  EXPECT_EQ(eval.status, 1);
  EXPECT_NE(eval.err.find("none.dyt: cannot open tagger model"), std::string::npos) << eval.err;
}

TEST_F(SyntaxCliTest, BundledModelIsTheDefault) {
  const std::string tb = write("t.conllu", kTreebank);
  auto eval = testing::dyad("eval syntax --treebank " + tb);
  ASSERT_EQ(eval.status, 0) << eval.err;
  EXPECT_NE(eval.err.find("tagger-en-ewt.dyt"), std::string::npos) << eval.err;
}

TEST_F(SyntaxCliTest, TrainLemmatizerThenEvaluateLemmas) {
  const std::string tb = write("t.conllu", kTreebank);
  auto train = testing::dyad("train lemmatizer --train " + tb + " --dev " + tb + " -o " + path("m.dyl"));
  ASSERT_EQ(train.status, 0) << train.err;
  EXPECT_NE(train.err.find("dev lemma accuracy with gold XPOS: 100.00% of 8 words"), std::string::npos)
      << train.err;
  EXPECT_EQ(testing::read_file(path("m.dyl")).substr(0, 18), "dyad-lemmatizer 1\n");
  auto eval = testing::dyad("eval syntax --treebank " + tb + " --lemmatizer " + path("m.dyl"));
  ASSERT_EQ(eval.status, 0) << eval.err;
  EXPECT_NE(eval.out.find("lemma "), std::string::npos) << eval.out;
  auto missing = testing::dyad("eval syntax --treebank " + tb + " --lemmatizer " + path("none.dyl"));
  EXPECT_EQ(missing.status, 1);
  EXPECT_NE(missing.err.find("none.dyl: cannot open"), std::string::npos) << missing.err;
}

}  // namespace
}  // namespace dyad
