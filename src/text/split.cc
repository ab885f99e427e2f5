#include "text/split.h"

#include <cstring>

#include "text/chars.h"

namespace dyad {
namespace {

using namespace chars;  // NOLINT: character predicates only

std::string_view tok(std::string_view norm, const Token& t) {
  return norm.substr(t.norm_start, t.norm_end - t.norm_start);
}

bool is_terminal(std::string_view t) {
  if (t == "." || t == "!" || t == "?") return true;
  if (t.size() >= 2) {  // "..." "?!" "!!"
    for (char c : t)
      if (c != '.' && c != '!' && c != '?') return false;
    return true;
  }
  return false;
}

bool is_closer(std::string_view t) { return t == "\"" || t == "'" || t == ")" || t == "]" || t == "}"; }

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = to_lower(c);
  return out;
}

bool ends_with_terminal(std::string_view line) {
  while (!line.empty() && is_space(line.back())) line.remove_suffix(1);
  while (!line.empty() && (line.back() == '"' || line.back() == '\'' || line.back() == ')'))
    line.remove_suffix(1);
  return !line.empty() &&
         (line.back() == '.' || line.back() == '!' || line.back() == '?' || line.back() == ':');
}

}  // namespace

std::vector<Span> split_paragraphs(std::string_view norm, uint32_t begin, uint32_t end) {
  // Lines first, to decide whether the text is hard-wrapped.
  std::vector<Span> lines;
  size_t longest = 0;
  for (uint32_t i = begin; i <= end;) {
    const void* nl = i < end ? std::memchr(norm.data() + i, '\n', end - i) : nullptr;
    const auto j = nl ? static_cast<uint32_t>(static_cast<const char*>(nl) - norm.data()) : end;
    lines.push_back({i, j});
    longest = std::max<size_t>(longest, j - i);
    i = j + 1;
  }
  const bool wrapped = lines.size() >= 2 && longest <= 100 && longest >= 50;

  auto wordless = [&](const Span& l) {
    for (uint32_t k = l.start; k < l.end; ++k)
      if (is_alnum(norm[k]) || is_non_ascii(norm[k])) return false;
    return true;
  };
  auto blank = [&](const Span& l) {
    for (uint32_t k = l.start; k < l.end; ++k)
      if (!is_space(norm[k])) return false;
    return true;
  };
  std::vector<Span> paragraphs;
  Span cur{0, 0};
  bool open = false;
  for (size_t li = 0; li < lines.size(); ++li) {
    const Span& l = lines[li];
    if (blank(l)) {
      if (open) paragraphs.push_back(cur);
      open = false;
      continue;
    }
    if (open) {
      const Span& prev = lines[li - 1];
      uint32_t k = l.start;
      while (k < l.end && is_space(norm[k])) ++k;
      // In wrapped text a line well short of the width ends a paragraph (or
      // is a headline); an indented line starts one. Sentence ends inside a
      // paragraph are the splitter's business, so "the U.S.\nEmbassy" stays.
      const bool short_line = prev.size() * 10 < longest * 6;
      // A line that carries on in lower case after no sentence-final
      // punctuation continues the sentence, wrapped or not.
      const bool continues = !ends_with_terminal(norm.substr(prev.start, prev.size())) &&
                             starts_lower(norm.substr(k, l.end - k));
      const bool soft =
          !wordless(prev) && !wordless(l) && k == l.start && ((wrapped && !short_line) || continues);
      if (soft) {
        cur.end = l.end;
        continue;
      }
      paragraphs.push_back(cur);
    }
    cur = l;
    open = true;
  }
  if (open) paragraphs.push_back(cur);
  return paragraphs;
}

bool SentenceSplitter::ends_sentence(std::string_view norm, const std::vector<Token>& tokens, uint32_t i,
                                     uint32_t end, uint32_t* last) const {
  const std::string_view t = tok(norm, tokens[i]);
  bool candidate = is_terminal(t);
  AbbrevKind kind = AbbrevKind::kPlain;
  bool abbrev = false;
  if (!candidate && t.size() >= 2 && t.back() == '.') {
    abbrev = true;
    if (const AbbrevKind* k = model_.abbreviation(t)) {
      kind = *k;
    } else if (t.size() == 2) {
      kind = AbbrevKind::kTitle;  // an initial: J. Smith
    }
    candidate = kind != AbbrevKind::kTitle && kind != AbbrevKind::kNever;
  }
  if (!candidate) return false;

  uint32_t j = i + 1;
  while (j < end && is_closer(tok(norm, tokens[j])) && !tokens[j - 1].space_after) ++j;
  *last = j - 1;
  if (j >= end) return true;
  const std::string_view next = tok(norm, tokens[j]);
  if (starts_lower(next)) return false;
  if (next == "," || next == ";" || next == ":" || next == ")" || next == "." || next == "%") return false;
  if (abbrev) {
    if (kind == AbbrevKind::kNumber) return !is_digit(next[0]);
    // Plain: only before a word that begins sentences, possibly after an
    // opening quote.
    std::string_view word = next;
    if ((next == "\"" || next == "'") && j + 1 < end) word = tok(norm, tokens[j + 1]);
    return starts_upper(word) && model_.sentence_starter(lower(word));
  }
  return true;
}

std::vector<uint32_t> SentenceSplitter::boundaries(std::string_view norm, const std::vector<Token>& tokens,
                                                   uint32_t begin, uint32_t end) const {
  std::vector<uint32_t> out;
  uint32_t sentence_start = begin;
  for (uint32_t i = begin; i < end; ++i) {
    uint32_t last = i;
    const char tail = norm[tokens[i].norm_end - 1];
    const bool may_end = tail == '.' || tail == '!' || tail == '?';
    if (may_end && ends_sentence(norm, tokens, i, end, &last)) {
      i = last;
      if (i + 1 < end) {
        out.push_back(i + 1);
        sentence_start = i + 1;
      }
    } else if (i + 1 - sentence_start >= max_tokens_ && i + 1 < end) {
      out.push_back(i + 1);
      sentence_start = i + 1;
    }
  }
  return out;
}

}  // namespace dyad
