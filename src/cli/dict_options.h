// The dictionary options shared by `dyad code` and `dyad dict ...`.
//
// Each kind not named on the command line comes from dyad's bundled set,
// DATA/dict/dyad.<kind>.txt, whose first line "# dyad-dictionary <kind> <N>"
// is checked so that an older dyad refuses a newer format with advice.
#pragma once

#include <CLI/CLI.hpp>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/common.h"
#include "dict/load.h"
#include "dict/matcher.h"

namespace dyad::cli {

struct DictArgs {
  std::string verbs;
  std::vector<std::string> actors;
  std::string agents;
  std::string discards;
  std::string issues;
  std::string dialect = "auto";
};

void add_dictionary_options(CLI::App& cmd, DictArgs& args);

// The files to read: the ones named, and the bundled ones for the rest.
Result<dict::DictionaryPaths> dictionary_paths(const DictArgs& args);

dict::DialectChoice dialect_choice(const DictArgs& args);
// Prints the diagnostics as "FILE:LINE: ..." on stderr, warnings only if asked.
void print_diagnostics(const dict::Dictionaries& d, bool warnings);

// Loads the dictionaries; prints every error (and, with `warnings`, every
// warning) as "FILE:LINE: ..." on stderr. Returns nullopt when a file could
// not be read or there were errors.
std::optional<dict::Dictionaries> load_dictionaries_or_report(const DictArgs& args, Problems& problems,
                                                              bool warnings);
// The same for given files (a validation suite's own dictionaries).
std::optional<dict::Dictionaries> load_dictionaries_or_report(const dict::DictionaryPaths& paths,
                                                              dict::DialectChoice dialect, Problems& problems,
                                                              bool warnings);

// What coding needs loaded: the syntax models and CAMEO tables, and the
// dictionaries compiled for matching. Dictionaries are read first, so a
// broken one stops the run before the models load; problems are printed and
// nullptr returned.
struct CodingSetup {
  Models models;
  dict::Lexicon lexicon;
};
std::unique_ptr<CodingSetup> load_coding_or_report(const DictArgs& args, Problems& problems);
std::unique_ptr<CodingSetup> load_coding_or_report(const dict::DictionaryPaths& paths,
                                                   dict::DialectChoice dialect, Problems& problems);

}  // namespace dyad::cli
