// The discard reader: one phrase a line; '+' in front discards the whole story.
#include "dict/load.h"
#include "dict/source.h"

namespace dyad::dict {

void read_discards(std::string_view content, uint32_t file, Dictionaries& out) {
  const Dialect dialect = out.dialects[file];
  Reporter rep(out, file);
  LineReader reader(content);
  Line line;
  while (reader.next(line)) {
    std::string_view t = line.trimmed();
    Discard d;
    d.where = rep.at(line.number);
    if (t[0] == '+') {
      d.whole_story = true;
      t = trim(t.substr(1));
    }
    if (t.find('[') != std::string_view::npos) {
      // TABARI marked discards with [###] inside actor and verb files.
      Bracketed b;
      split_bracket(t, b);
      if (b.inside != "###") {
        rep.error(line.number, "a discard takes no code: '" + std::string(t) + "'");
        continue;
      }
      t = trim(b.before);
    }
    d.phrase = parse_phrase(t, dialect);
    if (d.phrase.words.empty()) {
      rep.error(line.number, "empty discard");
      continue;
    }
    // The documented rule: a final '_' asks for the whole word, otherwise the
    // last word is a stem (BASEBALL also discards BASEBALLS).
    d.phrase.words.back().stem = !t.ends_with('_');
    out.discards.push_back(std::move(d));
  }
  if (reader.open_comment()) rep.error(reader.comment_line(), "unclosed '<!--' comment");
}

}  // namespace dyad::dict
