// dyad dict: checking dictionaries like a compiler.
//
//   dyad dict check [--verbs F] [--actors F]... [--agents F] [--discards F] [--issues F]
//     Prints every problem as "FILE:LINE: error|warning: message" on stderr
//     and the counts on stdout (or one JSON object with --format json); exit
//     status 1 when there is any error.
//   dyad dict match [dictionary options] STORIES...
//     One JSONL record per sentence with every dictionary phrase found in it
//     and the code it carries on the story's date: what the coder will choose
//     from, for checking a dictionary against real text.
//   dyad dict countries [--iso-codes DIR] [--table F] [-o F]
//     Builds the country actor dictionary from Debian's iso-codes and dyad's
//     table of how news names countries (src/dict/countries.h).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>

#include "cli/dict_options.h"
#include "core/data_dir.h"
#include "core/file.h"
#include "dict/countries.h"
#include "dict/matcher.h"
#include "output/json.h"

namespace dyad::cli {
namespace {

struct CheckArgs {
  DictArgs dict;
  std::string format = "text";
  bool no_warnings = false;
};

// 1234567 -> "1,234,567". (Built forwards: GCC 12 warns falsely on insert().)
std::string num(size_t n) {
  const std::string digits = std::to_string(n);
  std::string s;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) s.push_back(',');
    s.push_back(digits[i]);
  }
  return s;
}

int run_check(const CheckArgs& args) {
  Problems problems;
  auto paths = dictionary_paths(args.dict);
  if (!paths.ok()) {
    problems.report(paths.status());
    return kExitInput;
  }
  auto t0 = std::chrono::steady_clock::now();
  auto dicts = dict::load_dictionaries(*paths, dialect_choice(args.dict));
  auto t1 = std::chrono::steady_clock::now();
  if (!dicts.ok()) {
    problems.report(dicts.status());
    return kExitInput;
  }
  const double load_ms = std::chrono::duration<double, std::milli>(t1 - t0).count();
  print_diagnostics(*dicts, !args.no_warnings);
  const dict::DictionaryStats s = dict::stats(*dicts);
  const size_t errors = dicts->error_count(), warnings = dicts->warning_count();
  std::vector<std::string> files = dicts->files;
  std::vector<dict::Dialect> dialects = dicts->dialects;
  // Compiling shows what matching will hold in memory and how long it takes to start.
  std::optional<dict::LexiconStats> compiled;
  double compile_ms = 0;
  if (errors == 0) {
    auto models = load_models_or_report(problems);
    if (!models) return kExitInput;
    auto t2 = std::chrono::steady_clock::now();
    auto lexicon = dict::Lexicon::compile(std::move(*dicts), models->text);
    compile_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t2).count();
    if (!lexicon.ok()) {
      problems.report(lexicon.status());
      return kExitInput;
    }
    compiled = lexicon->stats();
  }
  Out out;
  if (args.format == "json") {
    nlohmann::ordered_json j;
    nlohmann::ordered_json file_list = nlohmann::ordered_json::array();
    for (size_t i = 0; i < files.size(); ++i)
      file_list.push_back(
          {{"path", files[i]}, {"dialect", dialects[i] == dict::Dialect::kTabari ? "tabari" : "petrarch"}});
    j["files"] = file_list;
    j["actors"] = {{"entries", s.actors}, {"phrases", s.actor_phrases}, {"dated_codes", s.dated_codes}};
    j["agents"] = {{"entries", s.agents}, {"forms", s.agent_forms}};
    j["verbs"] = {{"blocks", s.verb_blocks},
                  {"verbs", s.verbs},
                  {"forms", s.verb_forms},
                  {"generated_forms", s.generated_verb_forms},
                  {"patterns", s.patterns},
                  {"synsets", s.synsets},
                  {"synset_members", s.synset_members},
                  {"transformations", s.transformations}};
    j["discards"] = s.discards;
    j["issues"] = {{"entries", s.issues}, {"forms", s.issue_forms}};
    j["generated_forms"] = s.generated_forms;
    j["load_ms"] = load_ms;
    if (compiled) {
      j["compiled"] = {{"words", compiled->words}, {"stems", compiled->stems},
                       {"nodes", compiled->nodes}, {"edges", compiled->edges},
                       {"bytes", compiled->bytes}, {"max_depth", compiled->max_depth},
                       {"compile_ms", compile_ms}};
    }
    j["errors"] = errors;
    j["warnings"] = warnings;
    out.line(j.dump());
  } else {
    for (size_t i = 0; i < files.size(); ++i)
      out.line("read " + files[i] + (dialects[i] == dict::Dialect::kTabari ? " (TABARI dialect)" : ""));
    out.line("actors    " + num(s.actors) + " entries, " + num(s.actor_phrases) + " phrases, " +
             num(s.dated_codes) + " dated codes");
    out.line("agents    " + num(s.agents) + " entries, " + num(s.agent_forms) + " forms");
    out.line("verbs     " + num(s.verb_blocks) + " blocks, " + num(s.verbs) + " verbs, " + num(s.verb_forms) +
             " forms (" + num(s.generated_verb_forms) + " generated), " + num(s.patterns) + " patterns, " +
             num(s.synsets) + " synsets (" + num(s.synset_members) + " members), " + num(s.transformations) +
             " transformations");
    out.line("discards  " + num(s.discards));
    out.line("issues    " + num(s.issues) + " entries, " + num(s.issue_forms) + " forms");
    out.line("generated " + num(s.generated_forms) + " forms (plurals, verb endings, substitutions)");
    char ms[32];
    std::snprintf(ms, sizeof ms, "%.0f", load_ms);
    if (compiled) {
      char cms[32], mb[32];
      std::snprintf(cms, sizeof cms, "%.0f", compile_ms);
      std::snprintf(mb, sizeof mb, "%.1f", static_cast<double>(compiled->bytes) / (1 << 20));
      out.line("compiled  " + num(compiled->words) + " words, " + num(compiled->nodes) + " trie nodes, " +
               std::string(mb) + " MB, in " + std::string(cms) + " ms");
    }
    out.line("loaded in " + std::string(ms) + " ms: " + num(errors) +
             (errors == 1 ? " error, " : " errors, ") + num(warnings) +
             (warnings == 1 ? " warning" : " warnings"));
  }
  return errors > 0 ? kExitInput : kExitOk;
}

