// Regular English forms that PETRARCH dictionaries leave to the program:
// noun plurals for agents and synsets, and the -S/-ED/-ING forms of verbs.
//
// PETRARCH's rules (add S; Y -> IES; S -> ES; E -> D and drops before ING)
// with the corrections English needs so that the forms are real words: a
// vowel before Y keeps it (ATTORNEYS, PLAYED), and CH, SH, X and Z take ES.
// Doubled consonants (STOPPED) are irregular: dictionaries spell them out in
// {...}. Words are upper-case.
#pragma once

#include <string>
#include <string_view>

namespace dyad::dict {

std::string regular_plural(std::string_view noun);

// Whether a word is already plural and so gets no generated plural
// ("ACTIVISTS", "TROOPS"); -SS, -US and -IS words (ADDRESS, BUS, ANALYSIS)
// are singular.
bool looks_plural(std::string_view word);

struct VerbEndings {
  std::string s;    // third person singular: ACCUSES
  std::string ed;   // past and participle: ACCUSED
  std::string ing;  // ACCUSING
};
VerbEndings regular_verb_forms(std::string_view verb);

}  // namespace dyad::dict
