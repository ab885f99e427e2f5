#include "syntax/lemmatizer.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <tuple>

#include "core/file.h"

namespace dyad {
namespace {

constexpr size_t kMaxSuffix = 6;
// A suffix rule needs this many training words behind it; rarer suffixes
// fall back to shorter ones, which generalise better.
constexpr int kMinRuleSupport = 2;

std::string lower(std::string_view s) {
  std::string r(s);
  for (char& c : r)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return r;
}

size_t common_prefix(std::string_view a, std::string_view b) {
  size_t n = std::min(a.size(), b.size()), i = 0;
  while (i < n && a[i] == b[i]) ++i;
  return i;
}

bool edit_less(const Lemmatizer::Edit& a, const Lemmatizer::Edit& b) {
  return std::tie(a.strip, a.append, a.keep_case) < std::tie(b.strip, b.append, b.keep_case);
}

// Counts of edits seen under one key; few per key, so a vector.
using Counts = std::vector<std::pair<Lemmatizer::Edit, int>>;

void count(Counts& c, const Lemmatizer::Edit& e) {
  for (auto& [edit, n] : c)
    if (edit == e) {
      ++n;
      return;
    }
  c.emplace_back(e, 1);
}

// The most frequent edit; ties go to the smallest, so training is
// deterministic whatever the hash maps' order.
const Lemmatizer::Edit& best(const Counts& c, int* total) {
  const Lemmatizer::Edit* top = &c[0].first;
  int top_n = c[0].second, sum = 0;
  for (const auto& [edit, n] : c) {
    sum += n;
    if (n > top_n || (n == top_n && edit_less(edit, *top))) {
      top = &edit;
      top_n = n;
    }
  }
  if (total != nullptr) *total = sum;
  return *top;
}

std::string key(std::string_view a, std::string_view b) {
  std::string k;
  k.reserve(a.size() + b.size() + 1);
  k.append(a);
  k.push_back('\t');
  k.append(b);
  return k;
}

}  // namespace

Lemmatizer::Edit Lemmatizer::edit_of(std::string_view form, std::string_view lemma) {
  Edit e;
  e.keep_case = lower(lemma) != lemma;
  const std::string base = e.keep_case ? std::string(form) : lower(form);
  const size_t p = common_prefix(base, lemma);
  e.strip = static_cast<uint8_t>(std::min<size_t>(base.size() - p, 255));
  e.append = std::string(lemma.substr(p));
  return e;
}

std::string Lemmatizer::apply(std::string_view form, const Edit& edit) {
  std::string base = edit.keep_case ? std::string(form) : lower(form);
  if (edit.strip > base.size()) return base;
  base.resize(base.size() - edit.strip);
  base += edit.append;
  return base;
}

Lemmatizer Lemmatizer::train(std::span<const TreebankSentence> sentences) {
  std::unordered_map<std::string, Counts> lexicon, rules;
  for (const TreebankSentence& s : sentences) {
    for (const TreebankWord& w : s.words) {
      if (w.lemma.empty() || (w.lemma == "_" && w.form != "_") || w.form.empty()) continue;
      const Edit e = edit_of(w.form, w.lemma);
      count(lexicon[key(lower(w.form), w.xpos)], e);
    }
  }
  Lemmatizer m;
  for (const auto& [k, c] : lexicon) m.lexicon_.emplace(k, best(c, nullptr));
  // Suffix rules count word types, not tokens: a frequent abbreviation
  // ("Nov" -> "November", NNP) must not become the rule for every proper
  // noun ending in "v" ("Lavrov").
  for (const auto& [k, e] : m.lexicon_) {
    const size_t tab = k.find('\t');
    const std::string_view lf = std::string_view(k).substr(0, tab),
                           xpos = std::string_view(k).substr(tab + 1);
    for (size_t n = 0; n <= std::min(kMaxSuffix, lf.size()); ++n)
      count(rules[key(xpos, lf.substr(lf.size() - n))], e);
  }
  for (const auto& [k, c] : rules) {
    int total = 0;
    const Edit& e = best(c, &total);
    // The tag's default (empty suffix) is always kept.
    if (total >= kMinRuleSupport || k.back() == '\t') m.rules_.emplace(k, e);
  }
  // A suffix rule that gives what the next shorter suffix gives is not
  // needed; longest first, so each is checked against what remains.
  std::vector<std::string> keys;
  for (const auto& [k, e] : m.rules_) keys.push_back(k);
  std::sort(keys.begin(), keys.end(), [](const std::string& a, const std::string& b) {
    return a.size() != b.size() ? a.size() > b.size() : a < b;
  });
  for (const std::string& k : keys) {
    const size_t tab = k.find('\t');
    if (k.size() - tab - 1 == 0) continue;  // the tag's default stays
    const std::string_view suffix = std::string_view(k).substr(tab + 2);
    const Edit* shorter = m.rule_for(suffix, std::string_view(k).substr(0, tab));
    if (shorter != nullptr && *shorter == m.rules_.at(k)) m.rules_.erase(k);
  }
  // A word the rules already get right needs no entry of its own: this
  // keeps the model a third of the size with the same lemmas.
  for (auto it = m.lexicon_.begin(); it != m.lexicon_.end();) {
    const size_t tab = it->first.find('\t');
    const Edit* rule =
        m.rule_for(std::string_view(it->first).substr(0, tab), std::string_view(it->first).substr(tab + 1));
    it = rule != nullptr && *rule == it->second ? m.lexicon_.erase(it) : std::next(it);
  }
  return m;
}

const Lemmatizer::Edit* Lemmatizer::rule_for(std::string_view lower_form, std::string_view xpos) const {
  for (size_t n = std::min(kMaxSuffix, lower_form.size()) + 1; n-- > 0;) {
    auto it = rules_.find(key(xpos, lower_form.substr(lower_form.size() - n)));
    if (it != rules_.end()) return &it->second;
  }
  return nullptr;
}

std::string Lemmatizer::lemma(std::string_view form, std::string_view xpos) const {
  const std::string lf = lower(form);
  if (auto it = lexicon_.find(key(lf, xpos)); it != lexicon_.end()) return apply(form, it->second);
  if (const Edit* e = rule_for(lf, xpos)) return apply(form, *e);
  // A tag never seen in training: proper nouns keep their case.
  return xpos == "NNP" || xpos == "NNPS" ? std::string(form) : lf;
}

std::string Lemmatizer::serialize() const {
  // Sorted, so the same model always makes the same bytes.
  std::map<std::string, const Edit*> lex, rules;
  for (const auto& [k, e] : lexicon_) lex.emplace(k, &e);
  for (const auto& [k, e] : rules_) rules.emplace(k, &e);
  std::string out = "dyad-lemmatizer " + std::to_string(kLemmatizerFormatVersion) + "\n";
  auto line = [&](char kind, const std::string& k, const Edit& e) {
    out += kind;
    out += '\t';
    out += k;
    out += '\t' + std::to_string(e.strip) + '\t' + e.append + '\t' + (e.keep_case ? "K" : "L") + '\n';
  };
  for (const auto& [k, e] : lex) line('L', k, *e);
  for (const auto& [k, e] : rules) line('R', k, *e);
  return out;
}

Status Lemmatizer::save(const std::string& path) const {
  std::ofstream out(path, std::ios::binary);
  const std::string text = serialize();
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  if (!out) return Status::Io(path + ": cannot write");
  return Status::Ok();
}

Result<Lemmatizer> Lemmatizer::load(const std::string& path) {
  auto text = read_whole_file(path, "lemmatizer model");
  if (!text.ok()) return text.status();
  return parse(*text, path);
}

Result<Lemmatizer> Lemmatizer::parse(std::string_view text, const std::string& name) {
  Lemmatizer m;
  size_t pos = 0, number = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    std::string_view line =
        text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    ++number;
    auto bad = [&](const std::string& why) {
      return Status::Invalid(name + ":" + std::to_string(number) + ": " + why);
    };
    if (number == 1) {
      const std::string_view head = "dyad-lemmatizer ";
      if (!line.starts_with(head))
        return bad("not a dyad lemmatizer model (expected 'dyad-lemmatizer <version>')");
      const int version = std::atoi(std::string(line.substr(head.size())).c_str());
      if (version < 1) return bad("bad model version");
      if (version > kLemmatizerFormatVersion)
        return bad("model format " + std::to_string(version) + " is newer than this dyad reads (" +
                   std::to_string(kLemmatizerFormatVersion) + "); upgrade dyad");
      continue;
    }
    if (line.empty()) continue;
    // KIND \t A \t B \t STRIP \t APPEND \t CASE
    std::vector<std::string_view> f;
    size_t b = 0;
    while (true) {
      size_t t = line.find('\t', b);
      f.push_back(line.substr(b, t == std::string_view::npos ? std::string_view::npos : t - b));
      if (t == std::string_view::npos) break;
      b = t + 1;
    }
    if (f.size() != 6 || (f[0] != "L" && f[0] != "R") || (f[5] != "K" && f[5] != "L") || f[3].empty())
      return bad("expected KIND, two keys, strip, append and case separated by tabs");
    Edit e;
    int strip = 0;
    for (char c : f[3]) {
      if (c < '0' || c > '9') return bad("bad strip count '" + std::string(f[3]) + "'");
      strip = strip * 10 + (c - '0');
      if (strip > 255) return bad("strip count over 255");
    }
    e.strip = static_cast<uint8_t>(strip);
    e.append = std::string(f[4]);
    e.keep_case = f[5] == "K";
    (f[0] == "L" ? m.lexicon_ : m.rules_).emplace(key(f[1], f[2]), std::move(e));
  }
  if (number == 0) return Status::Invalid(name + ": empty lemmatizer model");
  return m;
}

}  // namespace dyad
