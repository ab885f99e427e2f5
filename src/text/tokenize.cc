// Chunk-at-a-time tokenizer: whitespace separates chunks; each chunk is cut
// into leading punctuation, a middle, and trailing punctuation peeled from the
// right, then the middle is cut at clitics, hyphens and inner punctuation.
// See tokenize.h for the conventions and why they are the treebank's.
#include "text/tokenize.h"

#include <algorithm>
#include <array>

#include "text/chars.h"

namespace dyad {
namespace {

using namespace chars;  // NOLINT: character predicates only

void push(std::vector<Token>& out, uint32_t b, uint32_t e) {
  Token t;
  t.norm_start = b;
  t.norm_end = e;
  out.push_back(t);
}

bool is_opening(char c) { return c == '(' || c == '[' || c == '{' || c == '"' || c == '<'; }
bool is_closing(char c) {
  return c == ')' || c == ']' || c == '}' || c == '"' || c == ',' || c == ';' || c == '!' || c == '?' ||
         c == ':' || c == '>' || c == '%' || c == '\'';
}

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return to_lower(x) == to_lower(y); });
}

bool looks_like_url(std::string_view w) {
  if (w.size() > 4 && (w[0] == 'w' || w[0] == 'W') && iequals(w.substr(0, 4), "www.")) return true;
  bool mark = false;  // a plain loop: find_first_of calls memchr per byte
  for (char c : w) mark |= c == ':' || c == '@';
  if (!mark) return false;
  if (w.find("://") != std::string_view::npos) return true;
  const auto at = w.find('@');
  return at != std::string_view::npos && at > 0 && w.find('.', at) != std::string_view::npos &&
         w.find('.', at) + 1 < w.size();
}

// The part of a word that is a clitic, if any: 's n't 're 've 'll 'd 'm.
size_t clitic_length(std::string_view w) {
  // Every clitic has an apostrophe in its last four bytes; most words have none.
  const size_t tail = std::min<size_t>(w.size(), 4);
  if (w.substr(w.size() - tail).find('\'') == std::string_view::npos) return 0;
  static constexpr std::array<std::string_view, 7> kClitics = {"n't", "'s", "'re", "'ve", "'ll", "'d", "'m"};
  for (std::string_view c : kClitics) {
    if (w.size() > c.size() && iequals(w.substr(w.size() - c.size()), c) &&
        is_alpha(w[w.size() - c.size() - 1]))
      return c.size();
  }
  return 0;
}

// Words that EWT writes as two tokens with no clitic mark.
size_t fused_split(std::string_view w) {
  if (w.size() != 5 && w.size() != 6) return 0;
  struct Fused {
    std::string_view word;
    size_t first;
  };
  static constexpr std::array<Fused, 4> kFused = {{{"cannot", 3}, {"gonna", 3}, {"gotta", 3}, {"wanna", 3}}};
  for (const auto& f : kFused)
    if (iequals(w, f.word)) return f.first;
  return 0;
}

bool is_bare_clitic(std::string_view rest) {
  static constexpr std::array<std::string_view, 6> kBare = {"s", "re", "ve", "ll", "d", "m"};
  for (std::string_view c : kBare)
    if (iequals(rest, c)) return true;
  return false;
}

bool is_initial_or_acronym(std::string_view w) {
  // J.  U.S.  a.m.  U.S.A.  : letters each followed by a period.
  if (w.size() < 2 || w.size() % 2 != 0) return false;
  for (size_t i = 0; i < w.size(); i += 2)
    if (!is_alpha(w[i]) || w[i + 1] != '.') return false;
  return w.size() > 2 || is_upper(w[0]);
}

}  // namespace

bool Tokenizer::keeps_period(std::string_view w) const {
  return is_initial_or_acronym(w) || model_.abbreviation(w) != nullptr;
}

void Tokenizer::tokenize(std::string_view norm, uint32_t begin, uint32_t end, std::vector<Token>& out) const {
  // Byte classes: most chunks are plain words of ASCII letters and digits,
  // which need none of chunk()'s rules, so the scan notes whether a chunk has
  // any other byte.
  enum : uint8_t { kOther = 0, kSpace = 1, kAlnum = 2 };
  static const std::array<uint8_t, 256> kClass = [] {
    std::array<uint8_t, 256> t{};
    for (int c = 0; c < 256; ++c) {
      const auto ch = static_cast<char>(c);
      t[static_cast<size_t>(c)] = is_space(ch) ? kSpace : is_alnum(ch) ? kAlnum : kOther;
    }
    return t;
  }();
  const size_t first = out.size();
  uint32_t i = begin;
  while (i < end) {
    while (i < end && kClass[static_cast<unsigned char>(norm[i])] == kSpace) ++i;
    uint32_t j = i;
    uint8_t all = kAlnum;
    for (uint8_t k; j < end && (k = kClass[static_cast<unsigned char>(norm[j])]) != kSpace; ++j) all &= k;
    if (j > i) {
      if (all == kAlnum && !fused_split(norm.substr(i, j - i))) {
        push(out, i, j);
      } else {
        chunk(norm, i, j, out);
      }
    }
    i = j;
  }
  for (size_t k = first; k + 1 < out.size(); ++k)
    out[k].space_after = out[k + 1].norm_start != out[k].norm_end;
  if (out.size() > first) out.back().space_after = true;
}

