// Compiling and walking the token trie; see matcher.h for the design.
#include "dict/matcher.h"

#include <utf8proc.h>
// Inlined: the hash of a short key costs less than the call.
#define XXH_INLINE_ALL
#include <xxhash.h>

#include <algorithm>
#include <bit>
#include <cassert>
#include <cstring>
#include <numeric>
#include <unordered_map>

#include "text/normalize.h"
#include "text/tokenize.h"

namespace dyad::dict {

const char* match_kind_name(MatchKind kind) {
  switch (kind) {
    case MatchKind::kActor:
      return "actor";
    case MatchKind::kAgent:
      return "agent";
    case MatchKind::kVerb:
      return "verb";
    case MatchKind::kSynset:
      return "synset";
    case MatchKind::kDiscard:
      return "discard";
    case MatchKind::kIssue:
      return "issue";
  }
  return "?";
}

namespace {

bool is_ascii(std::string_view s) {
  unsigned char any = 0;  // one OR per byte: no early exit, so the loop vectorises
  for (char c : s) any |= static_cast<unsigned char>(c);
  return any < 0x80;
}

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Writes src[0, n) lower-cased to dst and says whether it was all ASCII, in
// one branch-free pass.
bool lower_ascii(const char* src, size_t n, char* dst) {
  unsigned char any = 0;
  for (size_t i = 0; i < n; ++i) {
    const auto c = static_cast<unsigned char>(src[i]);
    any |= c;
    dst[i] = static_cast<char>(c + ((static_cast<unsigned char>(c - 'A') < 26) << 5));
  }
  return any < 0x80;
}

// The first eight bytes of a key followed by at least eight readable bytes,
// as loaded in memory order, with the bytes past its end cleared.
uint64_t head_of_padded(const char* key, size_t length) {
  uint64_t word;
  std::memcpy(&word, key, 8);
  if (length >= 8) return word;
  const uint64_t keep = (uint64_t{1} << (8 * length)) - 1;
  if constexpr (std::endian::native == std::endian::little) return word & keep;
  return word & ~(~uint64_t{0} >> (8 * length));
}

uint64_t head_of(std::string_view key) {
  char padded[16] = {};
  std::memcpy(padded, key.data(), std::min<size_t>(key.size(), 8));
  return head_of_padded(padded, key.size());
}

// Short keys, the common case, are hashed from their head by one multiply
// (Fibonacci hashing; the high bits pick the slot).
uint64_t hash_key(const char* key, size_t length, uint64_t head) {
  if (length <= 8) return (head ^ (uint64_t{length} << 59)) * 0x9E3779B97F4A7C15ull;
  return XXH3_64bits(key, length);
}

uint16_t saturated_length(size_t n) { return static_cast<uint16_t>(std::min<size_t>(n, UINT16_MAX)); }

}  // namespace

void fold_key(std::string_view word, std::string& out, std::vector<int32_t>& buffer) {
  if (is_ascii(word)) {
    const size_t from = out.size();
    out.resize(from + word.size());
    lower_ascii(word.data(), word.size(), out.data() + from);
    return;
  }
  // NFKC with case folding, marks stripped, default-ignorables dropped and
  // look-alike punctuation lumped: the forms a wire story and a dictionary
  // may spell one name in.
  constexpr auto kOptions = static_cast<utf8proc_option_t>(
      UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK |
      UTF8PROC_IGNORE | UTF8PROC_LUMP);
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(word.data());
  const auto length = static_cast<utf8proc_ssize_t>(word.size());
  if (buffer.size() < word.size() + 1) buffer.resize(word.size() + 1);
  utf8proc_ssize_t n = utf8proc_decompose(bytes, length, buffer.data(),
                                          static_cast<utf8proc_ssize_t>(buffer.size() - 1), kOptions);
  if (n >= 0 && static_cast<size_t>(n) + 1 > buffer.size()) {
    buffer.resize(static_cast<size_t>(n) + 1);
    n = utf8proc_decompose(bytes, length, buffer.data(), static_cast<utf8proc_ssize_t>(buffer.size() - 1),
                           kOptions);
  }
  if (n >= 0) n = utf8proc_reencode(buffer.data(), n, kOptions);
  if (n < 0) {
    // Not UTF-8 (norm never is, but a dictionary may be): keep the bytes.
    for (char c : word) out += ascii_lower(c);
    return;
  }
  out.append(reinterpret_cast<const char*>(buffer.data()), static_cast<size_t>(n));
}

std::string fold_key(std::string_view word) {
  std::string out;
  std::vector<int32_t> buffer;
  fold_key(word, out, buffer);
  return out;
}

// ---------------------------------------------------------------------------
// The word table.

Lexicon::WordTable::Probe Lexicon::WordTable::probe_of(const char* key, size_t length) {
  const uint64_t head = head_of_padded(key, length);
  return {head, hash_key(key, length, head)};
}

const Lexicon::WordTable::Slot* Lexicon::WordTable::home(const Probe& p) const {
  return slots.data() + (p.hash >> 32 & (slots.size() - 1));
}

uint32_t Lexicon::WordTable::find_padded(const char* key, size_t length, const Probe& p) const {
  if (slots.empty()) return kUnknown;
  const auto tag = static_cast<uint16_t>(p.hash >> 16);
  const uint16_t saturated = saturated_length(length);
  const size_t mask = slots.size() - 1;
  for (size_t i = p.hash >> 32 & mask;; i = (i + 1) & mask) {
    const Slot& s = slots[i];
    if (s.id == 0) return kUnknown;
    if (s.head == p.head && s.length == saturated && s.tag == tag &&
        (length <= 8 || this->key(s.id - 1) == std::string_view(key, length)))
      return s.id - 1;
  }
}

uint32_t Lexicon::WordTable::find(std::string_view key) const {
  std::string padded(key);
  padded.append(8, '\0');
  return find_padded(padded.data(), key.size(), probe_of(padded.data(), key.size()));
}

void Lexicon::WordTable::place(uint32_t id) {
  const std::string_view k = key(id);
  const uint64_t head = head_of(k);
  const uint64_t h = hash_key(k.data(), k.size(), head);
  const size_t mask = slots.size() - 1;
  size_t i = h >> 32 & mask;
  while (slots[i].id != 0) i = (i + 1) & mask;
  slots[i] = {head, id + 1, saturated_length(k.size()), static_cast<uint16_t>(h >> 16)};
}

void Lexicon::WordTable::rehash(size_t slot_count) {
  slots.assign(slot_count, Slot{});
  for (uint32_t id = 0; id < size(); ++id) place(id);
}

uint32_t Lexicon::WordTable::intern(std::string_view k) {
  if (const uint32_t id = find(k); id != kUnknown) return id;
  const uint32_t id = size();
  arena.append(k);
  offsets.push_back(static_cast<uint32_t>(arena.size()));
  // At most 5/8 full: linear probes stay short, mostly within a cache line,
  // and an empty slot always ends one.
  if (size_t{size()} * 8 > slots.size() * 5)
    rehash(slots.empty() ? 1024 : slots.size() * 2);
  else
    place(id);
  return id;
}

void Lexicon::WordTable::renumber(const std::vector<uint32_t>& new_id) {
  std::vector<uint32_t> old_of(new_id.size());
  for (uint32_t old = 0; old < new_id.size(); ++old) old_of[new_id[old]] = old;
  std::string new_arena;
  new_arena.reserve(arena.size());
  std::vector<uint32_t> new_offsets{0};
  new_offsets.reserve(offsets.size());
  for (uint32_t old : old_of) {
    new_arena.append(key(old));
    new_offsets.push_back(static_cast<uint32_t>(new_arena.size()));
  }
  arena.swap(new_arena);
  offsets.swap(new_offsets);
  rehash(slots.size());
}

// ---------------------------------------------------------------------------
// Compiling.

class LexiconBuilder {
 public:
  LexiconBuilder(Lexicon& lex, const TextModel& model) : lex_(lex), tokenizer_(model) {}

