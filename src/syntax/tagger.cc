#include "syntax/tagger.h"

#include <xxhash.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "core/file.h"
#include "syntax/model_io.h"

namespace dyad {
namespace tagger_features {
namespace {

// Templates: the seed of each feature's hash, so equal values under
// different templates never collide by construction.
enum Template : uint64_t {
  kBias = 1,
  kForm,
  kLower,
  kPrefix,  // + length (4 slots)
  kSuffix = kPrefix + 4,
  kShape = kSuffix + 4,
  kFlags,
  kFirst,
  kLast,
  kPrev1,
  kPrev2,
  kPrev12,
  kPrev1Word,
  kWordM1,
  kWordM2,
  kWordP1,
  kWordP2,
  kSuffixM1,
  kSuffixP1,
  kShapeP1,
  kBigramM1,
  kBigramP1,
  kAmb,
  kAmbP1,
  kAmbP2,
  kPrev1AmbP1,
  kAmbAmbP1,
  kCluster,
  kClusterM1,
  kClusterP1,
  kClusterP2,
  kPrev1Cluster,
  kClusterClusterP1,
  kFlagsSuffix,
  kShapeSuffix,
  kPrev1Suffix2,
  kClusterSuffix,
  kFirst0,
  kFirstP1,
  kFirstP2,
  kFirstP12,
  kPrev1FirstP1,
  kFirst0P1,
  kFirstM1P1,
  kFirst0Word,
};

uint64_t hash(std::string_view s) { return XXH3_64bits(s.data(), s.size()); }

// Words before and after the sentence.
const uint64_t kStart = hash("\x01-START-");
const uint64_t kEnd = hash("\x01-END-");

inline uint64_t feat(uint64_t tmpl, uint64_t a, uint64_t b = 0) {
  const uint64_t v[2] = {a, b};
  return XXH3_64bits_withSeed(v, sizeof v, tmpl);
}

enum Flag : uint64_t { kHyphen = 1, kDigit = 2, kUpper = 4, kAllUpper = 8, kAlpha = 16 };

}  // namespace

namespace {

void append_shape(std::string_view word, std::string& out) {
  char last = 0;
  for (unsigned char c : word) {
    char k;
    if (c >= 'A' && c <= 'Z')
      k = 'X';
    else if (c >= 'a' && c <= 'z')
      k = 'x';
    else if (c >= '0' && c <= '9')
      k = 'd';
    else if (c >= 0x80)
      k = 'u';  // any byte of a non-ASCII character
    else
      k = static_cast<char>(c);
    if (k != last) out.push_back(k);
    last = k;
  }
}

}  // namespace

std::string shape(std::string_view word) {
  std::string out;
  append_shape(word, out);
  return out;
}

std::string lower(std::string_view word) {
  std::string out(word);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

WordInfo describe(std::string_view word, uint64_t ambiguity, uint64_t cluster) {
  std::string buffer;
  return describe(word, ambiguity, cluster, buffer);
}

WordInfo describe(std::string_view word, uint64_t ambiguity, uint64_t cluster, std::string& buffer) {
  WordInfo w;
  // buffer: the lower-cased word, then its shape after it.
  buffer.assign(word);
  for (char& c : buffer)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  append_shape(word, buffer);
  const std::string_view low = std::string_view(buffer).substr(0, word.size());
  const std::string_view shp = std::string_view(buffer).substr(word.size());
  uint64_t flags = 0;
  bool all_upper = true;
  for (const char c : word) {
    if (c >= 'A' && c <= 'Z') {
      flags |= kUpper | kAlpha;
    } else if (c >= 'a' && c <= 'z') {
      all_upper = false;
      flags |= kAlpha;
    } else if (c >= '0' && c <= '9') {
      flags |= kDigit;
    } else if (c == '-') {
      flags |= kHyphen;
    }
  }
  if (all_upper && (flags & kUpper)) flags |= kAllUpper;
  w.form = hash(word);
  w.lower = hash(low);
  w.cluster = cluster;
  w.shape = hash(shp);
  w.flags = flags;
  w.ambiguity = ambiguity;
  const std::string_view lv = low;
  for (size_t k = 1; k <= 4; ++k) {
    const size_t n = std::min(k, lv.size());
    w.prefix[k - 1] = hash(lv.substr(0, n));
    w.suffix[k - 1] = hash(lv.substr(lv.size() - n));
  }
  return w;
}

size_t extract_static(std::span<const WordInfo> words, size_t i, std::span<const int> first, uint64_t* out,
                      uint8_t* history_at) {
  size_t k = 0, h = 0;
  auto put = [&](uint64_t f) { out[k++] = f; };
  auto later = [&] {
    history_at[h++] = static_cast<uint8_t>(k);
    out[k++] = 0;
  };
  const WordInfo& w = words[i];
  const size_t n = words.size();
  const uint64_t m1 = i >= 1 ? words[i - 1].lower : kStart;
  const uint64_t m2 = i >= 2 ? words[i - 2].lower : kStart;
  const uint64_t p1 = i + 1 < n ? words[i + 1].lower : kEnd;
  const uint64_t p2 = i + 2 < n ? words[i + 2].lower : kEnd;
  const uint64_t sm1 = i >= 1 ? words[i - 1].suffix[2] : kStart;
  const uint64_t sp1 = i + 1 < n ? words[i + 1].suffix[2] : kEnd;
  const uint64_t shp1 = i + 1 < n ? words[i + 1].shape : kEnd;
  const uint64_t ap1 = i + 1 < n ? words[i + 1].ambiguity : kEnd;
  const uint64_t ap2 = i + 2 < n ? words[i + 2].ambiguity : kEnd;
  put(feat(kBias, 0));
  put(feat(kForm, w.form));
  put(feat(kLower, w.lower));
  for (uint64_t j = 0; j < 4; ++j) {
    put(feat(kPrefix + j, w.prefix[j]));
    put(feat(kSuffix + j, w.suffix[j]));
  }
  put(feat(kShape, w.shape));
  put(feat(kFlags, w.flags));
  if (i == 0) put(feat(kFirst, w.flags));
  if (i + 1 == n) put(feat(kLast, w.flags));
  later();  // kPrev1
  later();  // kPrev2
  later();  // kPrev12
  later();  // kPrev1Word
  put(feat(kWordM1, m1));
  put(feat(kWordM2, m2));
  put(feat(kWordP1, p1));
  put(feat(kWordP2, p2));
  put(feat(kSuffixM1, sm1));
  put(feat(kSuffixP1, sp1));
  put(feat(kShapeP1, shp1));
  put(feat(kBigramM1, m1, w.lower));
  put(feat(kBigramP1, w.lower, p1));
  put(feat(kAmb, w.ambiguity));
  put(feat(kAmbP1, ap1));
  put(feat(kAmbP2, ap2));
  later();  // kPrev1AmbP1
  put(feat(kAmbAmbP1, w.ambiguity, ap1));
  const uint64_t cm1 = i >= 1 ? words[i - 1].cluster : kStart;
  const uint64_t cp1 = i + 1 < n ? words[i + 1].cluster : kEnd;
  const uint64_t cp2 = i + 2 < n ? words[i + 2].cluster : kEnd;
  put(feat(kCluster, w.cluster));
  put(feat(kClusterM1, cm1));
  put(feat(kClusterP1, cp1));
  put(feat(kClusterP2, cp2));
  later();  // kPrev1Cluster
  put(feat(kClusterClusterP1, w.cluster, cp1));
  put(feat(kFlagsSuffix, w.flags, w.suffix[2]));
  put(feat(kShapeSuffix, w.shape, w.suffix[1]));
  later();  // kPrev1Suffix2
  put(feat(kClusterSuffix, w.cluster, w.suffix[2]));
  if (first.empty()) return k;
  // Second pass: the first pass's guesses to the right stand in for the
  // tags greedy decoding has not reached yet.
  const uint64_t f0 = static_cast<uint64_t>(first[i] + 1);
  const uint64_t f1 = i + 1 < n ? static_cast<uint64_t>(first[i + 1] + 1) : kEnd;
  const uint64_t f2 = i + 2 < n ? static_cast<uint64_t>(first[i + 2] + 1) : kEnd;
  put(feat(kFirst0, f0));
  put(feat(kFirstP1, f1));
  put(feat(kFirstP2, f2));
  put(feat(kFirstP12, f1, f2));
  later();  // kPrev1FirstP1
  put(feat(kFirst0P1, f0, f1));
  later();  // kFirstM1P1
  put(feat(kFirst0Word, f0, w.lower));
  return k;
}

size_t extract_history(std::span<const WordInfo> words, size_t i, int prev1, int prev2,
                       std::span<const int> first, uint64_t* out, const uint8_t* history_at) {
  const WordInfo& w = words[i];
  const size_t n = words.size();
  const uint64_t ap1 = i + 1 < n ? words[i + 1].ambiguity : kEnd;
  // Classes shift by one so that -1 (before the sentence) is a value too.
  const uint64_t t1 = static_cast<uint64_t>(prev1 + 1), t2 = static_cast<uint64_t>(prev2 + 1);
  out[history_at[0]] = feat(kPrev1, t1);
  out[history_at[1]] = feat(kPrev2, t2);
  out[history_at[2]] = feat(kPrev12, t1, t2);
  out[history_at[3]] = feat(kPrev1Word, t1, w.lower);
  out[history_at[4]] = feat(kPrev1AmbP1, t1, ap1);
  out[history_at[5]] = feat(kPrev1Cluster, t1, w.cluster);
  out[history_at[6]] = feat(kPrev1Suffix2, t1, w.suffix[1]);
  if (first.empty()) return 7;
  const uint64_t f0 = static_cast<uint64_t>(first[i] + 1);
  const uint64_t f1 = i + 1 < n ? static_cast<uint64_t>(first[i + 1] + 1) : kEnd;
  out[history_at[7]] = feat(kPrev1FirstP1, t1, f1);
  out[history_at[8]] = feat(kFirstM1P1, t1 * 1000003 + f0, f1);
  return 9;
}

void extract(std::span<const WordInfo> words, size_t i, int prev1, int prev2, std::span<const int> first,
             std::vector<uint64_t>& out) {
  uint64_t keys[kMaxFeatures];
  uint8_t history_at[kMaxHistory];
  const size_t k = extract_static(words, i, first, keys, history_at);
  extract_history(words, i, prev1, prev2, first, keys, history_at);
  out.assign(keys, keys + k);
}

}  // namespace tagger_features

namespace {

using model_io::Reader;
using model_io::Writer;

constexpr model_io::Format kFormat{"dyad-tagger", "tagger", 1, kTaggerFormatVersion, "dyad train tagger"};

}  // namespace

Tagger::LexEntry Tagger::lookup(std::string_view word) const {
  auto it = lexicon_.find(word);
  return it == lexicon_.end() ? LexEntry{} : it->second;
}

const Tagger::LexSlot* Tagger::HashIndex::find(uint64_t key) const {
  uint64_t s = key & mask;
  while (true) {
    const LexSlot& v = slots[s];
    if (!v.used) return nullptr;
    if (v.key == key) return &v;
    s = (s + 1) & mask;
  }
}

Tagger::LexSlot& Tagger::HashIndex::insert(uint64_t key) {
  uint64_t s = key & mask;
  while (slots[s].used && slots[s].key != key) s = (s + 1) & mask;
  slots[s].key = key;
  slots[s].used = true;
  return slots[s];
}

void Tagger::index_lexicon() {
  auto sized = [](HashIndex& index, size_t n) {
    size_t cap = 16;
    while (cap < 2 * n) cap *= 2;
    index.slots.assign(cap, LexSlot{});
    index.mask = cap - 1;
  };
  sized(by_form_, lexicon_.size());
  for (const auto& [word, e] : lexicon_) {
    LexSlot& s = by_form_.insert(tagger_features::describe(word, 0, 0).form);
    s.ambiguity = e.ambiguity;
    s.single = e.single;
  }
  sized(by_lower_, clusters_.size());
  for (const auto& [word, c] : clusters_)
    by_lower_.insert(tagger_features::describe(word, 0, 0).lower).cluster = static_cast<uint16_t>(c + 1);
}

namespace {

// Rows with more entries than this are dense: about 1,000 features per pass
// of the bundled model (under 0.5 MB), which carry four fifths of the
// entries a word adds up.
constexpr uint16_t kDenseMinEntries = 32;
constexpr size_t kLanes = 4;
using Floats = float __attribute__((vector_size(kLanes * sizeof(float))));

// scores[0, n) += row[0, n), n a multiple of kLanes; lane by lane the same
// float additions as a scalar loop.
void add_dense(const float* row, float* scores, size_t n) {
  for (size_t c = 0; c < n; c += kLanes) {
    Floats a, b;
    std::memcpy(&a, scores + c, sizeof a);
    std::memcpy(&b, row + c, sizeof b);
    a += b;
    std::memcpy(scores + c, &a, sizeof a);
  }
}

}  // namespace

const float* Tagger::Dense::find(uint64_t key) const {
  uint64_t s = key & mask;
  while (true) {
    const DenseSlot& v = slots[s];
    if (!v.used) return nullptr;
    if (v.key == key) return &rows[v.row * stride];
    s = (s + 1) & mask;
  }
}

Tagger::Dense Tagger::Dense::build(const model_io::SparseWeights& weights, size_t classes) {
  Dense d;
  d.stride = (classes + kLanes - 1) / kLanes * kLanes;
  std::vector<size_t> dense;
  for (size_t i = 0; i < weights.features(); ++i)
    if (weights.entries_at(i).size() > kDenseMinEntries) dense.push_back(i);
  size_t cap = 16;
  while (cap < 2 * dense.size()) cap *= 2;
  d.slots.assign(cap, DenseSlot{});
  d.mask = cap - 1;
  d.rows.assign(dense.size() * d.stride, 0.0f);
  for (size_t r = 0; r < dense.size(); ++r) {
    const uint64_t key = weights.key_at(dense[r]);
    uint64_t s = key & d.mask;
    while (d.slots[s].used) s = (s + 1) & d.mask;
    d.slots[s] = DenseSlot{key, static_cast<uint32_t>(r), true};
    for (const model_io::SparseWeights::Entry& e : weights.entries_at(dense[r]))
      d.rows[r * d.stride + e.cls] = e.weight;
  }
  return d;
}

void Tagger::index_passes() {
  dense_.clear();
  for (const model_io::SparseWeights& p : passes_) dense_.push_back(Dense::build(p, classes_.size()));
}

Tagger Tagger::build(std::vector<TagClass> classes, TaggerLexicon lexicon, ClusterMap clusters,
                     std::vector<std::vector<FeatureRow>> passes, float retag_margin) {
  Tagger t;
  t.retag_margin_ = retag_margin;
  t.classes_ = std::move(classes);
  t.lexicon_ = std::move(lexicon);
  t.clusters_ = std::move(clusters);
  t.index_lexicon();
  for (auto& rows : passes) t.passes_.push_back(model_io::SparseWeights::build(std::move(rows)));
  t.index_passes();
  return t;
}

namespace {

// How many scored words ahead tag() prefetches feature slots: far enough
// for the loads to land before they are needed, near enough that they are
// still cached then.
constexpr size_t kPrefetchAhead = 2;

}  // namespace

void Tagger::tag(std::span<const std::string_view> words, std::vector<TagResult>& out,
                 TagScratch& scratch) const {
  using tagger_features::kMaxFeatures;
  using tagger_features::kMaxHistory;
  out.clear();
  const size_t n = words.size();
  if (n == 0 || passes_.empty()) return;  // no passes: a default-constructed Tagger
  auto& info = scratch.words;
  info.resize(n);
  scratch.single.resize(n);
  for (size_t i = 0; i < n; ++i) {
    info[i] = tagger_features::describe(words[i], 0, 0, scratch.buffer);
    by_form_.prefetch(info[i].form);
    by_lower_.prefetch(info[i].lower);
  }
  for (size_t i = 0; i < n; ++i) {
    const LexSlot* e = by_form_.find(info[i].form);
    info[i].ambiguity = e ? e->ambiguity : 0;
    scratch.single[i] = e ? e->single : -1;
    const LexSlot* c = by_lower_.find(info[i].lower);
    info[i].cluster = c ? c->cluster : 0;
  }
  const size_t nc = classes_.size();
  scratch.scores.resize(nc);
  scratch.first.resize(n);
  scratch.tags.resize(n);
  scratch.margin.resize(n);
  for (size_t pass = 0; pass < passes_.size(); ++pass) {
    const model_io::SparseWeights& weights = passes_[pass];
    const std::span<const int> first =
        pass == 0 ? std::span<const int>{} : std::span<const int>(scratch.first);
    // The words this pass scores, and their features that do not wait for
    // the decisions before them.
    scratch.todo.clear();
    for (size_t i = 0; i < n; ++i)
      if (scratch.single[i] < 0 && (pass == 0 || scratch.margin[i] < retag_margin_))
        scratch.todo.push_back(static_cast<uint32_t>(i));
    const size_t m = scratch.todo.size();
    scratch.keys.resize(m * kMaxFeatures);
    scratch.key_count.resize(m);
    scratch.history_at.resize(m * kMaxHistory);
    for (size_t t = 0; t < m; ++t)
      scratch.key_count[t] = static_cast<uint8_t>(
          tagger_features::extract_static(info, scratch.todo[t], first, &scratch.keys[t * kMaxFeatures],
                                          &scratch.history_at[t * kMaxHistory]));
    const Dense& dense = dense_[pass];
    const size_t stride = dense.stride;
    scratch.hits.resize(m * kMaxFeatures);
    auto prefetch = [&](size_t t) {
      if (t >= m) return;
      const uint64_t* keys = &scratch.keys[t * kMaxFeatures];
      for (size_t k = 0; k < scratch.key_count[t]; ++k) weights.prefetch(keys[k]);
    };
    auto resolve = [&](uint64_t key) -> TagScratch::Hit {
      const model_io::SparseWeights::Slot* s = weights.find(key);
      if (!s) return {nullptr, nullptr};
      if (s->count > kDenseMinEntries) return {s, dense.find(key)};
      weights.prefetch_more(s);
      return {s, nullptr};
    };
    // The slots of a word's features are found one scored word before it
    // is scored, so the loads of their overflow entries have landed by then
    // (the history features' placeholders are found again when known).
    auto resolve_static = [&](size_t t) {
      if (t >= m) return;
      const uint64_t* keys = &scratch.keys[t * kMaxFeatures];
      TagScratch::Hit* hits = &scratch.hits[t * kMaxFeatures];
      for (size_t k = 0; k < scratch.key_count[t]; ++k) hits[k] = resolve(keys[k]);
    };
    for (size_t t = 0; t < kPrefetchAhead; ++t) prefetch(t);
    resolve_static(0);
    scratch.scores.assign(stride, 0.0f);
    int prev1 = -1, prev2 = -1;
    size_t t = 0;
    for (size_t i = 0; i < n; ++i) {
      int best = scratch.single[i];
      if (best < 0 && pass > 0 && !(scratch.margin[i] < retag_margin_)) best = scratch.first[i];
      if (best < 0) {
        prefetch(t + kPrefetchAhead);
        resolve_static(t + 1);
        uint64_t* keys = &scratch.keys[t * kMaxFeatures];
        TagScratch::Hit* hits = &scratch.hits[t * kMaxFeatures];
        const size_t nk = scratch.key_count[t];
        const uint8_t* history_at = &scratch.history_at[t * kMaxHistory];
        ++t;
        const size_t nh = tagger_features::extract_history(info, i, prev1, prev2, first, keys, history_at);
        for (size_t h = 0; h < nh; ++h) weights.prefetch(keys[history_at[h]]);
        for (size_t h = 0; h < nh; ++h) hits[history_at[h]] = resolve(keys[history_at[h]]);
        // In feature order: the same float sums as training's loop.
        float* scores = scratch.scores.data();
        std::fill(scores, scores + stride, 0.0f);
        for (size_t k = 0; k < nk; ++k) {
          if (hits[k].dense)
            add_dense(hits[k].dense, scores, stride);
          else if (hits[k].slot)
            weights.add(hits[k].slot, scores);
        }
        best = 0;
        float runner = -std::numeric_limits<float>::infinity();
        for (size_t c = 1; c < nc; ++c) {
          const float v = scores[c];
          if (v > scores[best]) {
            runner = scores[best];
            best = static_cast<int>(c);
          } else if (v > runner) {
            runner = v;
          }
        }
        if (pass == 0) scratch.margin[i] = scores[best] - runner;
      } else if (pass == 0) {
        scratch.margin[i] = std::numeric_limits<float>::infinity();
      }
      scratch.tags[i] = best;
      prev2 = prev1;
      prev1 = best;
    }
    std::swap(scratch.first, scratch.tags);  // the last pass's tags end in `first`
  }
  for (size_t i = 0; i < n; ++i) {
    const TagClass& c = classes_[scratch.first[i]];
    out.push_back({static_cast<uint16_t>(scratch.first[i]), c.upos, c.xpos});
  }
}

void Tagger::set_self_test(const std::vector<std::vector<std::string>>& sentences) {
  self_test_.clear();
  std::vector<TagResult> tags;
  for (const auto& s : sentences) {
    std::vector<std::string_view> views(s.begin(), s.end());
    tag(views, tags);
    SelfTest t;
    t.words = s;
    for (const TagResult& r : tags) t.tags.push_back(r.tag);
    self_test_.push_back(std::move(t));
  }
}

Status Tagger::run_self_test() const {
  std::vector<TagResult> tags;
  for (const SelfTest& t : self_test_) {
    std::vector<std::string_view> views(t.words.begin(), t.words.end());
    tag(views, tags);
    for (size_t i = 0; i < tags.size(); ++i)
      if (i >= t.tags.size() || tags[i].tag != t.tags[i])
        return Status::Invalid("self-test failed: the model tags \"" + t.words[i] +
                               "\" differently from when it was saved (corrupt or misread file)");
  }
  return Status::Ok();
}

std::string Tagger::serialize() const {
  Writer w;
  w.u32(static_cast<uint32_t>(classes_.size()));
  for (const TagClass& c : classes_) {
    w.str(c.upos);
    w.str(c.xpos);
  }
  // Sorted so equal models give equal bytes whatever the hash map's order.
  std::vector<const TaggerLexicon::value_type*> lex;
  for (const auto& kv : lexicon_) lex.push_back(&kv);
  std::sort(lex.begin(), lex.end(), [](auto* a, auto* b) { return a->first < b->first; });
  w.u32(static_cast<uint32_t>(lex.size()));
  for (auto* kv : lex) {
    w.str(kv->first);
    w.u64(kv->second.ambiguity);
    w.i32(kv->second.single);
  }
  std::vector<const ClusterMap::value_type*> cl;
  for (const auto& kv : clusters_) cl.push_back(&kv);
  std::sort(cl.begin(), cl.end(), [](auto* a, auto* b) { return a->first < b->first; });
  w.u32(static_cast<uint32_t>(cl.size()));
  for (auto* kv : cl) {
    w.str(kv->first);
    w.u16(kv->second);
  }
  w.u32(static_cast<uint32_t>(passes_.size()));
  for (const model_io::SparseWeights& p : passes_) p.write(w);
  w.f32(retag_margin_);
  w.u32(static_cast<uint32_t>(self_test_.size()));
  for (const SelfTest& t : self_test_) {
    w.u32(static_cast<uint32_t>(t.words.size()));
    for (size_t i = 0; i < t.words.size(); ++i) {
      w.str(t.words[i]);
      w.u16(t.tags[i]);
    }
  }
  return model_io::pack(kFormat, w.out);
}

Result<Tagger> Tagger::deserialize(std::string_view bytes, const std::string& name) {
  int version = 0;
  auto unpacked = model_io::unpack(bytes, name, kFormat, &version);
  if (!unpacked.ok()) return unpacked.status();
  const std::string& raw = *unpacked;
  Reader r(raw);
  std::vector<TagClass> classes(r.count(8));
  for (TagClass& c : classes) {
    c.upos = r.str();
    c.xpos = r.str();
  }
  if (classes.empty() || classes.size() > 65535) return Status::Invalid(name + ": corrupt model (classes)");
  TaggerLexicon lexicon;
  const uint32_t nlex = r.count(16);
  for (uint32_t i = 0; i < nlex && r.ok(); ++i) {
    std::string word = r.str();
    LexEntry e;
    e.ambiguity = r.u64();
    e.single = r.i32();
    if (e.single >= static_cast<int32_t>(classes.size()) || e.single < -1)
      return Status::Invalid(name + ": corrupt model (lexicon class)");
    lexicon.emplace(std::move(word), e);
  }
  ClusterMap clusters;
  const uint32_t ncl = r.count(6);
  for (uint32_t i = 0; i < ncl && r.ok(); ++i) {
    std::string word = r.str();
    const uint16_t c = r.u16();
    clusters.emplace(std::move(word), c);
  }
  std::vector<model_io::SparseWeights> passes(r.count(4));
  if (passes.empty() || passes.size() > 2) return Status::Invalid(name + ": corrupt model (passes)");
  for (model_io::SparseWeights& p : passes)
    if (!model_io::SparseWeights::read(r, classes.size(), p))
      return Status::Invalid(name + ": corrupt model (features)");
  // Version 1 had no margin: its second pass (if any) re-tagged every word.
  const float retag_margin = version >= 2 ? r.f32() : std::numeric_limits<float>::infinity();
  if (std::isnan(retag_margin)) return Status::Invalid(name + ": corrupt model (margin)");
  std::vector<SelfTest> tests(r.count(4));
  for (SelfTest& t : tests) {
    const uint32_t nw = r.count(6);
    for (uint32_t i = 0; i < nw && r.ok(); ++i) {
      t.words.push_back(r.str());
      t.tags.push_back(r.u16());
    }
  }
  if (!r.ok()) return Status::Invalid(name + ": corrupt model (truncated)");
  if (!r.done()) return Status::Invalid(name + ": corrupt model (trailing bytes)");
  Tagger t = build(std::move(classes), std::move(lexicon), std::move(clusters), {}, retag_margin);
  t.passes_ = std::move(passes);
  t.index_passes();
  t.self_test_ = std::move(tests);
  if (Status st = t.run_self_test(); !st.ok()) return Status::Invalid(name + ": " + st.message());
  return t;
}

Result<Tagger> Tagger::load(const std::string& path) {
  auto bytes = read_whole_file(path, "tagger model");
  if (!bytes.ok()) return bytes.status();
  return deserialize(*bytes, path);
}

Status Tagger::save(const std::string& path) const { return model_io::save_file(path, serialize()); }

}  // namespace dyad
