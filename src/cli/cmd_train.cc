// dyad train tagger: trains the part-of-speech tagger on a CoNLL-U treebank.
// dyad train lemmatizer: learns lemma edits from a CoNLL-U treebank.
// dyad train parser: see cmd_train_parser.cc.
// Progress (per-iteration accuracy and time) goes to stderr; the model to -o.
#include <chrono>
#include <cstdio>
#include <memory>

#include "cli/common.h"
#include "syntax/lemmatizer.h"
#include "syntax/syntax_eval.h"
#include "syntax/tagger.h"
#include "syntax/treebank.h"

namespace dyad::cli {
namespace {

struct TrainArgs {
  std::vector<std::string> train;
  std::string dev, output;
  double retag_margin = -1;  // < 0: unset
  int second_iterations = 0;
  int iterations = 10;
  uint64_t seed = 1;
  bool last = false;
  bool two_pass = false;
  double prune = 0;
  std::vector<std::string> unlabeled;
  int clusters = 256;
};

// Unlabeled stories, through the text stage, as sentences of token strings.
std::optional<std::vector<std::vector<std::string>>> read_unlabeled(const std::vector<std::string>& paths,
                                                                    Problems& problems) {
  std::vector<std::vector<std::string>> out;
  if (paths.empty()) return out;
  auto models = load_models_or_report(problems);
  if (!models) return std::nullopt;
  InputArgs in;
  in.paths = paths;
  // Bad records are reported and skipped; the clusters use the rest.
  run_over_stories(in, *models, problems, [&](Story& story, Out&) {
    for (const Sentence& s : story.sentences) {
      out.emplace_back();
      for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
        const Token& tok = story.tokens[t];
        out.back().push_back(story.norm.substr(tok.norm_start, tok.norm_end - tok.norm_start));
      }
    }
  });
  return out;
}

int run_train_tagger(const TrainArgs& a) {
  Problems problems;
  using Clock = std::chrono::steady_clock;
  const auto t0 = Clock::now();
  auto data = read_training_treebanks(a.train, a.dev, problems);
  if (!data) return kExitInput;
  const std::vector<TreebankSentence>* train = &data->train;
  const std::optional<std::vector<TreebankSentence>>& dev = data->dev;
  auto unlabeled = read_unlabeled(a.unlabeled, problems);
  if (!unlabeled) return kExitInput;
  size_t words = 0;
  for (const auto& s : *train) words += s.words.size();
  std::fprintf(stderr, "dyad: train: %zu sentences, %zu words%s; %d iterations, seed %llu\n", train->size(),
               words, dev ? (", dev: " + std::to_string(dev->size()) + " sentences").c_str() : "",
               a.iterations, static_cast<unsigned long long>(a.seed));
  if (!a.unlabeled.empty()) std::fprintf(stderr, "dyad: unlabeled: %zu sentences\n", unlabeled->size());
  TaggerTrainOptions o;
  o.iterations = a.iterations;
  o.seed = a.seed;
  o.dev = dev ? &*dev : nullptr;
  o.keep_best = !a.last;
  o.unlabeled = std::move(*unlabeled);
  o.clusters = a.clusters;
  o.two_pass = a.two_pass;
  if (a.retag_margin >= 0) o.retag_margin = a.retag_margin;
  o.second_iterations = a.second_iterations;
  o.prune = a.prune;
  o.on_iteration = [](const TaggerIteration& it) {
    char who[48];
    if (it.fold)
      std::snprintf(who, sizeof who, "pass 1, fold %d/4", it.fold);
    else
      std::snprintf(who, sizeof who, "pass %d", it.pass);
    if (it.dev_upos >= 0)
      std::fprintf(stderr, "dyad: %s iteration %2d  train %.2f%%  dev UPOS %.2f%%  XPOS %.2f%%  %.1fs\n", who,
                   it.iteration, 100 * it.train_accuracy, 100 * it.dev_upos, 100 * it.dev_xpos, it.seconds);
    else
      std::fprintf(stderr, "dyad: %s iteration %2d  train %.2f%%  %.1fs\n", who, it.iteration,
                   100 * it.train_accuracy, it.seconds);
  };
  auto result = train_tagger(*train, o);
  if (!result.ok()) {
    problems.report(result.status());
    return result.status().code() == Status::Code::kUsage ? kExitUsage : kExitInput;
  }
  if (Status st = result->tagger.save(a.output); !st.ok()) {
    problems.report(st);
    return kExitInput;
  }
  std::fprintf(stderr,
               "dyad: kept iteration %d; %zu features, %zu weights, %zu classes; wrote %s; %.1fs in all\n",
               result->chosen_iteration, result->tagger.feature_count(), result->tagger.weight_count(),
               result->tagger.classes().size(), a.output.c_str(),
               std::chrono::duration<double>(Clock::now() - t0).count());
  return kExitOk;
}

struct LemmatizerArgs {
  std::string train, dev, output;
};

int run_train_lemmatizer(const LemmatizerArgs& a) {
  Problems problems;
  auto train = read_treebank(a.train);
  if (!train.ok()) {
    problems.report(train.status());
    return kExitInput;
  }
  const Lemmatizer m = Lemmatizer::train(*train);
  std::fprintf(stderr, "dyad: lemmatizer: %zu lexicon entries, %zu suffix rules\n", m.lexicon_size(),
               m.rule_count());
  if (!a.dev.empty()) {
    auto dev = read_treebank(a.dev);
    if (!dev.ok()) {
      problems.report(dev.status());
      return kExitInput;
    }
    size_t words = 0, right = 0;
    for (const TreebankSentence& s : *dev)
      for (const TreebankWord& w : s.words) {
        ++words;
        right += m.lemma(w.form, w.xpos) == w.lemma;
      }
    std::fprintf(stderr, "dyad: dev lemma accuracy with gold XPOS: %.2f%% of %zu words\n",
                 words ? 100.0 * double(right) / double(words) : 0.0, words);
  }
  if (Status s = m.save(a.output); !s.ok()) {
    problems.report(s);
    return kExitInput;
  }
  return kExitOk;
}

}  // namespace