  void add(const Phrase& phrase, MatchKind kind, uint32_t entry, uint32_t form) {
    const auto k = static_cast<size_t>(kind);
    cut(phrase, false, plain_);
    if (plain_.ends.empty()) {
      ++lex_.stats_.skipped[k];
      return;
    }
    ++lex_.stats_.phrases[k];
    const Lexicon::Payload payload{entry, form, kind};
    push(plain_, payload);
    // The tokenizer's period rules depend on case: only words with a period
    // can cut differently in title case.
    bool period = false;
    for (const Word& w : phrase.words) period |= w.text.find('.') != std::string::npos;
    if (!period) return;
    cut(phrase, true, title_);
    if (title_.keys != plain_.keys || title_.ends != plain_.ends || title_.stem != plain_.stem) {
      push(title_, payload);
      ++lex_.stats_.variants;
    }
  }

  void finish();

 private:
  // One cut of a phrase: token keys, concatenated, and which are stems.
  struct Cut {
    std::string keys;
    std::vector<uint32_t> ends;
    std::vector<bool> stem;
  };
  struct Seq {
    uint32_t begin, size;  // into labels_
    Lexicon::Payload payload;
  };

  void cut(const Phrase& phrase, bool title_case, Cut& out);
  void push(const Cut& c, const Lexicon::Payload& payload);
  uint32_t stem_id(std::string_view key);
  void renumber_words();
  void build_trie();
  void build_stem_trie();

