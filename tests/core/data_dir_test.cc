#include "core/data_dir.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "test_paths.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

// Sets DYAD_DATA for one test and restores it after.
class ScopedDataEnv {
 public:
  explicit ScopedDataEnv(const std::string& value) {
    if (const char* old = std::getenv("DYAD_DATA")) old_ = old;
    ::setenv("DYAD_DATA", value.c_str(), 1);
  }
  ~ScopedDataEnv() {
    if (old_.empty())
      ::unsetenv("DYAD_DATA");
    else
      ::setenv("DYAD_DATA", old_.c_str(), 1);
  }

 private:
  std::string old_;
};

TEST(DataDirTest, FindsTheSourceTreeFromTheBuildTree) {
  ::unsetenv("DYAD_DATA");
  auto dir = find_data_dir();
  ASSERT_TRUE(dir.ok()) << dir.status().message();
  EXPECT_TRUE(fs::exists(fs::path(*dir) / "DYAD_DATA"));
}

TEST(DataDirTest, EnvironmentWins) {
  ScopedDataEnv env(testing::data_dir());
  auto dir = find_data_dir();
  ASSERT_TRUE(dir.ok());
  EXPECT_EQ(*dir, testing::data_dir());
}

TEST(DataDirTest, BadEnvironmentIsAnErrorNotIgnored) {
  ScopedDataEnv env("/nonexistent/dyad-data");
  auto dir = find_data_dir();
  ASSERT_FALSE(dir.ok());
  EXPECT_NE(dir.status().message().find("DYAD_DATA"), std::string::npos);
}

TEST(DataDirTest, NewerDataVersionIsRefusedWithAdvice) {
  const fs::path d = fs::temp_directory_path() / ("dyad_data_test_" + std::to_string(::getpid()));
  fs::create_directories(d);
  std::ofstream(d / "DYAD_DATA") << "dyad-data 99\n";
  ScopedDataEnv env(d.string());
  auto dir = find_data_dir();
  ASSERT_FALSE(dir.ok());
  EXPECT_NE(dir.status().message().find("version 99"), std::string::npos) << dir.status().message();
  fs::remove_all(d);
}

}  // namespace
}  // namespace dyad
