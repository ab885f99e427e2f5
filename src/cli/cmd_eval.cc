// dyad eval sentences: sentence-splitting accuracy on a UD treebank.
// dyad eval syntax: tagging, lemma and attachment accuracy on a UD treebank
// with gold tokens.
// dyad eval coding: cmd_eval_coding.cc.
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
constexpr const char* kBundledParser = "/syntax/parser-en-ewt.dyp";

struct SyntaxFilter {
  std::string ids;      // keep sentences whose id starts with this
  bool titles = false;  // keep only the first sentence of each document
  bool raw = false;     // from raw text: dyad's splitter and tokenizer
};

int run_eval_raw(const std::vector<TreebankSentence>& sentences, Problems& problems) {
  auto models = load_models_or_report(problems, ModelNeeds{.syntax = true});
  if (!models) return kExitInput;
  const Pipeline pipeline(*models);
  using Clock = std::chrono::steady_clock;
  const auto t0 = Clock::now();
  const RawSyntaxScore s = score_raw_text(sentences, pipeline);
  const double secs = std::chrono::duration<double>(Clock::now() - t0).count();
  std::printf(
      "documents %zu  sentences: gold %zu, dyad %zu  words: gold %zu, dyad %zu, aligned %zu  (raw text)\n",
      s.documents, s.gold_sentences, s.system_sentences, s.gold_words, s.system_words, s.aligned);
  std::printf("F1: words %.2f%%  UPOS %.2f%%  XPOS %.2f%%  lemma %.2f%%  UAS %.2f%%  LAS %.2f%%\n",
              100 * s.f1(s.aligned), 100 * s.f1(s.upos), 100 * s.f1(s.xpos), 100 * s.f1(s.lemma),
              100 * s.f1(s.uas), 100 * s.f1(s.las));
  std::fprintf(stderr,
               "dyad: the whole pipeline (bundled models) ran at %.0f gold sentences/s (one thread)\n",
               secs > 0 ? double(s.gold_sentences) / secs : 0);
  return kExitOk;
}

int run_eval_syntax(const std::string& treebank, std::string model, std::string lemmatizer_path,
                    std::string parser_path, bool no_parser, const SyntaxFilter& filter) {
  Problems problems;
  using Clock = std::chrono::steady_clock;
  if (model.empty() || lemmatizer_path.empty() || (parser_path.empty() && !no_parser)) {
    auto dir = find_data_dir();
    if (!dir.ok()) {
      problems.report(dir.status());
      return kExitInput;
    }
    if (model.empty()) model = *dir + kBundledTagger;
    if (lemmatizer_path.empty()) lemmatizer_path = *dir + kBundledLemmatizer;
    if (parser_path.empty() && !no_parser) parser_path = *dir + kBundledParser;
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
  std::optional<Parser> parser;
  double parser_load_s = 0;
  if (!no_parser) {
    const auto tp = Clock::now();
    auto p = Parser::load(parser_path);
    if (!p.ok()) {
      problems.report(p.status());
      return kExitInput;
    }
    parser = std::move(p).value();
    parser_load_s = std::chrono::duration<double>(Clock::now() - tp).count();
  }
  auto sentences = read_treebank(treebank);
  if (!sentences.ok()) {
    problems.report(sentences.status());
    return kExitInput;
  }
  if (!filter.ids.empty() || filter.titles) {
    std::vector<TreebankSentence> kept;
    for (TreebankSentence& s : *sentences)
      if (s.id.rfind(filter.ids, 0) == 0 && (!filter.titles || s.newdoc)) kept.push_back(std::move(s));
    *sentences = std::move(kept);
    std::fprintf(stderr, "dyad: %zu sentences pass the filter\n", sentences->size());
  }
  if (filter.raw) return run_eval_raw(*sentences, problems);
  const auto t1 = Clock::now();
  const SyntaxScore s = score_tagger(*tagger, *sentences, &*lemmatizer, parser ? &*parser : nullptr);
  const double tag_s = std::chrono::duration<double>(Clock::now() - t1).count();
  std::printf("sentences %zu  words %zu  (gold tokenisation)\n", s.sentences, s.words);
  std::printf("UPOS %.2f%%  XPOS %.2f%%  UPOS+XPOS %.2f%%\n", 100 * s.upos_accuracy(),
              100 * s.xpos_accuracy(), 100 * s.upos_xpos_accuracy());
  if (s.has_lemma) std::printf("lemma %.2f%% (from the predicted XPOS)\n", 100 * s.lemma_accuracy());
  if (s.has_parse)
    std::printf("UAS %.2f%%  LAS %.2f%%  (LAS with relation subtypes %.2f%%; from the predicted tags)\n",
                100 * s.uas_score(), 100 * s.las_score(), 100 * s.las_full_score());
  std::fprintf(stderr, "dyad: tagger %s loaded in %.3fs", model.c_str(), load_s);
  if (parser) std::fprintf(stderr, ", parser %s in %.3fs", parser_path.c_str(), parser_load_s);
  std::fprintf(stderr, "; %s %.0f sentences/s, %.0f words/s (one thread)\n",
               parser ? "tagged, lemmatised and parsed" : "tagged and lemmatised",
               tag_s > 0 ? double(s.sentences) / tag_s : 0, tag_s > 0 ? double(s.words) / tag_s : 0);
  return kExitOk;
}

}  // namespace

