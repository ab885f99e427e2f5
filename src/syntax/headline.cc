#include "syntax/headline.h"

namespace dyad {
namespace {

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

// Capitalised ("Declares"), not all capitals ("NATO"), not a single letter.
bool capitalised(std::string_view w) {
  if (w.size() < 2 || !is_upper(w[0])) return false;
  for (char c : w.substr(1))
    if (is_lower(c)) return true;
  return false;
}

size_t letters(std::string_view w) {
  size_t n = 0;
  for (char c : w) n += is_upper(c) || is_lower(c);
  return n;
}

// Words Title Case styles leave in lower case.
bool minor_word(std::string_view w) {
  static constexpr std::string_view kMinor[] = {
      "a",  "an",   "and", "as",   "at",  "but", "by",   "for", "from", "in", "into", "nor", "of",   "off",
      "on", "onto", "or",  "over", "per", "so",  "than", "the", "to",   "up", "via",  "vs",  "with", "yet"};
  for (std::string_view m : kMinor)
    if (w == m) return true;
  return false;
}

bool known(const Tagger& tagger, std::string_view w) {
  const Tagger::LexEntry e = tagger.lookup(w);
  return e.ambiguity != 0 || e.single >= 0;
}

}  // namespace

bool is_title_case(std::span<const std::string_view> words) {
  size_t capital = 0;
  for (size_t i = 1; i < words.size(); ++i) {
    const std::string_view w = words[i];
    if (letters(w) < 2 || letters(w) != w.size()) continue;  // punctuation, numbers, "U.S."
    bool all_upper = true;
    for (char c : w) all_upper = all_upper && is_upper(c);
    if (all_upper || minor_word(w)) continue;  // acronyms and "of", "the" say nothing about the style
    if (!capitalised(w)) return false;
    ++capital;
  }
  return capital >= 2;
}

std::span<const std::string_view> forms_for_tagging(std::span<const std::string_view> words,
                                                    const Tagger& tagger, std::vector<std::string>& storage,
                                                    std::vector<std::string_view>& out) {
  if (!is_title_case(words)) return words;
  storage.assign(words.begin(), words.end());
  for (std::string& w : storage) {
    if (!capitalised(w) || known(tagger, w)) continue;
    std::string lower = w;
    for (char& c : lower)
      if (is_upper(c)) c = static_cast<char>(c + ('a' - 'A'));
    if (known(tagger, lower)) w = std::move(lower);
  }
  out.assign(storage.begin(), storage.end());
  return out;
}

}  // namespace dyad
