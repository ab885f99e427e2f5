// Title Case headlines ("Russia Declares Truce In Aleppo"): the tagger learnt
// from running text, where a capital after the first word marks a name, so
// in a Title Case line it reads nearly every word as a proper noun. For such
// a line, a capitalised word is shown to the tagger lower-cased when the
// tagger knows the lower-cased word and not the capitalised one
// ("Declares" -> "declares"); names it knows capitalised, and words it
// knows in neither form, stay as written.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/tagger.h"

namespace dyad {

// Every word of two or more letters after the first starts with a capital,
// except acronyms and the short function words Title Case leaves in lower
// case ("of", "the", "to"), and there are at least two such words.
bool is_title_case(std::span<const std::string_view> words);

// The forms to tag: `words` itself unless the line is in Title Case, else
// views into `storage` for the words lower-cased.
std::span<const std::string_view> forms_for_tagging(std::span<const std::string_view> words,
                                                    const Tagger& tagger, std::vector<std::string>& storage,
                                                    std::vector<std::string_view>& out);

}  // namespace dyad
