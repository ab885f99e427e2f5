// Reading dictionary text in tests and listing what was reported.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dict/load.h"

namespace dyad::dict::testing {

// Reads `text` as one file named `name`.
Dictionaries read_text(std::string_view text, FileKind kind, Dialect dialect = Dialect::kPetrarch,
                       const std::string& name = "test.txt");

// "LINE: message" for each error or warning, in report order.
std::vector<std::string> errors(const Dictionaries& d);
std::vector<std::string> warnings(const Dictionaries& d);

// The Phoenix dictionary set in ../shared/dictionaries/phoenix (`shared` is
// the ../shared folder).
DictionaryPaths phoenix_paths(const std::string& shared);

// Each phrase as text ("FOREIGN MINISTER").
std::vector<std::string> texts(const std::vector<Phrase>& phrases);

}  // namespace dyad::dict::testing
