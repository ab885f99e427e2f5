// The country actors: ISO 3166 (Debian's iso-codes) and dyad's table of how
// news names each country, in; a PETRARCH 2 actor dictionary out.
//
// Why generated: the list of the world's countries and their codes is a
// standard that changes (a country renamed, a code added), so it is read from
// the iso-codes package rather than typed in; what news calls a country
// ("Russia", "Russian", "Moscow", "the Kremlin", "Burma") is dyad's own work,
// kept in data/dict/countries.tsv, one row per country:
//
//   iso3  code  names  adjectives  capital  metonyms  historic
//
// tab-separated, items within a cell separated by ';'; a name written
// "-Réunion" drops that ISO name (it reads as a common word once accents are
// folded). `code` is the CAMEO
// code when it is not the alpha-3 code; a metonym may carry "=CODE" when it
// stands for part of the country ("Kremlin=RUSGOV"). A row whose iso3 is a
// former country of ISO 3166-3 (SUN, YUG) or in neither list (KSV) gives
// that country's names itself. `dyad dict countries` writes the result, which
// is committed as data/dict/dyad.actors.countries.txt and checked against a
// fresh build by the tests wherever iso-codes is installed.
#pragma once

#include <string>
#include <string_view>

#include "core/status.h"

namespace dyad::dict {

struct CountrySources {
  std::string_view iso3166_1;  // iso_3166-1.json
  std::string_view iso3166_3;  // iso_3166-3.json (may be empty)
  std::string_view table;      // countries.tsv
  std::string table_name;      // for FILE:LINE in errors
};

struct CountryStats {
  size_t countries = 0;  // ISO 3166-1 entries written
  size_t with_row = 0;   // of those, with a row in the table
  size_t other = 0;      // former or non-ISO countries written from the table
  size_t phrases = 0;    // primary + synonyms over all entries
  size_t metonym_entries = 0;
};

// The actor dictionary text; every problem in the table (bad row, a phrase
// given to two countries) is reported at once, one "FILE:LINE: message" per
// line, as an Invalid status.
Result<std::string> build_country_actors(const CountrySources& in, CountryStats* stats = nullptr);

}  // namespace dyad::dict
