// What dyad's trained syntax models share: the versioned, compressed file
// frame, a little-endian payload writer and a bounds-checked reader, and the
// sparse feature-weight table a perceptron scores with.
//
// File frame: a text line "<kind> <version>\n" (so `head -1` says what a file
// is), the payload's size as 8 bytes, then one zstd frame holding it. A
// newer version than this dyad reads is refused with what to do about it.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"

namespace dyad::model_io {

class Writer {
 public:
  void u16(uint16_t v) { bytes(&v, 2); }
  void u32(uint32_t v) { bytes(&v, 4); }
  void u64(uint64_t v) { bytes(&v, 8); }
  void i32(int32_t v) { u32(static_cast<uint32_t>(v)); }
  void f32(float v) { u32(std::bit_cast<uint32_t>(v)); }
  void str(std::string_view s) {
    u32(static_cast<uint32_t>(s.size()));
    out.append(s);
  }
  std::string out;

 private:
  void bytes(const void* p, size_t n) {
    static_assert(std::endian::native == std::endian::little, "model files are little-endian");
    out.append(static_cast<const char*>(p), n);
  }
};

class Reader {
 public:
  explicit Reader(std::string_view b) : b_(b) {}
  bool ok() const { return ok_; }
  bool done() const { return pos_ == b_.size(); }
  uint16_t u16() { return get<uint16_t>(); }
  uint32_t u32() { return get<uint32_t>(); }
  uint64_t u64() { return get<uint64_t>(); }
  int32_t i32() { return static_cast<int32_t>(u32()); }
  float f32() { return std::bit_cast<float>(u32()); }
  std::string str() {
    const uint32_t n = u32();
    if (!ok_ || n > b_.size() - pos_) {
      ok_ = false;
      return {};
    }
    std::string s(b_.substr(pos_, n));
    pos_ += n;
    return s;
  }
  // A count of items each at least `min_size` bytes: refuses counts the
  // remaining bytes cannot hold, so a corrupt count cannot trigger a huge
  // allocation.
  uint32_t count(size_t min_size) {
    const uint32_t n = u32();
    if (ok_ && static_cast<uint64_t>(n) * min_size > b_.size() - pos_) ok_ = false;
    return ok_ ? n : 0;
  }
  void fail() { ok_ = false; }

 private:
  template <typename T>
  T get() {
    T v{};
    if (!ok_ || sizeof(T) > b_.size() - pos_) {
      ok_ = false;
      return v;
    }
    std::memcpy(&v, b_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return v;
  }
  std::string_view b_;
  size_t pos_ = 0;
  bool ok_ = true;
};

// What a model file is: its first word ("dyad-parser"), what messages call
// it ("parser"), the versions this dyad reads, and the command that makes one.
struct Format {
  std::string_view kind, what;
  int min_version = 1, version = 1;
  std::string_view retrain;
};
// The file for a payload, at format.version.
std::string pack(const Format& format, const std::string& payload);
// The payload of a file; `version` (if given) gets the file's version.
Result<std::string> unpack(std::string_view bytes, const std::string& name, const Format& format,
                           int* version = nullptr);
// Written beside `path` and renamed, so a failed save never leaves a
// half-written model where a good one was.
Status save_file(const std::string& path, const std::string& bytes);

// Averaged-perceptron weights after training: for each feature hash, its
// run of (class, weight) entries, in an open-addressing table whose slot
// holds the key and the run's bounds, so a lookup costs one cache miss.
class SparseWeights {
 public:
  struct Entry {
    uint16_t cls;
    float weight;
  };
  struct Row {
    uint64_t key;
    std::vector<Entry> entries;
  };
  // A feature's slot holds its key and its first kInline entries, so the
  // common feature (most have one to three classes) costs one cache line.
  static constexpr int kInline = 3;
  struct Slot {
    uint64_t key = 0;
    uint32_t more = 0;   // entries beyond the inline ones: overflow_[more, more + count - kInline)
    uint16_t count = 0;  // 0: an empty slot
    uint16_t cls[kInline] = {};
    float weight[kInline] = {};
  };
  static_assert(sizeof(Slot) == 32, "two slots per cache line");