  Lexicon& lex_;
  Tokenizer tokenizer_;
  Cut plain_, title_;
  std::string text_;
  Story scratch_story_;
  std::vector<Token> tokens_;
  std::vector<int32_t> fold_buffer_;
  // Labels are (word id << 1) for an exact token, (stem id << 1) | 1 for a stem.
  std::vector<uint32_t> labels_;
  std::vector<Seq> seqs_;
  std::unordered_map<std::string, uint32_t> stem_ids_;
  std::vector<std::string_view> stem_keys_;  // by id, viewing stem_ids_' keys
};

void LexiconBuilder::cut(const Phrase& phrase, bool title_case, Cut& out) {
  out.keys.clear();
  out.ends.clear();
  out.stem.clear();
  for (const Word& w : phrase.words) {
    std::string_view text = w.text;
    if (!is_ascii(text)) {
      // Typographic quotes and dashes become ASCII as they do in text, so
      // the tokenizer splits clitics and hyphens the same way.
      scratch_story_.text = w.text;
      normalize(scratch_story_);
      text = scratch_story_.norm;
    }
    if (title_case) {
      text_.assign(text);
      bool after_letter = false;
      for (char& c : text_) {
        const bool ascii_letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (ascii_letter) c = after_letter ? ascii_lower(c) : static_cast<char>(c & ~0x20);
        after_letter = ascii_letter || static_cast<unsigned char>(c) >= 0x80;
      }
      text = text_;
    }
    const size_t first = out.ends.size();
    tokens_.clear();
    tokenizer_.tokenize(text, 0, static_cast<uint32_t>(text.size()), tokens_);
    for (size_t i = 0; i < tokens_.size(); ++i) {
      const size_t before = out.keys.size();
      fold_key(text.substr(tokens_[i].norm_start, tokens_[i].norm_end - tokens_[i].norm_start), out.keys,
               fold_buffer_);
      if (out.keys.size() == before) continue;  // only ignorable characters
      out.ends.push_back(static_cast<uint32_t>(out.keys.size()));
      out.stem.push_back(false);
    }
    // A stem's last token is the prefix; the tokens before it must match whole.
    if (w.stem && out.stem.size() > first) out.stem.back() = true;
  }
}

uint32_t LexiconBuilder::stem_id(std::string_view key) {
  auto [it, added] = stem_ids_.try_emplace(std::string(key), static_cast<uint32_t>(stem_keys_.size()));
  if (added) stem_keys_.push_back(it->first);  // node-based map: the key does not move
  return it->second;
}

void LexiconBuilder::push(const Cut& c, const Lexicon::Payload& payload) {
  const auto begin = static_cast<uint32_t>(labels_.size());
  uint32_t from = 0;
  for (size_t i = 0; i < c.ends.size(); ++i) {
    const std::string_view key = std::string_view(c.keys).substr(from, c.ends[i] - from);
    from = c.ends[i];
    labels_.push_back(c.stem[i] ? (stem_id(key) << 1) | 1 : lex_.words_.intern(key) << 1);
  }
  const auto size = static_cast<uint32_t>(c.ends.size());
  seqs_.push_back({begin, size, payload});
  lex_.stats_.max_depth = std::max<size_t>(lex_.stats_.max_depth, size);
}

void LexiconBuilder::renumber_words() {
  // Words that begin a phrase first, each group in first-seen order.
  const uint32_t n = lex_.words_.size();
  std::vector<uint8_t> begins(n, 0);
  for (const Seq& q : seqs_)
    if ((labels_[q.begin] & 1) == 0) begins[labels_[q.begin] >> 1] = 1;
  std::vector<uint32_t> new_id(n);
  uint32_t next = 0;
  for (uint32_t w = 0; w < n; ++w)
    if (begins[w]) new_id[w] = next++;
  lex_.root_words_ = next;
  for (uint32_t w = 0; w < n; ++w)
    if (!begins[w]) new_id[w] = next++;
  for (uint32_t& label : labels_)
    if ((label & 1) == 0) label = new_id[label >> 1] << 1;
  lex_.words_.renumber(new_id);
}

void LexiconBuilder::build_trie() {
  renumber_words();
  // Sorting the phrases' label sequences puts every node's phrases in one
  // run, with those ending at the node first; a breadth-first pass over the
  // runs then gives each node its edges contiguously, already sorted, and
  // numbers nodes in the order their CSR ranges are written. Labels compare
  // exact words before stems, so the root's word children come first, as
  // nodes 1, 2, ... in word id order.
  std::vector<uint32_t> order(seqs_.size());
  std::iota(order.begin(), order.end(), 0u);
  const uint32_t* labels = labels_.data();
  auto rank = [](uint32_t label) { return (label & 1) << 31 | label >> 1; };
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    const Seq& x = seqs_[a];
    const Seq& y = seqs_[b];
    return std::lexicographical_compare(labels + x.begin, labels + x.begin + x.size, labels + y.begin,
                                        labels + y.begin + y.size,
                                        [&](uint32_t l, uint32_t r) { return rank(l) < rank(r); });
  });

  struct Item {
    uint32_t lo, hi, depth;
  };
  std::vector<Item> queue{{0, static_cast<uint32_t>(order.size()), 0}};
  lex_.nodes_ = {{0, 0, 0}};
  for (size_t q = 0; q < queue.size(); ++q) {
    const Item item = queue[q];
    uint32_t i = item.lo;
    while (i < item.hi && seqs_[order[i]].size == item.depth)
      lex_.payloads_.push_back(seqs_[order[i++]].payload);
    while (i < item.hi) {
      const uint32_t label = labels[seqs_[order[i]].begin + item.depth];
      uint32_t j = i + 1;
      while (j < item.hi && labels[seqs_[order[j]].begin + item.depth] == label) ++j;
      const auto child = static_cast<uint32_t>(queue.size());
      queue.push_back({i, j, item.depth + 1});
      if (label & 1)
        lex_.stem_edges_.push_back({label >> 1, child});
      else if (q != 0)
        lex_.edges_.push_back({label >> 1, child});
      else
        assert(child == (label >> 1) + 1);
      i = j;
    }
    lex_.nodes_.push_back({static_cast<uint32_t>(lex_.edges_.size()),
                           static_cast<uint32_t>(lex_.stem_edges_.size()),
                           static_cast<uint32_t>(lex_.payloads_.size())});
  }
  lex_.stats_.nodes = queue.size();
}

