// The dictionary matcher: Dictionaries in, a Lexicon that finds every actor,
// agent, verb, synset, discard and issue phrase in a tokenised sentence.
//
// Compiling. Every phrase is cut into tokens by dyad's own Tokenizer
// (text/tokenize.h), so that a dictionary word is split exactly as text is:
// DIDN'T -> DID N'T, MAZAR-I-SHARIF -> MAZAR - I - SHARIF, SERGEY V. LAVROV
// keeps "V.". The tokenizer's period rules are case-sensitive (its word list
// has "vs." but not "VS."), so a word with a period is also cut in title
// case ("Vs."); when that gives different tokens the phrase is compiled both
// ways, once for headline capitals and once for running text. Each token is
// then folded to a key (fold_key: case-folded, marks stripped, NFKC; ASCII is
// only lower-cased) and interned as a word id. The phrases become a trie over
// word ids, built breadth-first from the sorted id sequences: each node's
// edges are a sorted run of one edge array (CSR), scanned or binary-searched,
// and each node lists the entries (kind, entry, form) whose phrase ends
// there. Words that begin a phrase get the smallest ids, so the root's child
// for word w is simply node w + 1.
//
// Blanks and '_' (Word::tight_after) both mean "the next token": PETRARCH 2
// matches noun phrases as consecutive tokens and text has no '_' to tell them
// apart, so the distinction is left to the verb-pattern coder.
//
// Stems. A Word with stem = true (TABARI words without '_', and the last word
// of a discard unless written with a final '_') matches any token whose key
// its last token's key begins: ARGENTIN matches Argentina and Argentine.
// Stem keys live in a small byte trie; a text token is run through it, once,
// only when a walk reaches a node with stem edges at that token (at the root,
// only when a filter on its first three bytes says a root stem may begin it),
// and the stem ids found are looked up among the node's stem edges. A
// dictionary with no stems pays nothing for them.
//
// Matching folds every token of the sentence and looks its key up once (the
// lookups' cache misses overlapped by prefetching), then walks from every
// token as far as the trie's edges go, emitting the payloads of each node
// passed: O(tokens x phrase depth) steps, in practice about one node per
// token. A token whose key is in no phrase gets an "unknown" id that ends
// every exact walk at once. Codes are resolved at compile time except for
// actors with date restrictions, whose code is looked up on the story's date.
//
// Thread-safety: a Lexicon is const after compile() and shared by threads;
// all per-call state lives in the caller's MatchScratch, reused across
// sentences so matching does not allocate once the buffers have grown.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/status.h"
#include "dict/dictionary.h"
#include "text/text_model.h"

namespace dyad::dict {

enum class MatchKind : uint8_t { kActor, kAgent, kVerb, kSynset, kDiscard, kIssue };
inline constexpr size_t kMatchKinds = 6;
const char* match_kind_name(MatchKind kind);  // "actor", "agent", ...

// One phrase found in a sentence.
struct Match {
  uint32_t begin = 0;  // token indices into Story::tokens, half-open
  uint32_t end = 0;
  MatchKind kind = MatchKind::kActor;
  // Index into dictionaries().actors / agents / verbs.verbs / verbs.synsets /
  // discards / issues, by kind.
  uint32_t entry = 0;
  // Which phrase of the entry: Actor::phrases, Agent::forms, Verb::forms,
  // Synset::members, Issue::forms; 0 for a discard.
  uint32_t form = 0;
  // actor: Actor::code_on(story date); agent: Agent::code; verb: Verb::code
  // (the block's when the verb has none); issue: Issue::code; empty for a
  // synset or discard. Views into the Lexicon's Dictionaries, valid while the
  // Lexicon lives (moving it keeps them valid).
  std::string_view code;

