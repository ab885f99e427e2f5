#include "core/data_dir.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <vector>

namespace dyad {
namespace fs = std::filesystem;

namespace {

constexpr int kDataVersion = 1;

// Empty when `dir` is a data directory this build can read; else why not.
std::string check(const fs::path& dir) {
  std::error_code ec;
  const fs::path marker = dir / "DYAD_DATA";
  if (!fs::is_regular_file(marker, ec))
    return dir.string() + ": not a dyad data directory (no DYAD_DATA file)";
  std::ifstream in(marker);
  std::string name;
  int version = 0;
  in >> name >> version;
  if (name != "dyad-data" || version <= 0) return marker.string() + ":1: expected \"dyad-data <version>\"";
  if (version != kDataVersion)
    return marker.string() + ":1: data version " + std::to_string(version) + ", this dyad reads version " +
           std::to_string(kDataVersion) + ": install the matching dyad or data";
  return {};
}

}  // namespace

int data_format_version() { return kDataVersion; }

Result<std::string> find_data_dir(const std::string& argv0) {
  if (const char* env = std::getenv("DYAD_DATA"); env && *env) {
    if (std::string why = check(env); !why.empty()) return Status::NotFound("DYAD_DATA: " + why);
    return std::string(env);
  }
  std::vector<fs::path> candidates;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec && !argv0.empty()) exe = fs::absolute(argv0, ec);
  if (!exe.empty()) candidates.push_back(exe.parent_path().parent_path() / "share" / "dyad");
  candidates.emplace_back(DYAD_INSTALL_DATA_DIR);
  candidates.emplace_back(DYAD_SOURCE_DATA_DIR);
  std::string tried;
  for (const auto& c : candidates) {
    if (check(c).empty()) return c.lexically_normal().string();
    tried += (tried.empty() ? "" : ", ") + c.string();
  }
  return Status::NotFound("cannot find dyad's data (tried " + tried + "); set DYAD_DATA to its directory");
}

}  // namespace dyad