void LexiconBuilder::build_stem_trie() {
  // The same breadth-first construction over the bytes of the stem keys.
  Lexicon::StemTrie& t = lex_.stem_trie_;
  std::vector<uint32_t> order(stem_keys_.size());
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(),
            [&](uint32_t a, uint32_t b) { return stem_keys_[a] < stem_keys_[b]; });
  struct Item {
    uint32_t lo, hi, depth;
  };
  std::vector<Item> queue{{0, static_cast<uint32_t>(order.size()), 0}};
  t.edge_start = {0};
  t.bytes.clear();
  t.children.clear();
  t.stem.clear();
  for (size_t q = 0; q < queue.size(); ++q) {
    const Item item = queue[q];
    uint32_t i = item.lo;
    t.stem.push_back(Lexicon::kUnknown);
    if (i < item.hi && stem_keys_[order[i]].size() == item.depth) t.stem.back() = order[i++];
    while (i < item.hi) {
      const char byte = stem_keys_[order[i]][item.depth];
      uint32_t j = i + 1;
      while (j < item.hi && stem_keys_[order[j]][item.depth] == byte) ++j;
      t.bytes.push_back(static_cast<uint8_t>(byte));
      t.children.push_back(static_cast<uint32_t>(queue.size()));
      queue.push_back({i, j, item.depth + 1});
      i = j;
    }
    t.edge_start.push_back(static_cast<uint32_t>(t.bytes.size()));
  }
  lex_.stem_count_ = stem_keys_.size();
}

