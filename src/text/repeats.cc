#include "text/repeats.h"

#include <xxhash.h>

#include <array>
#include <memory>
#include <unordered_map>

#include "text/chars.h"

namespace dyad {
namespace {

constexpr size_t kMinSentenceKey = 20;
constexpr size_t kMinParagraphKey = 20;

struct Key {
  uint64_t hash = 0;
  size_t length = 0;  // letters and digits in the key
};

// Byte -> itself lower-cased if it belongs in a key (letters, digits, any
// byte of a non-ASCII character), else 0.
struct KeyTable {
  std::array<char, 256> map{};
  KeyTable() {
    for (int c = 0; c < 256; ++c) {
      const auto ch = static_cast<char>(c);
      if (chars::is_alnum(ch) || chars::is_non_ascii(ch)) map[static_cast<size_t>(c)] = chars::to_lower(ch);
    }
  }
};
constexpr size_t kBlock = 256;

// Hashes the letters and digits of the span, lower-cased, in blocks, without
// building the key string.
Key key_of(std::string_view norm, Span s, XXH3_state_t* state) {
  static const KeyTable table;
  XXH3_64bits_reset(state);
  char block[kBlock];
  size_t n = 0, length = 0;
  for (uint32_t i = s.start; i < s.end; ++i) {
    // Branch-free: a skipped byte is written and then overwritten.
    const char c = table.map[static_cast<unsigned char>(norm[i])];
    block[n] = c;
    n += c != 0;
    if (n == kBlock) {
      XXH3_64bits_update(state, block, n);
      length += n;
      n = 0;
    }
  }
  XXH3_64bits_update(state, block, n);
  return {XXH3_64bits_digest(state), length + n};
}

}  // namespace

RepeatVerdict find_repeats(std::string_view norm, const std::vector<SentenceCandidate>& candidates,
                           size_t paragraph_count) {
  RepeatVerdict out;
  std::vector<int32_t>& verdict = out.sentence;
  verdict.assign(candidates.size(), kKeep);
  out.paragraph.assign(paragraph_count, false);
  std::unique_ptr<XXH3_state_t, decltype(&XXH3_freeState)> state(XXH3_createState(), &XXH3_freeState);

  // One pass over the text: each sentence's key; a paragraph's key is the
  // hash of its sentences' keys, in order.
  std::vector<Key> keys(candidates.size());
  for (size_t i = 0; i < candidates.size(); ++i) {
    keys[i] = key_of(norm, candidates[i].norm, state.get());
    if (keys[i].length == 0) verdict[i] = kNoWords;
  }
  std::unordered_map<uint64_t, uint32_t> seen_paragraph;
  for (size_t i = 0; i < candidates.size();) {
    const uint32_t p = candidates[i].paragraph;
    XXH3_64bits_reset(state.get());
    size_t length = 0;
    for (; i < candidates.size() && candidates[i].paragraph == p; ++i) {
      XXH3_64bits_update(state.get(), &keys[i].hash, sizeof keys[i].hash);
      length += keys[i].length;
    }
    if (length >= kMinParagraphKey && p < paragraph_count &&
        !seen_paragraph.emplace(XXH3_64bits_digest(state.get()), p).second)
      out.paragraph[p] = true;
  }

  std::unordered_map<uint64_t, int32_t> seen_sentence;
  for (size_t i = 0; i < candidates.size(); ++i) {
    if (verdict[i] == kNoWords) continue;
    const bool long_enough = keys[i].length >= kMinSentenceKey;
    auto it = long_enough ? seen_sentence.find(keys[i].hash) : seen_sentence.end();
    if (it != seen_sentence.end()) {
      verdict[i] = it->second;
    } else if (candidates[i].paragraph < paragraph_count && out.paragraph[candidates[i].paragraph]) {
      verdict[i] = kParagraphRepeat;
    } else if (long_enough) {
      seen_sentence.emplace(keys[i].hash, static_cast<int32_t>(i));
    }
  }
  return out;
}

}  // namespace dyad
