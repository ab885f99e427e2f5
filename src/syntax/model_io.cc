#include "syntax/model_io.h"

#include <zstd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>

#include "core/file.h"

namespace dyad::model_io {

std::string pack(const Format& format, const std::string& payload) {
  std::string packed(ZSTD_compressBound(payload.size()), '\0');
  // With zstd's content checksum, so a damaged file is refused at load even
  // where the damage would still decompress.
  ZSTD_CCtx* cctx = ZSTD_createCCtx();
  ZSTD_CCtx_setParameter(cctx, ZSTD_c_compressionLevel, 9);
  ZSTD_CCtx_setParameter(cctx, ZSTD_c_checksumFlag, 1);
  const size_t z = ZSTD_compress2(cctx, packed.data(), packed.size(), payload.data(), payload.size());
  ZSTD_freeCCtx(cctx);
  packed.resize(ZSTD_isError(z) ? 0 : z);
  std::string out(format.kind);
  out += ' ';
  out += std::to_string(format.version);
  out += '\n';
  Writer sizes;
  sizes.u64(payload.size());
  out += sizes.out;
  out += packed;
  return out;
}

Result<std::string> unpack(std::string_view bytes, const std::string& name, const Format& f, int* version) {
  const std::string magic = std::string(f.kind) + " ";
  const std::string what(f.what), retrain(f.retrain);
  const size_t nl = bytes.find('\n');
  if (bytes.substr(0, magic.size()) != magic || nl == std::string_view::npos)
    return Status::Invalid(name + ": not a dyad " + what + " model (expected \"" + magic +
                           "<version>\" first)");
  const int got_version = std::atoi(std::string(bytes.substr(magic.size(), nl - magic.size())).c_str());
  if (got_version > f.version)
    return Status::Invalid(name + ": " + what + " model format version " + std::to_string(got_version) +
                           " is newer than this dyad reads (" + std::to_string(f.version) +
                           "); update dyad, or retrain the model with this one (" + retrain + ")");
  if (got_version < f.min_version)
    return Status::Invalid(name + ": " + what + " model format version " + std::to_string(got_version) +
                           " is not supported (this dyad reads versions " + std::to_string(f.min_version) +
                           " to " + std::to_string(f.version) + "); retrain with " + retrain);
  if (version) *version = got_version;
  bytes.remove_prefix(nl + 1);
  Reader head(bytes);
  const uint64_t raw_size = head.u64();
  if (!head.ok() || raw_size > (1ull << 32)) return Status::Invalid(name + ": truncated model header");
  bytes.remove_prefix(8);
  std::string raw(raw_size, '\0');
  const size_t got = ZSTD_decompress(raw.data(), raw.size(), bytes.data(), bytes.size());
  if (ZSTD_isError(got) || got != raw_size)
    return Status::Invalid(name + ": corrupt model (" +
                           std::string(ZSTD_isError(got) ? ZSTD_getErrorName(got) : "size mismatch") + ")");
  return raw;
}

Status save_file(const std::string& path, const std::string& bytes) { return write_whole_file(path, bytes); }

SparseWeights SparseWeights::build(std::vector<Row> rows) {
  SparseWeights p;
  std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.key < b.key; });
  p.keys_.reserve(rows.size());
  p.offsets_.reserve(rows.size() + 1);
  p.offsets_.push_back(0);
  for (Row& r : rows) {
    if (r.entries.empty()) continue;
    std::sort(r.entries.begin(), r.entries.end(),
              [](const Entry& a, const Entry& b) { return a.cls < b.cls; });
    p.keys_.push_back(r.key);
    p.entries_.insert(p.entries_.end(), r.entries.begin(), r.entries.end());
    p.offsets_.push_back(static_cast<uint32_t>(p.entries_.size()));
  }
  p.index();
  return p;
}

SparseWeights SparseWeights::pruned(float threshold) const {
  SparseWeights p;
  p.offsets_.push_back(0);
  for (size_t i = 0; i < keys_.size(); ++i) {
    const size_t before = p.entries_.size();
    for (uint32_t e = offsets_[i]; e < offsets_[i + 1]; ++e)
      if (std::abs(entries_[e].weight) >= threshold) p.entries_.push_back(entries_[e]);
    if (p.entries_.size() == before) continue;
    p.keys_.push_back(keys_[i]);
    p.offsets_.push_back(static_cast<uint32_t>(p.entries_.size()));
  }
  p.index();
  return p;
}

void SparseWeights::index() {
  size_t cap = 16;
  while (cap < 2 * keys_.size()) cap *= 2;
  slots_.assign(cap, Slot{});
  overflow_.clear();
  mask_ = cap - 1;
  for (size_t i = 0; i < keys_.size(); ++i) {
    uint64_t s = keys_[i] & mask_;
    while (slots_[s].count != 0) s = (s + 1) & mask_;
    Slot& slot = slots_[s];
    slot.key = keys_[i];
    slot.count = static_cast<uint16_t>(offsets_[i + 1] - offsets_[i]);
    slot.more = static_cast<uint32_t>(overflow_.size());
    for (uint32_t e = offsets_[i], k = 0; e < offsets_[i + 1]; ++e, ++k) {
      if (k < kInline) {
        slot.cls[k] = entries_[e].cls;
        slot.weight[k] = entries_[e].weight;
      } else {
        overflow_.push_back(entries_[e]);
      }
    }
  }
}

void SparseWeights::write(Writer& w) const {
  w.u32(static_cast<uint32_t>(keys_.size()));
  for (size_t i = 0; i < keys_.size(); ++i) {
    w.u64(keys_[i]);
    w.u16(static_cast<uint16_t>(offsets_[i + 1] - offsets_[i]));
    for (uint32_t e = offsets_[i]; e < offsets_[i + 1]; ++e) {
      w.u16(entries_[e].cls);
      w.f32(entries_[e].weight);
    }
  }
}

bool SparseWeights::read(Reader& r, size_t classes, SparseWeights& out, bool lookups) {
  // Straight into the arrays (rows are written sorted by key): no per-row
  // allocation, so a model of millions of features loads in a fraction of a
  // second and without a transient copy.
  SparseWeights p;
  const uint32_t n = r.count(10);
  p.keys_.reserve(n);
  p.offsets_.reserve(size_t{n} + 1);
  p.offsets_.push_back(0);
  for (uint32_t i = 0; i < n; ++i) {
    const uint64_t key = r.u64();
    const uint16_t ne = r.u16();
    if (!r.ok() || ne == 0 || (!p.keys_.empty() && key <= p.keys_.back())) return false;
    p.keys_.push_back(key);
    for (uint16_t e = 0; e < ne; ++e) {
      Entry x;
      x.cls = r.u16();
      x.weight = r.f32();
      if (x.cls >= classes) return false;
      p.entries_.push_back(x);
    }
    p.offsets_.push_back(static_cast<uint32_t>(p.entries_.size()));
  }
  if (!r.ok()) return false;
  if (lookups) p.index();
  out = std::move(p);
  return true;
}

}  // namespace dyad::model_io
