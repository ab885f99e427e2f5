// OffsetMap: where each byte of a normalised text came from in the original.
//
// Normalisation mostly copies bytes (all of plain ASCII), so the map is kept
// as breakpoints rather than one entry per byte: a "run" piece says norm and
// text advance together from (norm, text); a "fixed" piece says every norm
// byte from `norm` came from the one character at `text` (an expansion such
// as "…" -> "...", a replacement such as U+FFFD, a composed character).
// A story of plain ASCII is one piece, whatever its length; a lookup is a
// binary search over the pieces.
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

namespace dyad {

class OffsetMap {
 public:
  void clear() {
    pieces_.clear();
    norm_size_ = 0;
    text_size_ = 0;
  }

  // norm bytes [norm, norm + n) came from text bytes [text, text + n).
  void add_run(uint32_t norm, uint32_t text, uint32_t n) {
    if (n == 0) return;
    if (!pieces_.empty()) {
      const Piece& p = pieces_.back();
      if (p.run && p.text + (norm - p.norm) == text) {  // continues the last run
        norm_size_ = norm + n;
        return;
      }
    }
    pieces_.push_back({norm, text, true});
    norm_size_ = norm + n;
  }

  // norm bytes [norm, norm + n) all came from the character at text.
  void add_fixed(uint32_t norm, uint32_t text, uint32_t n) {
    if (n == 0) return;
    pieces_.push_back({norm, text, false});
    norm_size_ = norm + n;
  }

  // Forgets everything mapped at or after norm offset `norm_size` (the
  // normaliser takes back a character to compose it with a combining mark).
  void truncate(uint32_t norm_size) {
    while (!pieces_.empty() && pieces_.back().norm >= norm_size) pieces_.pop_back();
    norm_size_ = std::min(norm_size_, norm_size);
  }

  // Ends the map: one past the last norm byte maps to one past the text.
  void finish(uint32_t text_size) { text_size_ = text_size; }

  // The text offset of the character that norm byte `norm` came from; for
  // norm == size(), the text's size.
  uint32_t operator[](uint32_t norm) const {
    if (norm >= norm_size_) return text_size_;
    auto it = std::upper_bound(pieces_.begin(), pieces_.end(), norm,
                               [](uint32_t n, const Piece& p) { return n < p.norm; });
    const Piece& p = *(it - 1);
    return p.run ? p.text + (norm - p.norm) : p.text;
  }

  // Lookups in mostly increasing order (tokens left to right) walk the
  // pieces instead of searching them: amortised O(1) per lookup.
  class Cursor {
   public:
    explicit Cursor(const OffsetMap& map) : map_(map) { seek(0); }
    uint32_t operator[](uint32_t norm) {
      if (norm < begin_ || norm >= end_) {
        if (norm >= map_.norm_size_) return map_.text_size_;
        seek(norm);
      }
      return run_ ? text_ + (norm - begin_) : text_;
    }

   private:
    void seek(uint32_t norm) {
      const auto& ps = map_.pieces_;
      if (ps.empty()) return;
      // A step or two forward is the common case; anything else (going back
      // to a sentence's first token, a long jump) is a binary search, so no
      // pattern of lookups costs more than O(log pieces) each.
      size_t steps = 0;
      if (piece_ < ps.size() && ps[piece_].norm <= norm) {
        while (steps < 4 && piece_ + 1 < ps.size() && ps[piece_ + 1].norm <= norm) {
          ++piece_;
          ++steps;
        }
      }
      if (piece_ >= ps.size() || ps[piece_].norm > norm ||
          (piece_ + 1 < ps.size() && ps[piece_ + 1].norm <= norm)) {
        auto it = std::upper_bound(ps.begin(), ps.end(), norm,
                                   [](uint32_t n, const Piece& p) { return n < p.norm; });
        piece_ = static_cast<size_t>(it - ps.begin()) - 1;
      }
      begin_ = ps[piece_].norm;
      end_ = piece_ + 1 < ps.size() ? ps[piece_ + 1].norm : map_.norm_size_;
      text_ = ps[piece_].text;
      run_ = ps[piece_].run;
    }

    const OffsetMap& map_;
    size_t piece_ = 0;
    uint32_t begin_ = 0, end_ = 0, text_ = 0;  // the current piece, cached
    bool run_ = false;
  };

  uint32_t size() const { return norm_size_; }  // bytes of norm mapped
  size_t pieces() const { return pieces_.size(); }

 private:
  struct Piece {
    uint32_t norm;  // first norm byte of the piece
    uint32_t text;  // its text offset
    bool run;       // true: one-to-one from here; false: all bytes -> text
  };
  std::vector<Piece> pieces_;
  uint32_t norm_size_ = 0;
  uint32_t text_size_ = 0;
};

}  // namespace dyad
