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

struct Parser::Impl {
  using ClusterMap = std::unordered_map<std::string, uint16_t, TaggerStringHash, std::equal_to<>>;
  struct SelfTest {
    std::vector<std::string> form, upos, xpos;
    std::vector<Dependency> expected;
  };

  std::vector<std::string> labels;  // relation names; index = label id
  int root_label = 0;
  ClusterMap clusters;  // lower-cased word -> cluster, as the tagger's
  model_io::SparseWeights weights;
  // Sentences with the parse the model gave when saved, re-checked at load.
  std::vector<SelfTest> self_test;

  static Parser wrap(std::unique_ptr<Impl> impl);
  static std::unique_ptr<Impl> unwrap(Parser&& parser) { return std::move(parser.impl_); }
  void describe(std::span<const ParserInput> words, std::vector<parser_detail::WordInfo>& out) const;
  // The highest-scoring valid action (`scores` gets every action's score).
  int best_action(const parser_detail::State& st, const std::vector<uint64_t>& features,
                  std::vector<float>& scores, std::vector<const model_io::SparseWeights::Slot*>& found) const;
  // Records how `parser` parses these sentences now.
  static void set_self_test(Parser& parser, const std::vector<std::vector<ParserInput>>& sentences);
  Status run_self_test(const Parser& parser) const;
};

struct ParseScratch::Impl {
  std::vector<parser_detail::WordInfo> words;
  parser_detail::State state;
  std::vector<uint64_t> features;
  std::vector<float> scores;
  std::vector<const model_io::SparseWeights::Slot*> found;
};

}  // namespace dyad
