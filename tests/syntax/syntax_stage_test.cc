// The syntax stage on whole stories: tags, lemmas and (when the parser model
// exists) trees land on the right tokens. Only unambiguous tags are checked,
// so retraining the tagger does not break these tests.
#include "syntax/syntax_stage.h"

#include <gtest/gtest.h>

#include <cstdlib>

#include "pipeline.h"
#include "test_paths.h"

namespace dyad {
namespace {

using testing::syntax_models;

Story process(const std::string& text, Pipeline::Scratch& scratch) {
  Story s;
  s.id = "test";
  s.text = text;
  Pipeline(syntax_models()).process(s, scratch);
  return s;
}

const Token* find(const Story& s, std::string_view form) {
  for (const Token& t : s.tokens)
    if (s.token_text(t) == form) return &t;
  return nullptr;
}

TEST(SyntaxStageTest, TagsAndLemmas) {
  Pipeline::Scratch scratch;
  const Story s = process("Russia declared a truce in Aleppo on Tuesday.", scratch);
  ASSERT_EQ(s.sentences.size(), 1u);
  ASSERT_EQ(s.tokens.size(), 9u);
  const Token* russia = find(s, "Russia");
  ASSERT_NE(russia, nullptr);
  EXPECT_EQ(russia->upos, "PROPN");
  EXPECT_EQ(russia->xpos, "NNP");
  EXPECT_EQ(russia->lemma, "Russia");
  const Token* declared = find(s, "declared");
  ASSERT_NE(declared, nullptr);
  EXPECT_EQ(declared->upos, "VERB");
  EXPECT_EQ(declared->xpos, "VBD");
  EXPECT_EQ(declared->lemma, "declare");
  const Token* period = find(s, ".");
  ASSERT_NE(period, nullptr);
  EXPECT_EQ(period->upos, "PUNCT");
  for (const Token& t : s.tokens) {
    EXPECT_FALSE(t.upos.empty()) << s.token_text(t);
    EXPECT_FALSE(t.xpos.empty()) << s.token_text(t);
    EXPECT_FALSE(t.lemma.empty()) << s.token_text(t);
  }
}

TEST(SyntaxStageTest, ModelsReadTheNormalisedForm) {
  // Curly quotes are normalised to ASCII, the form the tagger was trained on.
  Pipeline::Scratch scratch;
  const Story s = process("\xE2\x80\x9CWe will fight,\xE2\x80\x9D the minister said.", scratch);
  const Token* quote = find(s, "\xE2\x80\x9C");
  ASSERT_NE(quote, nullptr);
  EXPECT_EQ(quote->upos, "PUNCT");
  EXPECT_EQ(quote->lemma, "\"");
}

TEST(SyntaxStageTest, TreesAreWellFormed) {
  Pipeline::Scratch scratch;
  const Story s = process(
      "Israel said on Monday that Hamas had fired rockets at Sderot. The army accused Iran of arming the "
      "group.",
      scratch);
  ASSERT_EQ(s.sentences.size(), 2u);
  const bool parsed = syntax_models().syntax->parser.has_value();
  for (const Sentence& sent : s.sentences) {
    size_t roots = 0;
    for (uint32_t k = sent.token_begin; k < sent.token_end; ++k) {
      const Token& t = s.tokens[k];
      EXPECT_LE(t.head, sent.size());
      EXPECT_NE(t.head, k - sent.token_begin + 1) << "attached to itself";
      if (!parsed) {
        EXPECT_EQ(t.head, 0u);
        EXPECT_TRUE(t.deprel.empty());
      } else {
        EXPECT_FALSE(t.deprel.empty());
        if (t.head == 0) ++roots;
      }
    }
    if (parsed) {
      EXPECT_EQ(roots, 1u);
    }
  }
}

TEST(SyntaxStageTest, ScratchReuseGivesTheSameResult) {
  const std::string text = "The U.N. envoy met rebel leaders in Geneva. Talks resume next week.";
  Pipeline::Scratch reused;
  process("A long first sentence to leave something in the scratch buffers before the real one.", reused);
  const Story a = process(text, reused);
  Pipeline::Scratch fresh;
  const Story b = process(text, fresh);
  ASSERT_EQ(a.tokens.size(), b.tokens.size());
  for (size_t i = 0; i < a.tokens.size(); ++i) {
    EXPECT_EQ(a.tokens[i].upos, b.tokens[i].upos);
    EXPECT_EQ(a.tokens[i].xpos, b.tokens[i].xpos);
    EXPECT_EQ(a.tokens[i].lemma, b.tokens[i].lemma);
    EXPECT_EQ(a.tokens[i].head, b.tokens[i].head);
    EXPECT_EQ(a.tokens[i].deprel, b.tokens[i].deprel);
  }
}

TEST(SyntaxStageTest, TextOnlyModelsLeaveSyntaxEmpty) {
  auto r = load_models(testing::data_dir());
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_FALSE(r->syntax.has_value());
  Story s;
  s.text = "Russia declared a truce.";
  Pipeline(*r).process(s);
  ASSERT_FALSE(s.tokens.empty());
  for (const Token& t : s.tokens) {
    EXPECT_TRUE(t.upos.empty());
    EXPECT_TRUE(t.lemma.empty());
  }
}

TEST(SyntaxStageTest, MissingModelIsAnError) {
  auto r = SyntaxModels::load("/nonexistent-dyad-syntax");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("tagger-en-ewt.dyt"), std::string::npos) << r.status().message();
}

}  // namespace
}  // namespace dyad