  uint32_t size() const { return end - begin; }
  friend bool operator==(const Match&, const Match&) = default;
};

// Sizes of the compiled structure, for `dyad dict check` and the benchmarks.
struct LexiconStats {
  size_t words = 0;                           // distinct keys of exact tokens
  size_t stems = 0;                           // distinct keys of stem tokens
  size_t nodes = 0;                           // trie nodes, the root included
  size_t edges = 0;                           // exact-word edges, the root's included
  size_t stem_edges = 0;                      // stem edges
  size_t payloads = 0;                        // (kind, entry, form) entries on nodes
  size_t max_depth = 0;                       // tokens in the longest compiled phrase
  size_t variants = 0;                        // phrases also compiled in their title-case cut
  std::array<size_t, kMatchKinds> phrases{};  // compiled, by MatchKind
  std::array<size_t, kMatchKinds> skipped{};  // empty, or no tokens, by MatchKind
  size_t bytes = 0;                           // memory held by the compiled structure (not the Dictionaries)
};

// Per-thread buffers for Lexicon::match; reuse one across sentences.
class MatchScratch {
 private:
  friend class Lexicon;
  struct Probe {
    uint64_t head;  // the key's first eight bytes, as Lexicon's word table keeps them
    uint64_t hash;
  };
  std::vector<uint32_t> ids;  // word id per token
  std::vector<Probe> probes;  // per token
  // The sentence's token keys, concatenated, followed by at least eight
  // bytes of slack so a key's first eight bytes load as one word.
  std::string keys;
  std::vector<uint32_t> key_end;  // per token, end of its key in `keys`
  // Per token, the run of `stems` listing the stem ids its key begins with;
  // {kUnknown, 0} until a walk first needs it.
  std::vector<std::pair<uint32_t, uint32_t>> stem_runs;
  std::vector<uint32_t> stems;
  std::vector<std::pair<uint32_t, uint32_t>> stack;  // (node, next token)
  std::string folded;                                // a non-ASCII token's key
  std::vector<int32_t> utf32;                        // fold buffer
};

// The match key of one token or word: case-folded, marks stripped ("Sérgei"
// -> "sergei"), NFKC; ASCII is only lower-cased, without allocating beyond
// `out`. Appends to `out`; `buffer` is reused for non-ASCII text.
void fold_key(std::string_view word, std::string& out, std::vector<int32_t>& buffer);
std::string fold_key(std::string_view word);

class Lexicon {
 public:
  // Compiles every phrase of `dicts`, tokenised with `text_model`'s rules.
  // Phrases that cut to no tokens are skipped and counted in stats().skipped.
  static Result<Lexicon> compile(Dictionaries dicts, const TextModel& text_model);

  Lexicon(Lexicon&&) = default;
  Lexicon& operator=(Lexicon&&) = default;
  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

  const Dictionaries& dictionaries() const { return dicts_; }
  const LexiconStats& stats() const { return stats_; }

  // Appends every phrase found in the sentence, overlapping and nested ones
  // included, sorted by begin, then longer first, then kind, entry, form.
  // Actor codes are those valid on story.date.
  void match(const Story& story, const Sentence& sentence, MatchScratch& scratch,
             std::vector<Match>& out) const;
  // The same over any run of tokens: `tokens` index `norm` (Token::norm_*),
  // and Match::begin/end are `first_index` + the position in `tokens`.
  void match(std::span<const Token> tokens, std::string_view norm, const Date& date, uint32_t first_index,
             MatchScratch& scratch, std::vector<Match>& out) const;

 private:
  Lexicon() = default;
  friend class LexiconBuilder;

  static constexpr uint32_t kUnknown = UINT32_MAX;

  struct Edge {
    uint32_t label;  // word id (exact edges) or stem id (stem edges)
    uint32_t child;
  };
  struct Payload {
    uint32_t entry;
    uint32_t form;
    MatchKind kind;
    bool dated = false;  // an actor with date restrictions: its code depends on the day
  };