void LexiconBuilder::finish() {
  build_trie();
  if (!stem_keys_.empty()) {
    build_stem_trie();
    lex_.stem_filter_.assign(Lexicon::kStemFilterBits / 64, 0);
    auto set = [&](uint8_t b0, uint8_t b1, uint8_t b2) {
      const size_t bit = Lexicon::stem_filter_bit(b0, b1, b2);
      lex_.stem_filter_[bit / 64] |= uint64_t{1} << (bit % 64);
    };
    for (uint32_t e = lex_.nodes_[0].stem_edges; e < lex_.nodes_[1].stem_edges; ++e) {
      const std::string_view k = stem_keys_[lex_.stem_edges_[e].label];
      const auto b0 = static_cast<uint8_t>(k[0]);
      // A key shorter than three bytes reads zeros past its end; a stem that
      // short sets the bit of every byte it may be followed by.
      if (k.size() >= 3) {
        set(b0, static_cast<uint8_t>(k[1]), static_cast<uint8_t>(k[2]));
      } else if (k.size() == 2) {
        for (unsigned b2 = 0; b2 < 256; ++b2) set(b0, static_cast<uint8_t>(k[1]), static_cast<uint8_t>(b2));
      } else {
        for (unsigned b1 = 0; b1 < 256; ++b1)
          for (unsigned b2 = 0; b2 < 256; ++b2) set(b0, static_cast<uint8_t>(b1), static_cast<uint8_t>(b2));
      }
    }
  }
  const Dictionaries& d = lex_.dicts_;
  lex_.payload_codes_.resize(lex_.payloads_.size());
  for (size_t i = 0; i < lex_.payloads_.size(); ++i) {
    Lexicon::Payload& p = lex_.payloads_[i];
    std::string_view& code = lex_.payload_codes_[i];
    switch (p.kind) {
      case MatchKind::kActor:
        p.dated = !d.actors[p.entry].dated.empty();
        code = d.actors[p.entry].code;
        break;
      case MatchKind::kAgent:
        code = d.agents[p.entry].code;
        break;
      case MatchKind::kVerb: {
        const Verb& v = d.verbs.verbs[p.entry];
        code = v.code.empty() && v.block < d.verbs.blocks.size() ? d.verbs.blocks[v.block].code : v.code;
        break;
      }
      case MatchKind::kIssue:
        code = d.issues[p.entry].code;
        break;
      case MatchKind::kSynset:
      case MatchKind::kDiscard:
        break;
    }
  }
  LexiconStats& s = lex_.stats_;
  s.words = lex_.words_.size();
  s.stems = stem_keys_.size();
  s.edges = lex_.edges_.size() + lex_.root_words_;
  s.stem_edges = lex_.stem_edges_.size();
  s.payloads = lex_.payloads_.size();
  auto bytes = [](const auto& v) { return v.capacity() * sizeof(v[0]); };
  const Lexicon::StemTrie& t = lex_.stem_trie_;
  s.bytes = lex_.words_.arena.capacity() + bytes(lex_.words_.offsets) + bytes(lex_.words_.slots) +
            bytes(lex_.nodes_) + bytes(lex_.edges_) + bytes(lex_.stem_edges_) + bytes(lex_.payloads_) +
            bytes(lex_.payload_codes_) + bytes(lex_.stem_filter_) + bytes(t.edge_start) + bytes(t.bytes) +
            bytes(t.children) + bytes(t.stem);
}

