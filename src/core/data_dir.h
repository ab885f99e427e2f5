// Finding dyad's bundled data (models, dictionaries, word lists).
//
// The first of these that holds a DYAD_DATA marker file wins:
//   1. $DYAD_DATA, when set (an error if it is set but not a data directory,
//      so a typo is not silently ignored);
//   2. <dir of the executable>/../share/dyad   (after cmake --install, wherever
//      the tree was moved);
//   3. the install prefix's share/dyad compiled in at build time;
//   4. the source tree's data/ compiled in at build time (running from the
//      build tree).
#pragma once

#include <string>

#include "core/status.h"

namespace dyad {

// `argv0` helps when /proc/self/exe is unavailable; may be empty.
Result<std::string> find_data_dir(const std::string& argv0 = "");

// The data format version this build reads (the number in DYAD_DATA).
int data_format_version();

}  // namespace dyad
