// Sentence-splitting accuracy on the UD treebanks in ../shared: floors that
// fail when the splitter gets worse. Figures when written (inside-paragraph
// boundary F1): EWT dev 83.4 (web text: e-mail, reviews, little punctuation),
// GUM test 95.3, PUD test 99.8 (news and Wikipedia).
#include "text/split_eval.h"

#include <gtest/gtest.h>

#include "test_paths.h"
#include "text/text_test_util.h"

namespace dyad {
namespace {

struct Floor {
  const char* file;
  double f1;
  double exact;
};

class SplitEvalTest : public ::testing::TestWithParam<Floor> {};

TEST_P(SplitEvalTest, AboveFloor) {
  DYAD_REQUIRE_SHARED(shared);
  const Floor& f = GetParam();
  const std::string path = shared + "/treebanks/" + f.file;
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " not found";
  auto score = evaluate_splitting(path, Pipeline(testing::models()));
  ASSERT_TRUE(score.ok()) << score.status().message();
  EXPECT_GE(score->f1(), f.f1) << f.file;
  EXPECT_GE(score->exact_rate(), f.exact) << f.file;
}

INSTANTIATE_TEST_SUITE_P(Treebanks, SplitEvalTest,
                         ::testing::Values(Floor{"UD_English-EWT/en_ewt-ud-dev.conllu", 0.82, 0.80},
                                           Floor{"UD_English-GUM/en_gum-ud-test.conllu", 0.94, 0.93},
                                           Floor{"UD_English-PUD/en_pud-ud-test.conllu", 0.99, 0.99}));

TEST(SplitEvalTest, MissingTreebankIsAnError) {
  auto score = evaluate_splitting("/nonexistent.conllu", Pipeline(testing::models()));
  ASSERT_FALSE(score.ok());
  EXPECT_NE(score.status().message().find("/nonexistent.conllu"), std::string::npos);
}

}  // namespace
}  // namespace dyad
