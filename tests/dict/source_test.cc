// The pieces every dictionary reader shares: comments, phrases, dates, codes,
// and the regular forms dyad generates.
#include "dict/source.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dict/forms.h"

namespace dyad::dict {
namespace {

std::vector<std::pair<uint32_t, std::string>> lines_of(std::string_view text) {
  LineReader r(text);
  Line l;
  std::vector<std::pair<uint32_t, std::string>> out;
  while (r.next(l)) out.emplace_back(l.number, std::string(l.text));
  return out;
}

TEST(DictSource, CommentsOfEveryKindAreRemovedAndLinesKeepTheirNumbers) {
  auto lines = lines_of(
      "# a comment\n"
      "ISRAEL [ISR] # trailing\n"
      "\n"
      "JORDAN [JOR] ;legacy TABARI comment\n"
      "<!-- one line -->\n"
      "EGYPT <!-- inline --> [EGY]\n"
      "<!-- starts here\n"
      "ISRAEL [XXX]\n"
      "ends here --> GAZA [PSE]\n"
      "<! -- PETRARCH skips lines starting <! -->\n"
      "DISCARD [###] ; code with a hash kept\n"
      "\t[ZBW]#no space before the comment\n");
  ASSERT_EQ(lines.size(), 6u);
  EXPECT_EQ(lines[0], (std::pair<uint32_t, std::string>{2, "ISRAEL [ISR]"}));
  EXPECT_EQ(lines[1], (std::pair<uint32_t, std::string>{4, "JORDAN [JOR]"}));
  EXPECT_EQ(lines[2], (std::pair<uint32_t, std::string>{6, "EGYPT  [EGY]"}));
  EXPECT_EQ(lines[3], (std::pair<uint32_t, std::string>{9, " GAZA [PSE]"}));
  EXPECT_EQ(lines[4], (std::pair<uint32_t, std::string>{11, "DISCARD [###]"}));
  EXPECT_EQ(lines[5], (std::pair<uint32_t, std::string>{12, "\t[ZBW]"}));
}

TEST(DictSource, UnclosedCommentIsReportedWithItsLine) {
  LineReader r("A [B]\n<!-- never closed\nC [D]\n");
  Line l;
  int n = 0;
  while (r.next(l)) ++n;
  EXPECT_EQ(n, 1);
  EXPECT_TRUE(r.open_comment());
  EXPECT_EQ(r.comment_line(), 2u);
}

TEST(DictSource, CrLfLinesAreRead) {
  auto lines = lines_of("A [B]\r\n\tC [D]\r\n");
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].second, "A [B]");
  EXPECT_EQ(lines[1].second, "\tC [D]");
}

TEST(DictSource, PhrasesSplitAtBlanksAndUnderscores) {
  Phrase p = parse_phrase("SERGEY_V._LAVROV_", Dialect::kPetrarch);
  ASSERT_EQ(p.words.size(), 3u);
  EXPECT_EQ(p.text(), "SERGEY V. LAVROV");
  EXPECT_TRUE(p.words[0].tight_after);
  EXPECT_FALSE(p.words[2].tight_after);
  EXPECT_FALSE(p.words[0].stem);

  Phrase q = parse_phrase("hamas wing", Dialect::kPetrarch);
  EXPECT_EQ(q.text(), "HAMAS WING");
  EXPECT_FALSE(q.words[0].tight_after);
  EXPECT_TRUE(parse_phrase("  _ ", Dialect::kPetrarch).words.empty());
}

TEST(DictSource, TabariWordsAreStemsUnlessFollowedByUnderscore) {
  Phrase p = parse_phrase("AL GORE_", Dialect::kTabari);
  ASSERT_EQ(p.words.size(), 2u);
  EXPECT_TRUE(p.words[0].stem);
  EXPECT_FALSE(p.words[1].stem);
  EXPECT_TRUE(parse_phrase("ARGENTIN", Dialect::kTabari).words[0].stem);
  EXPECT_FALSE(parse_phrase("AMNESTY_INTERNATIONAL", Dialect::kTabari).words[0].stem);
  EXPECT_TRUE(parse_phrase("AMNESTY_INTERNATIONAL", Dialect::kTabari).words[1].stem);
}

DayNumber day(int y, int m, int d) {
  return day_number(Date{static_cast<int16_t>(y), static_cast<int8_t>(m), static_cast<int8_t>(d)});
}

