#include "cli/cli_test_util.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <sstream>

#include "test_paths.h"

namespace dyad::testing {

namespace fs = std::filesystem;

RunResult dyad(const std::string& args, const std::string& env) {
  static int n = 0;
  const fs::path err_file = fs::temp_directory_path() /
                            ("dyad_cli_test_err_" + std::to_string(::getpid()) + "_" + std::to_string(n++));
  const std::string cmd = env + " " + dyad_binary() + " " + args + " 2>" + err_file.string();
  RunResult r;
  FILE* p = ::popen(cmd.c_str(), "r");
  if (!p) return r;
  char buf[4096];
  size_t k;
  while ((k = std::fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, k);
  const int st = ::pclose(p);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  r.err = read_file(err_file.string());
  fs::remove(err_file);
  return r;
}

std::vector<nlohmann::json> parse_jsonl(const std::string& out) {
  std::vector<nlohmann::json> v;
  std::istringstream in(out);
  std::string line;
  while (std::getline(in, line))
    if (!line.empty()) v.push_back(nlohmann::json::parse(line));
  return v;
}

}  // namespace dyad::testing
