// Running the dyad binary from tests, as a user would.
#pragma once

#include <string>

namespace dyad::testing {

struct RunResult {
  int status = -1;
  std::string out;
  std::string err;
};

// Runs `dyad ARGS` through the shell (ARGS is shell text), capturing both
// streams; `env` is prepended ("DYAD_DATA=/x").
RunResult dyad(const std::string& args, const std::string& env = "");

}  // namespace dyad::testing
