// Training the parser: an averaged perceptron over arc-hybrid transitions,
// with a dynamic oracle and error exploration (Goldberg & Nivre 2012, 2013).
//
// At each state the model's best valid action is compared with the cheapest
// actions (those losing the fewest gold arcs); when it costs more, the
// weights move towards the best-scoring cheapest action and away from the
// prediction. From the second iteration the trainer then follows the
// model's own prediction (90% of the time, by a seeded generator) rather
// than the oracle's, so it meets and learns from the states its own
// mistakes lead to, as at run time. Everything is deterministic for a seed.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <random>
#include <unordered_map>

#include "syntax/parser.h"
#include "syntax/parser_impl.h"
#include "syntax/parser_internal.h"

namespace dyad {
namespace {

using namespace parser_detail;

struct Example {
  std::vector<ParserInput> words;  // views into the treebank or the tags below
  std::vector<int32_t> gold_head;  // State numbering: root = n + 1; index 0 unused
  std::vector<int32_t> gold_label;
};

// Weights while learning: the current weight of each (feature, action), the
// sum of its values over time (for averaging, updated lazily) and when it
// last changed.
class TrainWeights {
 public:
  struct Entry {
    uint16_t cls;
    float w;
    double total;
    uint64_t stamp;
  };
  void score(const std::vector<uint64_t>& features, std::vector<float>& scores) const {
    for (uint64_t f : features) {
      auto it = index_.find(f);
      if (it == index_.end()) continue;
      for (const Entry& e : rows_[it->second]) scores[e.cls] += e.w;
    }
  }
  void update(const std::vector<uint64_t>& features, int cls, float delta, uint64_t now) {
    for (uint64_t f : features) {
      auto [it, fresh] = index_.try_emplace(f, static_cast<uint32_t>(rows_.size()));
      if (fresh) rows_.emplace_back();
      std::vector<Entry>& row = rows_[it->second];
      Entry* e = nullptr;
      for (Entry& x : row)
        if (x.cls == cls) e = &x;
      if (!e) {
        row.push_back(Entry{static_cast<uint16_t>(cls), 0.0f, 0.0, now});
        e = &row.back();
      }
      e->total += double(e->w) * double(now - e->stamp);
      e->stamp = now;
      e->w += delta;
    }
  }
  model_io::SparseWeights averaged(uint64_t now, double prune) const {
    std::vector<model_io::SparseWeights::Row> rows;
    rows.reserve(index_.size());
    for (const auto& [key, idx] : index_) {
      model_io::SparseWeights::Row r{key, {}};
      for (const Entry& e : rows_[idx]) {
        const double avg =
            (e.total + double(e.w) * double(now - e.stamp)) / double(std::max<uint64_t>(now, 1));
        if (avg != 0 && std::abs(avg) >= prune) r.entries.push_back({e.cls, static_cast<float>(avg)});
      }
      if (!r.entries.empty()) rows.push_back(std::move(r));
    }
    return model_io::SparseWeights::build(std::move(rows));
  }

