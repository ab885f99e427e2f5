// The parser's model and scratch, shared by parsing (parser.cc) and training
// (parser_train.cc); not for other callers.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "syntax/model_io.h"
#include "syntax/parser.h"
#include "syntax/parser_internal.h"

namespace dyad {

// The averaged weights laid out for scoring transitions. A state's features
// touch thousands of (class, weight) entries, most of them in the long rows
// of common features (tags, tag pairs, the bias), and adding those one at a
// time into the same few scores is a chain of dependent loads and stores.
// Long rows are therefore also kept dense (every action, zeros where the row
// has no entry) and added a vector at a time. Sums are formed in the same
// order as SparseWeights::add_all (each row's first kInline entries in key
// order, then the rest), so scores, and parses, are bit-identical to it.
class ScoreTable {
 public:
  void build(const model_io::SparseWeights& w, size_t actions);
  // The weights again, for saving (SparseWeights::build sorts them).
  model_io::SparseWeights weights() const;
  size_t features() const { return features_; }
  size_t weights_count() const { return entries_.size(); }
  // scores[a] += weight of (key, a) for every key; `found` is scratch.
  void add_all(std::span<const uint64_t> keys, float* scores, std::vector<uint32_t>& found) const;
  size_t bytes() const;
  // How many scores add_all may write: the actions, padded to whole vectors.
  size_t padded() const { return padded_; }

 private:
  static constexpr uint32_t kInline = model_io::SparseWeights::kInline;
  static constexpr uint32_t kDenseFrom = 24;  // rows with this many entries beyond the inline ones
  struct Slot {
    uint64_t key = 0;
    uint32_t start = 0;  // entries_[start, start + count)
    uint16_t count = 0;  // 0: empty
    uint16_t dense = 0;  // 1 + index into dense_ rows, 0: none (rows beyond 65,534 stay sparse)
  };
  std::vector<Slot> slots_;
  uint64_t mask_ = 0;
  std::vector<model_io::SparseWeights::Entry> entries_;
  std::vector<float> dense_;  // rows of `padded_` floats: the entries beyond the inline ones
  size_t padded_ = 0;
  size_t features_ = 0;
};

struct Parser::Impl {
  using ClusterMap = std::unordered_map<std::string, uint16_t, TaggerStringHash, std::equal_to<>>;
  struct SelfTest {
    std::vector<std::string> form, upos, xpos;
    std::vector<Dependency> expected;
  };

  std::vector<std::string> labels;  // relation names; index = label id
  int root_label = 0;
  ClusterMap clusters;  // lower-cased word -> cluster, as the tagger's
  // The averaged weights, laid out for scoring; the only copy kept (the
  // SparseWeights read from the file is dropped once this is built).
  ScoreTable table;
  // Sentences with the parse the model gave when saved, re-checked at load.
  std::vector<SelfTest> self_test;

  static Parser wrap(std::unique_ptr<Impl> impl);
  static std::unique_ptr<Impl> unwrap(Parser&& parser) { return std::move(parser.impl_); }
  void describe(std::span<const ParserInput> words, std::vector<parser_detail::WordInfo>& out) const;
  // The highest-scoring valid action (`scores` gets every action's score).
  int best_action(const parser_detail::State& st, const std::vector<uint64_t>& features,
                  std::vector<float>& scores, std::vector<uint32_t>& found) const;
  // Records how `parser` parses these sentences now.
  static void set_self_test(Parser& parser, const std::vector<std::vector<ParserInput>>& sentences);
  Status run_self_test(const Parser& parser) const;
};

struct ParseScratch::Impl {
  std::vector<parser_detail::WordInfo> words;
  parser_detail::State state;
  std::vector<uint64_t> features;
  std::vector<float> scores;
  std::vector<uint32_t> found;
};

}  // namespace dyad
