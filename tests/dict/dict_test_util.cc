#include "dict/dict_test_util.h"

namespace dyad::dict::testing {
namespace {

std::vector<std::string> problems(const Dictionaries& d, Diagnostic::Severity s) {
  std::vector<std::string> out;
  for (const Diagnostic& x : d.diagnostics)
    if (x.severity == s) out.push_back(std::to_string(x.line) + ": " + x.message);
  return out;
}

}  // namespace

Dictionaries read_text(std::string_view text, FileKind kind, Dialect dialect, const std::string& name) {
  Dictionaries d;
  read_dictionary_text(text, name, kind, dialect, d);
  return d;
}

std::vector<std::string> errors(const Dictionaries& d) { return problems(d, Diagnostic::Severity::kError); }
std::vector<std::string> warnings(const Dictionaries& d) {
  return problems(d, Diagnostic::Severity::kWarning);
}

std::vector<std::string> texts(const std::vector<Phrase>& phrases) {
  std::vector<std::string> out;
  for (const Phrase& p : phrases) out.push_back(p.text());
  return out;
}

DictionaryPaths phoenix_paths(const std::string& shared) {
  const std::string dir = shared + "/dictionaries/phoenix/";
  DictionaryPaths paths;
  paths.verbs = dir + "CAMEO.2.0.txt";
  paths.actors = {dir + "Phoenix.Countries.actors.txt", dir + "Phoenix.International.actors.txt",
                  dir + "Phoenix.MilNonState.actors.txt"};
  paths.agents = dir + "Phoenix.agents.txt";
  paths.discards = dir + "Phoenix.discards.txt";
  paths.issues = dir + "Phoenix.IssueCoding.txt";
  return paths;
}

}  // namespace dyad::dict::testing