Command add_eval(CLI::App& app) {
  auto treebank = std::make_shared<std::string>();
  auto syntax_treebank = std::make_shared<std::string>();
  auto model = std::make_shared<std::string>();
  auto lemmatizer = std::make_shared<std::string>();
  auto parser = std::make_shared<std::string>();
  auto no_parser = std::make_shared<bool>(false);
  auto filter = std::make_shared<SyntaxFilter>();
  CLI::App* eval = app.add_subcommand("eval", "Measure accuracy against gold data");
  CLI::App* cmd = eval->add_subcommand(
      "sentences", "Sentence splitting against a CoNLL-U treebank's # text, # newdoc and # newpar comments");
  cmd->add_option("--treebank", *treebank, "CoNLL-U file (UD English EWT, GUM, PUD ...)")->required();
  CLI::App* syntax = eval->add_subcommand(
      "syntax",
      "Tagging (UPOS, XPOS), lemmas and parsing (UAS, LAS) against a CoNLL-U treebank, with its gold "
      "tokens");
  syntax->add_option("--treebank", *syntax_treebank, "CoNLL-U file (UD English EWT dev or test ...)")
      ->required();
  syntax->add_option("--model", *model, "Tagger model (default: the bundled one)");
  syntax->add_option("--lemmatizer", *lemmatizer, "Lemmatizer model (default: the bundled one)");
  syntax->add_option("--parser", *parser, "Parser model (default: the bundled one)");
  syntax->add_flag("--no-parser", *no_parser, "Tagging and lemmas only");
  syntax->add_option(
      "--ids", filter->ids,
      "Only sentences whose sent_id starts with this (\"n\": PUD's news; \"GUM_news\": GUM's)");
  syntax->add_flag("--titles", filter->titles,
                   "Only each document's first sentence (its title or headline, in GUM and EWT)");
  syntax->add_flag(
      "--raw", filter->raw,
      "From raw text: rebuild each document from its # text comments and run the whole pipeline "
      "with the bundled models (dyad's own splitting and tokens); figures are F1 over aligned words");
  CLI::App* coding = nullptr;
  std::function<int()> run_coding = add_eval_coding(*eval, coding);
  eval->require_subcommand(1);
  return {eval, [treebank, syntax_treebank, model, lemmatizer, parser, no_parser, filter, syntax, coding,
                 run_coding]() {
            if (coding->parsed()) return run_coding();
            if (syntax->parsed())
              return run_eval_syntax(*syntax_treebank, *model, *lemmatizer, *parser, *no_parser, *filter);
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