TEST(DictSource, RestrictionDatesInBothFormsAndTheCenturyRule) {
  EXPECT_EQ(day(1970, 1, 1), 0);
  EXPECT_EQ(day(2016, 11, 2) - day(2016, 11, 1), 1);
  EXPECT_EQ(parse_restriction_date("20040309", nullptr), day(2004, 3, 9));
  EXPECT_EQ(parse_restriction_date("850103", nullptr), day(1985, 1, 3));
  EXPECT_EQ(parse_restriction_date("130201", nullptr), day(2013, 2, 1));
  EXPECT_EQ(parse_restriction_date("300101", nullptr), day(2030, 1, 1));  // 00-30 -> 20YY
  EXPECT_EQ(parse_restriction_date("310101", nullptr), day(1931, 1, 1));  // 31-99 -> 19YY
  EXPECT_EQ(parse_restriction_date("20120229", nullptr), day(2012, 2, 29));
  EXPECT_FALSE(parse_restriction_date("20100229", nullptr));
  EXPECT_FALSE(parse_restriction_date("20100931", nullptr));
  EXPECT_FALSE(parse_restriction_date("20100", nullptr));
  std::string seven;
  EXPECT_EQ(parse_restriction_date("9008223", &seven), day(1990, 8, 22));  // PETRARCH: YYMMDD + junk
  EXPECT_NE(seven.find("7 digits"), std::string::npos);
  EXPECT_FALSE(parse_restriction_date("2010x101", nullptr));
  EXPECT_FALSE(parse_restriction_date("", nullptr));
  std::string note;
  EXPECT_EQ(parse_restriction_date("1920030320", &note), day(1920, 3, 3));
  EXPECT_NE(note.find("10 digits"), std::string::npos);
}

TEST(DictSource, Codes) {
  EXPECT_TRUE(valid_actor_code("USAGOV"));
  EXPECT_TRUE(valid_actor_code("ELR/GAL"));
  EXPECT_TRUE(valid_actor_code("---"));
  EXPECT_FALSE(valid_actor_code(""));
  EXPECT_FALSE(valid_actor_code("USA GOV"));
  EXPECT_FALSE(valid_actor_code("USA/"));
  EXPECT_FALSE(valid_actor_code("US[A"));
  EXPECT_TRUE(valid_verb_code("042:043"));
  EXPECT_TRUE(valid_verb_code(":173"));
  EXPECT_TRUE(valid_verb_code("031!"));
  EXPECT_FALSE(valid_verb_code("04 2"));
  EXPECT_FALSE(valid_verb_code("1:2:3"));
  EXPECT_TRUE(cameo_verb_code("0871"));
  EXPECT_TRUE(cameo_verb_code("---"));
  EXPECT_TRUE(cameo_verb_code(":173"));
  EXPECT_FALSE(cameo_verb_code("sdf"));
  EXPECT_FALSE(cameo_verb_code("12345"));
}

TEST(DictForms, Plurals) {
  EXPECT_EQ(regular_plural("MINISTER"), "MINISTERS");
  EXPECT_EQ(regular_plural("MILITIA"), "MILITIAS");
  EXPECT_EQ(regular_plural("ARMY"), "ARMIES");
  EXPECT_EQ(regular_plural("ATTORNEY"), "ATTORNEYS");  // a vowel before Y keeps it
  EXPECT_EQ(regular_plural("WITNESS"), "WITNESSES");
  EXPECT_EQ(regular_plural("CHURCH"), "CHURCHES");
  EXPECT_EQ(regular_plural("TAX"), "TAXES");
}

TEST(DictForms, VerbEndings) {
  VerbEndings a = regular_verb_forms("ACCUSE");
  EXPECT_EQ(a.s, "ACCUSES");
  EXPECT_EQ(a.ed, "ACCUSED");
  EXPECT_EQ(a.ing, "ACCUSING");
  VerbEndings h = regular_verb_forms("HURRY");
  EXPECT_EQ(h.s, "HURRIES");
  EXPECT_EQ(h.ed, "HURRIED");
  EXPECT_EQ(h.ing, "HURRYING");
  VerbEndings p = regular_verb_forms("PLAY");
  EXPECT_EQ(p.s, "PLAYS");
  EXPECT_EQ(p.ed, "PLAYED");
  VerbEndings g = regular_verb_forms("AGREE");
  EXPECT_EQ(g.ed, "AGREED");
  EXPECT_EQ(g.ing, "AGREEING");
  EXPECT_EQ(regular_verb_forms("DIE").ing, "DYING");
  EXPECT_EQ(regular_verb_forms("REACH").s, "REACHES");
  EXPECT_EQ(regular_verb_forms("ATTACK").ed, "ATTACKED");
}

}  // namespace
}  // namespace dyad::dict
