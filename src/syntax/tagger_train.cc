// Training the tagger: the averaged perceptron (Collins 2002) with greedy
// decoding during learning, so the history features see predicted tags as
// they will at run time.
//
// Determinism: the sentence order of each iteration is a Fisher-Yates
// shuffle driven by std::mt19937_64's raw output (the engine's sequence is
// fixed by the standard; std::shuffle and the distributions are not), with
// rejection sampling so every position is equally likely. Weights are
// integers while learning and averaged exactly in 64-bit integers; features
// are written sorted by hash. Equal data, options and seed give equal model
// bytes on any platform with the same float format. Training is one thread.
//
// Word clusters: k-means (cosine) over each word's left and right
// neighbours among the most frequent words, on unlabeled text plus the
// training forms. A cheap stand-in for Brown clusters (Brown et al. 1992):
// words that occur in the same slots ("Tuesday", "Friday") share a cluster,
// which tells the tagger about words it never saw tagged. Initial centroids
// are the most frequent words and sums run in a fixed order, so the result
// is deterministic.
//
// Averaging is lazy: each weight remembers when it last changed and its
// running sum is brought up to date only when it changes again or at the
// end, so an update costs O(features) rather than O(all weights).
#include <xxhash.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <functional>
#include <map>
#include <optional>
#include <random>
#include <unordered_map>

#include "syntax/syntax_eval.h"
#include "syntax/tagger.h"

namespace dyad {
namespace {

// Words seen at least this often get an ambiguity class; rarer words look
// like unseen ones, so training sees the same mix of known and unknown
// words that new text brings.
constexpr int kAmbiguityMinCount = 5;
// The tag dictionary: words at least this frequent whose commonest tag has
// at least this share are tagged without scoring.
constexpr int kSingleMinCount = 20;
constexpr double kSingleMinShare = 0.995;

struct Weight {
  uint16_t cls;
  int32_t w = 0;
  int64_t total = 0;  // sum of w over the instances up to `stamp`
  int64_t stamp = 0;
};

class Model {
 public:
  explicit Model(size_t classes) : scores_(classes) {}

  int predict(const std::vector<uint64_t>& feats) {
    std::fill(scores_.begin(), scores_.end(), 0);
    for (uint64_t f : feats) {
      auto it = index_.find(f);
      if (it == index_.end()) continue;
      for (const Weight& w : rows_[it->second]) scores_[w.cls] += w.w;
    }
    int best = 0;
    for (size_t c = 1; c < scores_.size(); ++c)
      if (scores_[c] > scores_[best]) best = static_cast<int>(c);
    return best;
  }

  void update(const std::vector<uint64_t>& feats, int gold, int guess, int64_t now) {
    for (uint64_t f : feats) {
      auto [it, added] = index_.try_emplace(f, static_cast<uint32_t>(rows_.size()));
      if (added) {
        rows_.emplace_back();
        keys_.push_back(f);
      }
      std::vector<Weight>& row = rows_[it->second];
      bump(row, gold, +1, now);
      bump(row, guess, -1, now);
    }
  }

  // The averaged weights at instance count `now`, without those smaller than
  // `prune` in magnitude (they rarely change a decision and cost memory).
  std::vector<Tagger::FeatureRow> averaged(int64_t now, double prune) const {
    std::vector<Tagger::FeatureRow> out;
    out.reserve(rows_.size());
    const double n = static_cast<double>(std::max<int64_t>(now, 1));
    for (size_t r = 0; r < rows_.size(); ++r) {
      Tagger::FeatureRow row{keys_[r], {}};
      for (const Weight& w : rows_[r]) {
        const int64_t total = w.total + (now - w.stamp) * w.w;
        const double avg = static_cast<double>(total) / n;
        if (total == 0 || std::abs(avg) < prune) continue;
        row.entries.push_back({w.cls, static_cast<float>(avg)});
      }
      if (!row.entries.empty()) out.push_back(std::move(row));
    }
    return out;
  }

 private:
  static void bump(std::vector<Weight>& row, int cls, int delta, int64_t now) {
    auto it = std::find_if(row.begin(), row.end(), [&](const Weight& w) { return w.cls == cls; });
    if (it == row.end()) {
      row.push_back(Weight{static_cast<uint16_t>(cls)});
      it = row.end() - 1;
      it->stamp = now;
    }
    it->total += (now - it->stamp) * it->w;
    it->stamp = now;
    it->w += delta;
  }

