// The verb reader: synsets, "--- NAME [CODE] ---" blocks, verbs with their
// forms, "- PRE * POST [CODE]" patterns and "~ ... = ..." transformations,
// in the PETRARCH 2 and TABARI dialects.
//
// Synsets may be defined anywhere, even after the patterns that use them, so
// the file is read in two passes: the first collects synsets, blocks and
// verbs and keeps each pattern's text; the second expands synset members and
// parses the patterns against the complete set of names. Diagnostics are then
// put back in line order so that the report reads like the file.
#include <algorithm>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "dict/forms.h"
#include "dict/load.h"
#include "dict/source.h"

namespace dyad::dict {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }

bool one_of(char c, std::string_view set) { return set.find(c) != std::string_view::npos; }

// A word, mark or bracket of a pattern or synset member.
struct Token {
  enum class Kind : uint8_t { kText, kOpenNoun, kCloseNoun, kOpenPrep, kClosePrep, kOr };
  Kind kind = Kind::kText;
  std::string text;         // kText, upper-cased
  bool underscore = false;  // '_' right after it: TABARI's whole-word mark
  bool tilde = false;       // '~' right after it: TABARI's join that keeps the word a stem
  bool tight = false;       // joined to the next token by '_' or '~'
};

// Brackets are tokens of their own even when glued to words ("(TO", "BORDER)");
// '_' and '~' join the tokens on either side ("WILL_*_TALKS", "THE_NEAT~_PLACE")
// but a trailing one ("IN_ *") joins nothing.
std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> out;
  bool glued = false;   // only '_' and '~' since the last token ended
  bool joined = false;  // ... and at least one of them
  size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (is_blank(c)) {
      glued = joined = false;
      ++i;
      continue;
    }
    if (c == '_' || c == '~') {
      if (glued && !out.empty()) {
        (c == '_' ? out.back().underscore : out.back().tilde) = true;
        joined = true;
      }
      ++i;
      continue;
    }
    Token t;
    size_t len = 1;
    switch (c) {
      case '{':
        t.kind = Token::Kind::kOpenNoun;
        break;
      case '}':
        t.kind = Token::Kind::kCloseNoun;
        break;
      case '(':
        t.kind = Token::Kind::kOpenPrep;
        break;
      case ')':
        t.kind = Token::Kind::kClosePrep;
        break;
      case '|':
        t.kind = Token::Kind::kOr;
        break;
      default:
        len = 0;
        while (i + len < s.size() && !is_blank(s[i + len]) && !one_of(s[i + len], "_~{}()|")) ++len;
        t.text = upper_ascii(s.substr(i, len));
    }
    if (glued && joined && !out.empty()) out.back().tight = true;
    out.push_back(std::move(t));
    i += len;
    glued = true;
    joined = false;
  }
  return out;
}

bool is_mark(const Token& t) {
  return t.kind == Token::Kind::kText &&
         (t.text == "*" || t.text == "$" || t.text == "+" || t.text == "^" || t.text == "%");
}

bool is_ref(const Token& t) { return t.kind == Token::Kind::kText && !t.text.empty() && t.text[0] == '&'; }

Word token_word(const Token& t, Dialect dialect) {
  Word w;
  w.text = t.text;
  w.stem = dialect == Dialect::kTabari && (!t.underscore || t.tilde);
  w.tight_after = t.tight;
  return w;
}

using NameMap = std::unordered_map<std::string, uint32_t>;

// The synset "&NAME" at tokens[i]. Names may contain '_' ("&FIGHT_OF_WORDS")
// and a synset may be joined to the next word the same way ("&TIETYPES_TIES"),
// so the longest defined name wins. `last` is the last token the name took.
std::optional<uint32_t> resolve_ref(const std::vector<Token>& t, size_t i, const NameMap& names,
                                    size_t& last) {
  std::optional<uint32_t> found;
  std::string name = t[i].text;
  if (auto it = names.find(name); it != names.end()) {
    found = it->second;
    last = i;
  }
  for (size_t j = i; j + 1 < t.size() && t[j].tight && t[j].underscore && !t[j].tilde &&
                     t[j + 1].kind == Token::Kind::kText && !is_mark(t[j + 1]) && !is_ref(t[j + 1]);
       ++j) {
    name += '_';
    name += t[j + 1].text;
    if (auto it = names.find(name); it != names.end()) {
      found = it->second;
      last = j + 1;
    }
  }
  return found;
}

// A member as written, expanded once every synset is known.
struct MemberText {
  std::string text;  // after the '+', for messages
  std::vector<Token> tokens;
  bool may_plural = true;
  uint32_t line = 0;
};

