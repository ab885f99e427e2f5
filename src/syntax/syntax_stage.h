// The syntax stage: part of speech, lemma and dependency tree for each kept
// sentence of a story, after the text stage.
//
// Needs Story::tokens and sentences (text stage). Assigns Token::upos, xpos,
// lemma, head and deprel. The models read Story::token_norm(token), the
// normalised form (ASCII quotes and dashes), because that is the form they
// were trained on; lemmas are of that form, and from the predicted XPOS.
//
// The parser is optional: without its model file (it is trained after the
// tagger) every head is 0 and every deprel empty, and CoNLL-U shows "_".
// The stage picks the parser up as soon as its model file exists.
//
// Threads: SyntaxModels and SyntaxStage are immutable and shared; what
// changes per sentence lives in a SyntaxScratch that each thread owns and
// passes in, reused across stories so that a worker does not allocate per
// sentence. Results depend only on the models and the story.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/status.h"
#include "syntax/lemmatizer.h"
#include "syntax/parser.h"
#include "syntax/tagger.h"

namespace dyad {

struct SyntaxModels {
  Tagger tagger;
  Lemmatizer lemmatizer;
  std::optional<Parser> parser;  // none when its model file is absent

  // Loads the bundled models from a data directory's syntax/ folder. A
  // missing parser model is not an error; a present but unreadable one is.
  static Result<SyntaxModels> load(const std::string& syntax_dir);
};

// Model file names inside data/syntax/.
inline constexpr std::string_view kTaggerModelFile = "tagger-en-ewt.dyt";
inline constexpr std::string_view kLemmatizerModelFile = "lemmatizer-en-ewt.dyl";
inline constexpr std::string_view kParserModelFile = "parser-en-ewt.dyp";

// One thread's working memory for SyntaxStage::process.
struct SyntaxScratch {
  std::vector<std::string_view> words;
  std::vector<TagResult> tags;
  std::vector<std::string> recased;  // Title Case lines, as the tagger sees them (headline.h)
  std::vector<std::string_view> recased_views;
  std::vector<ParserInput> parser_input;
  std::vector<Dependency> dependencies;
  TagScratch tag;
  ParseScratch parse;
};

class SyntaxStage {
 public:
  explicit SyntaxStage(const SyntaxModels& models) : models_(models) {}
  void process(Story& story, SyntaxScratch& scratch) const;

 private:
  void process_sentence(Story& story, const Sentence& sentence, SyntaxScratch& scratch) const;
  const SyntaxModels& models_;
};

}  // namespace dyad