  std::unordered_map<uint64_t, uint32_t> index_;
  std::vector<std::vector<Weight>> rows_;
  std::vector<uint64_t> keys_;
  std::vector<int64_t> scores_;
};

// Uniform in [0, bound) from the engine's raw output, by rejection.
uint64_t uniform(std::mt19937_64& rng, uint64_t bound) {
  const uint64_t limit = UINT64_MAX - (UINT64_MAX % bound);
  uint64_t r = rng();
  while (r >= limit) r = rng();
  return r % bound;
}

void shuffle(std::vector<uint32_t>& v, std::mt19937_64& rng) {
  for (size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[uniform(rng, i)]);
}

constexpr size_t kAnchors = 500;          // context words
constexpr uint32_t kClusterMinCount = 3;  // rarer words get no cluster
constexpr int kClusterRounds = 12;
constexpr int kFolds = 4;  // jackknife folds for the second pass's training tags

Tagger::ClusterMap learn_clusters(const std::vector<std::vector<std::string>>& unlabeled,
                                  const std::vector<TreebankSentence>& train, size_t k) {
  std::unordered_map<std::string, uint32_t> ids;
  std::vector<std::string> names;
  std::vector<uint64_t> freq;
  std::vector<std::vector<uint32_t>> sents;
  auto add = [&](const std::string& word, std::vector<uint32_t>& out) {
    auto [it, added] = ids.try_emplace(tagger_features::lower(word), static_cast<uint32_t>(names.size()));
    if (added) {
      names.push_back(it->first);
      freq.push_back(0);
    }
    ++freq[it->second];
    out.push_back(it->second);
  };
  for (const auto& s : unlabeled) {
    sents.emplace_back();
    for (const std::string& w : s) add(w, sents.back());
  }
  for (const TreebankSentence& s : train) {
    sents.emplace_back();
    for (const TreebankWord& w : s.words) add(w.form, sents.back());
  }
  // Frequency order, ties by spelling: the order anchors and seeds come from.
  std::vector<uint32_t> order(names.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<uint32_t>(i);
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    return freq[a] != freq[b] ? freq[a] > freq[b] : names[a] < names[b];
  });
  const size_t anchors = std::min(kAnchors, order.size());
  std::vector<int32_t> anchor(names.size(), -1);
  for (size_t i = 0; i < anchors; ++i) anchor[order[i]] = static_cast<int32_t>(i);
  std::vector<int32_t> row(names.size(), -1);  // word -> index among clustered words
  std::vector<uint32_t> vocab;
  for (uint32_t w : order)
    if (freq[w] >= kClusterMinCount) {
      row[w] = static_cast<int32_t>(vocab.size());
      vocab.push_back(w);
    }
  if (vocab.size() < k) return {};
  // Dimensions: left anchor, left boundary-or-rare, right anchor, right boundary-or-rare.
  const size_t dims = 2 * (anchors + 1);
  std::vector<std::unordered_map<uint32_t, uint32_t>> counts(vocab.size());
  for (const auto& s : sents)
    for (size_t p = 0; p < s.size(); ++p) {
      const int32_t r = row[s[p]];
      if (r < 0) continue;
      const int32_t l = p > 0 ? anchor[s[p - 1]] : -1;
      const int32_t rt = p + 1 < s.size() ? anchor[s[p + 1]] : -1;
      ++counts[r][l >= 0 ? static_cast<uint32_t>(l) : static_cast<uint32_t>(anchors)];
      ++counts[r][static_cast<uint32_t>(anchors + 1) +
                  (rt >= 0 ? static_cast<uint32_t>(rt) : static_cast<uint32_t>(anchors))];
    }
  // Sparse unit vectors of sqrt counts.
  std::vector<std::vector<std::pair<uint32_t, double>>> vec(vocab.size());
  for (size_t r = 0; r < vocab.size(); ++r) {
    auto& v = vec[r];
    for (const auto& [d, c] : counts[r]) v.emplace_back(d, std::sqrt(static_cast<double>(c)));
    std::sort(v.begin(), v.end());
    double norm = 0;
    for (const auto& [d, x] : v) norm += x * x;
    norm = std::sqrt(norm);
    for (auto& [d, x] : v) x /= norm;
  }
  counts.clear();
  // Centroids stored dimension-major so assignment runs down contiguous memory.
  std::vector<double> cent(dims * k, 0.0);
  for (size_t c = 0; c < k; ++c)
    for (const auto& [d, x] : vec[c]) cent[d * k + c] = x;
  std::vector<uint16_t> assign(vocab.size(), 0);
  std::vector<double> score(k);
  for (int round = 0; round < kClusterRounds; ++round) {
    for (size_t r = 0; r < vocab.size(); ++r) {
      std::fill(score.begin(), score.end(), 0.0);
      for (const auto& [d, x] : vec[r]) {
        const double* cd = &cent[d * k];
        for (size_t c = 0; c < k; ++c) score[c] += x * cd[c];
      }
      size_t best = 0;
      for (size_t c = 1; c < k; ++c)
        if (score[c] > score[best]) best = c;
      assign[r] = static_cast<uint16_t>(best);
    }
    std::fill(cent.begin(), cent.end(), 0.0);
    for (size_t r = 0; r < vocab.size(); ++r)
      for (const auto& [d, x] : vec[r]) cent[d * k + assign[r]] += x;
    std::vector<double> norm(k, 0.0);
    for (size_t d = 0; d < dims; ++d)
      for (size_t c = 0; c < k; ++c) norm[c] += cent[d * k + c] * cent[d * k + c];
    for (size_t d = 0; d < dims; ++d)
      for (size_t c = 0; c < k; ++c)
        if (norm[c] > 0) cent[d * k + c] /= std::sqrt(norm[c]);
  }
  Tagger::ClusterMap out;
  for (size_t r = 0; r < vocab.size(); ++r) out.emplace(names[vocab[r]], assign[r]);
  return out;
}

}  // namespace

