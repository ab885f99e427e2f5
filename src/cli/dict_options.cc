#include "cli/dict_options.h"

#include <cstdio>
#include <fstream>

#include "core/data_dir.h"

namespace dyad::cli {
namespace {

constexpr int kDictionaryFormat = 1;

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
  if (version > kDictionaryFormat)
    return Status::Invalid(path + ":1: dictionary format " + std::to_string(version) +
                           " is newer than this dyad reads (" + std::to_string(kDictionaryFormat) +
                           "); upgrade dyad");
  return Status::Ok();
}

}  // namespace

void add_dictionary_options(CLI::App& cmd, DictArgs& args) {
  cmd.add_option("--verbs", args.verbs,
                 "Verb dictionary (PETRARCH or TABARI format); default: dyad's bundled one")
      ->check(CLI::ExistingFile)
      ->group("Dictionaries");
  cmd.add_option("--actors", args.actors, "Actor dictionary; repeat for several files")
      ->check(CLI::ExistingFile)
      ->group("Dictionaries");
  cmd.add_option("--agents", args.agents, "Agent dictionary")
      ->check(CLI::ExistingFile)
      ->group("Dictionaries");
  cmd.add_option("--discards", args.discards, "Discard list")
      ->check(CLI::ExistingFile)
      ->group("Dictionaries");
  cmd.add_option("--issues", args.issues, "Issue list")->check(CLI::ExistingFile)->group("Dictionaries");
  cmd.add_option("--dialect", args.dialect,
                 "auto (default: guessed per file), petrarch, or tabari (words not ending in _ are stems)")
      ->check(CLI::IsMember({"auto", "petrarch", "tabari"}))
      ->group("Dictionaries");
}

Result<dict::DictionaryPaths> dictionary_paths(const DictArgs& args) {
  dict::DictionaryPaths paths;
  paths.verbs = args.verbs;
  paths.actors = args.actors;
  paths.agents = args.agents;
  paths.discards = args.discards;
  paths.issues = args.issues;
  bool need_bundled = paths.verbs.empty() || paths.actors.empty() || paths.agents.empty() ||
                      paths.discards.empty() || paths.issues.empty();
  if (!need_bundled) return paths;
  auto dir = find_data_dir();
  if (!dir.ok()) return dir.status();
  auto bundled = [&](std::string& path, const char* kind) -> Status {
    if (!path.empty()) return Status::Ok();
    path = *dir + "/dict/dyad." + kind + ".txt";
    return check_bundled(path, kind);
  };
  Status s = bundled(paths.verbs, "verbs");
  if (s.ok() && paths.actors.empty()) {
    std::string a;
    s = bundled(a, "actors");
    paths.actors.push_back(a);
  }
  if (s.ok()) s = bundled(paths.agents, "agents");
  if (s.ok()) s = bundled(paths.discards, "discards");
  if (s.ok()) s = bundled(paths.issues, "issues");
  if (!s.ok()) return s;
  return paths;
}

dict::DialectChoice dialect_choice(const DictArgs& args) {
  return args.dialect == "petrarch" ? dict::DialectChoice::kPetrarch
         : args.dialect == "tabari" ? dict::DialectChoice::kTabari
                                    : dict::DialectChoice::kAuto;
}

void print_diagnostics(const dict::Dictionaries& d, bool warnings) {
  for (const dict::Diagnostic& x : d.diagnostics) {
    if (x.severity == dict::Diagnostic::Severity::kWarning && !warnings) continue;
    std::fprintf(stderr, "%s\n", x.format().c_str());
  }
}

std::optional<dict::Dictionaries> load_dictionaries_or_report(const dict::DictionaryPaths& paths,
                                                              dict::DialectChoice dialect, Problems& problems,
                                                              bool warnings) {
  auto dicts = dict::load_dictionaries(paths, dialect);
  if (!dicts.ok()) {
    problems.report(dicts.status());
    return std::nullopt;
  }
  print_diagnostics(*dicts, warnings);
  size_t errors = dicts->error_count();
  if (errors > 0) {
    problems.report(
        Status::Invalid("dictionaries: " + std::to_string(errors) + " error" + (errors == 1 ? "" : "s")));
    return std::nullopt;
  }
  if (!warnings && dicts->warning_count() > 0)
    problems.warn("dictionaries: " + std::to_string(dicts->warning_count()) +
                  " warnings (dyad dict check lists them)");
  return std::move(dicts).value();
}

std::optional<dict::Dictionaries> load_dictionaries_or_report(const DictArgs& args, Problems& problems,
                                                              bool warnings) {
  auto paths = dictionary_paths(args);
  if (!paths.ok()) {
    problems.report(paths.status());
    return std::nullopt;
  }
  return load_dictionaries_or_report(*paths, dialect_choice(args), problems, warnings);
}

std::unique_ptr<CodingSetup> load_coding_or_report(const dict::DictionaryPaths& paths,
                                                   dict::DialectChoice dialect, Problems& problems) {
  // Dictionaries are read before the models so that a broken one stops the
  // run at once, with every problem named.
  auto dicts = load_dictionaries_or_report(paths, dialect, problems, false);
  if (!dicts) return nullptr;
  auto models = load_models_or_report(problems, ModelNeeds{.syntax = true, .ontology = true});
  if (!models) return nullptr;
  auto lexicon = dict::Lexicon::compile(std::move(*dicts), models->text);
  if (!lexicon.ok()) {
    problems.report(lexicon.status());
    return nullptr;
  }
  return std::make_unique<CodingSetup>(CodingSetup{std::move(*models), std::move(lexicon).value()});
}

std::unique_ptr<CodingSetup> load_coding_or_report(const DictArgs& args, Problems& problems) {
  auto paths = dictionary_paths(args);
  if (!paths.ok()) {
    problems.report(paths.status());
    return nullptr;
  }
  return load_coding_or_report(*paths, dialect_choice(args), problems);
}

}  // namespace dyad::cli
