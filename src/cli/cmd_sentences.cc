// dyad sentences: look inside the text stage.
#include <memory>

#include "cli/common.h"
#include "output/json.h"

namespace dyad::cli {
namespace {

struct Args {
  InputArgs in;
  std::string format = "jsonl";
};

void print_text(Out& out, const Story& s) {
  std::string h = "story " + s.id + "  date " + (s.date.known() ? s.date.iso() : "unknown");
  if (!s.source.empty()) h += "  source " + s.source;
  if (!s.dateline_place.empty()) h += "  place " + s.dateline_place;
  if (!s.dateline_date.empty()) h += "  dateline date " + s.dateline_date;
  out.line(h);
  for (size_t i = 0; i < s.sentences.size(); ++i)
    out.line("  [" + std::to_string(i) + "] " + display_text(s, s.sentences[i].span));
  if (!s.repeats.empty()) {
    size_t bytes = 0;
    for (const Repeat& r : s.repeats) bytes += r.span.size();
    out.line("  dropped " + std::to_string(s.repeats.size()) + " repeated sentence(s), " +
             std::to_string(bytes) + " bytes:");
    for (const Repeat& r : s.repeats) {
      std::string what = r.kept >= 0 ? "repeats [" + std::to_string(r.kept) + "]" : "in a repeated paragraph";
      out.line("    bytes " + std::to_string(r.span.start) + "-" + std::to_string(r.span.end) + " " + what);
    }
  }
  out.line("");
}

}  // namespace

Command add_sentences(CLI::App& app) {
  auto args = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand(
      "sentences",
      "Print each story's sentences, after repeated copy is removed, one JSON object per sentence");
  add_input_options(*cmd, args->in);
  cmd->add_option("--format", args->format, "jsonl (default) or text (readable)")
      ->check(CLI::IsMember({"jsonl", "text"}));
  return {cmd, [args]() {
            return run_over_stories(args->in, [&](Story& s, Out& out) {
              if (args->format == "text") {
                print_text(out, s);
                return;
              }
              for (size_t i = 0; i < s.sentences.size(); ++i) out.line(to_line(sentence_json(s, i)));
            });
          }};
}

}  // namespace dyad::cli