// A member after expansion; `plural` says whether it gets a generated plural.
struct Entry {
  Phrase phrase;
  bool plural = false;
};

struct PendingPattern {
  std::string body;
  std::string code;
  uint32_t block = 0;
  uint32_t verb = 0;
  uint32_t line = 0;
};

constexpr size_t kMaxExpansion = 10000;

class VerbReader {
 public:
  VerbReader(uint32_t file, Dictionaries& out)
      : out_(out), v_(out.verbs), rep_(out, file), file_(file), dialect_(out.dialects[file]) {
    first_synset_ = static_cast<uint32_t>(v_.synsets.size());
    for (uint32_t i = 0; i < v_.synsets.size(); ++i) names_.emplace(v_.synsets[i].name, i);
    for (uint32_t i = 0; i < v_.verbs.size(); ++i) register_forms(i, 0, false);
  }

  void read(std::string_view content) {
    size_t first_diagnostic = out_.diagnostics.size();
    LineReader lines(content);
    Line line;
    while (lines.next(line)) {
      if (!read_line(line.trimmed(), line.number)) {
        uint32_t ignored = 0;
        while (lines.next(line)) ++ignored;
        if (ignored > 0)
          rep_.warning(finish_line_, "~~FINISH ends the file; " + std::to_string(ignored) +
                                         (ignored == 1 ? " line" : " lines") + " after it ignored");
        break;
      }
    }
    if (lines.open_comment()) rep_.error(lines.comment_line(), "unclosed '<!--' comment");
    if (skipping_)
      rep_.error(section_line_, "unclosed <" + section_ + "> section; the rest of the file was skipped");
    finish_synsets();
    finish_patterns();
    std::stable_sort(out_.diagnostics.begin() + static_cast<std::ptrdiff_t>(first_diagnostic),
                     out_.diagnostics.end(),
                     [](const Diagnostic& a, const Diagnostic& b) { return a.line < b.line; });
  }

 private:
  bool petrarch() const { return dialect_ == Dialect::kPetrarch; }

  // False at "~~FINISH", TABARI's end of file.
  bool read_line(std::string_view t, uint32_t n) {
    if (skipping_) {
      if (t.starts_with("</")) section_tag(t, n);
      return true;
    }
    char c = t[0];
    if (c != '+') member_of_.reset();
    if (c == '<') {
      section_tag(t, n);
    } else if (t.starts_with("~~FINISH")) {
      finish_line_ = n;
      return false;
    } else if (t.starts_with("---")) {
      header(t, n);
    } else if (c == '-') {
      pattern(t.substr(1), n);
    } else if (c == '*') {
      // A pattern whose '-' was forgotten (PETR_Validate_verbs_2_02.txt has one).
      rep_.warning(n, "pattern line lacks its leading '-'; read as a pattern");
      pattern(t, n);
    } else if (c == '~') {
      transformation(t.substr(1), n);
    } else if (c == '&') {
      synset_label(t, n);
    } else if (c == '+' && member_of_) {
      synset_member(t.substr(1), n);
    } else if (c == '+' && in_synsets_) {
      rep_.error(n, "synset member before any &NAME label; member skipped");
    } else if (c == '{') {
      forms_line(t, n);
    } else {
      verb_line(t, n);
    }
    return true;
  }

  // <SYNSETS> holds synsets; TABARI's own <TIME>, <NOUN> and <ADJECTIVE>
  // lists have no counterpart in dyad and are skipped whole.
  void section_tag(std::string_view t, uint32_t n) {
    size_t close = t.find('>');
    bool closing = t.starts_with("</");
    std::string name = close == std::string_view::npos
                           ? std::string()
                           : upper_ascii(trim(t.substr(closing ? 2 : 1, close - (closing ? 2 : 1))));
    if (close == std::string_view::npos || !trim(t.substr(close + 1)).empty() || name.empty()) {
      rep_.error(n, "unrecognised line");
      return;
    }
    if (skipping_) {
      if (closing && name == section_) skipping_ = false;
      return;
    }
    if (name == "SYNSETS") {
      if (closing && !in_synsets_) rep_.warning(n, "</SYNSETS> without <SYNSETS>");
      in_synsets_ = !closing;
      return;
    }
    if (name == "TIME" || name == "NOUN" || name == "ADJECTIVE") {
      if (closing) {
        rep_.warning(n, "</" + name + "> without <" + name + ">");
        return;
      }
      rep_.warning(n, "TABARI <" + name + "> section ignored: " +
                          (name == "TIME" ? std::string("dyad does not shift event dates")
                                          : std::string("dyad takes parts of speech from the parser")));
      skipping_ = true;
      section_ = name;
      section_line_ = n;
      return;
    }
    rep_.error(n, "unknown section <" + name + ">; line skipped");
  }

