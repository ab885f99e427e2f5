#include "output/conllu.h"

#include "output/json.h"

namespace dyad {

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
    out += std::to_string(k - sent.token_begin + 1) + "\t" + form + "\t_\t_\t_\t_\t_\t_\t_\t" + misc + "\n";
  }
  out += "\n";
  return out;
}

}  // namespace dyad
