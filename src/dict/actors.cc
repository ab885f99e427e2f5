// The actor reader: primary phrases, '+' synonyms and codes, with date
// restrictions either on their own indented lines (PETRARCH) or after the
// phrase on the same line (TABARI: "ALBRIGHT [USAGOV 991201-010114] [---]").
#include <string>

#include "dict/load.h"
#include "dict/source.h"

namespace dyad::dict {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::string_view take_digits(std::string_view& s) {
  size_t i = 0;
  while (i < s.size() && is_digit(s[i])) ++i;
  std::string_view d = s.substr(0, i);
  s.remove_prefix(i);
  return d;
}

// One "[...]" of an actor: "USAGOV", "RUSGOV >20040309", "AFGELI 320101-331108",
// "RHO <790606". Adds it to `actor` or reports why not.
void add_code(std::string_view inside, uint32_t line, Actor& actor, Reporter& rep) {
  std::string_view s = trim(inside);
  if (s.empty()) {
    rep.error(line, "empty code []");
    return;
  }
  size_t sp = s.find_first_of(" \t");
  std::string_view code = s.substr(0, sp);
  std::string_view rest = sp == std::string_view::npos ? std::string_view() : trim(s.substr(sp));
  if (!code.empty() && (is_digit(code[0]) || code[0] == '<' || code[0] == '>')) {
    rep.error(line, "malformed code [" + std::string(s) + "]: a date restriction needs a code before it");
    return;
  }
  if (!valid_actor_code(code)) {
    rep.error(line, "malformed code '" + std::string(code) + "'");
    return;
  }
  for (char c : code) {
    if (c >= 'a' && c <= 'z') {
      rep.warning(line, "code '" + std::string(code) + "' has lower-case letters; codes are upper-case");
      break;
    }
  }
  if (rest.empty()) {
    if (!actor.code.empty() && actor.code != code)
      rep.warning(line, "second default code [" + std::string(code) + "] replaces [" + actor.code + "]");
    actor.code = std::string(code);
    return;
  }

  DatedCode dc;
  dc.code = std::string(code);
  dc.where = rep.at(line);
  std::string note;
  auto date = [&](std::string_view digits) -> std::optional<DayNumber> {
    std::optional<DayNumber> d = parse_restriction_date(digits, &note);
    if (!d) {
      rep.error(line, "bad date '" + std::string(digits) + "' in [" + std::string(s) +
                          "]: dates are YYYYMMDD or YYMMDD");
      return d;
    }
    if (!note.empty()) {
      rep.warning(line, note);
      note.clear();
    }
    return d;
  };
  if (rest[0] == '<' || rest[0] == '>') {
    bool before = rest[0] == '<';
    std::string_view r = trim(rest.substr(1));
    std::string_view digits = take_digits(r);
    if (!trim(r).empty() || digits.empty()) {
      rep.error(line, "bad date restriction '" + std::string(rest) + "'");
      return;
    }
    std::optional<DayNumber> d = date(digits);
    if (!d) return;
    if (before) {
      dc.last = *d;
    } else {
      dc.first = *d;
    }
  } else {
    std::string_view r = rest;
    std::string_view d1 = take_digits(r);
    r = trim(r);
    if (!d1.empty() && r.empty()) {
      // "[MNEGOV 20121204]": PETRARCH reads a restriction without <, > or a
      // range as a default code, and users' files rely on that.
      rep.warning(line, "date restriction '" + std::string(rest) +
                            "' has no <, > or range; read as the default code as PETRARCH does");
      if (!actor.code.empty() && actor.code != code)
        rep.warning(line, "second default code [" + std::string(code) + "] replaces [" + actor.code + "]");
      actor.code = std::string(code);
      return;
    }
    if (d1.empty() || r.empty() || r[0] != '-') {
      rep.error(line, "bad date restriction '" + std::string(rest) + "': expected <date, >date or date-date");
      return;
    }
    r = trim(r.substr(1));
    std::string_view d2 = take_digits(r);
    if (d2.empty() || !trim(r).empty()) {
      rep.error(line, "bad date range '" + std::string(rest) + "'");
      return;
    }
    std::optional<DayNumber> first = date(d1);
    if (!first) return;
    std::optional<DayNumber> last = date(d2);
    if (!last) return;
    dc.first = *first;
    dc.last = *last;
    if (dc.last < dc.first) {
      // PETRARCH skips these with a warning; Phoenix has one (a typo'd year).
      rep.warning(line, "bad date range '" + std::string(rest) + "': it ends before it begins; skipped");
      return;
    }
  }
  actor.dated.push_back(std::move(dc));
}

// Reads every "[...]" in `s`; returns false (after an error) on an unclosed
// one that cannot be read. `lead_ok`: text before the first '[' has already
// been taken as the phrase.
bool add_codes(std::string_view s, uint32_t line, Actor& actor, Reporter& rep, bool lead_ok) {
  bool first = true;
  while (true) {
    Bracketed b;
    if (!split_bracket(s, b)) return true;
    if (!trim(b.before).empty() && !(first && lead_ok)) {
      // "\tJOHN_MCCLOY_\t[IGOUNODEVWBK 470301-490630]": PETRARCH reads the
      // restriction and ignores the name repeated before it.
      rep.warning(line, "text '" + std::string(trim(b.before)) + "' before a code ignored");
    }
    first = false;
    if (!b.closed) {
      // "[USA}": a typo'd closer is read with a warning; a bracket left open is
      // an error, since where the code ends is a guess.
      std::string_view inside = b.inside;
      if (!inside.empty() && (inside.back() == '}' || inside.back() == ')')) {
        rep.warning(line, "'[' closed by '" + std::string(1, inside.back()) + "' in '" +
                              std::string(trim(s)) + "'; read as ']'");
        inside.remove_suffix(1);
        add_code(inside, line, actor, rep);
        return true;
      }
      rep.error(line, "unclosed '[' in '" + std::string(trim(s)) + "'");
      return false;
    }
    add_code(b.inside, line, actor, rep);
    s = b.after;
  }
}

}  // namespace

