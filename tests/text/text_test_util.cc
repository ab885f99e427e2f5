#include "text/text_test_util.h"

#include <gtest/gtest.h>

#include <cstdlib>

#include "output/json.h"
#include "test_paths.h"

namespace dyad::testing {

const Models& models() {
  static const Models* m = [] {
    auto r = load_models(data_dir());
    if (!r.ok()) {
      ADD_FAILURE() << r.status().message();
      std::abort();
    }
    return new Models(std::move(r).value());
  }();
  return *m;
}

Story process(const std::string& text) {
  Story s;
  s.id = "test";
  s.text = text;
  Pipeline(models()).process(s);
  return s;
}

std::string tokens_of(const Story& s) {
  std::string out;
  for (const Token& t : s.tokens) {
    if (!out.empty()) out += "|";
    out += s.token_text(t);
  }
  return out;
}

std::vector<std::string> sentences_of(const Story& s) {
  std::vector<std::string> out;
  for (const Sentence& sent : s.sentences) out.push_back(display_text(s, sent.span));
  return out;
}

}  // namespace dyad::testing
