// dyad eval coding: event coding against a validation suite (PETRARCH 2 unit
// tests, UniversalPetrarch's validation records, the PETRARCH 2 GSR set),
// from the records' raw text, with the suite's own dictionaries unless
// others are named.
#include <chrono>
#include <cstdio>
#include <memory>

#include "cli/common.h"
#include "cli/dict_options.h"
#include "coding/validation.h"
#include "dict/matcher.h"

namespace dyad::cli {
namespace {

struct EvalCodingArgs {
  std::string records;
  DictArgs dict;
  bool no_misses = false;
  bool all = false;
};

// The record's text on one line, as the suites hard-wrap it.
std::string one_line(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::string list(const std::vector<coding::CodedTriple>& ts) {
  if (ts.empty()) return "(none)";
  std::string s;
  for (const auto& t : ts) s += (s.empty() ? "" : "; ") + t.text();
  return s;
}

int run_eval_coding(const EvalCodingArgs& args) {
  Problems problems;
  std::vector<std::string> notes;
  auto set = coding::read_validation(args.records, notes);
  for (const std::string& n : notes) problems.warn(n);
  if (!set.ok()) {
    problems.report(set.status());
    return kExitInput;
  }
  // The suite's own dictionaries, each replaced by one named on the command
  // line. Kinds named by neither are not used (no bundled fallback: a suite
  // is measured with what it was written for).
  // Records with no <Environment> at all (dyad's own test sentences) are
  // coded with the bundled set, as `dyad code` would.
  dict::DictionaryPaths paths = set->dictionaries;
  if (paths.empty()) {
    auto bundled = dictionary_paths(args.dict);
    if (!bundled.ok()) {
      problems.report(bundled.status());
      return kExitInput;
    }
    paths = *bundled;
  }
  if (!args.dict.verbs.empty()) paths.verbs = args.dict.verbs;
  if (!args.dict.actors.empty()) paths.actors = args.dict.actors;
  if (!args.dict.agents.empty()) paths.agents = args.dict.agents;
  if (!args.dict.discards.empty()) paths.discards = args.dict.discards;
  if (!args.dict.issues.empty()) paths.issues = args.dict.issues;
  if (paths.verbs.empty() || paths.actors.empty()) {
    problems.report(Status::Usage(
        args.records + ": the records name no verb or actor dictionary; give --verbs and --actors"));
    return kExitUsage;
  }
  auto setup = load_coding_or_report(paths, dialect_choice(args.dict), problems);
  if (!setup) return kExitInput;
  const Pipeline pipeline(setup->models);
  using Clock = std::chrono::steady_clock;
  const auto t0 = Clock::now();
  const coding::CodingScore s = coding::evaluate(*set, pipeline, setup->lexicon, &*setup->models.ontology);
  const double secs = std::chrono::duration<double>(Clock::now() - t0).count();

  if (!args.no_misses) {
    for (const coding::RecordOutcome& o : s.outcomes) {
      if (o.exact && !args.all) continue;
      std::printf("%s %s [%s]\n  text:     %s\n  expected: %s\n  dyad:     %s\n", o.exact ? "ok  " : "MISS",
                  o.record->id.c_str(), o.record->category.c_str(), one_line(o.record->text).c_str(),
                  list(o.record->expected).c_str(), list(o.got).c_str());
    }
    std::printf("\n");
  }
  std::printf("%-12s %8s %8s %8s\n", "category", "records", "exact", "rate");
  for (const auto& [name, c] : s.categories)
    std::printf("%-12s %8zu %8zu %7.1f%%\n", name.empty() ? "(none)" : name.c_str(), c.records, c.exact,
                c.records ? 100.0 * double(c.exact) / double(c.records) : 0.0);
  std::printf(
      "records %zu scored (%zu not: evaluate=\"false\", outside <Include>, or error tests)\n"
      "sentences exactly right %zu/%zu = %.2f%%\n"
      "events: expected %zu  coded %zu  correct %zu  precision %.2f%%  recall %.2f%%\n",
      s.records, s.skipped, s.exact, s.records, 100 * s.exact_rate(), s.expected, s.produced, s.correct,
      100 * s.precision(), 100 * s.recall());
  std::fprintf(stderr, "dyad: %zu records coded from raw text in %.2fs\n", s.records, secs);
  return problems.exit_code();
}

}  // namespace

std::function<int()> add_eval_coding(CLI::App& eval, CLI::App*& cmd) {
  auto args = std::make_shared<EvalCodingArgs>();
  cmd = eval.add_subcommand(
      "coding",
      "Event coding against validation records (PETRARCH/UniversalPetrarch XML), from raw "
      "text; lists every record not coded exactly");
  cmd->add_option("records", args->records, "Validation records (XML)")->required();
  add_dictionary_options(*cmd, args->dict);
  cmd->add_flag("--no-misses", args->no_misses, "Print only the summary");
  cmd->add_flag("--all", args->all, "List every record, not only the misses");
  return [args]() { return run_eval_coding(*args); };
}

}  // namespace dyad::cli
