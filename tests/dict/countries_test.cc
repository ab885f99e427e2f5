#include "dict/countries.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "dict/load.h"
#include "test_paths.h"

namespace dyad::dict {
namespace {

constexpr std::string_view kIso1 = R"json({"3166-1": [
  {"alpha_2": "KR", "alpha_3": "KOR", "common_name": "South Korea", "name": "Korea, Republic of", "numeric": "410"},
  {"alpha_2": "RU", "alpha_3": "RUS", "name": "Russian Federation", "numeric": "643"},
  {"alpha_2": "VA", "alpha_3": "VAT", "name": "Holy See (Vatican City State)", "numeric": "336"},
  {"alpha_2": "VG", "alpha_3": "VGB", "name": "Virgin Islands, British", "numeric": "092"},
  {"alpha_2": "TW", "alpha_3": "TWN", "common_name": "Taiwan", "name": "Taiwan, Province of China", "numeric": "158"},
  {"alpha_2": "PS", "alpha_3": "PSE", "name": "Palestine, State of", "official_name": "the State of Palestine", "numeric": "275"}
]})json";
constexpr std::string_view kIso3 = R"json({"3166-3": [
  {"alpha_3": "SUN", "name": "USSR, Union of Soviet Socialist Republics", "withdrawal_date": "1992-08-30"}
]})json";

Result<std::string> build(std::string_view table, CountryStats* stats = nullptr) {
  return build_country_actors({kIso1, kIso3, table, "countries.tsv"}, stats);
}

TEST(Countries, IsoNamesAreWrittenAsNewsWritesThem) {
  auto out = build("");
  ASSERT_TRUE(out.ok()) << out.status().message();
  EXPECT_NE(out->find("\nSOUTH_KOREA_ [KOR]\n+REPUBLIC_OF_KOREA_\n"), std::string::npos) << *out;
  EXPECT_NE(out->find("\nHOLY_SEE_ [VAT]\n+VATICAN_CITY_STATE_\n"), std::string::npos) << *out;
  EXPECT_NE(out->find("\nBRITISH_VIRGIN_ISLANDS_ [VGB]\n"), std::string::npos) << *out;
  EXPECT_NE(out->find("\nSTATE_OF_PALESTINE_ [PSE]\n"), std::string::npos) << *out;
  // A comma that is not an inversion keeps only the name before it.
  EXPECT_EQ(out->find("PROVINCE_OF_CHINA"), std::string::npos) << *out;
  // Former countries appear only with a row of their own.
  EXPECT_EQ(out->find("SUN"), std::string::npos);
  EXPECT_TRUE(out->starts_with("# dyad-dictionary actors 1\n"));
}

TEST(Countries, TableAddsNamesAdjectivesCapitalsMetonymsAndHistoricNames) {
  CountryStats stats;
  auto out = build(
      "# iso3\tcode\tnames\tadjectives\tcapital\tmetonyms\thistoric\n"
      "RUS\t\tRussia\tRussian; Russians\tMoscow\tKremlin=RUSGOV; Russian Federation\tSoviet Russia\n"
      "SUN\t\tSoviet Union; USSR\tSoviet\tMoscow?\t\t\n"
      "KSV\t\tKosovo\tKosovar\tPristina\t\t\n",
      &stats);
  ASSERT_TRUE(out.ok()) << out.status().message();
  EXPECT_NE(
      out->find("\nRUSSIA_ [RUS]\n+RUSSIAN_FEDERATION_\n+RUSSIAN_\n+RUSSIANS_\n+MOSCOW_\n+SOVIET_RUSSIA_\n"
                "KREMLIN_ [RUSGOV]\n"),
      std::string::npos)
      << *out;
  EXPECT_NE(out->find("(ISO 3166-3, withdrawn 1992-08-30)\nSOVIET_UNION_ [SUN]\n+USSR_\n+SOVIET_\n"),
            std::string::npos)
      << *out;
  EXPECT_NE(out->find("# KSV: not in ISO 3166-1\nKOSOVO_ [KSV]\n"), std::string::npos) << *out;
  EXPECT_EQ(stats.countries, 6u);
  EXPECT_EQ(stats.with_row, 1u);
  EXPECT_EQ(stats.other, 2u);
  EXPECT_EQ(stats.metonym_entries, 1u);
}

