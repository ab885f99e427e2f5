#include "dict/load.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <unordered_map>

#include "core/file.h"
#include "dict/source.h"

namespace dyad::dict {

const char* file_kind_name(FileKind kind) {
  switch (kind) {
    case FileKind::kVerbs:
      return "verbs";
    case FileKind::kActors:
      return "actors";
    case FileKind::kAgents:
      return "agents";
    case FileKind::kDiscards:
      return "discards";
    case FileKind::kIssues:
      return "issues";
  }
  return "?";
}

Dialect detect_dialect(std::string_view content, FileKind kind) {
  // Which character starts comments: TABARI files use ';', PETRARCH ones '#'.
  size_t semis = 0, hashes = 0;
  bool blocks = false, sections = false;
  size_t pos = 0;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    std::string_view line =
        content.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? content.size() : nl + 1;
    int depth = 0;
    for (char c : line) {
      if (c == '[') ++depth;
      if (c == ']' && depth > 0) --depth;
      if (depth == 0 && (c == '#' || c == ';')) {
        (c == '#' ? hashes : semis)++;
        break;
      }
    }
    if (line.starts_with("---")) blocks = true;
    if (line.starts_with("<SYNSETS>") || line.starts_with("<TIME>") || line.starts_with("<NOUN>"))
      sections = true;
  }
  if (kind == FileKind::kVerbs) {
    if (sections) return Dialect::kTabari;
    if (blocks) return Dialect::kPetrarch;
  }
  return semis > hashes ? Dialect::kTabari : Dialect::kPetrarch;
}

namespace {

std::string codes_signature(const Actor& a) {
  std::string s = a.code;
  for (const DatedCode& d : a.dated)
    s += "|" + d.code + "@" + std::to_string(d.first) + ":" + std::to_string(d.last);
  return s;
}

std::string where(const Dictionaries& d, SourceLine at) {
  return d.files[at.file] + ":" + std::to_string(at.line);
}

void warn(Dictionaries& d, SourceLine at, std::string message) {
  d.diagnostics.push_back({Diagnostic::Severity::kWarning, d.files[at.file], at.line, std::move(message)});
}

// The same phrase with different codes in two entries: the coder cannot know
// which one the user meant, so say where both are.
void check_duplicates(Dictionaries& d) {
  std::unordered_map<std::string, uint32_t> seen;
  std::vector<std::string> signatures(d.actors.size());
  for (uint32_t i = 0; i < d.actors.size(); ++i) signatures[i] = codes_signature(d.actors[i]);
  for (uint32_t i = 0; i < d.actors.size(); ++i) {
    const Actor& a = d.actors[i];
    for (const Phrase& p : a.phrases) {
      auto [it, fresh] = seen.emplace(p.text(), i);
      if (fresh || it->second == i) continue;
      const Actor& first = d.actors[it->second];
      if (signatures[it->second] == signatures[i]) continue;
      warn(d, a.where,
           "actor '" + p.text() + "' [" + (a.code.empty() ? "dated codes" : a.code) +
               "] is also an actor at " + where(d, first.where) + " [" +
               (first.code.empty() ? "dated codes" : first.code) + "] with other codes");
    }
  }
  seen.clear();
  for (uint32_t i = 0; i < d.agents.size(); ++i) {
    const Agent& a = d.agents[i];
    for (const Phrase& p : a.forms) {
      auto [it, fresh] = seen.emplace(p.text(), i);
      if (fresh || it->second == i) continue;
      const Agent& first = d.agents[it->second];
      if (first.code == a.code && first.before_actor == a.before_actor) continue;
      warn(d, a.where,
           "agent '" + p.text() + "' [" + a.code + "] is also an agent at " + where(d, first.where) + " [" +
               first.code + "]");
    }
  }
}

}  // namespace

void read_dictionary_text(std::string_view content, const std::string& path, FileKind kind, Dialect dialect,
                          Dictionaries& out) {
  uint32_t file = add_file(out, path, dialect);
  switch (kind) {
    case FileKind::kVerbs:
      read_verbs(content, file, out);
      break;
    case FileKind::kActors:
      read_actors(content, file, out);
      break;
    case FileKind::kAgents:
      read_agents(content, file, out);
      break;
    case FileKind::kDiscards:
      read_discards(content, file, out);
      break;
    case FileKind::kIssues:
      read_issues(content, file, out);
      break;
  }
}

