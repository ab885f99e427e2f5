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

}  // namespace dyad::dict::testing