  // Checks a code; false (after an error) when it is unusable.
  bool check_code(std::string_view code, uint32_t n, const char* skipped) {
    if (!valid_verb_code(code)) {
      rep_.error(n, "invalid verb code [" + std::string(code) + "]; " + skipped);
      return false;
    }
    if (petrarch() && !cameo_verb_code(code))
      rep_.warning(n, "code [" + std::string(code) + "] is not a CAMEO code");
    return true;
  }

  void header(std::string_view t, uint32_t n) {
    if (!petrarch()) {
      rep_.warning(n, "'---' block header in a TABARI file ignored: each verb is a block of its own there");
      return;
    }
    size_t b = t.find_first_not_of('-');
    t = b == std::string_view::npos ? std::string_view() : t.substr(b);
    VerbBlock block;
    block.code = "---";
    block.where = rep_.at(n);
    Bracketed br;
    std::string_view name_part = t;
    if (split_bracket(t, br)) {
      name_part = br.before;
      if (!br.closed) {
        rep_.error(n, "unclosed '[' in block header; block code set to [---]");
      } else if (check_code(br.inside, n, "block code set to [---]")) {
        block.code = std::string(br.inside);
      }
      std::string_view rest = br.after;
      while (!rest.empty() && (rest.back() == '-' || is_blank(rest.back()))) rest.remove_suffix(1);
      rest = trim(rest);
      if (!rest.empty() && rest.front() == '[')
        rep_.warning(n, "block header has a second code " + std::string(rest) + "; the first, [" +
                            block.code + "], is used");
      else if (!rest.empty())
        rep_.warning(n, "text after the block code ignored: '" + std::string(rest) + "'");
    }
    while (!name_part.empty() && (name_part.back() == '-' || is_blank(name_part.back())))
      name_part.remove_suffix(1);
    block.name = std::string(trim(name_part));
    if (block.name.empty()) rep_.warning(n, "block header has no name");
    v_.blocks.push_back(std::move(block));
    block_ = static_cast<uint32_t>(v_.blocks.size() - 1);
  }

  // "RE_+ARREST", "LASH OUT", "ACT_": one form of a verb; `lemma`, when
  // given, receives the form as written without its '+'.
  std::optional<VerbForm> parse_form(std::string_view text, uint32_t n, std::string* lemma) {
    VerbForm f;
    std::optional<uint32_t> head;
    size_t i = 0;
    while (i < text.size()) {
      if (is_blank(text[i]) || text[i] == '_') {
        ++i;
        continue;
      }
      size_t b = i;
      while (i < text.size() && !is_blank(text[i]) && text[i] != '_') ++i;
      std::string_view w = text.substr(b, i - b);
      if (w[0] == '+') {
        if (head) {
          rep_.warning(n, "'+' marks two words of '" + std::string(text) + "'; the first is the verb");
        } else {
          head = static_cast<uint32_t>(f.phrase.words.size());
        }
        w.remove_prefix(1);
      }
      if (w.empty() || w.find('+') != std::string_view::npos) {
        rep_.error(n, "misplaced '+' in '" + std::string(text) + "'; verb skipped");
        return std::nullopt;
      }
      Word word;
      word.text = upper_ascii(w);
      bool underscore = i < text.size() && text[i] == '_';
      word.tight_after = underscore && i + 1 < text.size() && !is_blank(text[i + 1]);
      word.stem = dialect_ == Dialect::kTabari && !underscore;
      f.phrase.words.push_back(std::move(word));
    }
    if (f.phrase.words.empty()) {
      rep_.error(n, "verb line has no verb; line skipped");
      return std::nullopt;
    }
    f.phrase.words.back().tight_after = false;
    if (!head && f.phrase.words.size() > 1 && petrarch())
      rep_.warning(n, "multi-word verb '" + std::string(text) +
                          "' has no '+' before its verb word; the first word is taken");
    f.head = head.value_or(0);
    if (lemma) {
      for (char c : text)
        if (c != '+') *lemma += c;
      *lemma = upper_ascii(*lemma);
    }
    return f;
  }

  // The forms inside "{...}", which replace the regular ones.
  bool add_written_forms(std::string_view inside, uint32_t n, Verb& verb) {
    std::string list(inside);
    if (list.find(',') != std::string::npos) {
      rep_.warning(n, "commas between irregular forms ignored");
      std::replace(list.begin(), list.end(), ',', ' ');
    }
    std::string_view rest = list;
    while (true) {
      size_t b = 0;
      while (b < rest.size() && is_blank(rest[b])) ++b;
      if (b == rest.size()) break;
      size_t e = b;
      while (e < rest.size() && !is_blank(rest[e])) ++e;
      std::optional<VerbForm> f = parse_form(rest.substr(b, e - b), n, nullptr);
      if (!f) return false;
      verb.forms.push_back(std::move(*f));
      rest = rest.substr(e);
    }
    return true;
  }

