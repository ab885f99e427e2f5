#include "dict/forms.h"

namespace dyad::dict {
namespace {

bool vowel(char c) { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U'; }

bool ends_with(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

// Words that take -ES: BUS, BOX, BUZZ, CHURCH, BUSH (and PETRARCH's S rule).
bool sibilant(std::string_view w) {
  return ends_with(w, "S") || ends_with(w, "X") || ends_with(w, "Z") || ends_with(w, "CH") ||
         ends_with(w, "SH");
}

// A final Y after a consonant becomes IE/I: CITY -> CITIES, DENY -> DENIED.
bool consonant_y(std::string_view w) { return w.size() >= 2 && w.back() == 'Y' && !vowel(w[w.size() - 2]); }

}  // namespace

bool looks_plural(std::string_view w) {
  return w.size() > 2 && w.back() == 'S' && !w.ends_with("SS") && !w.ends_with("US") && !w.ends_with("IS");
}

std::string regular_plural(std::string_view noun) {
  std::string w(noun);
  if (w.empty()) return w;
  if (consonant_y(w)) {
    w.pop_back();
    return w + "IES";
  }
  if (sibilant(w)) return w + "ES";
  return w + "S";
}

VerbEndings regular_verb_forms(std::string_view verb) {
  std::string w(verb);
  VerbEndings f;
  if (w.empty()) return f;
  if (consonant_y(w)) {
    std::string stem = w.substr(0, w.size() - 1);
    f.s = stem + "IES";
    f.ed = stem + "IED";
    f.ing = w + "ING";
    return f;
  }
  f.s = sibilant(w) ? w + "ES" : w + "S";
  if (w.back() == 'E') {
    f.ed = w + "D";
    // AGREE -> AGREEING, FREE -> FREEING keep the E; DECLARE -> DECLARING drops it.
    // DIE -> DYING, TIE -> TYING.
    bool keep = w.size() >= 2 && vowel(w[w.size() - 2]);
    if (ends_with(w, "IE")) {
      f.ing = w.substr(0, w.size() - 2) + "YING";
    } else {
      f.ing = keep ? w + "ING" : w.substr(0, w.size() - 1) + "ING";
    }
  } else {
    f.ed = w + "ED";
    f.ing = w + "ING";
  }
  return f;
}

}  // namespace dyad::dict
