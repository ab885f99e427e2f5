// dyad code: stories in, event records out (README.md, "The event record").
//
// Runs every stage: text, syntax, then the coder (coding/coder.h) with the
// dictionaries named on the command line or dyad's bundled set.
#include <memory>
#include <vector>

#include "cli/common.h"
#include "cli/dict_options.h"
#include "coding/coder.h"
#include "dict/matcher.h"
#include "output/json.h"

namespace dyad::cli {
namespace {

struct Args {
  InputArgs in;
  DictArgs dict;
  std::string format = "jsonl";
  unsigned threads = 1;
  bool monadic = false;
  bool reported_statements = false;
  std::string ontology = "cameo";
};

std::string text_line(const Story& s, const Event& e) {
  std::string line = s.id + "\t" + std::to_string(e.sentence) + "\t" + e.source + "\t" +
                     (e.target.empty() ? "---" : e.target) + "\t" + e.code + "\t";
  const auto piece = [&](const Span& sp) {
    return sp.empty() ? std::string() : s.text.substr(sp.start, sp.size());
  };
  line += piece(e.source_span) + " | " + piece(e.verb_span) + " | " + piece(e.target_span);
  return line;
}

}  // namespace

Command add_code(CLI::App& app) {
  auto args = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand("code", "Code events (who did what to whom) as JSONL event records");
  add_input_options(*cmd, args->in);
  add_dictionary_options(*cmd, args->dict);
  cmd->add_option("--format", args->format,
                  "jsonl (default) or text (a line per event: story, sentence, source, target, code, and "
                  "the words behind them)")
      ->check(CLI::IsMember({"jsonl", "text"}));
  cmd->add_option("--threads", args->threads,
                  "Worker threads (0 = one per core); the output is the same for any number")
      ->check(CLI::Range(0u, 1024u));
  cmd->add_flag("--monadic", args->monadic, "Also write events that have a source but no target");
  cmd->add_flag("--reported-statements", args->reported_statements,
                "Code \"X said [a clause naming Y]\" as the statement X -> Y (010), as PETRARCH does");
  cmd->add_option("--ontology", args->ontology,
                  "cameo (default): CAMEO code, root, quad class, Goldstein; plover: also the PLOVER event "
                  "type and mode (event_type, mode)")
      ->check(CLI::IsMember({"cameo", "plover"}));
  return {cmd, [args]() {
            Problems problems;
            if (auto options = reader_options(args->in); !options.ok()) {
              problems.report(options.status());
              return kExitUsage;
            }
            auto setup = load_coding_or_report(args->dict, problems);
            if (!setup) return kExitInput;
            coding::CoderOptions options;
            options.require_dyad = !args->monadic;
            options.reported_statements = args->reported_statements;
            options.ontology = &*setup->models.ontology;
            const coding::Coder coder(setup->lexicon, options);
            const bool text = args->format == "text";
            const bool plover = args->ontology == "plover";
            StoryTasks tasks;
            tasks.format = [&coder, text, plover](const Story& s, std::string& out) {
              coding::CoderScratch scratch;
              std::vector<Event> events;
              coder.code(s, scratch, events);
              for (const Event& e : events) {
                out += text ? text_line(s, e) : to_line(event_json(s, e, plover));
                out += '\n';
              }
            };
            return run_over_stories_parallel(args->in, setup->models, problems, args->threads, tasks);
          }};
}

}  // namespace dyad::cli
