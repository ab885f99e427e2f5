// dyad eval sentences: sentence-splitting accuracy on a UD treebank.
#include <cstdio>
#include <memory>

#include "cli/common.h"
#include "text/split_eval.h"

namespace dyad::cli {

Command add_eval(CLI::App& app) {
  auto treebank = std::make_shared<std::string>();
  CLI::App* eval = app.add_subcommand("eval", "Measure accuracy against gold data");
  CLI::App* cmd = eval->add_subcommand(
      "sentences", "Sentence splitting against a CoNLL-U treebank's # text, # newdoc and # newpar comments");
  cmd->add_option("--treebank", *treebank, "CoNLL-U file (UD English EWT, GUM, PUD ...)")->required();
  eval->require_subcommand(1);
  return {eval, [treebank]() {
            Problems problems;
            auto models = load_models_or_report(problems);
            if (!models) return kExitInput;
            const Pipeline pipeline(*models);
            auto score = evaluate_splitting(*treebank, pipeline);
            if (!score.ok()) {
              problems.report(score.status());
              return kExitInput;
            }
            const SplitScore& s = *score;
            std::printf(
                "documents %zu  gold sentences %zu  predicted %zu\n"
                "sentences exactly right %.2f%%\n"
                "boundaries inside paragraphs: gold %zu  predicted %zu  correct %zu  "
                "precision %.2f%%  recall %.2f%%  F1 %.2f%%\n",
                s.documents, s.gold_sentences, s.predicted_sentences, 100 * s.exact_rate(), s.gold_inner,
                s.predicted_inner, s.correct_inner, 100 * s.precision(), 100 * s.recall(), 100 * s.f1());
            return kExitOk;
          }};
}

}  // namespace dyad::cli
