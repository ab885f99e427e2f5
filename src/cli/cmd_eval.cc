// dyad eval sentences: sentence-splitting accuracy on a UD treebank.
// dyad eval syntax: tagging and lemma accuracy on a UD treebank with gold tokens.
#include <chrono>
#include <cstdio>
#include <memory>

#include "cli/common.h"
#include "core/data_dir.h"
#include "syntax/syntax_eval.h"
#include "syntax/tagger.h"
#include "text/split_eval.h"

namespace dyad::cli {
namespace {

// The bundled models, inside the data directory.
constexpr const char* kBundledTagger = "/syntax/tagger-en-ewt.dyt";
constexpr const char* kBundledLemmatizer = "/syntax/lemmatizer-en-ewt.dyl";

int run_eval_syntax(const std::string& treebank, std::string model, std::string lemmatizer_path) {
  Problems problems;
  using Clock = std::chrono::steady_clock;
  if (model.empty() || lemmatizer_path.empty()) {
    auto dir = find_data_dir();
    if (!dir.ok()) {
      problems.report(dir.status());
      return kExitInput;
    }
    if (model.empty()) model = *dir + kBundledTagger;
    if (lemmatizer_path.empty()) lemmatizer_path = *dir + kBundledLemmatizer;
  }
  auto lemmatizer = Lemmatizer::load(lemmatizer_path);
  if (!lemmatizer.ok()) {
    problems.report(lemmatizer.status());
    return kExitInput;
  }
  const auto t0 = Clock::now();
  auto tagger = Tagger::load(model);
  if (!tagger.ok()) {
    problems.report(tagger.status());
    return kExitInput;
  }
  const double load_s = std::chrono::duration<double>(Clock::now() - t0).count();
  auto sentences = read_treebank(treebank);
  if (!sentences.ok()) {
    problems.report(sentences.status());
    return kExitInput;
  }
  const auto t1 = Clock::now();
  const SyntaxScore s = score_tagger(*tagger, *sentences, &*lemmatizer);
  const double tag_s = std::chrono::duration<double>(Clock::now() - t1).count();
  std::printf("sentences %zu  words %zu  (gold tokenisation)\n", s.sentences, s.words);
  std::printf("UPOS %.2f%%  XPOS %.2f%%  UPOS+XPOS %.2f%%\n", 100 * s.upos_accuracy(),
              100 * s.xpos_accuracy(), 100 * s.upos_xpos_accuracy());
  // UAS and LAS join this report when the parser exists.
  if (s.has_lemma) std::printf("lemma %.2f%% (from the predicted XPOS)\n", 100 * s.lemma_accuracy());
  if (s.has_parse) std::printf("UAS %.2f%%  LAS %.2f%%\n", 100 * s.uas_score(), 100 * s.las_score());
  std::fprintf(stderr, "dyad: model %s loaded in %.3fs; tagged %.0f sentences/s, %.0f words/s (one thread)\n",
               model.c_str(), load_s, tag_s > 0 ? double(s.sentences) / tag_s : 0,
               tag_s > 0 ? double(s.words) / tag_s : 0);
  return kExitOk;
}

}  // namespace

Command add_eval(CLI::App& app) {
  auto treebank = std::make_shared<std::string>();
  auto syntax_treebank = std::make_shared<std::string>();
  auto model = std::make_shared<std::string>();
  auto lemmatizer = std::make_shared<std::string>();
  CLI::App* eval = app.add_subcommand("eval", "Measure accuracy against gold data");
  CLI::App* cmd = eval->add_subcommand(
      "sentences", "Sentence splitting against a CoNLL-U treebank's # text, # newdoc and # newpar comments");
  cmd->add_option("--treebank", *treebank, "CoNLL-U file (UD English EWT, GUM, PUD ...)")->required();
  CLI::App* syntax = eval->add_subcommand(
      "syntax", "UPOS and XPOS tagging against a CoNLL-U treebank, with its gold tokens");
  syntax->add_option("--treebank", *syntax_treebank, "CoNLL-U file (UD English EWT dev or test ...)")
      ->required();
  syntax->add_option("--model", *model, "Tagger model (default: the bundled one)");
  syntax->add_option("--lemmatizer", *lemmatizer, "Lemmatizer model (default: the bundled one)");
  eval->require_subcommand(1);
  return {eval, [treebank, syntax_treebank, model, lemmatizer, syntax]() {
            if (syntax->parsed()) return run_eval_syntax(*syntax_treebank, *model, *lemmatizer);
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
