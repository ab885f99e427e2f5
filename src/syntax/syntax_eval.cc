#include "syntax/syntax_eval.h"

namespace dyad {

SyntaxScore score_tagger(const Tagger& tagger, const std::vector<TreebankSentence>& sentences,
                         const Lemmatizer* lemmatizer) {
  SyntaxScore s;
  s.has_lemma = lemmatizer != nullptr;
  TagScratch scratch;
  std::vector<std::string_view> words;
  std::vector<TagResult> tags;
  for (const TreebankSentence& sent : sentences) {
    words.clear();
    for (const TreebankWord& w : sent.words) words.push_back(w.form);
    tagger.tag(words, tags, scratch);
    ++s.sentences;
    for (size_t i = 0; i < sent.words.size(); ++i) {
      const bool u = tags[i].upos == sent.words[i].upos, x = tags[i].xpos == sent.words[i].xpos;
      ++s.words;
      s.upos += u;
      s.xpos += x;
      s.upos_xpos += u && x;
      if (lemmatizer != nullptr)
        s.lemma += lemmatizer->lemma(sent.words[i].form, tags[i].xpos) == sent.words[i].lemma;
    }
  }
  return s;
}

Result<SyntaxScore> evaluate_syntax(const std::string& conllu_path, const Tagger& tagger,
                                    size_t max_sentences, const Lemmatizer* lemmatizer) {
  auto sentences = read_treebank(conllu_path, max_sentences);
  if (!sentences.ok()) return sentences.status();
  return score_tagger(tagger, *sentences, lemmatizer);
}

}  // namespace dyad