  void add_regular_forms(Verb& verb) {
    const VerbForm lemma = verb.forms[0];  // a copy: pushing below moves the vector
    VerbEndings e = regular_verb_forms(lemma.phrase.words[lemma.head].text);
    for (std::string* ending : {&e.s, &e.ed, &e.ing}) {
      VerbForm f = lemma;
      f.phrase.words[f.head].text = std::move(*ending);
      f.generated = true;
      verb.forms.push_back(std::move(f));
    }
  }

  void verb_line(std::string_view t, uint32_t n) {
    std::string body(t);
    std::string code;
    bool own_code = false;
    Bracketed br;
    if (split_bracket(t, br)) {
      if (!br.closed) {
        rep_.error(n, "unclosed '['; verb skipped");
        return;
      }
      if (!check_code(br.inside, n, "verb skipped")) return;
      code = std::string(br.inside);
      own_code = true;
      body = std::string(br.before);
      std::string_view rest = trim(br.after);
      // Irregular forms after the code ("WORD [010] {FORMS}") are still forms.
      if (rest.find('{') != std::string_view::npos) {
        body += ' ';
        body += rest;
      } else if (!rest.empty()) {
        rep_.warning(n, "text after the code ignored: '" + std::string(rest) + "'");
      }
    }
    std::string_view primary = body;
    std::optional<std::string_view> inside;
    if (size_t open = body.find('{'); open != std::string::npos) {
      size_t close = body.find('}', open + 1);
      if (close == std::string::npos) {
        rep_.error(n, "unclosed '{'; verb skipped");
        return;
      }
      primary = std::string_view(body).substr(0, open);
      inside = std::string_view(body).substr(open + 1, close - open - 1);
      std::string_view after = trim(std::string_view(body).substr(close + 1));
      if (!after.empty()) rep_.warning(n, "text after '}' ignored: '" + std::string(after) + "'");
    }
    primary = trim(primary);
    if (dialect_ == Dialect::kTabari && primary.ends_with('=')) {
      primary = trim(primary.substr(0, primary.size() - 1));
      rep_.warning(n, "TABARI '=' mark after '" + std::string(primary) + "' ignored");
    }
    if (primary.empty() || primary.find_first_of("(){}[]|*$%^&~=<>") != std::string_view::npos) {
      rep_.error(n, primary.empty() ? "verb line has no verb; line skipped" : "unrecognised line");
      return;
    }
    if (petrarch() && !block_) {
      rep_.error(n, "verb before any '--- NAME [CODE] ---' block header; verb skipped");
      return;
    }

    Verb verb;
    std::optional<VerbForm> lemma = parse_form(primary, n, &verb.lemma);
    if (!lemma) return;
    verb.forms.push_back(std::move(*lemma));
    if (inside) {
      if (!add_written_forms(*inside, n, verb)) return;
    } else if (petrarch()) {
      add_regular_forms(verb);
    }
    verb.where = rep_.at(n);

    if (!petrarch()) {
      VerbBlock block;
      block.name = verb.lemma;
      block.code = own_code ? code : "---";
      block.where = verb.where;
      v_.blocks.push_back(std::move(block));
      block_ = static_cast<uint32_t>(v_.blocks.size() - 1);
    }
    verb.block = *block_;
    verb.code = own_code ? code : v_.blocks[*block_].code;
    uint32_t index = static_cast<uint32_t>(v_.verbs.size());
    v_.blocks[*block_].verbs.push_back(index);
    v_.verbs.push_back(std::move(verb));
    last_verb_ = index;
    register_forms(index, 0);
  }

  // "{ ACTING_ ACTXD_ }" on a line of its own: the irregular forms of the
  // verb above (TABARI writes them so).
  void forms_line(std::string_view t, uint32_t n) {
    if (!last_verb_) {
      rep_.error(n, "irregular forms before any verb; line skipped");
      return;
    }
    size_t close = t.find('}');
    if (close == std::string_view::npos) {
      rep_.error(n, "unclosed '{'; line skipped");
      return;
    }
    std::string_view after = trim(t.substr(close + 1));
    if (!after.empty()) rep_.warning(n, "text after '}' ignored: '" + std::string(after) + "'");
    Verb& verb = v_.verbs[*last_verb_];
    Verb extra;
    if (!add_written_forms(t.substr(1, close - 1), n, extra)) return;
    // Written forms replace the generated ones, as "{...}" on the verb's line would.
    for (const VerbForm& f : verb.forms) {
      if (!f.generated) continue;
      auto it = forms_.find(form_key(f));
      if (it != forms_.end() && it->second == *last_verb_) forms_.erase(it);
    }
    std::erase_if(verb.forms, [](const VerbForm& f) { return f.generated; });
    size_t from = verb.forms.size();
    for (VerbForm& f : extra.forms) verb.forms.push_back(std::move(f));
    register_forms(*last_verb_, from);
  }

