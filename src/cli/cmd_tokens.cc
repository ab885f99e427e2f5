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
            return run_over_stories(*args, [](Story& s, Out& out) {
              for (size_t i = 0; i < s.sentences.size(); ++i) out.raw(sentence_conllu(s, i));
            });
          }};
}

}  // namespace dyad::cli
