// Loading dictionaries: file paths in, one Dictionaries value out.
//
// Each reader takes a file's whole text and appends its entries and its
// problems (Dictionaries::diagnostics, each naming FILE:LINE) to `out`; a
// problem never stops the reading, so one run reports them all, like a
// compiler. Only a file that cannot be read at all fails the load.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "dict/dictionary.h"

namespace dyad::dict {

enum class FileKind : uint8_t { kVerbs, kActors, kAgents, kDiscards, kIssues };
const char* file_kind_name(FileKind kind);

struct DictionaryPaths {
  std::string verbs;
  std::vector<std::string> actors;
  std::string agents;
  std::string discards;
  std::string issues;
  bool empty() const {
    return verbs.empty() && actors.empty() && agents.empty() && discards.empty() && issues.empty();
  }
};

enum class DialectChoice : uint8_t { kAuto, kPetrarch, kTabari };

// Guesses the dialect of a file from its text: TABARI files use ';' comments
// and, for verbs, <SYNSETS>-style sections and no "--- NAME ---" blocks.
Dialect detect_dialect(std::string_view content, FileKind kind);

// dyad's bundled set in `dict_dir` (data/dict): dyad.<kind>.txt for each
// kind, and for actors also every dyad.actors.<part>.txt (countries, leaders,
// ...) in name order. Each file's first line must be "# dyad-dictionary
// <kind> <N>" with N a format this dyad reads.
Result<DictionaryPaths> bundled_dictionary_paths(const std::string& dict_dir);

// Reads every named file (empty paths are skipped).
Result<Dictionaries> load_dictionaries(const DictionaryPaths& paths,
                                       DialectChoice dialect = DialectChoice::kAuto);

// Adds one file's text to `out` under the name `path` (used by
// load_dictionaries and by tests that read text directly).
void read_dictionary_text(std::string_view content, const std::string& path, FileKind kind, Dialect dialect,
                          Dictionaries& out);

// The readers, one per kind; `file` indexes out.files, whose dialect is
// out.dialects[file].
void read_actors(std::string_view content, uint32_t file, Dictionaries& out);
void read_agents(std::string_view content, uint32_t file, Dictionaries& out);
void read_verbs(std::string_view content, uint32_t file, Dictionaries& out);
void read_discards(std::string_view content, uint32_t file, Dictionaries& out);
void read_issues(std::string_view content, uint32_t file, Dictionaries& out);

// Counts for `dyad dict check`.
struct DictionaryStats {
  size_t actors = 0, actor_phrases = 0, dated_codes = 0;
  size_t agents = 0, agent_forms = 0;
  size_t verb_blocks = 0, verbs = 0, verb_forms = 0, generated_verb_forms = 0;
  size_t patterns = 0, synsets = 0, synset_members = 0, transformations = 0;
  size_t discards = 0, issues = 0, issue_forms = 0;
  size_t generated_forms = 0;  // plurals, verb endings and substitutions dyad made
};
DictionaryStats stats(const Dictionaries& d);

}  // namespace dyad::dict