  static SparseWeights build(std::vector<Row> rows);
  const Slot* find(uint64_t key) const {
    uint64_t s = key & mask_;
    while (true) {
      const Slot& v = slots_[s];
      if (v.count == 0) return nullptr;
      if (v.key == key) return &v;
      s = (s + 1) & mask_;
    }
  }
  // scores[cls] += weight for every entry of every key. Prefetches all the
  // slots before reading any: the table is larger than the cache, so
  // lookups are memory-bound and overlapping the misses is what makes them
  // fast. `found` is scratch.
  void add_all(std::span<const uint64_t> keys, float* scores, std::vector<const Slot*>& found) const {
    for (uint64_t k : keys) __builtin_prefetch(&slots_[k & mask_]);
    found.clear();
    for (uint64_t k : keys) {
      const Slot* s = find(k);
      if (!s) continue;
      const int inline_n = s->count < kInline ? s->count : kInline;
      for (int i = 0; i < inline_n; ++i) scores[s->cls[i]] += s->weight[i];
      if (s->count > kInline) {
        __builtin_prefetch(&overflow_[s->more]);
        found.push_back(s);
      }
    }
    for (const Slot* s : found)
      for (uint32_t e = s->more, end = s->more + s->count - kInline; e < end; ++e)
        scores[overflow_[e].cls] += overflow_[e].weight;
  }
  // For callers that resolve keys ahead of scoring (a lookup pipelined
  // across words): start loading the slot `key` starts its probe at.
  // Covers the next slot too, where a probe often continues (most
  // lookups are of features the model lacks, which probe to an empty slot),
  // and both lines of a slot that straddles two (the table is only as
  // aligned as the allocator makes it).
  void prefetch(uint64_t key) const {
    const uint64_t s = key & mask_;
    const char* p = reinterpret_cast<const char*>(&slots_[s]);
    __builtin_prefetch(p);
    if (s < mask_) __builtin_prefetch(p + 2 * sizeof(Slot) - 1);
  }
  // Start loading a found slot's entries beyond the inline ones, if any.
  void prefetch_more(const Slot* s) const {
    if (s->count <= kInline) return;
    const char* p = reinterpret_cast<const char*>(&overflow_[s->more]);
    const char* end = reinterpret_cast<const char*>(&overflow_[s->more] + (s->count - kInline));
    for (; p < end; p += 64) __builtin_prefetch(p);
    __builtin_prefetch(end - 1);
  }
  // scores[cls] += weight for every entry of one slot, inline entries then
  // the rest, i.e. in class order: adding slots one at a time in key order
  // gives the same float sums as a plain loop over each key's row, which
  // add_all (overflow last) does not.
  void add(const Slot* s, float* scores) const {
    const int inline_n = s->count < kInline ? s->count : kInline;
    for (int i = 0; i < inline_n; ++i) scores[s->cls[i]] += s->weight[i];
    if (s->count <= kInline) return;
    for (uint32_t e = s->more, end = s->more + s->count - uint32_t{kInline}; e < end; ++e)
      scores[overflow_[e].cls] += overflow_[e].weight;
  }
  // The i-th feature in key order (i < features()) and its entries in
  // class order: for a caller building its own view of some rows.
  uint64_t key_at(size_t i) const { return keys_[i]; }
  std::span<const Entry> entries_at(size_t i) const {
    return {entries_.data() + offsets_[i], offsets_[i + 1] - offsets_[i]};
  }
  // A copy without the entries smaller than `threshold` in magnitude (and
  // the features left with none).
  SparseWeights pruned(float threshold) const;
  size_t features() const { return keys_.size(); }
  size_t weights() const { return entries_.size(); }

  void write(Writer& w) const;
  // Fails (returns false) on a corrupt table or a class >= `classes`.
  // Without `lookups` the hash table is not built: find() and add_all() may
  // not be used, only key_at() and entries_at() (for a caller that lays the
  // rows out its own way and should not pay for both layouts at once).
  static bool read(Reader& r, size_t classes, SparseWeights& out, bool lookups = true);

 private:
  void index();                 // builds slots_ from keys_ and offsets_
  std::vector<uint64_t> keys_;  // sorted
  std::vector<uint32_t> offsets_;
  std::vector<Entry> entries_;
  std::vector<Slot> slots_{1};
  std::vector<Entry> overflow_;  // entries beyond each slot's inline ones
  uint64_t mask_ = 0;
};

}  // namespace dyad::model_io
