// The issue reader: "<phrase> [CODE]" lines inside <ISSUE CATEGORY="..."> sections,
// with "~" and "~~" exclusions and the n:, v: and '+' expansions.
#include <string>
#include <vector>

#include "dict/forms.h"
#include "dict/load.h"
#include "dict/source.h"

namespace dyad::dict {
namespace {

// The spellings one written word stands for: "n:crime" -> CRIME CRIMES,
// "v:purge" -> PURGE PURGES PURGED PURGING, "al+zarqawi" -> "AL ZARQAWI" and
// "AL-ZARQAWI"; "pre+n:school" combines both.
std::vector<std::string> part_variants(const std::string& part) {
  if (part.starts_with("N:")) {
    std::string root = part.substr(2);
    return {root, regular_plural(root)};
  }
  if (part.starts_with("V:")) {
    std::string root = part.substr(2);
    VerbEndings f = regular_verb_forms(root);
    return {root, f.s, f.ed, f.ing};
  }
  return {part};
}

std::vector<std::string> word_variants(std::string_view word) {
  std::string w = upper_ascii(word);
  std::vector<std::string> forms;
  size_t start = 0;
  while (true) {
    size_t plus = w.find('+', start);
    std::string part = w.substr(start, plus == std::string::npos ? std::string::npos : plus - start);
    std::vector<std::string> variants = part_variants(part);
    if (forms.empty()) {
      forms = std::move(variants);
    } else {
      std::vector<std::string> next;
      for (const std::string& f : forms) {
        for (const std::string& v : variants) {
          next.push_back(f + " " + v);
          next.push_back(f + "-" + v);
        }
      }
      forms = std::move(next);
    }
    if (plus == std::string::npos) break;
    start = plus + 1;
  }
  return forms;
}

// The attribute value in <ISSUE CATEGORY="EDUCATION" TYPE="ALL">.
std::string attribute(std::string_view tag, std::string_view name) {
  size_t at = tag.find(name);
  if (at == std::string_view::npos) return {};
  size_t q1 = tag.find('"', at + name.size());
  if (q1 == std::string_view::npos) return {};
  size_t q2 = tag.find('"', q1 + 1);
  if (q2 == std::string_view::npos) return {};
  return std::string(tag.substr(q1 + 1, q2 - q1 - 1));
}

}  // namespace

void read_issues(std::string_view content, uint32_t file, Dictionaries& out) {
  const Dialect dialect = out.dialects[file];
  Reporter rep(out, file);
  LineReader reader(content);
  Line line;
  std::string category;
  uint32_t section_line = 0;
  while (reader.next(line)) {
    std::string_view t = line.trimmed();
    if (t.starts_with("<ISSUE")) {
      if (!category.empty())
        rep.warning(line.number, "<ISSUE> section opened inside another (opened at line " +
                                     std::to_string(section_line) + ")");
      category = attribute(t, "CATEGORY");
      section_line = line.number;
      if (category.empty()) rep.warning(line.number, "<ISSUE> without a CATEGORY");
      continue;
    }
    if (t.starts_with("</ISSUE")) {
      if (section_line == 0) rep.warning(line.number, "</ISSUE> without <ISSUE>");
      category.clear();
      section_line = 0;
      continue;
    }
    Issue issue;
    issue.where = rep.at(line.number);
    issue.category = category;
    std::string_view phrase = t;
    if (t.starts_with("~~")) {
      issue.kind = Issue::Kind::kIgnoreStory;
      phrase = trim(t.substr(2));
    } else if (t[0] == '~') {
      issue.kind = Issue::Kind::kIgnoreSentence;
      phrase = trim(t.substr(1));
    } else {
      Bracketed b;
      if (!split_bracket(t, b)) {
        // PETRARCH skips these silently; Phoenix keeps unfinished lists this way.
        rep.warning(line.number, "issue phrase has no [CODE]; skipped");
        continue;
      }
      if (!b.closed) {
        rep.error(line.number, "unclosed '['");
        continue;
      }
      if (b.inside.empty() || b.inside.find_first_of(" \t") != std::string_view::npos) {
        rep.error(line.number, "malformed issue code '" + std::string(b.inside) + "'");
        continue;
      }
      issue.code = std::string(b.inside);
      phrase = trim(b.before);
    }
    if (phrase.empty()) {
      rep.error(line.number, "issue has no phrase");
      continue;
    }
    // The cross product of every word's variants.
    std::vector<std::string> forms = {""};
    size_t i = 0;
    while (i < phrase.size()) {
      while (i < phrase.size() && (phrase[i] == ' ' || phrase[i] == '\t')) ++i;
      if (i >= phrase.size()) break;
      size_t b = i;
      while (i < phrase.size() && phrase[i] != ' ' && phrase[i] != '\t') ++i;
      std::vector<std::string> variants = word_variants(phrase.substr(b, i - b));
      std::vector<std::string> next;
      for (const std::string& f : forms)
        for (const std::string& v : variants) next.push_back(f.empty() ? v : f + " " + v);
      forms = std::move(next);
    }
    for (const std::string& f : forms) {
      Phrase p = parse_phrase(f, dialect);
      if (!p.words.empty()) issue.forms.push_back(std::move(p));
    }
    if (issue.forms.empty()) {
      rep.error(line.number, "issue has no words");
      continue;
    }
    out.issues.push_back(std::move(issue));
  }
  if (reader.open_comment()) rep.error(reader.comment_line(), "unclosed '<!--' comment");
  if (section_line != 0) rep.warning(section_line, "<ISSUE> section is not closed");
}

}  // namespace dyad::dict