TEST(Countries, ADashedNameDropsAnIsoName) {
  auto out = build("VAT\t\tVatican; -Vatican City State\t\t\t\t\n");
  ASSERT_TRUE(out.ok()) << out.status().message();
  EXPECT_NE(out->find("\nVATICAN_ [VAT]\n+HOLY_SEE_\n\n"), std::string::npos) << *out;
  auto typo = build("VAT\t\t-Vatican Town\t\t\t\t\n");
  ASSERT_FALSE(typo.ok());
  EXPECT_NE(typo.status().message().find("countries.tsv:1: '-Vatican Town' drops no ISO name of VAT"),
            std::string::npos)
      << typo.status().message();
}

TEST(Countries, OwnCodeReplacesTheAlpha3Code) {
  auto out = build("PSE\tPAL\tPalestinian territories\t\t\t\t\n");
  ASSERT_TRUE(out.ok()) << out.status().message();
  EXPECT_NE(out->find("\nPALESTINIAN_TERRITORIES_ [PAL]\n+STATE_OF_PALESTINE_\n"), std::string::npos) << *out;
}

TEST(Countries, EveryProblemIsReportedWithItsLine) {
  auto out = build(
      "RUS\t\tRussia\tRussian\n"
      "KOR\t\tRussia\n"               // a phrase for two countries
      "XX\t\tNowhere\n"               // not an alpha-3 code
      "TWN\t\tTaiwan [TWN]\n"         // brackets in a phrase
      "RUS\t\tRussia again\n"         // a second row
      "VAT\t\t\t\t\tSee=holy\n"       // a metonym's code
      "ABC\t\t\tAbcian\n"             // neither ISO nor named
      "VGB\ta\tb\tc\td\te\tf\tg\n");  // eight columns
  ASSERT_FALSE(out.ok());
  const std::string& m = out.status().message();
  EXPECT_NE(m.find("countries.tsv:1: 'RUSSIA_' is given to both KOR (line 2) and RUS"), std::string::npos)
      << m;
  EXPECT_NE(m.find("countries.tsv:3: 'XX' is not an alpha-3 code"), std::string::npos) << m;
  EXPECT_NE(m.find("countries.tsv:4: 'Taiwan [TWN]' cannot be an actor phrase"), std::string::npos) << m;
  EXPECT_NE(m.find("countries.tsv:5: RUS already has a row (line 1)"), std::string::npos) << m;
  EXPECT_NE(m.find("countries.tsv:6: metonym 'See=holy': 'holy' is not a CAMEO code"), std::string::npos)
      << m;
  EXPECT_NE(m.find("countries.tsv:7: ABC is not in ISO 3166-1, so its row must give its names"),
            std::string::npos)
      << m;
  EXPECT_NE(m.find("countries.tsv:8: expected at most 7 tab-separated columns, found 8"), std::string::npos)
      << m;
}

TEST(Countries, NotIsoCodesJsonIsRefused) {
  auto out = build_country_actors({"[1, 2]", "", "", "t.tsv"});
  ASSERT_FALSE(out.ok());
  EXPECT_NE(out.status().message().find("not the iso-codes iso_3166-1.json"), std::string::npos);
}

// The committed dictionary is what the table and the installed iso-codes
// make now: a table edited without regenerating fails here.
TEST(Countries, BundledFileIsUpToDate) {
  const std::string iso = "/usr/share/iso-codes/json";
  if (!std::filesystem::exists(iso + "/iso_3166-1.json"))
    GTEST_SKIP() << iso << " not found (Debian package iso-codes; scripts/setup.sh installs it): skipped";
  const std::string data = dyad::testing::data_dir();
  const std::string iso1 = dyad::testing::read_file(iso + "/iso_3166-1.json");
  const std::string iso3 = dyad::testing::read_file(iso + "/iso_3166-3.json");
  const std::string table = dyad::testing::read_file(data + "/dict/countries.tsv");
  CountryStats stats;
  auto out = build_country_actors({iso1, iso3, table, data + "/dict/countries.tsv"}, &stats);
  ASSERT_TRUE(out.ok()) << out.status().message();
  EXPECT_TRUE(*out == dyad::testing::read_file(data + "/dict/dyad.actors.countries.txt"))
      << "data/dict/dyad.actors.countries.txt is stale: run scripts/countries.sh";
  // Every ISO country has dyad's own row, with at least an adjective.
  EXPECT_EQ(stats.with_row, stats.countries);
  Dictionaries d;
  read_dictionary_text(*out, "dyad.actors.countries.txt", FileKind::kActors, Dialect::kPetrarch, d);
  EXPECT_EQ(d.error_count(), 0u);
  EXPECT_GE(d.actors.size(), 249u);
}

}  // namespace
}  // namespace dyad::dict