struct MatchArgs {
  InputArgs in;
  DictArgs dict;
  bool longest = false;
  bool all_sentences = false;
};

int run_match(const MatchArgs& args) {
  Problems problems;
  auto models = load_models_or_report(problems);
  if (!models) return kExitInput;
  auto dicts = load_dictionaries_or_report(args.dict, problems, false);
  if (!dicts) return kExitInput;
  auto lexicon = dict::Lexicon::compile(std::move(*dicts), models->text);
  if (!lexicon.ok()) {
    problems.report(lexicon.status());
    return kExitInput;
  }
  const dict::Dictionaries& d = lexicon->dictionaries();
  auto where = [&](dict::SourceLine at) { return d.files[at.file] + ":" + std::to_string(at.line); };
  auto entry_where = [&](const dict::Match& m) -> std::string {
    switch (m.kind) {
      case dict::MatchKind::kActor:
        return where(d.actors[m.entry].where);
      case dict::MatchKind::kAgent:
        return where(d.agents[m.entry].where);
      case dict::MatchKind::kVerb:
        return where(d.verbs.verbs[m.entry].where);
      case dict::MatchKind::kSynset:
        return where(d.verbs.synsets[m.entry].where);
      case dict::MatchKind::kDiscard:
        return where(d.discards[m.entry].where);
      case dict::MatchKind::kIssue:
        return where(d.issues[m.entry].where);
    }
    return {};
  };
  dict::MatchScratch scratch;
  std::vector<dict::Match> matches, chosen;
  return run_over_stories(args.in, *models, problems, [&](Story& story, Out& out) {
    for (size_t i = 0; i < story.sentences.size(); ++i) {
      const Sentence& s = story.sentences[i];
      matches.clear();
      lexicon->match(story, s, scratch, matches);
      if (args.longest) {
        chosen.clear();
        for (size_t k = 0; k < dict::kMatchKinds; ++k) {
          auto best = dict::longest_non_overlapping(matches, static_cast<dict::MatchKind>(k));
          chosen.insert(chosen.end(), best.begin(), best.end());
        }
        std::stable_sort(chosen.begin(), chosen.end(), [](const dict::Match& a, const dict::Match& b) {
          return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
        });
        matches.swap(chosen);
      }
      if (matches.empty() && !args.all_sentences) continue;
      nlohmann::ordered_json j;
      j["story"] = story.id;
      j["sentence"] = i;
      j["date"] = story.date.known() ? nlohmann::ordered_json(story.date.iso()) : nlohmann::ordered_json();
      j["text"] = display_text(story, s.span);
      nlohmann::ordered_json list = nlohmann::ordered_json::array();
      for (const dict::Match& m : matches) {
        const Token& first = story.tokens[m.begin];
        const Token& last = story.tokens[m.end - 1];
        list.push_back({{"kind", dict::match_kind_name(m.kind)},
                        {"text", display_text(story, Span{first.start, last.end})},
                        {"code", m.code.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(m.code)},
                        {"start", first.start},
                        {"end", last.end},
                        {"entry", entry_where(m)}});
      }
      j["matches"] = std::move(list);
      out.line(to_line(j));
    }
  });
}

