#include "test_paths.h"

#include <stdlib.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace dyad::testing {

std::string source_dir() { return DYAD_TEST_SOURCE_DIR; }
std::string data_dir() { return source_dir() + "/data"; }
std::string dyad_binary() { return DYAD_TEST_BINARY; }

std::optional<std::string> shared_dir() {
  const char* env = std::getenv("DYAD_SHARED");
  std::string dir = env && *env ? env : DYAD_TEST_SHARED_DIR;
  if (std::filesystem::is_directory(dir)) return std::filesystem::canonical(dir).string();
  return std::nullopt;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void TempDirTest::SetUp() {
  std::string tmpl = (std::filesystem::temp_directory_path() / "dyad-test-XXXXXX").string();
  ASSERT_NE(::mkdtemp(tmpl.data()), nullptr);
  dir_ = tmpl;
}

void TempDirTest::TearDown() {
  std::error_code ec;
  std::filesystem::remove_all(dir_, ec);
}

std::string TempDirTest::write(const std::string& name, std::string_view bytes) {
  const std::filesystem::path p = dir_ / name;
  std::filesystem::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return p.string();
}

const Models& syntax_models() {
  static const Models* m = [] {
    auto r = load_models(data_dir(), ModelNeeds{.syntax = true});
    if (!r.ok()) {
      ADD_FAILURE() << r.status().message();
      std::abort();
    }
    return new Models(std::move(r).value());
  }();
  return *m;
}

}  // namespace dyad::testing