  // Open-addressing table from key to id, at most 5/8 full, probed
  // linearly. A slot holds the key's first eight bytes and its length, so a
  // key of up to eight bytes (most English words) is found or rejected on one
  // cache line; longer keys finish the comparison in the arena.
  struct WordTable {
    struct Slot {
      uint64_t head = 0;    // the key's first 8 bytes, zero-padded
      uint32_t id = 0;      // id + 1; 0 = empty
      uint16_t length = 0;  // the key's length, saturated
      uint16_t tag = 0;     // more bits of the hash
    };
    std::string arena;
    std::vector<uint32_t> offsets{0};  // key i is arena[offsets[i], offsets[i + 1])
    std::vector<Slot> slots;
    using Probe = MatchScratch::Probe;
    // `key` must be followed by eight readable bytes (MatchScratch::keys).
    static Probe probe_of(const char* key, size_t length);
    const Slot* home(const Probe& p) const;  // where the probe starts; for prefetching
    uint32_t find_padded(const char* key, size_t length, const Probe& p) const;
    uint32_t find(std::string_view key) const;
    uint32_t intern(std::string_view key);
    std::string_view key(uint32_t id) const {
      return std::string_view(arena).substr(offsets[id], offsets[id + 1] - offsets[id]);
    }
    uint32_t size() const { return static_cast<uint32_t>(offsets.size() - 1); }
    // Gives word i the id new_id[i] (a permutation).
    void renumber(const std::vector<uint32_t>& new_id);
    void rehash(size_t slot_count);
    void place(uint32_t id);  // puts an interned word in its slot
  };

  // A byte trie of stem keys: node 0 is the root; `stem` is the stem id a
  // node spells, or kUnknown.
  struct StemTrie {
    std::vector<uint32_t> edge_start{0, 0};  // per node + 1
    std::vector<uint8_t> bytes;              // edge labels, sorted within a node
    std::vector<uint32_t> children;
    std::vector<uint32_t> stem{kUnknown};
  };

  // Where a node's runs begin in edges_, stem_edges_ and payloads_; they end
  // where node + 1's begin (one struct, so a visit touches one cache line).
  struct Node {
    uint32_t edges;
    uint32_t stem_edges;
    uint32_t payloads;
  };

  // A filter over a hash of a key's first three bytes (zero past its end):
  // clear when no stem on a root edge can begin the key, so most tokens skip
  // the stem trie on one test. Deeper stem edges are tried only after whole
  // words have matched, which is rare enough not to need one.
  static constexpr size_t kStemFilterBits = size_t{1} << 16;
  static size_t stem_filter_bit(uint8_t b0, uint8_t b1, uint8_t b2) {
    return ((uint32_t{b0} << 16 | uint32_t{b1} << 8 | b2) * 0x9E3779B1u) >> 16;
  }

  void prepare(std::span<const Token> tokens, std::string_view norm, MatchScratch& scratch) const;
  std::pair<uint32_t, uint32_t> stems_of(uint32_t token, MatchScratch& scratch) const;
  bool may_begin_root_stem(uint32_t token, const MatchScratch& scratch) const;
  // The code of payload i: from payload_codes_, or for a dated actor the one
  // valid on `date`.
  std::string_view code_of(uint32_t i, const Date& date) const;

  Dictionaries dicts_;
  WordTable words_;
  StemTrie stem_trie_;
  size_t stem_count_ = 0;
  // Words that begin a phrase have the smallest ids, so the root's child for
  // word id w < root_words_ is node w + 1, with no table to look it up in.
  uint32_t root_words_ = 0;
  std::vector<Node> nodes_;  // one more than there are nodes
  std::vector<Edge> edges_;  // sorted by label within a node; none for the root
  std::vector<Edge> stem_edges_;
  std::vector<Payload> payloads_;
  // Each payload's code, resolved at compile time so that a match need not
  // read the entry (verbs fall back to their block's code).
  std::vector<std::string_view> payload_codes_;
  std::vector<uint64_t> stem_filter_;  // kStemFilterBits bits
  LexiconStats stats_;
};

// Leftmost-longest selection among matches of one kind (sorted as match()
// gives them): the longest match at the first free token, then on after its
// end. Where several entries share a span, the first in match order is kept.
std::vector<Match> longest_non_overlapping(std::span<const Match> matches, MatchKind kind);

}  // namespace dyad::dict