Command add_train(CLI::App& app) {
  auto args = std::make_shared<TrainArgs>();
  CLI::App* train = app.add_subcommand("train", "Train dyad's models on gold data");
  CLI::App* tagger = train->add_subcommand("tagger", "The UPOS+XPOS tagger, on a CoNLL-U treebank");
  tagger
      ->add_option("--train", args->train,
                   "CoNLL-U training file (UD English EWT train); repeat to train on several")
      ->required();
  tagger->add_option("--dev", args->dev,
                     "CoNLL-U file for per-iteration accuracy and choosing the iteration");
  tagger->add_option("-o,--output", args->output, "Where to write the model")->required();
  tagger->add_option("--iterations", args->iterations, "Passes over the training data")
      ->check(CLI::Range(1, 1000))
      ->capture_default_str();
  tagger->add_option("--seed", args->seed, "Seed of the sentence-order shuffle")->capture_default_str();
  tagger->add_flag("--two-pass", args->two_pass,
                   "Add a second pass that sees the first pass's tags to the right (+0.05-0.15 UPOS on EWT "
                   "dev; half the speed unless --retag-margin limits it)");
  tagger
      ->add_option("--second-iterations", args->second_iterations,
                   "With --two-pass: passes over the data for the second pass (0: as --iterations)")
      ->check(CLI::Range(0, 1000));
  tagger
      ->add_option("--retag-margin", args->retag_margin,
                   "With --two-pass: re-tag only words whose first-pass score margin is below this "
                   "(default: every word)")
      ->check(CLI::NonNegativeNumber);
  tagger->add_option("--prune", args->prune, "Drop averaged weights smaller than this in magnitude")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  tagger->add_flag("--last", args->last, "Keep the last iteration rather than the best on --dev");
  tagger->add_option("--unlabeled", args->unlabeled,
                     "Unlabeled stories (files or directories, as dyad reads them) for word clusters");
  tagger->add_option("--clusters", args->clusters, "Number of word clusters (0: none)")
      ->check(CLI::Range(0, 4096))
      ->capture_default_str();
  auto largs = std::make_shared<LemmatizerArgs>();
  CLI::App* lemmatizer =
      train->add_subcommand("lemmatizer", "The lemmatiser (word + XPOS -> lemma), on a CoNLL-U treebank");
  lemmatizer->add_option("--train", largs->train, "CoNLL-U training file (UD English EWT train)")->required();
  lemmatizer->add_option("--dev", largs->dev, "CoNLL-U file to report accuracy on (gold XPOS)");
  lemmatizer->add_option("-o,--output", largs->output, "Where to write the model")->required();
  Command parser = add_train_parser(*train);
  train->require_subcommand(1);
  return {train, [args, largs, tagger, lemmatizer, parser]() {
            if (lemmatizer->parsed()) return run_train_lemmatizer(*largs);
            if (parser.app->parsed()) return parser.run();
            return run_train_tagger(*args);
          }};
}

}  // namespace dyad::cli
