#include "cli/dict_options.h"

#include <cstdio>

#include "core/data_dir.h"

namespace dyad::cli {

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
  auto bundled = dict::bundled_dictionary_paths(*dir + "/dict");
  if (!bundled.ok()) return bundled.status();
  if (paths.verbs.empty()) paths.verbs = bundled->verbs;
  if (paths.actors.empty()) paths.actors = bundled->actors;
  if (paths.agents.empty()) paths.agents = bundled->agents;
  if (paths.discards.empty()) paths.discards = bundled->discards;
  if (paths.issues.empty()) paths.issues = bundled->issues;
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