  static std::string form_key(const VerbForm& f) { return f.phrase.text() + '#' + std::to_string(f.head); }

  // The same form in two verbs with different codes: the coder cannot know
  // which one the user meant, so say where both are. One report per pair.
  void register_forms(uint32_t index, size_t from, bool report = true) {
    const Verb& verb = v_.verbs[index];
    std::vector<uint32_t> reported;
    for (size_t i = from; i < verb.forms.size(); ++i) {
      const VerbForm& f = verb.forms[i];
      auto [it, fresh] = forms_.emplace(form_key(f), index);
      if (fresh || it->second == index || !report) continue;
      const Verb& other = v_.verbs[it->second];
      if (other.code == verb.code ||
          std::find(reported.begin(), reported.end(), it->second) != reported.end())
        continue;
      reported.push_back(it->second);
      std::string at = other.where.file == file_
                           ? "line " + std::to_string(other.where.line)
                           : out_.files[other.where.file] + ":" + std::to_string(other.where.line);
      rep_.warning(verb.where.line, "'" + f.phrase.text() + "' is also a form of '" + other.lemma + "' at " +
                                        at + " with code [" + other.code + "], not [" + verb.code + "]");
    }
  }

  void pattern(std::string_view t, uint32_t n) {
    PendingPattern p;
    p.line = n;
    Bracketed br;
    if (!split_bracket(t, br)) {
      rep_.error(n, "pattern has no [code]; pattern skipped");
      return;
    }
    if (!br.closed) {
      rep_.error(n, "unclosed '['; pattern skipped");
      return;
    }
    if (!check_code(br.inside, n, "pattern skipped")) return;
    std::string_view rest = trim(br.after);
    if (!rest.empty()) rep_.warning(n, "text after the code ignored: '" + std::string(rest) + "'");
    if (!last_verb_ || !block_) {
      rep_.error(n, "pattern before any verb; pattern skipped");
      return;
    }
    std::string_view body = br.before;
    if (!body.empty() && body.back() != ' ' && body.back() != '\t') {
      // "- * VENTURE (WITH VISIT)   VISIT)[042:043]" (CAMEO.2.0.txt): PETRARCH
      // took the last blank-separated field as the code, so a word glued to
      // the '[' never was part of the pattern.
      size_t cut = body.find_last_of(" \t");
      std::string_view glued = cut == std::string_view::npos ? body : body.substr(cut + 1);
      rep_.warning(n, "'" + std::string(glued) + "' glued to the code ignored, as PETRARCH ignored it");
      body = cut == std::string_view::npos ? std::string_view() : body.substr(0, cut);
    }
    p.body = std::string(body);
    p.code = std::string(br.inside);
    p.block = *block_;
    p.verb = *last_verb_;
    pending_.push_back(std::move(p));
  }

  void transformation(std::string_view t, uint32_t n) {
    size_t eq = t.find('=');
    if (eq == std::string_view::npos) {
      rep_.error(n, "transformation has no '='; line skipped");
      return;
    }
    if (t.find('=', eq + 1) != std::string_view::npos) {
      rep_.error(n, "transformation has more than one '='; line skipped");
      return;
    }
    auto split = [](std::string_view s) {
      std::vector<std::string> out;
      size_t i = 0;
      while (i < s.size()) {
        if (is_blank(s[i])) {
          ++i;
        } else if (s[i] == '(' || s[i] == ')') {
          out.emplace_back(1, s[i++]);
        } else {
          size_t b = i;
          while (i < s.size() && !is_blank(s[i]) && s[i] != '(' && s[i] != ')') ++i;
          out.emplace_back(s.substr(b, i - b));
        }
      }
      return out;
    };
    Transformation tr;
    tr.lhs = split(t.substr(0, eq));
    tr.rhs = split(t.substr(eq + 1));
    if (tr.lhs.empty() || tr.rhs.empty()) {
      rep_.error(n, std::string("transformation has nothing ") + (tr.lhs.empty() ? "before" : "after") +
                        " '='; line skipped");
      return;
    }
    tr.where = rep_.at(n);
    v_.transformations.push_back(std::move(tr));
  }

