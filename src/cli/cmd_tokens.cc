// dyad tokens: the tokenizer's and splitter's output as CoNLL-U
// (output/conllu.h says which columns are filled).
#include <memory>

#include "cli/common.h"
#include "output/conllu.h"

namespace dyad::cli {

Command add_tokens(CLI::App& app) {
  auto args = std::make_shared<InputArgs>();
  CLI::App* cmd = app.add_subcommand("tokens", "Print each sentence's tokens as CoNLL-U");
  add_input_options(*cmd, *args);
  return {cmd, [args]() {
            Problems problems;
            auto options = reader_options(*args);
            if (!options.ok()) {
              problems.report(options.status());
              return kExitUsage;
            }
            auto models = load_models_or_report(problems);
            if (!models) return kExitInput;
            const Pipeline pipeline(*models);
            Out out;
            for_each_story(*args, *options, pipeline, problems, [&](Story& s) {
              for (size_t i = 0; i < s.sentences.size(); ++i) out.raw(sentence_conllu(s, i));
            });
            out.flush();
            return problems.exit_code();
          }};
}

}  // namespace dyad::cli
