// The parser's transition system and features, shared by parsing
// (parser.cc) and training (parser_train.cc) and exposed for tests.
//
// Transition system: arc-hybrid (Kuhlmann et al. 2011) with the root as the
// last buffer item (Ballesteros & Nivre 2013), labelled. Words are 1..n,
// the root is n+1, 0 means "no word". Actions:
//   SHIFT      move the buffer front b0 onto the stack
//   LEFT-l     s0 gets head b0 with relation l; pop s0
//   RIGHT-l    s0 gets head s1 with relation l; pop s0
// Only LEFT-root attaches to the root, and only when s0 is the last word on
// the stack and b0 is the root, so every parse is one tree with one root,
// and every state has a valid action until the stack is empty and b0 is
// the root. Arc-hybrid rather than arc-eager because its dynamic oracle
// is exact and cheap (each action's cost counts the gold arcs it makes
// unreachable; Goldberg & Nivre 2013) and a word is attached when it is
// popped, so no word is ever left headless.
//
// Action ids: 0 = SHIFT, 1 + l = LEFT-l, 1 + L + l = RIGHT-l for L labels.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace dyad::parser_detail {

constexpr int kShift = 0;
inline int left_action(int label) { return 1 + label; }
inline int right_action(int label, int labels) { return 1 + labels + label; }

// What features need of one word, hashed once per sentence. Index 0 is "no
// word" (all zero) and n+1 the root.
struct WordInfo {
  uint64_t w = 0, p = 0, u = 0, c = 0;  // lower-cased form, XPOS, UPOS, cluster + 1
};

struct State {
  int n = 0;
  int b = 1;  // buffer front; n + 1 = only the root is left
  std::vector<int32_t> stack;
  std::vector<int32_t> head;   // 0 = none yet; n + 1 = the root
  std::vector<int32_t> label;  // -1 = none yet
  // Leftmost two and rightmost two children (0 = none), child counts, and
  // the set of child relations on each side (bit l % 64).
  std::vector<int32_t> l1, l2, r1, r2;
  std::vector<uint8_t> nl, nr;
  std::vector<uint64_t> lset, rset;

  void init(int words);
  bool terminal() const { return stack.empty() && b == n + 1; }
  int s(size_t i) const { return i < stack.size() ? stack[stack.size() - 1 - i] : 0; }
  // The buffer item i after the front (the root included), or 0.
  int buf(int i) const { return b + i <= n + 1 ? b + i : 0; }
  bool valid(int action, int labels, int root_label) const;
  void apply(int action, int labels);

 private:
  void attach(int dependent, int to, int relation);
};

// The feature hashes of a state, into `out` (cleared first).
void extract(const State& st, std::span<const WordInfo> words, std::vector<uint64_t>& out);

// How many gold arcs each action loses (a wrong relation on a right head
// counts one), for every action; `gold_head` and `gold_label` use the
// State's numbering (root = n + 1), projective. Invalid actions get -1.
void action_costs(const State& st, std::span<const int32_t> gold_head, std::span<const int32_t> gold_label,
                  int labels, int root_label, std::vector<int>& costs);

// Lifts non-projective arcs (each to its head's head) until the tree is
// projective; heads are 1-based with 0 for the root, as in CoNLL-U.
// Returns how many arcs were lifted.
int projectivize(std::vector<int32_t>& heads);

uint64_t hash_string(std::string_view s);
// ASCII lower-casing, as the tagger's clusters are keyed.
uint64_t hash_lower(std::string_view s);
// The root's WordInfo: distinct from any word's.
WordInfo root_info();

}  // namespace dyad::parser_detail
