#include "text/text_model.h"

#include <fstream>
#include <functional>

namespace dyad {
namespace {

constexpr int kListVersion = 1;

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Reads one list file: a header line, then entries; '#' starts a comment.
// `entry` gets each non-empty line and returns an error message or "".
Status read_list(const std::string& path, std::string_view kind,
                 const std::function<std::string(std::string_view)>& entry) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": cannot open text list");
  std::string line;
  size_t n = 0;
  const std::string header = "# dyad-text-list " + std::string(kind) + " ";
  while (std::getline(in, line)) {
    ++n;
    if (n == 1) {
      if (line.rfind(header, 0) != 0)
        return Status::Invalid(path + ":1: expected header \"" + header + "<version>\"");
      const int version = std::atoi(line.c_str() + header.size());
      if (version != kListVersion)
        return Status::Invalid(path + ":1: list version " + std::to_string(version) +
                               " is not supported (this dyad reads version " + std::to_string(kListVersion) +
                               "); update dyad or the data");
      continue;
    }
    std::string_view v = line;
    if (auto hash = v.find('#'); hash != std::string_view::npos) v = v.substr(0, hash);
    v = trim(v);
    if (v.empty()) continue;
    if (std::string err = entry(v); !err.empty())
      return Status::Invalid(path + ":" + std::to_string(n) + ": " + err);
  }
  if (n == 0) return Status::Invalid(path + ":1: empty file, expected a header");
  return Status::Ok();
}

}  // namespace

Result<TextModel> TextModel::load(const std::string& dir) {
  TextModel m;
  Status st = read_list(dir + "/abbreviations.txt", "abbreviations", [&](std::string_view v) {
    const auto sp = v.find_first_of(" \t");
    if (sp == std::string_view::npos) return std::string("expected \"ABBREV. KIND\"");
    const std::string_view word = v.substr(0, sp);
    const std::string_view kind = trim(v.substr(sp));
    if (word.size() < 2 || word.back() != '.') return "abbreviation must end with '.': " + std::string(word);
    AbbrevKind k;
    if (kind == "title")
      k = AbbrevKind::kTitle;
    else if (kind == "number")
      k = AbbrevKind::kNumber;
    else if (kind == "never")
      k = AbbrevKind::kNever;
    else if (kind == "plain")
      k = AbbrevKind::kPlain;
    else
      return "unknown kind \"" + std::string(kind) + "\" (title, number, never, plain)";
    if (!m.abbreviations_.emplace(std::string(word), k).second)
      return "duplicate abbreviation " + std::string(word);
    return std::string();
  });
  if (!st.ok()) return st;
  st = read_list(dir + "/hyphen_prefixes.txt", "hyphen-prefixes", [&](std::string_view v) {
    m.hyphen_prefixes_.insert(lower(v));
    return std::string();
  });
  if (!st.ok()) return st;
  st = read_list(dir + "/sentence_starters.txt", "sentence-starters", [&](std::string_view v) {
    m.sentence_starters_.insert(lower(v));
    return std::string();
  });
  if (!st.ok()) return st;
  st = read_list(dir + "/agencies.txt", "agencies", [&](std::string_view v) {
    std::string_view name = v, canonical = v;
    if (auto eq = v.find('='); eq != std::string_view::npos) {
      name = trim(v.substr(0, eq));
      canonical = trim(v.substr(eq + 1));
      if (name.empty() || canonical.empty()) return std::string("expected \"NAME = CANONICAL\"");
    }
    m.agencies_[lower(name)] = std::string(canonical);
    return std::string();
  });
  if (!st.ok()) return st;
  return m;
}

const AbbrevKind* TextModel::abbreviation(std::string_view w) const {
  if (auto it = abbreviations_.find(std::string(w)); it != abbreviations_.end()) return &it->second;
  if (w.empty()) return nullptr;
  std::string alt(w);
  char& c = alt[0];
  if (c >= 'a' && c <= 'z')
    c = static_cast<char>(c - 'a' + 'A');
  else if (c >= 'A' && c <= 'Z')
    c = static_cast<char>(c - 'A' + 'a');
  else
    return nullptr;
  if (auto it = abbreviations_.find(alt); it != abbreviations_.end()) return &it->second;
  // Headline case: "NOV." matches "Nov.".
  std::string cap = lower(w);
  cap[0] = alt[0] >= 'a' ? static_cast<char>(alt[0] - 'a' + 'A') : alt[0];
  if (auto it = abbreviations_.find(cap); it != abbreviations_.end()) return &it->second;
  return nullptr;
}

bool TextModel::hyphen_prefix(std::string_view w) const {
  return hyphen_prefixes_.count(std::string(w)) != 0;
}

bool TextModel::sentence_starter(std::string_view w) const {
  return sentence_starters_.count(std::string(w)) != 0;
}

std::string TextModel::agency(std::string_view name) const {
  auto it = agencies_.find(lower(name));
  return it == agencies_.end() ? std::string() : it->second;
}

}  // namespace dyad
