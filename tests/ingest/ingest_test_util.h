// Helpers for ingest tests: read everything a set of paths yields.
#pragma once

#include <string>
#include <vector>

#include "core/document.h"
#include "ingest/reader.h"

namespace dyad::testing {

struct Output {
  std::vector<Story> stories;
  std::vector<std::string> problems;
};

Output read_all(const std::vector<std::string>& paths, const ReaderOptions& options = {});

}  // namespace dyad::testing