  void synset_label(std::string_view t, uint32_t n) {
    std::string name = upper_ascii(t);
    bool no_plurals = false;
    while (name.size() > 1 && name.back() == '_') {
      name.pop_back();
      no_plurals = true;
    }
    if (name.size() < 2 || name.find_first_of(" \t&(){}[]|*$+%^~", 1) != std::string::npos) {
      rep_.error(n, "malformed synset label '" + std::string(t) + "'; expected &NAME");
      return;
    }
    auto [it, fresh] = names_.emplace(name, static_cast<uint32_t>(v_.synsets.size()));
    if (fresh) {
      Synset s;
      s.name = name;
      s.where = rep_.at(n);
      v_.synsets.push_back(std::move(s));
    } else {
      const Synset& s = v_.synsets[it->second];
      std::string at = s.where.file == file_ ? "line " + std::to_string(s.where.line)
                                             : out_.files[s.where.file] + ":" + std::to_string(s.where.line);
      rep_.warning(n, "synset " + name + " redefined (first at " + at + "); members merged");
    }
    member_of_ = it->second;
    label_no_plurals_ = no_plurals;
    if (members_.size() < v_.synsets.size()) members_.resize(v_.synsets.size());
  }

  void synset_member(std::string_view t, uint32_t n) {
    MemberText m;
    m.text = std::string(trim(t));
    m.line = n;
    m.may_plural = petrarch() && !label_no_plurals_;
    bool bracketed = false;
    for (Token& tok : tokenize(t)) {
      if (tok.kind == Token::Kind::kOr || is_mark(tok)) {
        std::string mark = tok.kind == Token::Kind::kOr ? std::string("|") : tok.text;
        // TABARI let a member hold pattern marks ("+PESO_$"); a member here is
        // a phrase, so the member goes, but the file is not wrong for TABARI.
        if (petrarch())
          rep_.error(n, "synset member '" + m.text + "' contains '" + mark + "'; member skipped");
        else
          rep_.warning(n, "synset member '" + m.text + "' contains '" + mark +
                              "', which dyad's synsets cannot hold; member skipped");
        return;
      }
      if (tok.kind != Token::Kind::kText) {
        bracketed = true;
        continue;
      }
      if (tok.text == "&") {
        rep_.error(n, "synset member '" + m.text + "' has '&' without a name; member skipped");
        return;
      }
      m.tokens.push_back(std::move(tok));
    }
    if (m.tokens.empty()) {
      rep_.error(n, "empty synset member; line skipped");
      return;
    }
    if (bracketed) {
      // UD-PETRARCH writes prepositional phrases so ("+(TO THE END)"); a
      // member is a plain phrase here.
      rep_.warning(n, "brackets in synset member '" + m.text + "' dropped; no plural made");
      m.may_plural = false;
    }
    if (m.tokens.back().underscore) m.may_plural = false;
    members_[*member_of_].push_back(std::move(m));
  }

  // Expands synset `s` (members naming other synsets included) into entries.
  const std::vector<Entry>& expand(uint32_t s) {
    if (state_[s] == 2) return expanded_[s];
    state_[s] = 1;
    std::vector<Entry>& result = expanded_[s];
    std::vector<Entry> mine;
    for (const MemberText& m : members_[s]) {
      std::vector<Entry> acc(1);
      bool ok = true;
      for (size_t i = 0; i < m.tokens.size() && ok; ++i) {
        const Token& tok = m.tokens[i];
        if (!is_ref(tok)) {
          for (Entry& e : acc) {
            e.phrase.words.push_back(token_word(tok, dialect_));
            e.plural = !looks_plural(tok.text);
          }
          continue;
        }
        size_t last = i;
        std::optional<uint32_t> ref = resolve_ref(m.tokens, i, names_, last);
        if (!ref) {
          std::string msg = "unknown synset " + tok.text + " in member '" + m.text + "'; member skipped";
          petrarch() ? rep_.error(m.line, msg) : rep_.warning(m.line, msg);
          ok = false;
          break;
        }
        if (state_[*ref] == 1) {
          rep_.error(m.line, "synset " + v_.synsets[s].name + " contains itself through member '" + m.text +
                                 "'; member skipped");
          ok = false;
          break;
        }
        if (petrarch())
          rep_.warning(m.line, "synset member '" + m.text + "' names synset " + v_.synsets[*ref].name +
                                   "; expanded, though PETRARCH 2 documents no nesting");
        const std::vector<Entry>& inner = expand(*ref);
        if (acc.size() * inner.size() > kMaxExpansion) {
          rep_.error(m.line, "synset member '" + m.text + "' expands to more than " +
                                 std::to_string(kMaxExpansion) + " phrases; member skipped");
          ok = false;
          break;
        }
        std::vector<Entry> next;
        next.reserve(acc.size() * inner.size());
        for (const Entry& a : acc)
          for (const Entry& b : inner) {
            Entry e = a;
            for (const Word& w : b.phrase.words) e.phrase.words.push_back(w);
            if (!b.phrase.words.empty()) e.phrase.words.back().tight_after = m.tokens[last].tight;
            e.plural = b.plural;
            next.push_back(std::move(e));
          }
        acc = std::move(next);
        i = last;
      }
      if (!ok) continue;
      for (Entry& e : acc) {
        if (e.phrase.words.empty()) continue;
        e.phrase.words.back().tight_after = false;
        e.plural = e.plural && m.may_plural;
        mine.push_back(std::move(e));
      }
    }
    // A synset from an earlier file: its written members, plurals already made.
    const Synset& syn = v_.synsets[s];
    for (uint32_t i = 0; i < syn.written && i < syn.members.size(); ++i)
      result.push_back({syn.members[i], false});
    for (Entry& e : mine) result.push_back(std::move(e));
    state_[s] = 2;
    return result;
  }

