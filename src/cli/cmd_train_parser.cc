// dyad train parser: trains the dependency parser on a CoNLL-U treebank.
//
// The parser learns from predicted tags, as it will meet them: with
// --jackknife K the training sentences are cut into K folds and each fold is
// tagged by a tagger trained on the other K-1 (no word clusters, so each
// fold takes seconds), and --dev is tagged by --tagger. Progress goes to
// stderr; the model to -o.
#include <chrono>
#include <cstdio>
#include <memory>

#include "cli/common.h"
#include "core/data_dir.h"
#include "syntax/parser.h"
#include "syntax/tagger.h"
#include "syntax/treebank.h"

namespace dyad::cli {
namespace {

struct ParserArgs {
  std::vector<std::string> train;
  std::string dev, output, tagger;
  int iterations = 15;
  uint64_t seed = 1;
  int jackknife = 0;
  double prune = 0;
  bool last = false;
};

using Tags = std::vector<std::vector<std::pair<std::string, std::string>>>;

Tags tag_all(const Tagger& tagger, const std::vector<TreebankSentence>& sentences) {
  Tags out;
  TagScratch scratch;
  std::vector<std::string_view> words;
  std::vector<TagResult> tags;
  for (const TreebankSentence& s : sentences) {
    words.clear();
    for (const TreebankWord& w : s.words) words.push_back(w.form);
    tagger.tag(words, tags, scratch);
    out.emplace_back();
    for (const TagResult& t : tags) out.back().emplace_back(t.upos, t.xpos);
  }
  return out;
}

// Each sentence tagged by a tagger that did not see it.
Result<Tags> jackknife_tags(const std::vector<TreebankSentence>& train, int folds, uint64_t seed) {
  Tags out(train.size());
  for (int f = 0; f < folds; ++f) {
    std::vector<TreebankSentence> learn, held;
    std::vector<size_t> held_index;
    for (size_t i = 0; i < train.size(); ++i) {
      if (static_cast<int>(i % static_cast<size_t>(folds)) == f) {
        held.push_back(train[i]);
        held_index.push_back(i);
      } else {
        learn.push_back(train[i]);
      }
    }
    TaggerTrainOptions o;
    o.seed = seed;
    o.clusters = 0;
    o.keep_best = false;
    auto t = train_tagger(learn, o);
    if (!t.ok()) return t.status();
    Tags tags = tag_all(t->tagger, held);
    size_t words = 0, right = 0;
    for (size_t i = 0; i < held.size(); ++i)
      for (size_t w = 0; w < held[i].words.size(); ++w) {
        ++words;
        right += tags[i][w].first == held[i].words[w].upos;
      }
    std::fprintf(stderr, "dyad: jackknife fold %d/%d: %zu sentences tagged, UPOS %.2f%%\n", f + 1, folds,
                 held.size(), words ? 100.0 * double(right) / double(words) : 0.0);
    for (size_t i = 0; i < held.size(); ++i) out[held_index[i]] = std::move(tags[i]);
  }
  return out;
}

int run_train_parser(ParserArgs a) {
  Problems problems;
  using Clock = std::chrono::steady_clock;
  const auto t0 = Clock::now();
  if (a.tagger.empty()) {
    auto dir = find_data_dir();
    if (!dir.ok()) {
      problems.report(dir.status());
      return kExitInput;
    }
    a.tagger = *dir + "/syntax/tagger-en-ewt.dyt";
  }
  auto tagger = Tagger::load(a.tagger);
  if (!tagger.ok()) {
    problems.report(tagger.status());
    return kExitInput;
  }
  auto data = read_training_treebanks(a.train, a.dev, problems);
  if (!data) return kExitInput;
  const std::vector<TreebankSentence>* train = &data->train;
  const std::optional<std::vector<TreebankSentence>>& dev = data->dev;
  ParserTrainOptions o;
  o.iterations = a.iterations;
  o.seed = a.seed;
  o.prune = a.prune;
  o.keep_best = !a.last;
  o.clusters = tagger->clusters();
  if (dev) {
    o.dev = &*dev;
    o.dev_tags = tag_all(*tagger, *dev);
  }
  if (a.jackknife > 1) {
    auto tags = jackknife_tags(*train, a.jackknife, a.seed);
    if (!tags.ok()) {
      problems.report(tags.status());
      return kExitInput;
    }
    o.train_tags = std::move(tags).value();
  }
  size_t words = 0;
  for (const auto& s : *train) words += s.words.size();
  std::fprintf(
      stderr, "dyad: train: %zu sentences, %zu words (%s tags)%s; %d iterations, seed %llu\n", train->size(),
      words, a.jackknife > 1 ? "jackknifed" : "gold",
      dev ? (", dev: " + std::to_string(dev->size()) + " sentences (tagged by the tagger)").c_str() : "",
      a.iterations, static_cast<unsigned long long>(a.seed));
  o.on_iteration = [](const ParserIteration& it) {
    if (it.dev_uas >= 0)
      std::fprintf(stderr, "dyad: iteration %2d  train UAS %.2f%%  dev UAS %.2f%%  LAS %.2f%%  %.1fs\n",
                   it.iteration, 100 * it.train_uas, 100 * it.dev_uas, 100 * it.dev_las, it.seconds);
    else
      std::fprintf(stderr, "dyad: iteration %2d  train UAS %.2f%%  %.1fs\n", it.iteration, 100 * it.train_uas,
                   it.seconds);
  };
  auto result = train_parser(*train, o);
  if (!result.ok()) {
    problems.report(result.status());
    return kExitInput;
  }
  if (Status st = result->parser.save(a.output); !st.ok()) {
    problems.report(st);
    return kExitInput;
  }
  std::fprintf(
      stderr,
      "dyad: kept iteration %d; %zu features, %zu weights, %zu relations; %d non-projective arcs lifted; "
      "wrote %s; %.1fs in all\n",
      result->chosen_iteration, result->parser.feature_count(), result->parser.weight_count(),
      result->parser.labels().size(), result->lifted_arcs, a.output.c_str(),
      std::chrono::duration<double>(Clock::now() - t0).count());
  return kExitOk;
}

}  // namespace

Command add_train_parser(CLI::App& train) {
  auto a = std::make_shared<ParserArgs>();
  CLI::App* cmd = train.add_subcommand("parser", "The dependency parser, on a CoNLL-U treebank");
  cmd->add_option("--train", a->train,
                  "CoNLL-U training file (UD English EWT train); may be given more than once")
      ->required();
  cmd->add_option("--dev", a->dev, "CoNLL-U file for per-iteration accuracy and choosing the iteration");
  cmd->add_option("-o,--output", a->output, "Where to write the model")->required();
  cmd->add_option("--tagger", a->tagger,
                  "Tagger whose tags the parser sees on --dev (default: the bundled one)");
  cmd->add_option("--jackknife", a->jackknife,
                  "Train on tags predicted by K taggers each trained without the fold it tags (0: gold tags)")
      ->check(CLI::Range(0, 50))
      ->capture_default_str();
  cmd->add_option("--iterations", a->iterations, "Passes over the training data")
      ->check(CLI::Range(1, 1000))
      ->capture_default_str();
  cmd->add_option("--seed", a->seed, "Seed of the shuffle and of error exploration")->capture_default_str();
  cmd->add_option("--prune", a->prune, "Drop averaged weights smaller than this in magnitude")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  cmd->add_flag("--last", a->last, "Keep the last iteration rather than the best on --dev");
  return {cmd, [a]() { return run_train_parser(*a); }};
}

}  // namespace dyad::cli
