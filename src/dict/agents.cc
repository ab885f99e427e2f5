// The agent reader: "PHRASE {PLURAL} [~CODE]" records and "!MARKER! = A, B"
// substitution sets.
#include <map>
#include <string>

#include "dict/forms.h"
#include "dict/load.h"
#include "dict/source.h"

namespace dyad::dict {
namespace {

using Markers = std::map<std::string, std::vector<std::string>, std::less<>>;

// "!PERSON! = MAN, MEN, WOMAN" -> markers["PERSON"].
void define_marker(std::string_view t, uint32_t line, Markers& markers, Reporter& rep) {
  size_t close = t.find('!', 1);
  size_t eq = t.find('=');
  if (close == std::string_view::npos || eq == std::string_view::npos || eq < close) {
    rep.error(line, "malformed substitution marker; expected !NAME! = A, B, C");
    return;
  }
  std::string name = upper_ascii(trim(t.substr(1, close - 1)));
  if (name.empty() || !trim(t.substr(close + 1, eq - close - 1)).empty()) {
    rep.error(line, "malformed substitution marker; expected !NAME! = A, B, C");
    return;
  }
  std::vector<std::string> items;
  std::string_view list = t.substr(eq + 1);
  while (!list.empty()) {
    size_t comma = list.find(',');
    std::string_view item = trim(list.substr(0, comma));
    if (!item.empty()) items.push_back(upper_ascii(item));
    if (comma == std::string_view::npos) break;
    list.remove_prefix(comma + 1);
  }
  if (items.empty()) {
    rep.error(line, "substitution marker !" + name + "! has no members");
    return;
  }
  if (markers.count(name)) rep.warning(line, "substitution marker !" + name + "! redefined");
  markers[name] = std::move(items);
}

// Expands every !MARKER! in `text`; false (after an error) for an unknown or
// unclosed marker.
bool expand_markers(const std::string& text, const Markers& markers, uint32_t line, Reporter& rep,
                    std::vector<std::string>& out) {
  size_t open = text.find('!');
  if (open == std::string::npos) {
    out.push_back(text);
    return true;
  }
  size_t close = text.find('!', open + 1);
  if (close == std::string::npos) {
    rep.error(line, "unclosed substitution marker in '" + text + "'");
    return false;
  }
  std::string name = upper_ascii(text.substr(open + 1, close - open - 1));
  auto it = markers.find(name);
  if (it == markers.end()) {
    rep.error(line, "unknown substitution marker !" + name + "!; define it above with !" + name + "! = ...");
    return false;
  }
  for (const std::string& item : it->second) {
    std::string with = text.substr(0, open) + item + text.substr(close + 1);
    if (!expand_markers(with, markers, line, rep, out)) return false;
  }
  return true;
}

}  // namespace

void read_agents(std::string_view content, uint32_t file, Dictionaries& out) {
  const Dialect dialect = out.dialects[file];
  Reporter rep(out, file);
  LineReader reader(content);
  Markers markers;
  Line line;
  while (reader.next(line)) {
    std::string_view t = line.trimmed();
    if (t[0] == '!' && t.find('=') != std::string_view::npos) {
      define_marker(t, line.number, markers, rep);
      continue;
    }
    Bracketed b;
    if (!split_bracket(t, b)) {
      // PETRARCH skips these with a warning; Phoenix has one.
      rep.warning(line.number, "agent '" + std::string(t) + "' has no [code]; skipped");
      continue;
    }
    if (!b.closed) {
      // "[~ENV}" (Phoenix): a typo'd closer is read with a warning; a bracket
      // left open is an error.
      if (b.inside.empty() || (b.inside.back() != '}' && b.inside.back() != ')')) {
        rep.error(line.number, "unclosed '['");
        continue;
      }
      rep.warning(line.number, "'[' closed by '" + std::string(1, b.inside.back()) + "' in '" +
                                   std::string(t) + "'; read as ']'");
      b.inside = trim(b.inside.substr(0, b.inside.size() - 1));
    }
    if (!trim(b.after).empty()) rep.warning(line.number, "text after the code ignored");
    Agent agent;
    agent.where = rep.at(line.number);
    std::string_view code = b.inside;
    // The '~' says which side of the actor code the agent code goes.
    if (!code.empty() && code.front() == '~') {
      code = trim(code.substr(1));
    } else if (!code.empty() && code.back() == '~') {
      code = trim(code.substr(0, code.size() - 1));
      agent.before_actor = true;
    } else {
      rep.warning(line.number,
                  "agent code [" + std::string(code) + "] has no '~'; read as [~" + std::string(code) + "]");
    }
    if (!valid_actor_code(code)) {
      rep.error(line.number, "malformed agent code '" + std::string(b.inside) + "'");
      continue;
    }
    agent.code = std::string(code);

    std::string_view phrase = trim(b.before);
    std::optional<std::string> plural;  // from {...}; empty string = none
    size_t brace = phrase.find('{');
    if (brace != std::string_view::npos) {
      size_t close = phrase.find('}', brace);
      if (close == std::string_view::npos) {
        rep.error(line.number, "unclosed '{'");
        continue;
      }
      plural = std::string(trim(phrase.substr(brace + 1, close - brace - 1)));
      if (!trim(phrase.substr(close + 1)).empty()) rep.warning(line.number, "text after '}' ignored");
      phrase = trim(phrase.substr(0, brace));
    } else if (phrase.find('}') != std::string_view::npos) {
      rep.error(line.number, "'}' without '{'");
      continue;
    }
    if (phrase.empty()) {
      rep.error(line.number, "agent has a code but no phrase");
      continue;
    }

    if (phrase.find('!') != std::string_view::npos) {
      // Substitutions are complete forms: no plurals are made from them.
      std::vector<std::string> texts;
      if (!expand_markers(std::string(phrase), markers, line.number, rep, texts)) continue;
      for (const std::string& s : texts) agent.forms.push_back(parse_phrase(s, dialect));
      agent.written = 0;
    } else {
      Phrase singular = parse_phrase(phrase, dialect);
      if (plural) {
        if (!plural->empty()) {
          Phrase p = parse_phrase(*plural, dialect);
          agent.forms.push_back(std::move(singular));
          agent.forms.push_back(std::move(p));
          agent.written = 2;
        } else {
          agent.forms.push_back(std::move(singular));
        }
      } else {
        Phrase p = singular;
        Word& last = p.words.back();
        // A TABARI stem already matches its plural.
        bool make = !last.stem && !looks_plural(last.text);
        if (make) last.text = regular_plural(last.text);
        agent.forms.push_back(std::move(singular));
        if (make) agent.forms.push_back(std::move(p));
      }
    }
    out.agents.push_back(std::move(agent));
  }
  if (reader.open_comment()) rep.error(reader.comment_line(), "unclosed '<!--' comment");
}

}  // namespace dyad::dict
