// dyad parse: each kept sentence as CoNLL-U with the syntax stage's tags,
// lemmas and (once its model exists) dependency tree; output/conllu.h says
// which columns are filled.
#include <memory>

#include "cli/common.h"
#include "output/conllu.h"

namespace dyad::cli {
namespace {

struct Args {
  InputArgs in;
  unsigned threads = 1;
};

}  // namespace

Command add_parse(CLI::App& app) {
  auto args = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand("parse", "Tag, lemmatise and parse each sentence; print CoNLL-U");
  add_input_options(*cmd, args->in);
  cmd->add_option("--threads", args->threads,
                  "Worker threads (0 = one per core); the output is the same for any number")
      ->check(CLI::Range(0u, 1024u));
  return {cmd, [args]() {
            Problems problems;
            if (auto options = reader_options(args->in); !options.ok()) {
              problems.report(options.status());
              return kExitUsage;
            }
            auto models = load_models_or_report(problems, ModelNeeds{.syntax = true});
            if (!models) return kExitInput;
            StoryTasks tasks;
            tasks.format = [](const Story& s, std::string& out) {
              for (size_t i = 0; i < s.sentences.size(); ++i) out += sentence_conllu(s, i);
            };
            return run_over_stories_parallel(args->in, *models, problems, args->threads, tasks);
          }};
}

}  // namespace dyad::cli
