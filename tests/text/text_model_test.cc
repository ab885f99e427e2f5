#include "text/text_model.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "test_paths.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

class TextModelTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("dyad_text_model_test_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    for (const char* f :
         {"abbreviations.txt", "hyphen_prefixes.txt", "sentence_starters.txt", "agencies.txt"})
      fs::copy_file(fs::path(testing::data_dir()) / "text" / f, dir_ / f);
  }
  void TearDown() override { fs::remove_all(dir_); }
  void append(const char* file, const std::string& line) {
    std::ofstream(dir_ / file, std::ios::app) << line << "\n";
  }
  fs::path dir_;
};

TEST_F(TextModelTest, BundledListsLoad) {
  auto m = TextModel::load(dir_.string());
  ASSERT_TRUE(m.ok()) << m.status().message();
  EXPECT_GT(m->abbreviation_count(), 100u);
  ASSERT_NE(m->abbreviation("Nov."), nullptr);
  EXPECT_EQ(*m->abbreviation("Nov."), AbbrevKind::kNumber);
  EXPECT_EQ(*m->abbreviation("NOV."), AbbrevKind::kNumber);
  EXPECT_EQ(*m->abbreviation("gen."), AbbrevKind::kTitle);
  EXPECT_EQ(m->abbreviation("words."), nullptr);
  EXPECT_EQ(m->agency("Agence France-Presse"), "AFP");
  EXPECT_EQ(m->agency("reuters"), "Reuters");
  EXPECT_TRUE(m->hyphen_prefix("anti"));
  EXPECT_TRUE(m->sentence_starter("the"));
}

TEST_F(TextModelTest, BadLineNamesFileAndLine) {
  append("abbreviations.txt", "Foo. sometimes");
  auto m = TextModel::load(dir_.string());
  ASSERT_FALSE(m.ok());
  const std::string& msg = m.status().message();
  EXPECT_NE(msg.find("abbreviations.txt:"), std::string::npos) << msg;
  EXPECT_NE(msg.find("unknown kind"), std::string::npos) << msg;
}

TEST_F(TextModelTest, DuplicateAndMalformedEntries) {
  append("abbreviations.txt", "Nov. number");
  auto m = TextModel::load(dir_.string());
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.status().message().find("duplicate"), std::string::npos);
}

TEST_F(TextModelTest, WrongVersionIsRefused) {
  std::ofstream(dir_ / "agencies.txt") << "# dyad-text-list agencies 7\nAFP\n";
  auto m = TextModel::load(dir_.string());
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.status().message().find("agencies.txt:1: list version 7"), std::string::npos)
      << m.status().message();
}

TEST_F(TextModelTest, MissingFile) {
  fs::remove(dir_ / "hyphen_prefixes.txt");
  auto m = TextModel::load(dir_.string());
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.status().message().find("hyphen_prefixes.txt"), std::string::npos);
}

}  // namespace
}  // namespace dyad