Result<Lexicon> Lexicon::compile(Dictionaries dicts, const TextModel& text_model) {
  Lexicon lex;
  lex.dicts_ = std::move(dicts);
  const Dictionaries& d = lex.dicts_;
  // Labels keep one bit for the stem flag, and ids must stay below kUnknown.
  size_t phrases = 0;
  for (const Actor& a : d.actors) phrases += a.phrases.size();
  for (const Agent& a : d.agents) phrases += a.forms.size();
  for (const Verb& v : d.verbs.verbs) phrases += v.forms.size();
  for (const Synset& s : d.verbs.synsets) phrases += s.members.size();
  for (const Issue& i : d.issues) phrases += i.forms.size();
  phrases += d.discards.size();
  if (phrases >= (size_t{1} << 30))
    return Status::Invalid("dictionaries: too many phrases to compile (" + std::to_string(phrases) + ")");

  LexiconBuilder b(lex, text_model);
  auto u32 = [](size_t i) { return static_cast<uint32_t>(i); };
  for (size_t e = 0; e < d.actors.size(); ++e)
    for (size_t f = 0; f < d.actors[e].phrases.size(); ++f)
      b.add(d.actors[e].phrases[f], MatchKind::kActor, u32(e), u32(f));
  for (size_t e = 0; e < d.agents.size(); ++e)
    for (size_t f = 0; f < d.agents[e].forms.size(); ++f)
      b.add(d.agents[e].forms[f], MatchKind::kAgent, u32(e), u32(f));
  for (size_t e = 0; e < d.verbs.verbs.size(); ++e)
    for (size_t f = 0; f < d.verbs.verbs[e].forms.size(); ++f)
      b.add(d.verbs.verbs[e].forms[f].phrase, MatchKind::kVerb, u32(e), u32(f));
  for (size_t e = 0; e < d.verbs.synsets.size(); ++e)
    for (size_t f = 0; f < d.verbs.synsets[e].members.size(); ++f)
      b.add(d.verbs.synsets[e].members[f], MatchKind::kSynset, u32(e), u32(f));
  for (size_t e = 0; e < d.discards.size(); ++e) b.add(d.discards[e].phrase, MatchKind::kDiscard, u32(e), 0);
  for (size_t e = 0; e < d.issues.size(); ++e)
    for (size_t f = 0; f < d.issues[e].forms.size(); ++f)
      b.add(d.issues[e].forms[f], MatchKind::kIssue, u32(e), u32(f));
  b.finish();
  return lex;
}

// ---------------------------------------------------------------------------
// Matching.

namespace {

// The child reached from a run of sorted edges by `label`, or 0.
// Most nodes have one to a few edges, which a scan reads faster than a
// binary search can branch.
template <typename Edge>
uint32_t find_edge(const Edge* begin, const Edge* end, uint32_t label) {
  if (end - begin <= 8) {
    for (; begin != end; ++begin)
      if (begin->label >= label) return begin->label == label ? begin->child : 0;
    return 0;
  }
  const Edge* it = std::lower_bound(begin, end, label, [](const Edge& e, uint32_t l) { return e.label < l; });
  return it != end && it->label == label ? it->child : 0;
}

}  // namespace