  void finish_synsets() {
    members_.resize(v_.synsets.size());
    state_.assign(v_.synsets.size(), 0);
    expanded_.assign(v_.synsets.size(), {});
    for (uint32_t s = 0; s < v_.synsets.size(); ++s) {
      if (s < first_synset_ && members_[s].empty()) continue;
      expand(s);
    }
    for (uint32_t s = 0; s < v_.synsets.size(); ++s) {
      if (s < first_synset_ && members_[s].empty()) continue;
      Synset& syn = v_.synsets[s];
      std::vector<Phrase> old_plurals;
      for (size_t i = std::min<size_t>(syn.written, syn.members.size()); i < syn.members.size(); ++i)
        old_plurals.push_back(std::move(syn.members[i]));
      std::vector<Phrase> members;
      std::vector<Phrase> plurals = std::move(old_plurals);
      std::unordered_map<std::string, bool> seen;
      for (const Entry& e : expanded_[s]) {
        members.push_back(e.phrase);
        seen.emplace(e.phrase.text(), true);
      }
      for (const Entry& e : expanded_[s]) {
        if (!e.plural) continue;
        Phrase p = e.phrase;
        p.words.back().text = regular_plural(p.words.back().text);
        if (seen.emplace(p.text(), true).second) plurals.push_back(std::move(p));
      }
      syn.written = static_cast<uint32_t>(members.size());
      for (Phrase& p : plurals) members.push_back(std::move(p));
      syn.members = std::move(members);
      if (s >= first_synset_ && syn.written == 0)
        rep_.warning(syn.where.line, "synset " + syn.name + " has no members");
    }
  }

