#include "syntax/treebank.h"

#include <array>
#include <charconv>

#include "core/file.h"

namespace dyad {
namespace {

bool parse_uint(std::string_view s, uint32_t& out) {
  if (s.empty()) return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && p == s.data() + s.size();
}

std::string where(const std::string& name, size_t line) { return name + ":" + std::to_string(line) + ": "; }

// Checks what can only be checked once the sentence is complete.
Status finish(const std::string& name, const TreebankSentence& s, const std::vector<size_t>& word_lines) {
  const size_t n = s.words.size();
  for (size_t i = 0; i < n; ++i)
    if (s.words[i].head > static_cast<int32_t>(n))
      return Status::Invalid(where(name, word_lines[i]) + "HEAD " + std::to_string(s.words[i].head) +
                             " is beyond the sentence's last word " + std::to_string(n));
  for (const MultiwordToken& m : s.multiword)
    if (m.last > n)
      return Status::Invalid(where(name, s.line) + "multiword token " + std::to_string(m.first) + "-" +
                             std::to_string(m.last) + " covers words the sentence does not have");
  return Status::Ok();
}

}  // namespace

Result<std::vector<TreebankSentence>> parse_treebank(std::string_view text, const std::string& name,
                                                     size_t max_sentences) {
  std::vector<TreebankSentence> out;
  TreebankSentence cur;
  std::vector<size_t> word_lines;
  bool open = false;
  size_t line_no = 0;
  auto close = [&]() -> Status {
    if (!open) return Status::Ok();
    open = false;
    if (cur.words.empty())
      return Status::Invalid(where(name, cur.line) + "sentence has comments but no words");
    if (Status st = finish(name, cur, word_lines); !st.ok()) return st;
    out.push_back(std::move(cur));
    cur = TreebankSentence{};
    word_lines.clear();
    return Status::Ok();
  };
  size_t pos = 0;
  while (pos < text.size() && (max_sentences == 0 || out.size() < max_sentences)) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      if (Status st = close(); !st.ok()) return st;
      continue;
    }
    if (!open) {
      open = true;
      cur.line = line_no;
    }
    if (line.front() == '#') {
      if (line.rfind("# sent_id = ", 0) == 0) cur.id = std::string(line.substr(12));
      if (line.rfind("# text = ", 0) == 0) cur.text = std::string(line.substr(9));
      if (line.rfind("# newdoc", 0) == 0) cur.newdoc = cur.newpar = true;
      if (line.rfind("# newpar", 0) == 0) cur.newpar = true;
      continue;
    }
    std::array<std::string_view, 10> col;
    size_t ncol = 0, start = 0;
    for (size_t i = 0; i <= line.size(); ++i) {
      if (i == line.size() || line[i] == '\t') {
        if (ncol == col.size())
          return Status::Invalid(where(name, line_no) + "more than 10 tab-separated columns");
        col[ncol++] = line.substr(start, i - start);
        start = i + 1;
      }
    }
    if (ncol != 10)
      return Status::Invalid(where(name, line_no) + "expected 10 tab-separated columns, found " +
                             std::to_string(ncol));
    const std::string_view id = col[0];
    if (id.find('.') != std::string_view::npos) continue;  // empty node: not in the basic tree
    if (const size_t dash = id.find('-'); dash != std::string_view::npos) {
      MultiwordToken m;
      if (!parse_uint(id.substr(0, dash), m.first) || !parse_uint(id.substr(dash + 1), m.last) ||
          m.first == 0 || m.last < m.first)
        return Status::Invalid(where(name, line_no) + "bad multiword token range \"" + std::string(id) +
                               "\"");
      if (m.first != cur.words.size() + 1)
        return Status::Invalid(where(name, line_no) + "multiword token " + std::string(id) +
                               " should start at word " + std::to_string(cur.words.size() + 1));
      m.form = std::string(col[1]);
      m.misc = std::string(col[9]);
      cur.multiword.push_back(std::move(m));
      continue;
    }
    uint32_t n = 0;
    if (!parse_uint(id, n))
      return Status::Invalid(where(name, line_no) + "bad ID \"" + std::string(id) + "\"");
    if (n != cur.words.size() + 1)
      return Status::Invalid(where(name, line_no) + "word ID " + std::to_string(n) +
                             " out of order (expected " + std::to_string(cur.words.size() + 1) + ")");
    if (col[1].empty()) return Status::Invalid(where(name, line_no) + "empty FORM");
    TreebankWord w;
    w.form = std::string(col[1]);
    w.lemma = std::string(col[2]);
    w.upos = std::string(col[3]);
    w.xpos = std::string(col[4]);
    w.feats = std::string(col[5]);
    if (col[6] != "_") {
      uint32_t h = 0;
      if (!parse_uint(col[6], h))
        return Status::Invalid(where(name, line_no) + "bad HEAD \"" + std::string(col[6]) + "\"");
      w.head = static_cast<int32_t>(h);
    }
    w.deprel = std::string(col[7]);
    w.deps = std::string(col[8]);
    w.misc = std::string(col[9]);
    cur.words.push_back(std::move(w));
    word_lines.push_back(line_no);
  }
  if (Status st = close(); !st.ok()) return st;
  if (out.empty()) return Status::Invalid(where(name, line_no) + "no sentences in this treebank");
  return out;
}

Result<std::vector<TreebankSentence>> read_treebank(const std::string& path, size_t max_sentences) {
  auto text = read_whole_file(path, "treebank");
  if (!text.ok()) return text.status();
  return parse_treebank(*text, path, max_sentences);
}

}  // namespace dyad