void Lexicon::prepare(std::span<const Token> tokens, std::string_view norm, MatchScratch& s) const {
  const size_t n = tokens.size();
  s.ids.resize(n);
  s.key_end.resize(n);
  s.probes.resize(n);
  // Keys are written straight into the buffer, which keeps eight bytes of
  // slack past the last one for find_padded; it only ever grows.
  constexpr size_t kSlack = 8;
  const size_t bytes = tokens.back().norm_end > tokens.front().norm_start
                           ? tokens.back().norm_end - tokens.front().norm_start
                           : 0;
  if (s.keys.size() < bytes + kSlack) s.keys.resize(bytes + kSlack);
  // First every key and its hash, asking for its slot's cache line; then the
  // lookups, whose cache misses (rarer words' slots) have by then been
  // overlapped. On the BBC corpus this took a fifth off the whole match.
  size_t at = 0;
  for (size_t i = 0; i < n; ++i) {
    const char* src = norm.data() + tokens[i].norm_start;
    size_t length = tokens[i].norm_end - tokens[i].norm_start;
    if (s.keys.size() < at + length + kSlack) s.keys.resize(2 * (at + length + kSlack));
    if (!lower_ascii(src, length, s.keys.data() + at)) {
      s.folded.clear();
      fold_key(std::string_view(src, length), s.folded, s.utf32);
      length = s.folded.size();
      if (s.keys.size() < at + length + kSlack) s.keys.resize(2 * (at + length + kSlack));
      std::memcpy(s.keys.data() + at, s.folded.data(), length);
    }
    s.probes[i] = WordTable::probe_of(s.keys.data() + at, length);
    if (!words_.slots.empty()) __builtin_prefetch(words_.home(s.probes[i]));
    at += length;
    s.key_end[i] = static_cast<uint32_t>(at);
  }
  uint32_t from = 0;
  for (size_t i = 0; i < n; ++i) {
    const uint32_t id = words_.find_padded(s.keys.data() + from, s.key_end[i] - from, s.probes[i]);
    s.ids[i] = id;
    if (id < root_words_) __builtin_prefetch(nodes_.data() + id + 1);
    from = s.key_end[i];
  }
  if (stem_count_ != 0) s.stem_runs.assign(n, {kUnknown, 0});
  s.stems.clear();
}

bool Lexicon::may_begin_root_stem(uint32_t token, const MatchScratch& s) const {
  const uint32_t from = token == 0 ? 0 : s.key_end[token - 1];
  const uint32_t length = s.key_end[token] - from;
  if (length == 0) return false;
  const auto* k = reinterpret_cast<const uint8_t*>(s.keys.data() + from);
  const size_t bit = stem_filter_bit(k[0], length > 1 ? k[1] : uint8_t{0}, length > 2 ? k[2] : uint8_t{0});
  return (stem_filter_[bit / 64] >> (bit % 64) & 1) != 0;
}

std::pair<uint32_t, uint32_t> Lexicon::stems_of(uint32_t token, MatchScratch& s) const {
  std::pair<uint32_t, uint32_t>& run = s.stem_runs[token];
  if (run.first != kUnknown) return run;
  // One walk down the byte trie lists every stem the key begins with.
  const StemTrie& t = stem_trie_;
  const uint32_t from = token == 0 ? 0 : s.key_end[token - 1];
  run.first = static_cast<uint32_t>(s.stems.size());
  uint32_t node = 0;
  for (uint32_t k = from; k < s.key_end[token]; ++k) {
    const auto byte = static_cast<uint8_t>(s.keys[k]);
    const uint8_t* b = t.bytes.data() + t.edge_start[node];
    const uint8_t* e = t.bytes.data() + t.edge_start[node + 1];
    const uint8_t* it = std::lower_bound(b, e, byte);
    if (it == e || *it != byte) break;
    node = t.children[static_cast<size_t>(it - t.bytes.data())];
    if (t.stem[node] != kUnknown) s.stems.push_back(t.stem[node]);
  }
  run.second = static_cast<uint32_t>(s.stems.size());
  return run;
}