void Tokenizer::chunk(std::string_view norm, uint32_t b, uint32_t e, std::vector<Token>& out) const {
  // Leading punctuation.
  while (b < e) {
    const char c = norm[b];
    if (is_opening(c) || c == '$' || c == '*' || (c == '#' && (b + 1 == e || !is_alnum(norm[b + 1])))) {
      push(out, b, b + 1);
      ++b;
    } else if (c == '`') {
      uint32_t k = b;
      while (k < e && norm[k] == '`') ++k;
      push(out, b, k);
      b = k;
    } else if (c == '\'') {
      // '90s and a clitic written alone ('s) are words; otherwise a quote.
      if (b + 1 < e && (is_digit(norm[b + 1]) || is_bare_clitic(norm.substr(b + 1, e - b - 1)))) break;
      push(out, b, b + 1);
      ++b;
    } else if (c == '-' && !(b + 1 < e && (is_digit(norm[b + 1]) || norm[b + 1] == '.'))) {
      uint32_t k = b;
      while (k < e && norm[k] == '-') ++k;
      push(out, b, k);
      b = k;
    } else if (is_non_ascii(c) && is_unicode_punct(code_point(norm, b))) {
      const auto n = static_cast<uint32_t>(seq_len(norm, b));
      push(out, b, b + n);
      b += n;
    } else {
      break;
    }
  }
  if (b >= e) return;

  const std::string_view whole = norm.substr(b, e - b);
  // Punctuation peeled from the right, in reverse order; a chunk with more
  // than the array holds keeps the rest for middle().
  // (Plain arrays, left uninitialised: zeroing Tokens here cost more than
  // all the rest of the tokenizer.)
  struct Trailing {
    uint32_t start[16];
    uint32_t end[16];
    size_t n = 0;
    bool full() const { return n == 16; }
  } trailing;
  auto peel = [&trailing](uint32_t pb, uint32_t pe) {
    trailing.start[trailing.n] = pb;
    trailing.end[trailing.n] = pe;
    ++trailing.n;
  };
  if (looks_like_url(whole)) {
    while (e > b && !trailing.full() &&
           (norm[e - 1] == '.' || norm[e - 1] == ',' || is_closing(norm[e - 1]))) {
      uint32_t k = e - 1;
      if (norm[k] == '.')  // a run of periods is one token, as below
        while (k > b && norm[k - 1] == '.') --k;
      peel(k, e);
      e = k;
    }
    push(out, b, e);
  } else {
    while (e > b && !trailing.full()) {
      const char c = norm[e - 1];
      if (c == '.') {
        uint32_t k = e;
        while (k > b && norm[k - 1] == '.') --k;
        if (e - k >= 2) {  // an ellipsis or a run of periods
          peel(k, e);
          e = k;
          continue;
        }
        if (e - b > 1 && keeps_period(norm.substr(b, e - b))) break;
        peel(e - 1, e);
        --e;
      } else if (is_closing(c)) {
        peel(e - 1, e);
        --e;
      } else if (c == '-' && e - b > 1 && norm[e - 2] == '-') {
        uint32_t k = e;
        while (k > b && norm[k - 1] == '-') --k;
        peel(k, e);
        e = k;
      } else if (is_non_ascii(c)) {
        // Find the start of the last code point.
        uint32_t k = e - 1;
        while (k > b && (static_cast<unsigned char>(norm[k]) & 0xC0) == 0x80) --k;
        if (!is_unicode_punct(code_point(norm, k))) break;
        peel(k, e);
        e = k;
      } else {
        break;
      }
    }
    if (e > b) middle(norm, b, e, out);
  }
  for (size_t k = trailing.n; k-- > 0;) push(out, trailing.start[k], trailing.end[k]);
}

void Tokenizer::middle(std::string_view norm, uint32_t b, uint32_t e, std::vector<Token>& out) const {
  const std::string_view w = norm.substr(b, e - b);
  if (const size_t f = fused_split(w)) {
    push(out, b, b + static_cast<uint32_t>(f));
    push(out, b + static_cast<uint32_t>(f), e);
    return;
  }
  uint32_t clitic_at = e;
  if (const size_t n = clitic_length(w)) clitic_at = e - static_cast<uint32_t>(n);

  // Walk the stem, cutting at hyphens and inner punctuation.
  uint32_t start = b;
  bool first_hyphen = true;
  auto flush = [&](uint32_t at) {
    if (at > start) push(out, start, at);
  };
  for (uint32_t p = b; p < clitic_at; ++p) {
    const char c = norm[p];
    if (is_alnum(c) || is_non_ascii(c)) continue;  // the common case
    const bool digits_around = p > b && p + 1 < clitic_at && is_digit(norm[p - 1]) && is_digit(norm[p + 1]);
    if (c == '-') {
      if (p + 1 < clitic_at && norm[p + 1] == '-') {
        flush(p);
        uint32_t k = p;
        while (k < clitic_at && norm[k] == '-') ++k;
        push(out, p, k);
        start = k;
        p = k - 1;
        continue;
      }
      if (p == start || p + 1 == clitic_at || digits_around) continue;
      std::string part(norm.substr(start, p - start));
      for (char& ch : part) ch = to_lower(ch);
      if (first_hyphen && start == b && model_.hyphen_prefix(part)) {
        first_hyphen = false;
        continue;
      }
      first_hyphen = false;
      flush(p);
      push(out, p, p + 1);
      start = p + 1;
    } else if (c == ',' || c == ':') {
      if (digits_around) continue;
      flush(p);
      push(out, p, p + 1);
      start = p + 1;
    } else if (c == ';' || c == '!' || c == '?' || c == '"' || c == '(' || c == ')' || c == '[' || c == ']' ||
               c == '{' || c == '}') {
      flush(p);
      push(out, p, p + 1);
      start = p + 1;
    }
  }
  flush(clitic_at);
  if (clitic_at < e) push(out, clitic_at, e);
}

}  // namespace dyad
