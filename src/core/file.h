// Reading a whole file, for the models and dictionaries dyad loads at start.
#pragma once

#include <string>
#include <string_view>

#include "core/status.h"

namespace dyad {

// The file's bytes. A file that cannot be opened is NotFound (or Io, for
// reasons other than absence) with "PATH: cannot open WHAT: reason".
Result<std::string> read_whole_file(const std::string& path, std::string_view what = {});

// Writes `bytes` to PATH.incomplete and renames it to PATH, so that PATH is
// never left half-written.
Status write_whole_file(const std::string& path, std::string_view bytes);

}  // namespace dyad
