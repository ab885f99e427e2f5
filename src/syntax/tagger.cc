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

std::string shape(std::string_view word) {
  std::string out;
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
  return out;
}

std::string lower(std::string_view word) {
  std::string out(word);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

WordInfo describe(std::string_view word, uint64_t ambiguity, uint64_t cluster) {
  WordInfo w;
  const std::string low = lower(word);
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
  w.shape = hash(shape(word));
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

void extract(std::span<const WordInfo> words, size_t i, int prev1, int prev2, std::span<const int> first,
             std::vector<uint64_t>& out) {
  out.clear();
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
  // Classes shift by one so that -1 (before the sentence) is a value too.
  const uint64_t t1 = static_cast<uint64_t>(prev1 + 1), t2 = static_cast<uint64_t>(prev2 + 1);
  out.push_back(feat(kBias, 0));
  out.push_back(feat(kForm, w.form));
  out.push_back(feat(kLower, w.lower));
  for (uint64_t k = 0; k < 4; ++k) {
    out.push_back(feat(kPrefix + k, w.prefix[k]));
    out.push_back(feat(kSuffix + k, w.suffix[k]));
  }
  out.push_back(feat(kShape, w.shape));
  out.push_back(feat(kFlags, w.flags));
  if (i == 0) out.push_back(feat(kFirst, w.flags));
  if (i + 1 == n) out.push_back(feat(kLast, w.flags));
  out.push_back(feat(kPrev1, t1));
  out.push_back(feat(kPrev2, t2));
  out.push_back(feat(kPrev12, t1, t2));
  out.push_back(feat(kPrev1Word, t1, w.lower));
  out.push_back(feat(kWordM1, m1));
  out.push_back(feat(kWordM2, m2));
  out.push_back(feat(kWordP1, p1));
  out.push_back(feat(kWordP2, p2));
  out.push_back(feat(kSuffixM1, sm1));
  out.push_back(feat(kSuffixP1, sp1));
  out.push_back(feat(kShapeP1, shp1));
  out.push_back(feat(kBigramM1, m1, w.lower));
  out.push_back(feat(kBigramP1, w.lower, p1));
  out.push_back(feat(kAmb, w.ambiguity));
  out.push_back(feat(kAmbP1, ap1));
  out.push_back(feat(kAmbP2, ap2));
  out.push_back(feat(kPrev1AmbP1, t1, ap1));
  out.push_back(feat(kAmbAmbP1, w.ambiguity, ap1));
  const uint64_t cm1 = i >= 1 ? words[i - 1].cluster : kStart;
  const uint64_t cp1 = i + 1 < n ? words[i + 1].cluster : kEnd;
  const uint64_t cp2 = i + 2 < n ? words[i + 2].cluster : kEnd;
  out.push_back(feat(kCluster, w.cluster));
  out.push_back(feat(kClusterM1, cm1));
  out.push_back(feat(kClusterP1, cp1));
  out.push_back(feat(kClusterP2, cp2));
  out.push_back(feat(kPrev1Cluster, t1, w.cluster));
  out.push_back(feat(kClusterClusterP1, w.cluster, cp1));
  out.push_back(feat(kFlagsSuffix, w.flags, w.suffix[2]));
  out.push_back(feat(kShapeSuffix, w.shape, w.suffix[1]));
  out.push_back(feat(kPrev1Suffix2, t1, w.suffix[1]));
  out.push_back(feat(kClusterSuffix, w.cluster, w.suffix[2]));
  if (first.empty()) return;
  // Second pass: the first pass's guesses to the right stand in for the
  // tags greedy decoding has not reached yet.
  const uint64_t f0 = static_cast<uint64_t>(first[i] + 1);
  const uint64_t f1 = i + 1 < n ? static_cast<uint64_t>(first[i + 1] + 1) : kEnd;
  const uint64_t f2 = i + 2 < n ? static_cast<uint64_t>(first[i + 2] + 1) : kEnd;
  out.push_back(feat(kFirst0, f0));
  out.push_back(feat(kFirstP1, f1));
  out.push_back(feat(kFirstP2, f2));
  out.push_back(feat(kFirstP12, f1, f2));
  out.push_back(feat(kPrev1FirstP1, t1, f1));
  out.push_back(feat(kFirst0P1, f0, f1));
  out.push_back(feat(kFirstM1P1, t1 * 1000003 + f0, f1));
  out.push_back(feat(kFirst0Word, f0, w.lower));
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

Tagger::Pass Tagger::Pass::build(std::vector<FeatureRow> rows) {
  Pass p;
  std::sort(rows.begin(), rows.end(), [](const FeatureRow& a, const FeatureRow& b) { return a.key < b.key; });
  p.keys.reserve(rows.size());
  p.offsets.reserve(rows.size() + 1);
  p.offsets.push_back(0);
  for (FeatureRow& r : rows) {
    if (r.entries.empty()) continue;
    std::sort(r.entries.begin(), r.entries.end(),
              [](const Entry& a, const Entry& b) { return a.cls < b.cls; });
    p.keys.push_back(r.key);
    p.entries.insert(p.entries.end(), r.entries.begin(), r.entries.end());
    p.offsets.push_back(static_cast<uint32_t>(p.entries.size()));
  }
  size_t cap = 16;
  while (cap < 2 * p.keys.size()) cap *= 2;
  p.slots.assign(cap, Slot{});
  p.mask = cap - 1;
  for (size_t i = 0; i < p.keys.size(); ++i) {
    uint64_t s = p.keys[i] & p.mask;
    while (p.slots[s].end != 0) s = (s + 1) & p.mask;
    p.slots[s] = Slot{p.keys[i], p.offsets[i], p.offsets[i + 1]};
  }
  return p;
}

const Tagger::Slot* Tagger::Pass::find(uint64_t key) const {
  uint64_t s = key & mask;
  while (true) {
    const Slot& v = slots[s];
    if (v.end == 0) return nullptr;
    if (v.key == key) return &v;
    s = (s + 1) & mask;
  }
}

Tagger Tagger::build(std::vector<TagClass> classes, TaggerLexicon lexicon, ClusterMap clusters,
                     std::vector<std::vector<FeatureRow>> passes, float retag_margin) {
  Tagger t;
  t.retag_margin_ = retag_margin;
  t.classes_ = std::move(classes);
  t.lexicon_ = std::move(lexicon);
  t.clusters_ = std::move(clusters);
  for (auto& rows : passes) t.passes_.push_back(Pass::build(std::move(rows)));
  return t;
}

uint64_t Tagger::cluster_of(std::string_view word) const {
  if (clusters_.empty()) return 0;
  auto it = clusters_.find(tagger_features::lower(word));
  return it == clusters_.end() ? 0 : it->second + uint64_t{1};
}

void Tagger::tag(std::span<const std::string_view> words, std::vector<TagResult>& out,
                 TagScratch& scratch) const {
  out.clear();
  const size_t n = words.size();
  if (n == 0 || passes_.empty()) return;  // no passes: a default-constructed Tagger
  scratch.words.clear();
  scratch.words.reserve(n);
  scratch.single.clear();
  for (const std::string_view w : words) {
    const LexEntry e = lookup(w);
    scratch.words.push_back(tagger_features::describe(w, e.ambiguity, cluster_of(w)));
    scratch.single.push_back(e.single);
  }
  const size_t nc = classes_.size();
  scratch.scores.resize(nc);
  scratch.first.resize(n);
  scratch.margin.resize(n);
  for (size_t pass = 0; pass < passes_.size(); ++pass) {
    const Pass& p = passes_[pass];
    const std::span<const int> first =
        pass == 0 ? std::span<const int>{} : std::span<const int>(scratch.first);
    std::vector<int>& into = scratch.first;  // the last pass overwrites it, read only ahead of i
    int prev1 = -1, prev2 = -1;
    for (size_t i = 0; i < n; ++i) {
      int best = scratch.single[i];
      if (best < 0 && pass > 0 && !(scratch.margin[i] < retag_margin_)) best = scratch.first[i];
      if (best < 0) {
        tagger_features::extract(scratch.words, i, prev1, prev2, first, scratch.features);
        std::fill(scratch.scores.begin(), scratch.scores.end(), 0.0f);
        for (const uint64_t f : scratch.features) {
          const Slot* k = p.find(f);
          if (!k) continue;
          for (uint32_t e = k->begin; e < k->end; ++e)
            scratch.scores[p.entries[e].cls] += p.entries[e].weight;
        }
        best = 0;
        float runner = -std::numeric_limits<float>::infinity();
        for (size_t c = 1; c < nc; ++c) {
          const float v = scratch.scores[c];
          if (v > scratch.scores[best]) {
            runner = scratch.scores[best];
            best = static_cast<int>(c);
          } else if (v > runner) {
            runner = v;
          }
        }
        if (pass == 0) scratch.margin[i] = scratch.scores[best] - runner;
      } else if (pass == 0) {
        scratch.margin[i] = std::numeric_limits<float>::infinity();
      }
      into[i] = best;
      prev2 = prev1;
      prev1 = best;
    }
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
  for (const Pass& p : passes_) {
    w.u32(static_cast<uint32_t>(p.keys.size()));
    for (size_t i = 0; i < p.keys.size(); ++i) {
      w.u64(p.keys[i]);
      w.u16(static_cast<uint16_t>(p.offsets[i + 1] - p.offsets[i]));
      for (uint32_t e = p.offsets[i]; e < p.offsets[i + 1]; ++e) {
        w.u16(p.entries[e].cls);
        w.f32(p.entries[e].weight);
      }
    }
  }
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
  std::vector<std::vector<FeatureRow>> passes(r.count(4));
  if (passes.empty() || passes.size() > 2) return Status::Invalid(name + ": corrupt model (passes)");
  for (auto& rows : passes) {
    rows.resize(r.count(10));
    for (FeatureRow& row : rows) {
      row.key = r.u64();
      const uint16_t ne = r.u16();
      if (!r.ok()) break;
      row.entries.resize(ne);
      for (Entry& e : row.entries) {
        e.cls = r.u16();
        e.weight = r.f32();
        if (e.cls >= classes.size()) return Status::Invalid(name + ": corrupt model (feature class)");
      }
    }
  }
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
  Tagger t =
      build(std::move(classes), std::move(lexicon), std::move(clusters), std::move(passes), retag_margin);
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
