#include "syntax/syntax_stage.h"

#include <algorithm>
#include <filesystem>
#include <span>
#include <system_error>

#include "syntax/headline.h"

namespace dyad {

Result<SyntaxModels> SyntaxModels::load(const std::string& syntax_dir) {
  const std::string base = syntax_dir + "/";
  auto tagger = Tagger::load(base + std::string(kTaggerModelFile));
  if (!tagger.ok()) return tagger.status();
  auto lemmatizer = Lemmatizer::load(base + std::string(kLemmatizerModelFile));
  if (!lemmatizer.ok()) return lemmatizer.status();
  SyntaxModels models{std::move(tagger).value(), std::move(lemmatizer).value(), std::nullopt};
  const std::string parser_path = base + std::string(kParserModelFile);
  std::error_code ec;
  if (std::filesystem::exists(parser_path, ec)) {
    auto parser = Parser::load(parser_path);
    if (!parser.ok()) return parser.status();
    models.parser.emplace(std::move(parser).value());
  }
  return models;
}

void SyntaxStage::process(Story& story, SyntaxScratch& scratch) const {
  for (const Sentence& sentence : story.sentences) process_sentence(story, sentence, scratch);
}

void SyntaxStage::process_sentence(Story& story, const Sentence& sentence, SyntaxScratch& scratch) const {
  const std::span<Token> tokens(story.tokens.data() + sentence.token_begin, sentence.size());
  if (tokens.empty()) return;
  scratch.words.clear();
  for (const Token& t : tokens) scratch.words.push_back(story.token_norm(t));
  models_.tagger.tag(forms_for_tagging(scratch.words, models_.tagger, scratch.recased, scratch.recased_views),
                     scratch.tags, scratch.tag);
  for (size_t i = 0; i < tokens.size(); ++i) {
    Token& t = tokens[i];
    t.upos.assign(scratch.tags[i].upos);
    t.xpos.assign(scratch.tags[i].xpos);
    t.lemma = models_.lemmatizer.lemma(scratch.words[i], t.xpos);
    t.head = 0;
    t.deprel.clear();
  }
  if (!models_.parser) return;
  scratch.parser_input.clear();
  for (size_t i = 0; i < tokens.size(); ++i)
    scratch.parser_input.push_back({scratch.words[i], scratch.tags[i].upos, scratch.tags[i].xpos});
  models_.parser->parse(scratch.parser_input, scratch.dependencies, scratch.parse);
  const auto& labels = models_.parser->labels();
  const size_t n = std::min(tokens.size(), scratch.dependencies.size());
  for (size_t i = 0; i < n; ++i) {
    const Dependency& d = scratch.dependencies[i];
    // A head outside the sentence would make invalid CoNLL-U; leave the word
    // unattached rather than print it.
    if (d.head > tokens.size() || d.label >= labels.size()) continue;
    tokens[i].head = d.head;
    tokens[i].deprel = labels[d.label];
  }
}

}  // namespace dyad