struct CountriesArgs {
  std::string iso_codes = "/usr/share/iso-codes/json";
  std::string table;  // default: the bundled data/dict/countries.tsv
  std::string output;
};

int run_countries(const CountriesArgs& args) {
  Problems problems;
  std::string table = args.table;
  if (table.empty()) {
    auto dir = find_data_dir();
    if (!dir.ok()) {
      problems.report(dir.status());
      return kExitInput;
    }
    table = *dir + "/dict/countries.tsv";
  }
  auto iso1 = read_whole_file(args.iso_codes + "/iso_3166-1.json", "ISO 3166-1 list (install iso-codes)");
  auto iso3 = read_whole_file(args.iso_codes + "/iso_3166-3.json", "ISO 3166-3 list (install iso-codes)");
  auto rows = read_whole_file(table, "country table");
  for (const Status* s : {&iso1.status(), &iso3.status(), &rows.status()})
    if (!s->ok()) {
      problems.report(*s);
      return kExitInput;
    }
  dict::CountryStats stats;
  auto text = dict::build_country_actors({*iso1, *iso3, *rows, table}, &stats);
  if (!text.ok()) {
    problems.report(text.status());
    return kExitInput;
  }
  if (!args.output.empty()) {
    if (Status s = write_whole_file(args.output, *text); !s.ok()) {
      problems.report(s);
      return kExitInput;
    }
  } else {
    Out out;
    out.raw(*text);
  }
  std::fprintf(stderr,
               "countries: %zu ISO 3166-1 countries (%zu with a row in %s), %zu others, %zu phrases\n",
               stats.countries, stats.with_row, table.c_str(), stats.other, stats.phrases);
  return kExitOk;
}

}  // namespace

Command add_dict(CLI::App& app) {
  CLI::App* cmd =
      app.add_subcommand("dict", "Check and try dictionaries (actors, agents, verbs, discards, issues)");
  cmd->require_subcommand(1);
  auto check = std::make_shared<CheckArgs>();
  CLI::App* c =
      cmd->add_subcommand("check", "Read dictionaries, report every problem as FILE:LINE, print counts");
  add_dictionary_options(*c, check->dict);
  c->add_option("--format", check->format, "text (default) or json")->check(CLI::IsMember({"text", "json"}));
  c->add_flag("--no-warnings", check->no_warnings, "Print errors only");
  auto match = std::make_shared<MatchArgs>();
  CLI::App* m = cmd->add_subcommand(
      "match",
      "Show every dictionary phrase found in each sentence, with its code on the story's date (JSONL)");
  add_input_options(*m, match->in);
  add_dictionary_options(*m, match->dict);
  m->add_flag("--longest", match->longest, "Keep only the leftmost-longest phrases of each kind");
  m->add_flag("--all", match->all_sentences, "Also print sentences with no match");
  auto countries = std::make_shared<CountriesArgs>();
  CLI::App* k = cmd->add_subcommand(
      "countries",
      "Build the country actor dictionary from ISO 3166 (Debian's iso-codes) and dyad's country table");
  k->add_option("--iso-codes", countries->iso_codes, "Folder with iso_3166-1.json and iso_3166-3.json")
      ->capture_default_str();
  k->add_option("--table", countries->table, "Country table (default: the bundled data/dict/countries.tsv)");
  k->add_option("-o,--output", countries->output, "Write here instead of standard output");
  return {cmd, [check, c, match, m, countries, k]() {
            if (c->parsed()) return run_check(*check);
            if (m->parsed()) return run_match(*match);
            if (k->parsed()) return run_countries(*countries);
            return kExitUsage;
          }};
}

}  // namespace dyad::cli