void read_actors(std::string_view content, uint32_t file, Dictionaries& out) {
  const Dialect dialect = out.dialects[file];
  Reporter rep(out, file);
  LineReader reader(content);
  Line line;
  bool have_actor = false;
  bool broken = false;  // the entry above was reported: skip its lines quietly
  std::string section;  // a TABARI <NOUN> or <ADJECTIVE> list being skipped
  while (reader.next(line)) {
    std::string_view t = line.trimmed();
    if (t.starts_with("---STOP---")) break;
    if (t.size() > 2 && t[0] == '<' && t.back() == '>') {
      // TABARI actor files may open with the word lists its own parser used;
      // dyad's tagger decides parts of speech, so they are not actors.
      std::string tag(t.substr(1, t.size() - 2));
      if (tag[0] == '/') {
        if (tag.substr(1) != section) rep.warning(line.number, "<" + tag + "> closes no open section");
        section.clear();
      } else {
        section = tag;
        rep.warning(line.number, "TABARI <" + tag + "> section ignored: it lists words for TABARI's parser");
      }
      have_actor = false;
      continue;
    }
    if (!section.empty()) continue;
    if (t[0] == '[') {
      if (!have_actor) {
        if (!broken) rep.error(line.number, "a code with no actor above it");
        continue;
      }
      add_codes(t, line.number, out.actors.back(), rep, false);
      continue;
    }
    if (t[0] == '+') {
      if (!have_actor) {
        if (!broken) rep.error(line.number, "a synonym with no actor above it");
        continue;
      }
      std::string_view text = t.substr(1);
      Bracketed b;
      if (split_bracket(text, b)) {
        rep.warning(line.number, "a code on a synonym line applies to the whole entry");
        add_codes(text.substr(b.before.size()), line.number, out.actors.back(), rep, false);
        text = b.before;
      }
      Phrase p = parse_phrase(text, dialect);
      if (p.words.empty()) {
        rep.error(line.number, "empty synonym");
        continue;
      }
      out.actors.back().phrases.push_back(std::move(p));
      continue;
    }
    if (line.indented) {
      if (t.find('[') != std::string_view::npos) {
        if (!have_actor) {
          if (!broken) rep.error(line.number, "a code with no actor above it");
          continue;
        }
        add_codes(t, line.number, out.actors.back(), rep, false);
        continue;
      }
      // PETRARCH reads an indented line without '[' as a broken restriction.
      rep.error(line.number, "indented line is not a date restriction: '" + std::string(t) + "'");
      continue;
    }
    Actor actor;
    actor.where = rep.at(line.number);
    std::string_view text = t;
    Bracketed b;
    if (split_bracket(t, b)) {
      // A bad code is reported; the entry still stands for its phrases.
      text = b.before;
      add_codes(t.substr(b.before.size()), line.number, actor, rep, false);
    }
    Phrase p = parse_phrase(text, dialect);
    if (p.words.empty()) {
      rep.error(line.number, "code with no actor phrase");
      have_actor = false;
      broken = true;
      continue;
    }
    if (have_actor && out.actors.back().code.empty() && out.actors.back().dated.empty()) {
      // An entry with no code yet takes the next entry's: PETRARCH stores
      // codes only when it meets a line that gives some, so
      //   US_SECRETARY_OF_STATE_
      //   THE_US_SECRETARY_OF_STATE_
      //   +SECRETARY_OF_STATE_
      //   \t[USAGOV]
      // is one actor, and Phoenix writes 31 entries that way.
      Actor& open = out.actors.back();
      open.phrases.push_back(std::move(p));
      open.code = std::move(actor.code);
      open.dated = std::move(actor.dated);
      continue;
    }
    actor.phrases.push_back(std::move(p));
    out.actors.push_back(std::move(actor));
    have_actor = true;
    broken = false;
  }
  if (reader.open_comment()) rep.error(reader.comment_line(), "unclosed '<!--' comment");
  if (!section.empty()) rep.error(line.number, "<" + section + "> section is not closed");
}

}  // namespace dyad::dict
