#include "syntax/syntax_eval.h"

#include <unordered_map>

#include "pipeline.h"
#include "syntax/headline.h"

namespace dyad {

SyntaxScore score_tagger(const Tagger& tagger, const std::vector<TreebankSentence>& sentences,
                         const Lemmatizer* lemmatizer, const Parser* parser) {
  SyntaxScore s;
  s.has_lemma = lemmatizer != nullptr;
  s.has_parse = parser != nullptr;
  ParseScratch parse_scratch;
  std::vector<ParserInput> inputs;
  std::vector<Dependency> deps;
  auto universal = [](std::string_view rel) { return rel.substr(0, rel.find(':')); };
  TagScratch scratch;
  std::vector<std::string_view> words;
  std::vector<TagResult> tags;
  std::vector<std::string> recased;
  std::vector<std::string_view> recased_views;
  for (const TreebankSentence& sent : sentences) {
    words.clear();
    for (const TreebankWord& w : sent.words) words.push_back(w.form);
    tagger.tag(forms_for_tagging(words, tagger, recased, recased_views), tags, scratch);
    if (parser) {
      inputs.clear();
      for (size_t i = 0; i < words.size(); ++i) inputs.push_back({words[i], tags[i].upos, tags[i].xpos});
      parser->parse(inputs, deps, parse_scratch);
      for (size_t i = 0; i < deps.size(); ++i) {
        const TreebankWord& g = sent.words[i];
        if (static_cast<int32_t>(deps[i].head) != g.head) continue;
        const std::string& rel = parser->labels()[deps[i].label];
        ++s.uas;
        s.las += universal(rel) == universal(g.deprel);
        s.las_full += rel == g.deprel;
      }
    }
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
                                    size_t max_sentences, const Lemmatizer* lemmatizer,
                                    const Parser* parser) {
  auto sentences = read_treebank(conllu_path, max_sentences);
  if (!sentences.ok()) return sentences.status();
  return score_tagger(tagger, *sentences, lemmatizer, parser);
}

}  // namespace dyad

namespace dyad {
namespace {

uint64_t span_key(uint32_t start, uint32_t end) { return (uint64_t{start} << 32) | end; }

std::string_view universal(std::string_view rel) { return rel.substr(0, rel.find(':')); }

struct GoldWord {
  const TreebankWord* word;
  uint32_t start = 0, end = 0;
  int64_t head = -1;  // index into the document's gold words; -1 = root
};

// Character spans of a sentence's words inside the document text, found by
// walking its surface tokens (multiword tokens whole) through the text.
// Words of a multiword token share its span unless their forms spell it
// exactly ("do" + "n't" = "don't"), in which case each gets its part.
bool place_words(const TreebankSentence& s, std::string_view doc, uint32_t offset,
                 std::vector<GoldWord>& out) {
  const size_t base = out.size();
  size_t pos = offset;
  size_t mwt = 0;
  for (size_t i = 0; i < s.words.size();) {
    const uint32_t id = static_cast<uint32_t>(i + 1);
    while (mwt < s.multiword.size() && s.multiword[mwt].last < id) ++mwt;
    const bool in_mwt = mwt < s.multiword.size() && s.multiword[mwt].first == id;
    const std::string& form = in_mwt ? s.multiword[mwt].form : s.words[i].form;
    const size_t at = doc.find(form, pos);
    if (at == std::string_view::npos || at > pos + 16) return false;
    const uint32_t start = static_cast<uint32_t>(at), end = static_cast<uint32_t>(at + form.size());
    if (in_mwt) {
      const MultiwordToken& m = s.multiword[mwt];
      std::string joined;
      for (uint32_t w = m.first; w <= m.last && w <= s.words.size(); ++w) joined += s.words[w - 1].form;
      uint32_t cursor = start;
      for (uint32_t w = m.first; w <= m.last && w <= s.words.size(); ++w) {
        const TreebankWord& tw = s.words[w - 1];
        if (joined.size() == form.size()) {
          out.push_back({&tw, cursor, static_cast<uint32_t>(cursor + tw.form.size())});
          cursor += static_cast<uint32_t>(tw.form.size());
        } else {
          out.push_back({&tw, start, end});
        }
      }
      i = m.last;
    } else {
      out.push_back({&s.words[i], start, end});
      ++i;
    }
    pos = end;
  }
  for (size_t i = base; i < out.size(); ++i) {
    const int32_t h = out[i].word->head;
    out[i].head = h <= 0 ? -1 : static_cast<int64_t>(base) + h - 1;
  }
  return out.size() - base == s.words.size();
}

void score_document(const std::string& text, std::vector<GoldWord>& gold, size_t gold_sentences,
                    const Pipeline& pipeline, Pipeline::Scratch& scratch, RawSyntaxScore& out) {
  Story story;
  story.id = "eval";
  story.text = text;
  pipeline.process(story, scratch);
  ++out.documents;
  out.gold_sentences += gold_sentences;
  out.system_sentences += story.sentences.size();
  out.gold_words += gold.size();
  out.system_words += story.tokens.size();
  std::unordered_multimap<uint64_t, size_t> by_span;
  for (size_t g = 0; g < gold.size(); ++g) by_span.emplace(span_key(gold[g].start, gold[g].end), g);
  // Each system token's aligned gold word, or -1.
  std::vector<int64_t> align(story.tokens.size(), -1);
  std::vector<bool> used(gold.size(), false);
  for (size_t t = 0; t < story.tokens.size(); ++t) {
    auto [lo, hi] = by_span.equal_range(span_key(story.tokens[t].start, story.tokens[t].end));
    // Candidates in gold order, so the words of a multiword token that share
    // its span align in order.
    int64_t best = -1;
    for (auto it = lo; it != hi; ++it)
      if (!used[it->second] && (best < 0 || static_cast<int64_t>(it->second) < best))
        best = static_cast<int64_t>(it->second);
    if (best >= 0) {
      used[static_cast<size_t>(best)] = true;
      align[t] = best;
    }
  }
  for (const Sentence& s : story.sentences)
    for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
      if (align[t] < 0) continue;
      const Token& tok = story.tokens[t];
      const GoldWord& g = gold[static_cast<size_t>(align[t])];
      ++out.aligned;
      out.upos += tok.upos == g.word->upos;
      out.xpos += tok.xpos == g.word->xpos;
      out.lemma += tok.lemma == g.word->lemma;
      const int64_t head = tok.head == 0 ? -1 : align[s.token_begin + tok.head - 1];
      const bool head_ok = tok.head == 0 ? g.head == -1 : (head >= 0 && head == g.head);
      if (head_ok) {
        ++out.uas;
        out.las += universal(tok.deprel) == universal(g.word->deprel);
      }
    }
}

}  // namespace

RawSyntaxScore score_raw_text(const std::vector<TreebankSentence>& sentences, const Pipeline& pipeline) {
  RawSyntaxScore out;
  std::string text;
  std::vector<GoldWord> gold;
  size_t in_doc = 0;
  Pipeline::Scratch scratch;
  auto flush = [&] {
    if (!text.empty()) score_document(text, gold, in_doc, pipeline, scratch, out);
    text.clear();
    gold.clear();
    in_doc = 0;
  };
  for (const TreebankSentence& s : sentences) {
    if (s.newdoc) flush();
    if (!text.empty()) text += s.newpar ? "\n\n" : " ";
    const uint32_t offset = static_cast<uint32_t>(text.size());
    text += s.text;
    ++in_doc;
    const size_t before = gold.size();
    if (!place_words(s, text, offset, gold)) {
      // A sentence whose words cannot be found in its text still counts its
      // words as gold words that nothing aligns with.
      gold.resize(before);
      out.gold_words += s.words.size();
    }
  }
  flush();
  return out;
}

}  // namespace dyad