namespace {

constexpr int kBundledFormat = 1;

// Checks the "# dyad-dictionary <kind> <N>" line of a bundled file.
Status check_bundled(const std::string& path, const char* kind) {
  std::ifstream in(path);
  std::string first;
  if (!in || !std::getline(in, first))
    return Status::Io(path + ": cannot read the bundled " + kind + " dictionary");
  const std::string prefix = std::string("# dyad-dictionary ") + kind + " ";
  if (first.rfind(prefix, 0) != 0)
    return Status::Invalid(path + ":1: expected '" + prefix + "<version>' on the first line");
  int version = std::atoi(first.c_str() + prefix.size());
  if (version < 1) return Status::Invalid(path + ":1: bad dictionary format version");
  if (version > kBundledFormat)
    return Status::Invalid(path + ":1: dictionary format " + std::to_string(version) +
                           " is newer than this dyad reads (" + std::to_string(kBundledFormat) +
                           "); upgrade dyad");
  return Status::Ok();
}

}  // namespace

Result<DictionaryPaths> bundled_dictionary_paths(const std::string& dict_dir) {
  DictionaryPaths paths;
  auto one = [&](std::string& path, const char* kind) -> Status {
    path = dict_dir + "/dyad." + kind + ".txt";
    return check_bundled(path, kind);
  };
  std::string actors;
  for (Status s : {one(paths.verbs, "verbs"), one(actors, "actors"), one(paths.agents, "agents"),
                   one(paths.discards, "discards"), one(paths.issues, "issues")})
    if (!s.ok()) return s;
  paths.actors.push_back(actors);
  std::vector<std::string> parts;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dict_dir, ec)) {
    const std::string name = e.path().filename().string();
    if (name.starts_with("dyad.actors.") && name.ends_with(".txt") && name != "dyad.actors.txt")
      parts.push_back(e.path().string());
  }
  std::sort(parts.begin(), parts.end());
  for (const std::string& part : parts) {
    if (Status s = check_bundled(part, "actors"); !s.ok()) return s;
    paths.actors.push_back(part);
  }
  return paths;
}

Result<Dictionaries> load_dictionaries(const DictionaryPaths& paths, DialectChoice choice) {
  Dictionaries out;
  auto load = [&](const std::string& path, FileKind kind) -> Status {
    if (path.empty()) return Status::Ok();
    Result<std::string> text = read_whole_file(path, std::string(file_kind_name(kind)) + " dictionary");
    if (!text.ok()) return text.status();
    Dialect dialect = choice == DialectChoice::kPetrarch ? Dialect::kPetrarch
                      : choice == DialectChoice::kTabari ? Dialect::kTabari
                                                         : detect_dialect(*text, kind);
    read_dictionary_text(*text, path, kind, dialect, out);
    return Status::Ok();
  };
  Status s = load(paths.verbs, FileKind::kVerbs);
  for (const std::string& a : paths.actors)
    if (s.ok()) s = load(a, FileKind::kActors);
  if (s.ok()) s = load(paths.agents, FileKind::kAgents);
  if (s.ok()) s = load(paths.discards, FileKind::kDiscards);
  if (s.ok()) s = load(paths.issues, FileKind::kIssues);
  if (!s.ok()) return s;
  check_duplicates(out);
  return out;
}

DictionaryStats stats(const Dictionaries& d) {
  DictionaryStats s;
  s.actors = d.actors.size();
  for (const Actor& a : d.actors) {
    s.actor_phrases += a.phrases.size();
    s.dated_codes += a.dated.size();
  }
  s.agents = d.agents.size();
  for (const Agent& a : d.agents) {
    s.agent_forms += a.forms.size();
    s.generated_forms += a.forms.size() - std::min<size_t>(a.written, a.forms.size());
  }
  s.verb_blocks = d.verbs.blocks.size();
  s.verbs = d.verbs.verbs.size();
  for (const Verb& v : d.verbs.verbs) {
    s.verb_forms += v.forms.size();
    for (const VerbForm& f : v.forms) s.generated_verb_forms += f.generated;
  }
  s.generated_forms += s.generated_verb_forms;
  s.patterns = d.verbs.patterns.size();
  s.synsets = d.verbs.synsets.size();
  for (const Synset& syn : d.verbs.synsets) {
    s.synset_members += syn.members.size();
    s.generated_forms += syn.members.size() - std::min<size_t>(syn.written, syn.members.size());
  }
  s.transformations = d.verbs.transformations.size();
  s.discards = d.discards.size();
  s.issues = d.issues.size();
  for (const Issue& i : d.issues) {
    s.issue_forms += i.forms.size();
    s.generated_forms += i.forms.size() - 1;
  }
  return s;
}

}  // namespace dyad::dict
