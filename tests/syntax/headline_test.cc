// Title Case lines: which count as Title Case, and which words the tagger
// then sees lower-cased.
#include "syntax/headline.h"

#include <gtest/gtest.h>

#include "test_paths.h"

namespace dyad {
namespace {

bool title(std::vector<std::string_view> words) { return is_title_case(words); }

TEST(HeadlineTest, RecognisesTitleCase) {
  EXPECT_TRUE(title({"Russia", "Declares", "Truce", "In", "Aleppo"}));
  EXPECT_TRUE(title({"How", "to", "Tell", "a", "Joke"}));  // minor words stay lower-case
  EXPECT_TRUE(title({"UN", "Demands", "Access", "to", "Aleppo", "'s", "East"}));
  EXPECT_FALSE(title({"Russia", "declares", "truce", "in", "Aleppo"}));  // sentence case
  EXPECT_FALSE(title({"Israel", "strikes", "Gaza"}));
  EXPECT_FALSE(title({"NATO", "AND", "EU"}));  // capitals alone say nothing
  EXPECT_FALSE(title({"Emperor", "Norton"}));  // one capitalised word after the first
  EXPECT_FALSE(title({}));
}

TEST(HeadlineTest, LowerCasesWordsTheTaggerKnowsLowerCased) {
  auto tagger = Tagger::load(testing::data_dir() + "/syntax/tagger-en-ewt.dyt");
  ASSERT_TRUE(tagger.ok()) << tagger.status().message();
  std::vector<std::string> storage;
  std::vector<std::string_view> views;
  // Words the bundled tagger saw five or more times lower-cased, and never
  // (or rarely) capitalised, are lowered; "Many" and "In", which it knows
  // capitalised from sentence starts, are left alone.
  const std::vector<std::string_view> headline = {"Police", "Say",    "Many", "People",
                                                  "Were",   "Killed", "In",   "Attack"};
  auto forms = forms_for_tagging(headline, *tagger, storage, views);
  ASSERT_EQ(forms.size(), headline.size());
  EXPECT_EQ(forms[0], "police");
  EXPECT_EQ(forms[1], "say");
  EXPECT_EQ(forms[2], "Many");
  EXPECT_EQ(forms[5], "killed");
  EXPECT_EQ(forms[7], "attack");
  const std::vector<std::string_view> sentence = {"The", "Government", "rejected", "the", "plan"};
  forms = forms_for_tagging(sentence, *tagger, storage, views);
  EXPECT_EQ(forms.data(), sentence.data()) << "not Title Case: the words as they are";
}

}  // namespace
}  // namespace dyad