 private:
  std::unordered_map<uint64_t, uint32_t> index_;
  std::vector<std::vector<Entry>> rows_;
};

using Tags = std::vector<std::vector<std::pair<std::string, std::string>>>;

Result<std::vector<Example>> make_examples(const std::vector<TreebankSentence>& sentences, const Tags& tags,
                                           const std::map<std::string, int>& label_ids, bool projective,
                                           int* lifted) {
  std::vector<Example> out;
  out.reserve(sentences.size());
  for (size_t si = 0; si < sentences.size(); ++si) {
    const TreebankSentence& s = sentences[si];
    const int n = static_cast<int>(s.words.size());
    if (!tags.empty() && tags[si].size() != s.words.size())
      return Status::Invalid("sentence at line " + std::to_string(s.line) + ": tags do not match its words");
    Example ex;
    std::vector<int32_t> heads;
    for (int i = 0; i < n; ++i) {
      const TreebankWord& w = s.words[static_cast<size_t>(i)];
      if (w.head < 0 || w.head > n)
        return Status::Invalid("sentence at line " + std::to_string(s.line) + ": word " +
                               std::to_string(i + 1) +
                               " has no head in range; the parser trains on complete trees");
      heads.push_back(w.head);
      if (tags.empty())
        ex.words.push_back({w.form, w.upos, w.xpos});
      else
        ex.words.push_back(
            {w.form, tags[si][static_cast<size_t>(i)].first, tags[si][static_cast<size_t>(i)].second});
    }
    if (projective && lifted) *lifted += projectivize(heads);
    ex.gold_head.assign(static_cast<size_t>(n) + 2, 0);
    ex.gold_label.assign(static_cast<size_t>(n) + 2, -1);
    for (int i = 1; i <= n; ++i) {
      const int h = heads[static_cast<size_t>(i - 1)];
      ex.gold_head[static_cast<size_t>(i)] = h == 0 ? n + 1 : h;
      auto it = label_ids.find(s.words[static_cast<size_t>(i - 1)].deprel);
      ex.gold_label[static_cast<size_t>(i)] = it == label_ids.end() ? -1 : it->second;
    }
    out.push_back(std::move(ex));
  }
  return out;
}

}  // namespace

Result<ParserTrainResult> train_parser(const std::vector<TreebankSentence>& train,
                                       const ParserTrainOptions& options) {
  if (train.empty()) return Status::Invalid("no training sentences");
  // Labels, sorted so that ids do not depend on the order of the data.
  std::map<std::string, int> label_ids;
  for (const TreebankSentence& s : train)
    for (const TreebankWord& w : s.words) label_ids.emplace(w.deprel, 0);
  if (!label_ids.count("root")) return Status::Invalid("the training data has no \"root\" relation");
  std::vector<std::string> labels;
  for (auto& [name, id] : label_ids) {
    id = static_cast<int>(labels.size());
    labels.push_back(name);
  }
  const int nlabels = static_cast<int>(labels.size());
  const int root_label = label_ids.at("root");

  int lifted = 0;
  auto examples = make_examples(train, options.train_tags, label_ids, true, &lifted);
  if (!examples.ok()) return examples.status();
  std::vector<Example> dev;
  if (options.dev) {
    auto d = make_examples(*options.dev, options.dev_tags, label_ids, false, nullptr);
    if (!d.ok()) return d.status();
    dev = std::move(d).value();
  }

  auto model = std::make_unique<Parser::Impl>();
  model->labels = labels;
  model->root_label = root_label;
  model->clusters = options.clusters;

  TrainWeights weights;
  std::mt19937_64 rng(options.seed);
  std::vector<size_t> order(examples->size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::vector<WordInfo> info;
  std::vector<uint64_t> features;
  std::vector<float> scores;
  std::vector<int> costs;
  State st;
  uint64_t now = 0;

  ParserTrainResult result;
  result.lifted_arcs = lifted;
  double best_las = -1;
  model_io::SparseWeights best_weights;
  using Clock = std::chrono::steady_clock;
  for (int it = 1; it <= options.iterations; ++it) {
    const auto t0 = Clock::now();
    // Fisher-Yates with our own draws: std::shuffle's algorithm is not
    // specified, so it could differ between standard libraries.
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
    size_t arcs = 0, right = 0;
    for (size_t idx : order) {
      const Example& ex = (*examples)[idx];
      model->describe(ex.words, info);
      st.init(static_cast<int>(ex.words.size()));
      while (!st.terminal()) {
        extract(st, info, features);
        scores.assign(static_cast<size_t>(1 + 2 * nlabels), 0.0f);
        weights.score(features, scores);
        action_costs(st, ex.gold_head, ex.gold_label, nlabels, root_label, costs);
        int pred = -1, gold = -1, min_cost = 1 << 30;
        for (size_t a = 0; a < costs.size(); ++a)
          if (costs[a] >= 0) min_cost = std::min(min_cost, costs[a]);
        for (size_t a = 0; a < costs.size(); ++a) {
          if (costs[a] < 0) continue;
          if (pred < 0 || scores[a] > scores[static_cast<size_t>(pred)]) pred = static_cast<int>(a);
          if (costs[a] == min_cost && (gold < 0 || scores[a] > scores[static_cast<size_t>(gold)]))
            gold = static_cast<int>(a);
        }
        ++now;
        if (costs[static_cast<size_t>(pred)] > min_cost) {
          weights.update(features, gold, 1.0f, now);
          weights.update(features, pred, -1.0f, now);
        }
        const bool explore = it > 1 && (rng() % 10) != 0;
        const int follow = explore ? pred : gold;
        if (follow != kShift) {
          const int s0 = st.s(0);
          const int to = follow <= nlabels ? st.b : st.s(1);
          ++arcs;
          right += ex.gold_head[static_cast<size_t>(s0)] == to;
        }
        st.apply(follow, nlabels);
      }
    }
    model_io::SparseWeights averaged = weights.averaged(now, options.prune);
    model->table.build(averaged, static_cast<size_t>(1 + 2 * nlabels));
    ParserIteration report;
    report.iteration = it;
    report.train_uas = arcs ? double(right) / double(arcs) : 0;
    if (!dev.empty()) {
      Parser probe = Parser::Impl::wrap(std::move(model));
      size_t words = 0, uas = 0, las = 0;
      std::vector<Dependency> out;
      ParseScratch scratch;
      for (const Example& ex : dev) {
        probe.parse(ex.words, out, scratch);
        for (size_t i = 0; i < out.size(); ++i) {
          ++words;
          const int gh = ex.gold_head[i + 1] == static_cast<int>(out.size()) + 1 ? 0 : ex.gold_head[i + 1];
          if (static_cast<int>(out[i].head) == gh) {
            ++uas;
            las += out[i].label == ex.gold_label[i + 1];
          }
        }
      }
      model = Parser::Impl::unwrap(std::move(probe));
      report.dev_uas = words ? double(uas) / double(words) : 0;
      report.dev_las = words ? double(las) / double(words) : 0;
    }
    report.seconds = std::chrono::duration<double>(Clock::now() - t0).count();
    result.iterations.push_back(report);
    if (options.on_iteration) options.on_iteration(report);
    const double score = dev.empty() || !options.keep_best ? double(it) : report.dev_las;
    if (score > best_las) {
      best_las = score;
      best_weights = std::move(averaged);
      result.chosen_iteration = it;
    }
  }
  model->table.build(best_weights, static_cast<size_t>(1 + 2 * nlabels));
  Parser parser = Parser::Impl::wrap(std::move(model));
  // Self-test: the first few training sentences, re-parsed at every load.
  std::vector<std::vector<ParserInput>> probe;
  for (size_t i = 0; i < examples->size() && probe.size() < 4; ++i)
    if ((*examples)[i].words.size() >= 5) probe.push_back((*examples)[i].words);
  Parser::Impl::set_self_test(parser, probe);
  result.parser = std::move(parser);
  return result;
}

}  // namespace dyad
