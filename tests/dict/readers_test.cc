// The actor, agent, discard and issue readers: each element of the formats,
// date restrictions at their edges, generated forms, and FILE:LINE reports.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dict/dict_test_util.h"
#include "dict/load.h"
#include "dict/source.h"
#include "test_paths.h"

namespace dyad::dict {
namespace {

Dictionaries read(std::string_view text, FileKind kind, Dialect dialect = Dialect::kPetrarch) {
  return testing::read_text(text, kind, dialect);
}
using testing::errors;
using testing::warnings;

Date date(int y, int m, int d) {
  return Date{static_cast<int16_t>(y), static_cast<int8_t>(m), static_cast<int8_t>(d)};
}

TEST(DictActors, PrimarySynonymsAndDefaultCode) {
  Dictionaries d = read(
      "AFGHANISTAN_  [AFG]\n"
      "+AFGHAN_\n"
      "+ISLAMIC_REPUBLIC_OF_AFGHANISTAN\n"
      "\n"
      "HAMAS WING [PSEHMSBRD]\n",
      FileKind::kActors);
  EXPECT_TRUE(d.diagnostics.empty());
  ASSERT_EQ(d.actors.size(), 2u);
  const Actor& a = d.actors[0];
  EXPECT_EQ(a.code, "AFG");
  ASSERT_EQ(a.phrases.size(), 3u);
  EXPECT_EQ(a.phrases[0].text(), "AFGHANISTAN");
  EXPECT_EQ(a.phrases[2].text(), "ISLAMIC REPUBLIC OF AFGHANISTAN");
  EXPECT_EQ(a.where.line, 1u);
  EXPECT_EQ(d.actors[1].where.line, 5u);
  EXPECT_EQ(d.actors[1].code_on(date(2016, 11, 2)), "PSEHMSBRD");
}

// Lavrov and Kerry as the issue states them: a code that holds from a date,
// and one for a range, with a default for the rest.
TEST(DictActors, DateRestrictedCodes) {
  Dictionaries d = read(
      "SERGEY_LAVROV_\n"
      "+LAVROV\n"
      "\t[RUSGOV 19940922-20040712]\n"
      "\t[RUSGOV >20040309]\n"
      "JOHN_KERRY_\n"
      "\t[USAGOVLEG 850103-130201]\n"
      "\t[USAGOV >130201]\n"
      "SAM_GAMGEE [HOB]\n"
      "\t[HOBCIV <20080120]\n"
      "\t[ORCHOB 20100109-20100112]\n"
      "\t[HOBMIL 20080120-20121109]\n",
      FileKind::kActors);
  EXPECT_TRUE(d.diagnostics.empty()) << d.diagnostics[0].format();
  ASSERT_EQ(d.actors.size(), 3u);
  const Actor& lavrov = d.actors[0];
  EXPECT_EQ(lavrov.code, "");
  EXPECT_EQ(lavrov.code_on(date(2016, 11, 2)), "RUSGOV");
  EXPECT_EQ(lavrov.code_on(date(1990, 1, 1)), "");
  // An undated story: with no default, the role that began last.
  EXPECT_EQ(lavrov.code_on(Date{}), lavrov.dated.back().code);
  EXPECT_EQ(d.actors[2].code_on(Date{}), "HOB");  // a default wins
  const Actor& kerry = d.actors[1];
  EXPECT_EQ(kerry.code_on(date(2016, 11, 2)), "USAGOV");
  EXPECT_EQ(kerry.code_on(date(2010, 6, 1)), "USAGOVLEG");
  // Both ends of a range are inclusive; the first restriction listed wins.
  EXPECT_EQ(kerry.code_on(date(1985, 1, 2)), "");
  EXPECT_EQ(kerry.code_on(date(1985, 1, 3)), "USAGOVLEG");
  EXPECT_EQ(kerry.code_on(date(2013, 2, 1)), "USAGOVLEG");
  EXPECT_EQ(kerry.code_on(date(2013, 2, 2)), "USAGOV");
  const Actor& sam = d.actors[2];
  EXPECT_EQ(sam.code_on(date(2008, 1, 19)), "HOBCIV");
  EXPECT_EQ(sam.code_on(date(2008, 1, 20)), "HOBCIV");  // "<" includes its date, and comes first
  EXPECT_EQ(sam.code_on(date(2008, 1, 21)), "HOBMIL");
  EXPECT_EQ(sam.code_on(date(2010, 1, 8)), "HOBMIL");
  EXPECT_EQ(sam.code_on(date(2010, 1, 9)), "ORCHOB");
  EXPECT_EQ(sam.code_on(date(2010, 1, 12)), "ORCHOB");
  EXPECT_EQ(sam.code_on(date(2010, 1, 13)), "HOBMIL");
  EXPECT_EQ(sam.code_on(date(2012, 11, 10)), "HOB");
  EXPECT_EQ(sam.code_on(Date{}), "HOB");  // unknown story date: the default
}

TEST(DictActors, PrimaryLinesWithoutCodesShareTheNextEntrysCodes) {
  Dictionaries d = read(
      "US_SECRETARY_OF_STATE_\n"
      "THE_US_SECRETARY_OF_STATE_\n"
      "+SECRETARY_OF_STATE_\n"
      "\t[USAGOV]\n"
      "GEORGE_C._MARSHALL_\n"
      "\t[USAGOV 470121-490120]\n"
      "LAST_WITHOUT_CODE\n",
      FileKind::kActors);
  EXPECT_TRUE(d.diagnostics.empty());
  ASSERT_EQ(d.actors.size(), 3u);
  ASSERT_EQ(d.actors[0].phrases.size(), 3u);
  EXPECT_EQ(d.actors[0].phrases[1].text(), "THE US SECRETARY OF STATE");
  EXPECT_EQ(d.actors[0].code, "USAGOV");
  EXPECT_EQ(d.actors[0].where.line, 1u);
  EXPECT_EQ(d.actors[1].phrases.size(), 1u);  // it had a code when the next entry began
  EXPECT_EQ(d.actors[2].code, "");            // nothing follows: no code
}

TEST(DictActors, TabariInlineRestrictionsAndStems) {
  Dictionaries d = read(
      "<NOUN>\n"
      "BEES   ;pas 26 Feb 2002\n"
      "</NOUN>\n"
      "ALBRIGHT  [USAGOV 991201-010114] [---] ;ems 02 Feb 2001\n"
      "AXNOR  [AR1 <911226] [AR2]\n"
      "ARGENTIN  [ARG]\n"
      "LORIEN  [ELR/GAL]\n",
      FileKind::kActors, Dialect::kTabari);
  EXPECT_EQ(
      warnings(d),
      (std::vector<std::string>{"1: TABARI <NOUN> section ignored: it lists words for TABARI's parser"}));
  EXPECT_TRUE(errors(d).empty());
  ASSERT_EQ(d.actors.size(), 4u);
  EXPECT_EQ(d.actors[0].code_on(date(2000, 6, 1)), "USAGOV");
  EXPECT_EQ(d.actors[0].code_on(date(2002, 6, 1)), "---");
  EXPECT_EQ(d.actors[1].code_on(date(1991, 12, 26)), "AR1");
  EXPECT_EQ(d.actors[1].code_on(date(1991, 12, 27)), "AR2");
  EXPECT_TRUE(d.actors[2].phrases[0].words[0].stem);
  EXPECT_EQ(d.actors[3].code, "ELR/GAL");
}

TEST(DictActors, ProblemsNameTheirLines) {
  Dictionaries d = read(
      "+ORPHAN_SYNONYM\n"              // 1
      "GOOD [ABC]\n"                   // 2
      "\t[ABC 20100101-20091231]\n"    // 3: ends before it begins
      "\t[ABC 20100230-20110101]\n"    // 4: no such day
      "\t[ABC >2010]\n"                // 5: not a date
      "\t[950601-990815]\n"            // 6: no code
      "\t[A B C]\n"                    // 7: not a restriction
      "BAD [US GOV\n"                  // 8: unclosed
      "\t[ABC ~20100101]\n"            // 9
      "\t[pse]\n"                      // 10: lower case: warning
      "[]\n"                           // 11
      "\t[ABC 1920030320-20060520]\n"  // 12: PETRARCH reads the first 8 digits
      "\t[ABC 9008223-911221]\n"       // 13: and the first 6 of 7
      "\t[ABC 20121204]\n"             // 14: PETRARCH: a default code
      "\tBAD [XYZ >20100101]\n"        // 15: a name before the restriction
      "TYPO [ABC}\n",                  // 16: a typo'd closer
      FileKind::kActors);
  EXPECT_EQ(errors(d), (std::vector<std::string>{
                           "1: a synonym with no actor above it",
                           "4: bad date '20100230' in [ABC 20100230-20110101]: dates are YYYYMMDD or YYMMDD",
                           "5: bad date '2010' in [ABC >2010]: dates are YYYYMMDD or YYMMDD",
                           "6: malformed code [950601-990815]: a date restriction needs a code before it",
                           "7: bad date restriction 'B C': expected <date, >date or date-date",
                           "8: unclosed '[' in '[US GOV'",
                           "9: bad date restriction '~20100101': expected <date, >date or date-date",
                           "11: empty code []",
                       }));
  EXPECT_EQ(
      warnings(d),
      (std::vector<std::string>{
          "3: bad date range '20100101-20091231': it ends before it begins; skipped",
          "10: code 'pse' has lower-case letters; codes are upper-case",
          "12: date 1920030320 has 10 digits; read from its first eight as PETRARCH does",
          "13: date 9008223 has 7 digits; read as YYMMDD 900822 as PETRARCH does",
          "14: date restriction '20121204' has no <, > or range; read as the default code as PETRARCH does",
          "14: second default code [ABC] replaces [pse]",
          "15: text 'BAD' before a code ignored",
          "16: '[' closed by '}' in '[ABC}'; read as ']'",
      }));
  ASSERT_EQ(d.actors.size(), 3u);
  EXPECT_EQ(d.actors[1].code_on(date(1991, 1, 1)), "ABC");  // the 7-digit range, from 1990-08-22
  EXPECT_EQ(d.actors[1].code_on(date(2011, 1, 1)), "XYZ");
  EXPECT_EQ(d.actors[2].code, "ABC");
  EXPECT_EQ(d.diagnostics[0].format(), "test.txt:1: error: a synonym with no actor above it");
}

class DictLoad : public dyad::testing::TempDirTest {};

TEST_F(DictLoad, ConflictingDuplicatesAcrossFilesAreReported) {
  DictionaryPaths paths;
  paths.actors = {write("a.txt", "KABUL_ [AFG]\nHERAT [AFG]\n"),
                  write("b.txt", "# x\nKABUL_ [AFGGOV]\nHERAT_CITY [AFG]\n+HERAT\n")};
  auto d = load_dictionaries(paths);
  ASSERT_TRUE(d.ok()) << d.status().message();
  ASSERT_EQ(d->diagnostics.size(), 1u);  // HERAT has the same code twice: no problem
  EXPECT_EQ(d->diagnostics[0].format(), paths.actors[1] +
                                            ":2: warning: actor 'KABUL' [AFGGOV] is also an actor at " +
                                            paths.actors[0] + ":1 [AFG] with other codes");
}

TEST_F(DictLoad, MissingFileIsAnErrorNamingIt) {
  DictionaryPaths paths;
  paths.verbs = path("nope.verbs");
  auto d = load_dictionaries(paths);
  ASSERT_FALSE(d.ok());
  EXPECT_NE(d.status().message().find("nope.verbs: cannot open"), std::string::npos);
}

TEST(DictAgents, CodesPluralsAndMarkers) {
  Dictionaries d = read(
      "!PERSON! = MAN, MEN, WOMAN\n"
      "FOREIGN_MINISTER [~GOVFRM]\n"
      "HUMAN_RIGHTS_BODY  [NGO~]\n"
      "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]\n"
      "TROOP {} [~MIL]\n"
      "CONGRESS!PERSON! [~LEG]\n"
      "ARMY [~MIL]\n"
      "HUMAN_RIGHTS_ACTIVISTS [NGM~]\n",
      FileKind::kAgents);
  EXPECT_TRUE(d.diagnostics.empty());
  ASSERT_EQ(d.agents.size(), 7u);
  auto forms = [&](size_t i) { return testing::texts(d.agents[i].forms); };
  EXPECT_EQ(forms(0), (std::vector<std::string>{"FOREIGN MINISTER", "FOREIGN MINISTERS"}));
  EXPECT_EQ(d.agents[0].code, "GOVFRM");
  EXPECT_FALSE(d.agents[0].before_actor);
  EXPECT_EQ(d.agents[1].code, "NGO");
  EXPECT_TRUE(d.agents[1].before_actor);
  EXPECT_EQ(forms(2), (std::vector<std::string>{"ATTORNEY GENERAL", "ATTORNEYS GENERAL"}));
  EXPECT_EQ(forms(3), (std::vector<std::string>{"TROOP"}));
  EXPECT_EQ(forms(4), (std::vector<std::string>{"CONGRESSMAN", "CONGRESSMEN", "CONGRESSWOMAN"}));
  EXPECT_EQ(forms(5), (std::vector<std::string>{"ARMY", "ARMIES"}));
  EXPECT_EQ(forms(6), (std::vector<std::string>{"HUMAN RIGHTS ACTIVISTS"}));  // already plural
  DictionaryStats s = stats(d);
  EXPECT_EQ(s.agent_forms, 13u);
  EXPECT_EQ(s.generated_forms, 6u);  // MINISTERS, BODIES, ARMIES and the 3 substitutions
}

TEST(DictAgents, Problems) {
  Dictionaries d = read(
      "NO_CODE\n"                 // 1
      "UNCLOSED [~G V\n"          // 2
      "BRACE {PLURALS [~GOV]\n"   // 3
      "!UNKNOWN!_CHIEF [~GOV]\n"  // 4
      "!BROKEN = A, B\n"          // 5
      "BAD CODE [~G V]\n"         // 6
      "PLAIN [GOV]\n",            // 7: no ~
      FileKind::kAgents);
  EXPECT_EQ(errors(d), (std::vector<std::string>{
                           "2: unclosed '['",
                           "3: unclosed '{'",
                           "4: unknown substitution marker !UNKNOWN!; define it above with !UNKNOWN! = ...",
                           "5: malformed substitution marker; expected !NAME! = A, B, C",
                           "6: malformed agent code '~G V'",
                       }));
  EXPECT_EQ(warnings(d), (std::vector<std::string>{"1: agent 'NO_CODE' has no [code]; skipped",
                                                   "7: agent code [GOV] has no '~'; read as [~GOV]"}));
  ASSERT_EQ(d.agents.size(), 1u);
  Dictionaries typo = read("DEPARTMENT_OF_ENVIRONMENT [~ENV}\n", FileKind::kAgents);
  EXPECT_EQ(
      warnings(typo),
      (std::vector<std::string>{"1: '[' closed by '}' in 'DEPARTMENT_OF_ENVIRONMENT [~ENV}'; read as ']'"}));
  ASSERT_EQ(typo.agents.size(), 1u);
  EXPECT_EQ(typo.agents[0].code, "ENV");
}

TEST(DictDiscards, StoryAndSentenceDiscardsWithStems) {
  Dictionaries d = read(
      "+5K RUN #  ELH 06 Oct 2009\n"
      "AFL GRAND FINAL   # MleH\n"
      "BASEBALL\n"
      "AVATAR_\n"
      "BAD [CODE]\n",
      FileKind::kDiscards);
  ASSERT_EQ(d.discards.size(), 4u);
  EXPECT_TRUE(d.discards[0].whole_story);
  EXPECT_EQ(d.discards[0].phrase.text(), "5K RUN");
  EXPECT_FALSE(d.discards[1].whole_story);
  EXPECT_TRUE(d.discards[2].phrase.words.back().stem);
  EXPECT_FALSE(d.discards[3].phrase.words.back().stem);
  EXPECT_FALSE(d.discards[1].phrase.words[0].stem);
  EXPECT_EQ(errors(d), (std::vector<std::string>{"5: a discard takes no code: 'BAD [CODE]'"}));
}

TEST(DictIssues, ExpansionsSectionsAndExclusions) {
  Dictionaries d = read(
      "<ISSUE CATEGORY=\"ID_ATROCITY\">\n"
      "war n:crime [ID_ATROCITY]\n"
      "ethnic v:purge [ID_ATROCITY]\n"
      "al+zarqawi network [NAMED_TERROR_GROUP]\n"
      "pre+n:school [EARLY_CHILDHOOD_EDUCATION]\n"
      "~Saturday Night massacre\n"
      "~~Armenian genocide  # historical\n"
      "</ISSUE>\n"
      "no code here\n",
      FileKind::kIssues);
  EXPECT_TRUE(errors(d).empty());
  EXPECT_EQ(warnings(d), (std::vector<std::string>{"9: issue phrase has no [CODE]; skipped"}));
  ASSERT_EQ(d.issues.size(), 6u);
  auto forms = [&](size_t i) { return testing::texts(d.issues[i].forms); };
  EXPECT_EQ(forms(0), (std::vector<std::string>{"WAR CRIME", "WAR CRIMES"}));
  EXPECT_EQ(d.issues[0].code, "ID_ATROCITY");
  EXPECT_EQ(d.issues[0].category, "ID_ATROCITY");
  EXPECT_EQ(forms(1),
            (std::vector<std::string>{"ETHNIC PURGE", "ETHNIC PURGES", "ETHNIC PURGED", "ETHNIC PURGING"}));
  EXPECT_EQ(forms(2), (std::vector<std::string>{"AL ZARQAWI NETWORK", "AL-ZARQAWI NETWORK"}));
  EXPECT_EQ(forms(3), (std::vector<std::string>{"PRE SCHOOL", "PRE-SCHOOL", "PRE SCHOOLS", "PRE-SCHOOLS"}));
  EXPECT_EQ(d.issues[4].kind, Issue::Kind::kIgnoreSentence);
  EXPECT_EQ(d.issues[5].kind, Issue::Kind::kIgnoreStory);
  EXPECT_EQ(forms(5), (std::vector<std::string>{"ARMENIAN GENOCIDE"}));
}

TEST(DictDialect, DetectedFromCommentsAndSections) {
  EXPECT_EQ(detect_dialect("A [B] ;x\nC [D] ;y\n", FileKind::kActors), Dialect::kTabari);
  EXPECT_EQ(detect_dialect("A [B] # x\nC [D] ; y\n# z\n", FileKind::kActors), Dialect::kPetrarch);
  EXPECT_EQ(detect_dialect("<SYNSETS>\n&A\n+B\n</SYNSETS>\nV [010]\n", FileKind::kVerbs), Dialect::kTabari);
  EXPECT_EQ(detect_dialect("--- V [010] ---\nV ;x\nW ;y\n", FileKind::kVerbs), Dialect::kPetrarch);
  EXPECT_EQ(detect_dialect("DISCARD [###] ;x\n", FileKind::kDiscards), Dialect::kTabari);
}

}  // namespace
}  // namespace dyad::dict
