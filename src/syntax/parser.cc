#include "syntax/parser.h"

#include <xxhash.h>

#include <algorithm>
#include <limits>

#include "core/file.h"
#include "syntax/model_io.h"
#include "syntax/parser_impl.h"
#include "syntax/parser_internal.h"

namespace dyad {
namespace parser_detail {

void State::init(int words) {
  n = words;
  b = 1;
  stack.clear();
  const size_t size = static_cast<size_t>(n) + 2;
  head.assign(size, 0);
  label.assign(size, -1);
  l1.assign(size, 0);
  l2.assign(size, 0);
  r1.assign(size, 0);
  r2.assign(size, 0);
  nl.assign(size, 0);
  nr.assign(size, 0);
  lset.assign(size, 0);
  rset.assign(size, 0);
}

bool State::valid(int action, int labels, int root_label) const {
  if (action == kShift) return b <= n;
  if (action <= labels) {
    const int l = action - 1;
    if (stack.empty()) return false;
    if (b == n + 1) return stack.size() == 1 && l == root_label;
    return l != root_label;
  }
  const int l = action - 1 - labels;
  return stack.size() >= 2 && l != root_label;
}

void State::attach(int dependent, int to, int relation) {
  head[dependent] = to;
  label[dependent] = relation;
  const uint64_t bit = uint64_t{1} << (static_cast<unsigned>(relation) & 63u);
  if (dependent < to) {
    // Left children arrive nearest first, so each new one is the leftmost.
    l2[to] = l1[to];
    l1[to] = dependent;
    if (nl[to] < 255) ++nl[to];
    lset[to] |= bit;
  } else {
    // Right children arrive in text order, so each new one is the rightmost.
    r2[to] = r1[to];
    r1[to] = dependent;
    if (nr[to] < 255) ++nr[to];
    rset[to] |= bit;
  }
}

void State::apply(int action, int labels) {
  if (action == kShift) {
    stack.push_back(b++);
    return;
  }
  const int s0 = stack.back();
  stack.pop_back();
  if (action <= labels)
    attach(s0, b, action - 1);
  else
    attach(s0, stack.back(), action - 1 - labels);
}

namespace {

constexpr uint64_t kNone = 0;

inline uint64_t mix(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

// Feature hashes: a template number and up to three values. The template
// numbers come from the order of the calls in extract(), so changing that
// order changes the model format.
struct Emit {
  std::vector<uint64_t>& out;
  uint64_t t = 0;
  void operator()(uint64_t a) { out.push_back(mix(++t * 0x9E3779B97F4A7C15ULL + a)); }
  void operator()(uint64_t a, uint64_t b) {
    out.push_back(mix(mix(++t * 0x9E3779B97F4A7C15ULL + a) + b * 0xD6E8FEB86659FD93ULL));
  }
  void operator()(uint64_t a, uint64_t b, uint64_t c) {
    out.push_back(mix(mix(mix(++t * 0x9E3779B97F4A7C15ULL + a) + b * 0xD6E8FEB86659FD93ULL) + c));
  }
};

inline uint64_t bucket(int d) {
  if (d <= 0) return 0;
  if (d <= 4) return static_cast<uint64_t>(d);
  if (d <= 9) return 5;
  return 6;
}

}  // namespace

void extract(const State& st, std::span<const WordInfo> words, std::vector<uint64_t>& out) {
  out.clear();
  Emit f{out};
  const int s0 = st.s(0), s1 = st.s(1), s2 = st.s(2);
  const int b0 = st.buf(0), b1 = st.buf(1), b2 = st.buf(2);
  const WordInfo &S0 = words[s0], &S1 = words[s1], &S2 = words[s2];
  const WordInfo &B0 = words[b0], &B1 = words[b1], &B2 = words[b2];
  // Children: of words on the stack and of the buffer front (which has only
  // left children in arc-hybrid).
  const int s0l1 = s0 ? st.l1[s0] : 0, s0l2 = s0 ? st.l2[s0] : 0;
  const int s0r1 = s0 ? st.r1[s0] : 0, s0r2 = s0 ? st.r2[s0] : 0;
  const int s1l1 = s1 ? st.l1[s1] : 0, s1r1 = s1 ? st.r1[s1] : 0, s1r2 = s1 ? st.r2[s1] : 0;
  const int b0l1 = b0 ? st.l1[b0] : 0, b0l2 = b0 ? st.l2[b0] : 0;
  const WordInfo &S0L1 = words[s0l1], &S0L2 = words[s0l2], &S0R1 = words[s0r1], &S0R2 = words[s0r2];
  const WordInfo &S1L1 = words[s1l1], &S1R1 = words[s1r1], &S1R2 = words[s1r2];
  const WordInfo &B0L1 = words[b0l1], &B0L2 = words[b0l2];
  auto lab = [&](int i) -> uint64_t { return i ? static_cast<uint64_t>(st.label[i] + 1) : kNone; };
  const uint64_t s0wp = S0.w * 31 + S0.p, s1wp = S1.w * 31 + S1.p, b0wp = B0.w * 31 + B0.p,
                 b1wp = B1.w * 31 + B1.p;

  f(1);  // bias
  // Single words.
  f(S0.w), f(S0.p), f(s0wp), f(S0.c), f(S0.u);
  f(S1.w), f(S1.p), f(s1wp), f(S1.c), f(S1.u);
  f(S2.w), f(S2.p);
  f(B0.w), f(B0.p), f(b0wp), f(B0.c), f(B0.u);
  f(B1.w), f(B1.p), f(b1wp), f(B1.c);
  f(B2.w), f(B2.p);
  // Pairs: s0 with b0 (LEFT) and s1 with s0 (RIGHT).
  f(s0wp, b0wp), f(s0wp, B0.w), f(S0.w, b0wp), f(s0wp, B0.p), f(S0.p, b0wp), f(S0.w, B0.w), f(S0.p, B0.p);
  f(s1wp, s0wp), f(s1wp, S0.w), f(S1.w, s0wp), f(s1wp, S0.p), f(S1.p, s0wp), f(S1.w, S0.w), f(S1.p, S0.p);
  f(B0.p, B1.p), f(S0.c, B0.c), f(S1.c, S0.c), f(S0.c, B0.p), f(S0.p, B0.c), f(S1.c, S0.p), f(S1.p, S0.c);
  f(S0.u, B0.u), f(S1.u, S0.u), f(S0.w, B1.p), f(S0.p, B1.w);
  // Triples of tags.
  f(B0.p, B1.p, B2.p), f(S0.p, B0.p, B1.p), f(S1.p, S0.p, B0.p), f(S2.p, S1.p, S0.p);
  f(S0.p, S0L1.p, B0.p), f(S0.p, S0R1.p, B0.p), f(S0.p, B0.p, B0L1.p);
  f(S1.p, S1L1.p, S0.p), f(S1.p, S1R1.p, S0.p), f(S1.p, S0.p, S0L1.p), f(S1.p, S0.p, S0R1.p);
  f(S1.u, S0.u, B0.u), f(S0.w, B0.p, B1.p), f(S1.p, S0.w, B0.p);
  // Distances.
  const uint64_t d = (s0 && b0) ? bucket(b0 - s0) : 0, d2 = (s1 && s0) ? bucket(s0 - s1) : 0;
  f(S0.w, d), f(S0.p, d), f(B0.w, d), f(B0.p, d), f(S0.w, B0.w, d), f(S0.p, B0.p, d);
  f(S1.p, S0.p, d2), f(S1.w, S0.w, d2), f(S1.w, d2), f(S0.w, d2);
  // Valencies.
  const uint64_t s0vl = s0 ? st.nl[s0] : 0, s0vr = s0 ? st.nr[s0] : 0;
  const uint64_t s1vl = s1 ? st.nl[s1] : 0, s1vr = s1 ? st.nr[s1] : 0, b0vl = b0 ? st.nl[b0] : 0;
  f(S0.w, s0vl), f(S0.p, s0vl), f(S0.w, s0vr), f(S0.p, s0vr);
  f(S1.w, s1vl), f(S1.p, s1vl), f(S1.w, s1vr), f(S1.p, s1vr);
  f(B0.w, b0vl), f(B0.p, b0vl);
  // Children.
  f(S0L1.w), f(S0L1.p), f(lab(s0l1)), f(S0R1.w), f(S0R1.p), f(lab(s0r1));
  f(S1L1.w), f(S1L1.p), f(lab(s1l1)), f(S1R1.w), f(S1R1.p), f(lab(s1r1));
  f(B0L1.w), f(B0L1.p), f(lab(b0l1));
  f(S0L2.w), f(S0L2.p), f(lab(s0l2)), f(S0R2.w), f(S0R2.p), f(lab(s0r2));
  f(S1R2.p), f(lab(s1r2)), f(B0L2.w), f(B0L2.p), f(lab(b0l2));
  f(S0.p, S0L1.p, S0L2.p), f(S0.p, S0R1.p, S0R2.p), f(B0.p, B0L1.p, B0L2.p), f(S1.p, S1R1.p, S1R2.p);
  f(S0.p, lab(s0l1), lab(s0r1)), f(S1.p, lab(s1l1), lab(s1r1)), f(B0.p, lab(b0l1));
  // Label sets.
  const uint64_t s0L = s0 ? st.lset[s0] : 0, s0R = s0 ? st.rset[s0] : 0;
  const uint64_t s1L = s1 ? st.lset[s1] : 0, s1R = s1 ? st.rset[s1] : 0, b0L = b0 ? st.lset[b0] : 0;
  f(S0.w, s0L), f(S0.p, s0L), f(S0.w, s0R), f(S0.p, s0R);
  f(S1.w, s1L), f(S1.p, s1L), f(S1.w, s1R), f(S1.p, s1R);
  f(B0.w, b0L), f(B0.p, b0L);
  // Clusters in context.
  f(S0.c, B0.c, B1.p), f(S1.c, S0.c, B0.p), f(S0.c, S0L1.p), f(B0.c, B0L1.p), f(S0.c, S0R1.p);
  // Whether b0 is the root (the end of the sentence), with s0 and s1.
  f(b0 == st.n + 1 ? uint64_t{1} : uint64_t{2}, S0.p, S1.p);
}

void action_costs(const State& st, std::span<const int32_t> gold_head, std::span<const int32_t> gold_label,
                  int labels, int root_label, std::vector<int>& costs) {
  const int actions = 1 + 2 * labels;
  costs.assign(static_cast<size_t>(actions), -1);
  const int s0 = st.s(0), s1 = st.s(1), b0 = st.b;
  // Stack items have no head yet; buffer items are b0..n+1.
  auto in_buffer = [&](int i) { return i >= b0; };
  if (st.valid(kShift, labels, root_label)) {
    int c = 0;
    for (int k : st.stack) {
      if (gold_head[b0] == k && k != s0) ++c;
      if (gold_head[k] == b0) ++c;
    }
    costs[kShift] = c;
  }
  if (s0 == 0) return;
  // s0's dependents still in the buffer are lost by either arc action.
  int lost_dependents = 0;
  for (int k = b0; k <= st.n; ++k)
    if (gold_head[k] == s0) ++lost_dependents;
  const int gh = gold_head[s0], gl = gold_label[s0];
  // LEFT-l: s0 <- b0.
  {
    const int head_cost = (gh != b0 && (gh == s1 || (in_buffer(gh) && gh != b0))) ? 1 : 0;
    for (int l = 0; l < labels; ++l) {
      const int a = left_action(l);
      if (!st.valid(a, labels, root_label)) continue;
      costs[static_cast<size_t>(a)] = head_cost + lost_dependents + ((gh == b0 && gl != l) ? 1 : 0);
    }
  }
  // RIGHT-l: s1 -> s0.
  if (s1) {
    const int head_cost = (gh != s1 && in_buffer(gh)) ? 1 : 0;
    for (int l = 0; l < labels; ++l) {
      const int a = right_action(l, labels);
      if (!st.valid(a, labels, root_label)) continue;
      costs[static_cast<size_t>(a)] = head_cost + lost_dependents + ((gh == s1 && gl != l) ? 1 : 0);
    }
  }
}

namespace {
// Whether arc head -> dep is projective: every word strictly between them
// descends from `head`.
bool projective_arc(const std::vector<int32_t>& heads, int dep) {
  const int h = heads[static_cast<size_t>(dep - 1)];
  if (h == 0) return true;
  const int lo = std::min(h, dep), hi = std::max(h, dep);
  for (int k = lo + 1; k < hi; ++k) {
    int a = k;
    size_t guard = 0;
    while (a != 0 && a != h && guard++ <= heads.size()) a = heads[static_cast<size_t>(a - 1)];
    if (a != h) return false;
  }
  return true;
}
}  // namespace

int projectivize(std::vector<int32_t>& heads) {
  int lifted = 0;
  const int n = static_cast<int>(heads.size());
  for (bool changed = true; changed;) {
    changed = false;
    // Lift the shortest non-projective arc first, as Kahane et al. do, so
    // arcs move as little as possible.
    int best = 0, best_len = std::numeric_limits<int>::max();
    for (int d = 1; d <= n; ++d) {
      const int h = heads[static_cast<size_t>(d - 1)];
      if (h == 0 || projective_arc(heads, d)) continue;
      const int len = std::abs(h - d);
      if (len < best_len) best = d, best_len = len;
    }
    if (best && lifted < 4 * n) {
      heads[static_cast<size_t>(best - 1)] =
          heads[static_cast<size_t>(heads[static_cast<size_t>(best - 1)] - 1)];
      ++lifted;
      changed = true;
    }
  }
  return lifted;
}

uint64_t hash_string(std::string_view s) {
  return s.empty() ? 0x5F5F ^ 0x1234567 : XXH3_64bits(s.data(), s.size());
}

uint64_t hash_lower(std::string_view s) {
  const std::string lower = tagger_features::lower(s);
  return XXH3_64bits(lower.data(), lower.size());
}

WordInfo root_info() { return WordInfo{0x524f4f5457ULL, 0x524f4f5450ULL, 0x524f4f5455ULL, 0x524f4f5443ULL}; }

}  // namespace parser_detail

using namespace parser_detail;

Parser::Parser() : impl_(std::make_unique<Impl>()) {}
Parser::~Parser() = default;
Parser::Parser(Parser&&) noexcept = default;
Parser& Parser::operator=(Parser&&) noexcept = default;
Parser::Parser(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ParseScratch::ParseScratch() : impl(std::make_unique<Impl>()) {}
ParseScratch::~ParseScratch() = default;

Parser Parser::Impl::wrap(std::unique_ptr<Impl> impl) { return Parser(std::move(impl)); }

void Parser::Impl::describe(std::span<const ParserInput> words, std::vector<WordInfo>& out) const {
  out.resize(words.size() + 2);
  out[0] = WordInfo{};
  for (size_t i = 0; i < words.size(); ++i) {
    WordInfo& w = out[i + 1];
    // Lower-cased once for both the form feature and the cluster, which is
    // keyed as the tagger keys it.
    const std::string lower = tagger_features::lower(words[i].form);
    w.w = XXH3_64bits(lower.data(), lower.size());
    w.p = hash_string(words[i].xpos);
    w.u = hash_string(words[i].upos);
    w.c = 0;
    if (auto it = clusters.find(lower); it != clusters.end()) w.c = uint64_t{it->second} + 1;
  }
  out[words.size() + 1] = root_info();
}

void ScoreTable::build(const model_io::SparseWeights& w, size_t actions) {
  const size_t n = w.features();
  size_t cap = 16;
  while (cap < 2 * n) cap <<= 1;
  slots_.assign(cap, Slot{});
  mask_ = cap - 1;
  entries_.clear();
  dense_.clear();
  padded_ = (actions + 7) / 8 * 8;
  features_ = 0;
  size_t dense_rows = 0;
  for (size_t i = 0; i < n; ++i) {
    const auto row = w.entries_at(i);
    if (row.empty()) continue;
    uint64_t at = w.key_at(i) & mask_;
    while (slots_[at].count) at = (at + 1) & mask_;
    Slot& slot = slots_[at];
    ++features_;
    slot.key = w.key_at(i);
    slot.start = static_cast<uint32_t>(entries_.size());
    slot.count = static_cast<uint16_t>(std::min<size_t>(row.size(), 65535));
    entries_.insert(entries_.end(), row.begin(), row.begin() + slot.count);
    if (slot.count >= kInline + kDenseFrom && dense_rows < 65534) {
      slot.dense = static_cast<uint16_t>(++dense_rows);
      dense_.resize(dense_rows * padded_, 0.0f);
      float* d = dense_.data() + (dense_rows - 1) * padded_;
      for (size_t e = kInline; e < slot.count; ++e)
        if (row[e].cls < actions) d[row[e].cls] = row[e].weight;
    }
  }
}

model_io::SparseWeights ScoreTable::weights() const {
  std::vector<model_io::SparseWeights::Row> rows;
  rows.reserve(features_);
  for (const Slot& s : slots_) {
    if (!s.count) continue;
    rows.push_back({s.key, {entries_.begin() + s.start, entries_.begin() + s.start + s.count}});
  }
  return model_io::SparseWeights::build(std::move(rows));
}

size_t ScoreTable::bytes() const {
  return slots_.size() * sizeof(Slot) + entries_.size() * sizeof(entries_[0]) + dense_.size() * sizeof(float);
}

void ScoreTable::add_all(std::span<const uint64_t> keys, float* scores, std::vector<uint32_t>& found) const {
  // Three passes so that cache misses overlap: find every slot (their lines
  // were prefetched together), then add the first entries of each (their
  // lines prefetched on the way), then the rest.
  for (uint64_t k : keys) __builtin_prefetch(&slots_[k & mask_]);
  found.clear();
  for (uint64_t k : keys) {
    uint64_t at = k & mask_;
    while (slots_[at].count && slots_[at].key != k) at = (at + 1) & mask_;
    if (!slots_[at].count) continue;
    __builtin_prefetch(entries_.data() + slots_[at].start);
    found.push_back(static_cast<uint32_t>(at));
  }
  for (uint32_t at : found) {
    const Slot& s = slots_[at];
    const model_io::SparseWeights::Entry* e = entries_.data() + s.start;
    const uint32_t first = std::min<uint32_t>(s.count, kInline);
    for (uint32_t i = 0; i < first; ++i) scores[e[i].cls] += e[i].weight;
    if (s.dense) __builtin_prefetch(dense_.data() + (s.dense - 1) * padded_);
  }
  for (uint32_t at : found) {
    const Slot& s = slots_[at];
    if (s.count <= kInline) continue;
    if (s.dense) {
      // x + 0.0f == x, so the zeros leave every other score as it was.
      const float* d = dense_.data() + (s.dense - 1) * padded_;
      for (size_t a = 0; a < padded_; ++a) scores[a] += d[a];
    } else {
      const model_io::SparseWeights::Entry* e = entries_.data() + s.start;
      for (uint32_t i = kInline; i < s.count; ++i) scores[e[i].cls] += e[i].weight;
    }
  }
}

int Parser::Impl::best_action(const State& st, const std::vector<uint64_t>& features,
                              std::vector<float>& scores, std::vector<uint32_t>& found) const {
  const int nlabels = static_cast<int>(labels.size());
  const size_t actions = static_cast<size_t>(1 + 2 * nlabels);
  scores.assign(table.padded(), 0.0f);
  table.add_all(features, scores.data(), found);
  int best = -1;
  float best_score = 0;
  for (size_t a = 0; a < actions; ++a) {
    if (!st.valid(static_cast<int>(a), nlabels, root_label)) continue;
    if (best < 0 || scores[a] > best_score) best = static_cast<int>(a), best_score = scores[a];
  }
  return best;
}

void Parser::parse(std::span<const ParserInput> words, std::vector<Dependency>& out,
                   ParseScratch& scratch) const {
  out.assign(words.size(), Dependency{});
  if (words.empty()) return;
  ParseScratch::Impl& s = *scratch.impl;
  impl_->describe(words, s.words);
  State& st = s.state;
  st.init(static_cast<int>(words.size()));
  const int labels = static_cast<int>(impl_->labels.size());
  while (!st.terminal()) {
    extract(st, s.words, s.features);
    const int a = impl_->best_action(st, s.features, s.scores, s.found);
    if (a < 0) break;  // cannot happen: some action is always valid
    st.apply(a, labels);
  }
  const int n = static_cast<int>(words.size());
  for (int i = 1; i <= n; ++i) {
    const int h = st.head[static_cast<size_t>(i)];
    Dependency& d = out[static_cast<size_t>(i - 1)];
    d.head = (h == n + 1 || h == 0) ? 0 : static_cast<uint32_t>(h);
    d.label = static_cast<uint16_t>(st.label[static_cast<size_t>(i)] < 0 ? impl_->root_label
                                                                         : st.label[static_cast<size_t>(i)]);
  }
}

void Parser::parse(std::span<const ParserInput> words, std::vector<Dependency>& out) const {
  ParseScratch scratch;
  parse(words, out, scratch);
}

const std::vector<std::string>& Parser::labels() const { return impl_->labels; }
size_t Parser::feature_count() const { return impl_->table.features(); }
size_t Parser::weight_count() const { return impl_->table.weights_count(); }

namespace {
constexpr model_io::Format kFormat{"dyad-parser", "parser", kParserFormatVersion, kParserFormatVersion,
                                   "dyad train parser"};
}  // namespace

std::string Parser::serialize() const {
  model_io::Writer w;
  const Impl& m = *impl_;
  w.u32(static_cast<uint32_t>(m.labels.size()));
  for (const std::string& l : m.labels) w.str(l);
  w.u32(static_cast<uint32_t>(m.root_label));
  std::vector<const Impl::ClusterMap::value_type*> cl;
  for (const auto& kv : m.clusters) cl.push_back(&kv);
  std::sort(cl.begin(), cl.end(), [](auto* a, auto* b) { return a->first < b->first; });
  w.u32(static_cast<uint32_t>(cl.size()));
  for (auto* kv : cl) {
    w.str(kv->first);
    w.u16(kv->second);
  }
  m.table.weights().write(w);
  w.u32(static_cast<uint32_t>(m.self_test.size()));
  for (const Impl::SelfTest& t : m.self_test) {
    w.u32(static_cast<uint32_t>(t.form.size()));
    for (size_t i = 0; i < t.form.size(); ++i) {
      w.str(t.form[i]);
      w.str(t.upos[i]);
      w.str(t.xpos[i]);
      w.u32(t.expected[i].head);
      w.u16(t.expected[i].label);
    }
  }
  return model_io::pack(kFormat, w.out);
}

Result<Parser> Parser::deserialize(std::string_view bytes, const std::string& name) {
  auto raw = model_io::unpack(bytes, name, kFormat);
  if (!raw.ok()) return raw.status();
  model_io::Reader r(*raw);
  auto m = std::make_unique<Impl>();
  m->labels.resize(r.count(4));
  for (std::string& l : m->labels) l = r.str();
  m->root_label = static_cast<int>(r.u32());
  if (m->labels.empty() || m->labels.size() > 30000 || m->root_label >= static_cast<int>(m->labels.size()))
    return Status::Invalid(name + ": corrupt model (labels)");
  const uint32_t ncl = r.count(6);
  for (uint32_t i = 0; i < ncl && r.ok(); ++i) {
    std::string word = r.str();
    const uint16_t c = r.u16();
    m->clusters.emplace(std::move(word), c);
  }
  {
    model_io::SparseWeights weights;
    if (!model_io::SparseWeights::read(r, 1 + 2 * m->labels.size(), weights, /*lookups=*/false))
      return Status::Invalid(name + ": corrupt model (weights)");
    m->table.build(weights, 1 + 2 * m->labels.size());
  }
  m->self_test.resize(r.count(4));
  for (Impl::SelfTest& t : m->self_test) {
    const uint32_t nw = r.count(18);
    for (uint32_t i = 0; i < nw && r.ok(); ++i) {
      t.form.push_back(r.str());
      t.upos.push_back(r.str());
      t.xpos.push_back(r.str());
      Dependency d;
      d.head = r.u32();
      d.label = r.u16();
      t.expected.push_back(d);
    }
  }
  if (!r.ok()) return Status::Invalid(name + ": corrupt model (truncated)");
  if (!r.done()) return Status::Invalid(name + ": corrupt model (trailing bytes)");
  Parser p(std::move(m));
  if (Status st = p.impl_->run_self_test(p); !st.ok()) return Status::Invalid(name + ": " + st.message());
  return p;
}

void Parser::Impl::set_self_test(Parser& parser, const std::vector<std::vector<ParserInput>>& sentences) {
  std::vector<SelfTest> self_test;
  for (const auto& words : sentences) {
    SelfTest t;
    for (const ParserInput& w : words) {
      t.form.emplace_back(w.form);
      t.upos.emplace_back(w.upos);
      t.xpos.emplace_back(w.xpos);
    }
    parser.parse(words, t.expected);
    self_test.push_back(std::move(t));
  }
  parser.impl_->self_test = std::move(self_test);
}

Status Parser::Impl::run_self_test(const Parser& parser) const {
  std::vector<Dependency> got;
  std::vector<ParserInput> words;
  for (const SelfTest& t : self_test) {
    words.clear();
    for (size_t i = 0; i < t.form.size(); ++i) words.push_back({t.form[i], t.upos[i], t.xpos[i]});
    parser.parse(words, got);
    for (size_t i = 0; i < got.size(); ++i)
      if (got[i].head != t.expected[i].head || got[i].label != t.expected[i].label)
        return Status::Invalid(
            "the model does not parse its self-test sentences as when it was saved (corrupt file?)");
  }
  return Status::Ok();
}

Result<Parser> Parser::load(const std::string& path) {
  auto bytes = read_whole_file(path, "parser model");
  if (!bytes.ok()) return bytes.status();
  return deserialize(*bytes, path);
}

Status Parser::save(const std::string& path) const { return model_io::save_file(path, serialize()); }

}  // namespace dyad