std::string_view Lexicon::code_of(uint32_t i, const Date& date) const {
  const Payload& p = payloads_[i];
  return p.dated ? dicts_.actors[p.entry].code_on(date) : payload_codes_[i];
}

void Lexicon::match(const Story& story, const Sentence& sentence, MatchScratch& scratch,
                    std::vector<Match>& out) const {
  const std::span<const Token> tokens(story.tokens.data() + sentence.token_begin, sentence.size());
  match(tokens, story.norm, story.date, sentence.token_begin, scratch, out);
}

void Lexicon::match(std::span<const Token> tokens, std::string_view norm, const Date& date,
                    uint32_t first_index, MatchScratch& s, std::vector<Match>& out) const {
  if (tokens.empty() || payloads_.empty()) return;
  prepare(tokens, norm, s);
  const auto n = static_cast<uint32_t>(tokens.size());
  const bool stems = stem_count_ != 0;

  const Node* nodes = nodes_.data();
  const Edge* edges = edges_.data();
  const Edge* stem_edges = stem_edges_.data();
  const Payload* payloads = payloads_.data();
  const uint32_t* ids = s.ids.data();

  // Pushes the children reached from `node` through stem edges by token `pos`.
  auto push_stems = [&](uint32_t node, uint32_t pos) {
    const Edge* b = stem_edges + nodes[node].stem_edges;
    const Edge* e = stem_edges + nodes[node + 1].stem_edges;
    if (b == e) return;
    const auto [first, last] = stems_of(pos, s);
    for (uint32_t k = first; k < last; ++k)
      if (const uint32_t child = find_edge(b, e, s.stems[k])) s.stack.emplace_back(child, pos + 1);
  };

  for (uint32_t start = 0; start < n; ++start) {
    const size_t segment = out.size();
    if (stems) {
      s.stack.clear();
      if (may_begin_root_stem(start, s)) push_stems(0, start);
    }
    // kUnknown is never below root_words_.
    uint32_t node = ids[start] < root_words_ ? ids[start] + 1 : 0;
    uint32_t pos = start + 1;
    // Follows exact edges from `node` as far as they go; stem edges met on
    // the way are left on the stack for later.
    while (true) {
      for (; node != 0; ++pos) {
        const Node here = nodes[node];
        const Node next = nodes[node + 1];
        for (uint32_t p = here.payloads; p < next.payloads; ++p) {
          const Payload& pl = payloads[p];
          out.push_back(
              {first_index + start, first_index + pos, pl.kind, pl.entry, pl.form, code_of(p, date)});
        }
        if (pos == n) break;
        if (stems) push_stems(node, pos);
        const uint32_t id = ids[pos];
        if (id == kUnknown || here.edges == next.edges) break;
        node = find_edge(edges + here.edges, edges + next.edges, id);
      }
      if (!stems || s.stack.empty()) break;
      std::tie(node, pos) = s.stack.back();
      s.stack.pop_back();
    }
    if (out.size() - segment > 1)
      std::sort(out.begin() + static_cast<std::ptrdiff_t>(segment), out.end(),
                [](const Match& a, const Match& b) {
                  if (a.end != b.end) return a.end > b.end;
                  if (a.kind != b.kind) return a.kind < b.kind;
                  if (a.entry != b.entry) return a.entry < b.entry;
                  return a.form < b.form;
                });
  }
}

std::vector<Match> longest_non_overlapping(std::span<const Match> matches, MatchKind kind) {
  std::vector<Match> out;
  uint32_t free_from = 0;
  for (const Match& m : matches) {
    // Sorted by begin, longer first: the first taken at a begin is its
    // longest, and its end then rules out the rest of that begin.
    if (m.kind != kind || m.begin < free_from) continue;
    out.push_back(m);
    free_from = m.end;
  }
  return out;
}

}  // namespace dyad::dict
