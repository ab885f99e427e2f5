#include "output/conllu.h"

#include "output/json.h"

namespace dyad {
namespace {

// A column's value and its tab; "_" when the stage that fills it has not run.
void column(std::string& out, const std::string& value) {
  out += value.empty() ? std::string_view("_") : std::string_view(value);
  out += '\t';
}

}  // namespace

std::string sentence_conllu(const Story& s, size_t index) {
  const Sentence& sent = s.sentences[index];
  std::string out = "# sent_id = " + s.id + "-" + std::to_string(index) + "\n";
  out += "# text = " + display_text(s, sent.span) + "\n";
  for (uint32_t k = sent.token_begin; k < sent.token_end; ++k) {
    const Token& t = s.tokens[k];
    const std::string form = display_text(s, {t.start, t.end});
    std::string misc;
    if (!t.space_after && k + 1 < sent.token_end) misc = "SpaceAfter=No|";
    misc += "TokenRange=" + std::to_string(t.start) + ":" + std::to_string(t.end);
    const std::string_view norm = s.token_norm(t);
    if (norm != form) misc += "|Norm=" + std::string(norm);
    out += std::to_string(k - sent.token_begin + 1);
    out += '\t';
    out += form;
    out += '\t';
    column(out, t.lemma);
    column(out, t.upos);
    column(out, t.xpos);
    out += "_\t";  // FEATS: no morphological features are predicted
    if (t.deprel.empty()) {
      out += "_\t_\t";
    } else {
      out += std::to_string(t.head);
      out += '\t';
      out += t.deprel;
      out += '\t';
    }
    out += "_\t";  // DEPS: no enhanced graph
    out += misc;
    out += '\n';
  }
  out += "\n";
  return out;
}

}  // namespace dyad