  // Parses a pattern's items; an error (and nothing) when it is unusable.
  std::optional<Pattern> parse_pattern(const PendingPattern& p) {
    const uint32_t n = p.line;
    std::vector<Token> tokens = tokenize(p.body);
    Pattern out;
    std::vector<char> open;  // '{' and '(' not yet closed
    int verbs = 0;
    for (size_t i = 0; i < tokens.size(); ++i) {
      const Token& t = tokens[i];
      PatternItem item;
      item.tight_after = t.tight;
      switch (t.kind) {
        case Token::Kind::kOpenNoun:
        case Token::Kind::kOpenPrep:
          item.kind =
              t.kind == Token::Kind::kOpenNoun ? PatternItem::Kind::kOpenNoun : PatternItem::Kind::kOpenPrep;
          open.push_back(t.kind == Token::Kind::kOpenNoun ? '{' : '(');
          break;
        case Token::Kind::kCloseNoun:
        case Token::Kind::kClosePrep: {
          char want = t.kind == Token::Kind::kCloseNoun ? '{' : '(';
          char got = t.kind == Token::Kind::kCloseNoun ? '}' : ')';
          if (open.empty()) {
            rep_.error(n, std::string("unexpected '") + got + "'; pattern skipped");
            return std::nullopt;
          }
          if (open.back() != want) {
            rep_.error(n, std::string("'") + got + "' closes '" + open.back() + "'; pattern skipped");
            return std::nullopt;
          }
          open.pop_back();
          item.kind = t.kind == Token::Kind::kCloseNoun ? PatternItem::Kind::kCloseNoun
                                                        : PatternItem::Kind::kClosePrep;
          break;
        }
        case Token::Kind::kOr:
          if (open.empty() || open.back() != '{') {
            rep_.error(n, "'|' outside {...}; pattern skipped");
            return std::nullopt;
          }
          item.kind = PatternItem::Kind::kOr;
          break;
        case Token::Kind::kText:
          if (t.text == "*") {
            item.kind = PatternItem::Kind::kVerb;
            ++verbs;
          } else if (t.text == "$") {
            item.kind = PatternItem::Kind::kSource;
          } else if (t.text == "+") {
            item.kind = PatternItem::Kind::kTarget;
          } else if (t.text == "^") {
            item.kind = PatternItem::Kind::kSkip;
          } else if (t.text == "%") {
            item.kind = PatternItem::Kind::kCompound;
          } else if (is_ref(t)) {
            if (t.text == "&") {
              rep_.error(n, "'&' without a synset name; pattern skipped");
              return std::nullopt;
            }
            size_t last = i;
            std::optional<uint32_t> s = resolve_ref(tokens, i, names_, last);
            if (!s) {
              // A warning, not an error: PETRARCH 2 kept such a pattern with
              // the name as a literal word that never matches, and the
              // Phoenix and UD-PETRARCH files have several.
              rep_.warning(n, "unknown synset " + t.text + "; pattern skipped (it could never match)");
              return std::nullopt;
            }
            item.kind = PatternItem::Kind::kSynset;
            item.synset = *s;
            item.tight_after = tokens[last].tight;
            i = last;
          } else if (t.text.find('*') != std::string::npos) {
            // "- *SCEPTICAL [012]" (CAMEO.2.0.txt): a lost blank, which
            // PETRARCH 2 read as "* SCEPTICAL" since it split patterns at '*'.
            rep_.warning(n, "'*' glued to a word in '" + t.text + "'; read as separate");
            std::vector<Token> parts;
            std::string_view rest = t.text;
            while (!rest.empty()) {
              size_t star = rest.find('*');
              size_t len = star == 0 ? 1 : std::min(star, rest.size());
              Token part;
              part.text = std::string(rest.substr(0, len));
              rest.remove_prefix(len);
              if (rest.empty()) {
                part.underscore = t.underscore;
                part.tilde = t.tilde;
                part.tight = t.tight;
              }
              parts.push_back(std::move(part));
            }
            tokens.erase(tokens.begin() + static_cast<std::ptrdiff_t>(i));
            tokens.insert(tokens.begin() + static_cast<std::ptrdiff_t>(i), parts.begin(), parts.end());
            --i;
            continue;
          } else {
            item.kind = PatternItem::Kind::kWord;
            item.word = token_word(t, dialect_);
          }
          break;
      }
      out.items.push_back(std::move(item));
    }
    if (!open.empty()) {
      rep_.error(n, std::string("unclosed '") + open.back() + "'; pattern skipped");
      return std::nullopt;
    }
    if (verbs != 1) {
      rep_.error(n, verbs == 0 ? std::string("pattern has no '*'; pattern skipped")
                               : "pattern has " + std::to_string(verbs) +
                                     " '*'; one verb per pattern; pattern skipped");
      return std::nullopt;
    }
    if (!out.items.empty()) {
      out.items.back().tight_after = false;
      out.items.back().word.tight_after = false;
    }
    out.code = p.code;
    out.block = p.block;
    out.verb = p.verb;
    out.where = rep_.at(n);
    return out;
  }

  void finish_patterns() {
    for (const PendingPattern& p : pending_) {
      std::optional<Pattern> pat = parse_pattern(p);
      if (!pat) continue;
      v_.blocks[p.block].patterns.push_back(static_cast<uint32_t>(v_.patterns.size()));
      v_.patterns.push_back(std::move(*pat));
    }
  }

  Dictionaries& out_;
  Verbs& v_;
  Reporter rep_;
  uint32_t file_;
  Dialect dialect_;

  std::optional<uint32_t> block_;
  std::optional<uint32_t> last_verb_;
  std::unordered_map<std::string, uint32_t> forms_;  // "TEXT#head" -> first verb with that form

  NameMap names_;
  uint32_t first_synset_ = 0;
  std::optional<uint32_t> member_of_;  // the synset that '+' lines add to
  bool label_no_plurals_ = false;
  std::vector<std::vector<MemberText>> members_;  // per synset, this file's members
  std::vector<uint8_t> state_;                    // 0 new, 1 expanding, 2 done
  std::vector<std::vector<Entry>> expanded_;

  bool in_synsets_ = false;
  bool skipping_ = false;
  std::string section_;
  uint32_t section_line_ = 0;
  uint32_t finish_line_ = 0;

  std::vector<PendingPattern> pending_;
};

}  // namespace

void read_verbs(std::string_view content, uint32_t file, Dictionaries& out) {
  VerbReader reader(file, out);
  reader.read(content);
}

}  // namespace dyad::dict