Result<TaggerTrainResult> train_tagger(const std::vector<TreebankSentence>& train,
                                       const TaggerTrainOptions& options) {
  if (train.empty()) return Status::Invalid("no training sentences");
  if (options.iterations < 1) return Status::Usage("iterations must be at least 1");
  if (options.second_iterations < 0) return Status::Usage("second-pass iterations must not be negative");

  // Classes: every (UPOS, XPOS) pair in training, in sorted order.
  std::map<std::pair<std::string, std::string>, int> class_ids;
  for (const TreebankSentence& s : train)
    for (const TreebankWord& w : s.words) class_ids.emplace(std::make_pair(w.upos, w.xpos), 0);
  if (class_ids.size() > 65535) return Status::Invalid("more than 65535 distinct UPOS+XPOS pairs");
  std::vector<TagClass> classes;
  for (auto& [k, id] : class_ids) {
    id = static_cast<int>(classes.size());
    classes.push_back({k.first, k.second});
  }

  // Lexicon: ambiguity classes and the tag dictionary, from counts.
  std::map<std::string, std::map<int, int>> counts;
  for (const TreebankSentence& s : train)
    for (const TreebankWord& w : s.words) ++counts[w.form][class_ids.at({w.upos, w.xpos})];
  Tagger::TaggerLexicon lexicon;
  for (const auto& [form, by_class] : counts) {
    int total = 0, top = 0, top_cls = -1;
    for (const auto& [cls, n] : by_class) {
      total += n;
      if (n > top) top = n, top_cls = cls;
    }
    if (total < kAmbiguityMinCount) continue;
    Tagger::LexEntry e;
    std::vector<uint16_t> set;
    for (const auto& [cls, n] : by_class) set.push_back(static_cast<uint16_t>(cls));
    e.ambiguity = XXH3_64bits(set.data(), set.size() * sizeof(uint16_t)) | 1;  // never 0
    if (total >= kSingleMinCount && static_cast<double>(top) >= kSingleMinShare * total) e.single = top_cls;
    lexicon.emplace(form, e);
  }

  Tagger::ClusterMap clusters;
  if (options.clusters > 0) {
    if (options.clusters > 65535) return Status::Usage("at most 65535 clusters");
    clusters = learn_clusters(options.unlabeled, train, static_cast<size_t>(options.clusters));
  }
  auto cluster_of = [&](const std::string& form) -> uint64_t {
    auto it = clusters.find(tagger_features::lower(form));
    return it == clusters.end() ? 0 : it->second + uint64_t{1};
  };

  // Every word described once; features are recomputed per visit because
  // they depend on the predicted history.
  struct Prepared {
    std::vector<tagger_features::WordInfo> words;
    std::vector<int> gold;
    std::vector<int32_t> single;
  };
  std::vector<Prepared> data(train.size());
  for (size_t i = 0; i < train.size(); ++i)
    for (const TreebankWord& w : train[i].words) {
      auto it = lexicon.find(w.form);
      const Tagger::LexEntry e = it == lexicon.end() ? Tagger::LexEntry{} : it->second;
      data[i].words.push_back(tagger_features::describe(w.form, e.ambiguity, cluster_of(w.form)));
      data[i].gold.push_back(class_ids.at({w.upos, w.xpos}));
      data[i].single.push_back(e.single);
    }

  std::vector<std::vector<std::string>> self_test;
  for (size_t i = 0; i < train.size() && self_test.size() < 3; ++i) {
    std::vector<std::string> words;
    for (const TreebankWord& w : train[i].words) words.push_back(w.form);
    self_test.push_back(std::move(words));
  }

  std::mt19937_64 rng(options.seed);
  TaggerTrainResult result;
  // Runs the perceptron over `subset` of the data; `first` gives the first
  // pass's tags when training the second pass. Returns the averaged weights
  // of the chosen iteration; `score` (may be empty) measures a candidate.
  auto learn = [&](const std::vector<uint32_t>& subset, const std::vector<std::vector<int>>* first, int pass,
                   int fold,
                   const std::function<std::optional<SyntaxScore>(std::vector<Tagger::FeatureRow>)>& score)
      -> std::vector<Tagger::FeatureRow> {
    Model model(classes.size());
    std::vector<uint32_t> order = subset;
    std::vector<uint64_t> feats;
    std::vector<Tagger::FeatureRow> chosen;
    int64_t now = 0;
    double best_dev = -1;
    const int iterations =
        pass == 2 && options.second_iterations > 0 ? options.second_iterations : options.iterations;
    for (int it = 1; it <= iterations; ++it) {
      const auto t0 = std::chrono::steady_clock::now();
      shuffle(order, rng);
      size_t correct = 0, seen = 0;
      for (uint32_t si : order) {
        const Prepared& p = data[si];
        const std::span<const int> f = first ? std::span<const int>((*first)[si]) : std::span<const int>{};
        int prev1 = -1, prev2 = -1;
        for (size_t i = 0; i < p.words.size(); ++i) {
          int guess = p.single[i];
          if (guess < 0) {
            tagger_features::extract(p.words, i, prev1, prev2, f, feats);
            ++now;
            guess = model.predict(feats);
            if (guess != p.gold[i]) model.update(feats, p.gold[i], guess, now);
          }
          correct += guess == p.gold[i];
          ++seen;
          prev2 = prev1;
          prev1 = guess;
        }
      }
      TaggerIteration report;
      report.pass = pass;
      report.fold = fold;
      report.iteration = it;
      report.train_accuracy = static_cast<double>(correct) / static_cast<double>(seen);
      const bool last = it == iterations;
      std::optional<SyntaxScore> s;
      if (score && (options.keep_best || last)) s = score(model.averaged(now, options.prune));
      if (s) {
        report.dev_upos = s->upos_accuracy();
        report.dev_xpos = s->xpos_accuracy();
      }
      const bool take = s && options.keep_best ? report.dev_upos > best_dev : last;
      if (take) {
        chosen = model.averaged(now, options.prune);
        if (s) best_dev = report.dev_upos;
        if (fold == 0) result.chosen_iteration = it;
      }
      report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      if (fold == 0) result.iterations.push_back(report);
      if (options.on_iteration) options.on_iteration(report);
    }
    return chosen;
  };
  std::vector<uint32_t> all(train.size());
  for (size_t i = 0; i < all.size(); ++i) all[i] = static_cast<uint32_t>(i);
  const float retag = static_cast<float>(options.retag_margin);
  auto dev_score = [&](std::vector<std::vector<Tagger::FeatureRow>> passes) -> std::optional<SyntaxScore> {
    if (!options.dev) return std::nullopt;
    return score_tagger(Tagger::build(classes, lexicon, clusters, std::move(passes), retag), *options.dev);
  };

  std::vector<std::vector<Tagger::FeatureRow>> passes;
  passes.push_back(learn(all, nullptr, 1, 0,
                         [&](std::vector<Tagger::FeatureRow> rows) { return dev_score({std::move(rows)}); }));
  if (options.two_pass && train.size() >= static_cast<size_t>(kFolds)) {
    // The second pass must learn from first-pass tags as wrong as they will
    // be on new text, so each sentence gets them from a first pass trained
    // without it (jackknifing, as for stacked parsers).
    std::vector<std::vector<int>> first(train.size());
    for (int fold = 1; fold <= kFolds; ++fold) {
      std::vector<uint32_t> in, out;
      for (uint32_t i : all) (static_cast<int>(i % kFolds) + 1 == fold ? out : in).push_back(i);
      const Tagger t = Tagger::build(classes, lexicon, clusters, {learn(in, nullptr, 1, fold, {})});
      std::vector<std::string_view> words;
      std::vector<TagResult> tags;
      TagScratch scratch;
      for (uint32_t i : out) {
        words.clear();
        for (const TreebankWord& w : train[i].words) words.push_back(w.form);
        t.tag(words, tags, scratch);
        for (const TagResult& r : tags) first[i].push_back(r.tag);
      }
    }
    const int first_chosen = result.chosen_iteration;
    passes.push_back(learn(all, &first, 2, 0, [&](std::vector<Tagger::FeatureRow> rows) {
      return dev_score({passes[0], std::move(rows)});
    }));
    result.first_pass_iteration = first_chosen;
  }
  result.tagger = Tagger::build(classes, lexicon, clusters, std::move(passes), retag);
  result.tagger.set_self_test(self_test);
  return result;
}

}  // namespace dyad
