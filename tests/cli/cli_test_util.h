// Running the dyad binary from tests, as a user would.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace dyad::testing {

struct RunResult {
  int status = -1;
  std::string out;
  std::string err;
};

// Runs `dyad ARGS` through the shell (ARGS is shell text), capturing both
// streams; `env` is prepended ("DYAD_DATA=/x").
RunResult dyad(const std::string& args, const std::string& env = "");

// One JSON value per non-empty line of `out`.
std::vector<nlohmann::json> parse_jsonl(const std::string& out);

}  // namespace dyad::testing
