// dyad code: stories in, event records out (README.md, "The event record").
//
// Runs every pipeline stage that exists. The event coder itself is not built
// yet, so no stage produces events and the output is empty; the command,
// its options and its record format are fixed now so that scripts written
// against it keep working when the coder lands.
#include <memory>
#include <vector>

#include "cli/common.h"
#include "cli/dict_options.h"
#include "output/json.h"

namespace dyad::cli {
namespace {

struct Args {
  InputArgs in;
  DictArgs dict;
  std::string format = "jsonl";
};

}  // namespace

Command add_code(CLI::App& app) {
  auto args = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand("code", "Code events (who did what to whom) as JSONL event records");
  add_input_options(*cmd, args->in);
  add_dictionary_options(*cmd, args->dict);
  cmd->add_option("--format", args->format, "jsonl (default) or text (readable summary)")
      ->check(CLI::IsMember({"jsonl", "text"}));
  return {cmd, [args]() {
            // Dictionaries are read before any story so that a broken one stops
            // the run at once, with every problem named, instead of after hours.
            Problems problems;
            auto dicts = load_dictionaries_or_report(args->dict, problems, false);
            if (!dicts) return kExitInput;
            const std::vector<Event> no_events;  // until the coder stage exists
            return run_over_stories(args->in, [&](Story& s, Out& out) {
              if (args->format == "text") {
                out.line("story " + s.id + ": " + std::to_string(s.sentences.size()) + " sentences, " +
                         std::to_string(s.repeats.size()) + " repeated dropped, " +
                         std::to_string(no_events.size()) + " events (the event coder is not built yet)");
                return;
              }
              for (const Event& e : no_events) out.line(to_line(event_json(s, e)));
            });
          }};
}

}  // namespace dyad::cli
