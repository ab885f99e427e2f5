// Where tests find the project's files, the shared corpora and the dyad binary.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "pipeline.h"

namespace dyad::testing {

std::string source_dir();  // the checkout's root
std::string data_dir();    // the checkout's data/
std::string dyad_binary();
// ../shared beside the checkout (or $DYAD_SHARED), if it exists.
std::optional<std::string> shared_dir();
std::string read_file(const std::string& path);
// The bundled models with the syntax ones, loaded once per test run (a
// test fails and the run stops if they do not load).
const Models& syntax_models();

// A fresh directory per test, removed afterwards, and a way to put files in it.
class TempDirTest : public ::testing::Test {
 protected:
  void SetUp() override;
  void TearDown() override;
  // Writes `bytes` to DIR/name (making parent directories); returns the path.
  std::string write(const std::string& name, std::string_view bytes);
  std::string path(const std::string& name) const { return (dir_ / name).string(); }

  std::filesystem::path dir_;
};

}  // namespace dyad::testing

// Skips the current test with a clear message when ../shared is absent.
#define DYAD_REQUIRE_SHARED(var)                                                    \
  auto var##_opt = ::dyad::testing::shared_dir();                                   \
  if (!var##_opt) GTEST_SKIP() << "../shared not found (set DYAD_SHARED): skipped"; \
  const std::string var = *var##_opt
