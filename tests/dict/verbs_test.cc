// The verb reader: blocks, verbs and their forms, synsets, patterns and
// transformations in the PETRARCH 2 dialect, TABARI's differences, and the
// real dictionaries in ../shared.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/file.h"
#include "dict/dict_test_util.h"
#include "dict/load.h"
#include "dict/source.h"
#include "test_paths.h"

namespace dyad::dict {
namespace {

Dictionaries read(std::string_view text, Dialect dialect = Dialect::kPetrarch) {
  return testing::read_text(text, FileKind::kVerbs, dialect, "test.verbs");
}
using testing::errors;
using testing::warnings;

// A verb's forms as text, generated ones marked with '*', the head with '+'
// when the form has several words.
std::vector<std::string> forms(const Verb& v) {
  std::vector<std::string> out;
  for (const VerbForm& f : v.forms) {
    std::string s = f.generated ? "*" : "";
    for (size_t i = 0; i < f.phrase.words.size(); ++i) {
      if (i > 0) s += ' ';
      if (f.phrase.words.size() > 1 && i == f.head) s += '+';
      s += f.phrase.words[i].text;
    }
    out.push_back(s);
  }
  return out;
}

std::vector<std::string> members(const Synset& s) {
  std::vector<std::string> out;
  for (const Phrase& p : s.members) out.push_back(p.text());
  return out;
}

// A pattern as a compact string: words as written, synsets by name, marks
// as themselves, '_' after a tightly joined item, '~' after a stem.
std::string show(const Dictionaries& d, const Pattern& p) {
  std::string s;
  for (const PatternItem& it : p.items) {
    if (!s.empty()) s += ' ';
    switch (it.kind) {
      case PatternItem::Kind::kWord:
        s += it.word.text + (it.word.stem ? "~" : "");
        break;
      case PatternItem::Kind::kSynset:
        s += d.verbs.synsets[it.synset].name;
        break;
      case PatternItem::Kind::kVerb:
        s += '*';
        break;
      case PatternItem::Kind::kSource:
        s += '$';
        break;
      case PatternItem::Kind::kTarget:
        s += '+';
        break;
      case PatternItem::Kind::kSkip:
        s += '^';
        break;
      case PatternItem::Kind::kCompound:
        s += '%';
        break;
      case PatternItem::Kind::kOpenNoun:
        s += '{';
        break;
      case PatternItem::Kind::kCloseNoun:
        s += '}';
        break;
      case PatternItem::Kind::kOpenPrep:
        s += '(';
        break;
      case PatternItem::Kind::kClosePrep:
        s += ')';
        break;
      case PatternItem::Kind::kOr:
        s += '|';
        break;
    }
    if (it.tight_after) s += '_';
  }
  return s + " [" + p.code + "]";
}

std::vector<std::string> patterns(const Dictionaries& d) {
  std::vector<std::string> out;
  for (const Pattern& p : d.verbs.patterns) out.push_back(show(d, p));
  return out;
}

using V = std::vector<std::string>;

TEST(VerbsPetrarch, BlockCodeIsInheritedUnlessTheVerbHasItsOwn) {
  Dictionaries d = read(
      "---  GRANT   [070]  ---\n"
      "GRANT\n"
      "CONTRIBUTE [073]  # own code\n"
      "---  ALERT  ---\n"
      "ALERT\n");
  EXPECT_TRUE(d.diagnostics.empty()) << d.diagnostics[0].format();
  ASSERT_EQ(d.verbs.blocks.size(), 2u);
  EXPECT_EQ(d.verbs.blocks[0].name, "GRANT");
  EXPECT_EQ(d.verbs.blocks[0].code, "070");
  EXPECT_EQ(d.verbs.blocks[0].verbs, (std::vector<uint32_t>{0, 1}));
  EXPECT_EQ(d.verbs.blocks[0].where.line, 1u);
  EXPECT_EQ(d.verbs.blocks[1].name, "ALERT");
  EXPECT_EQ(d.verbs.blocks[1].code, "---");
  ASSERT_EQ(d.verbs.verbs.size(), 3u);
  EXPECT_EQ(d.verbs.verbs[0].code, "070");
  EXPECT_EQ(d.verbs.verbs[1].code, "073");
  EXPECT_EQ(d.verbs.verbs[1].where.line, 3u);
  EXPECT_EQ(d.verbs.verbs[2].code, "---");
  EXPECT_EQ(d.verbs.verbs[2].block, 1u);
}

TEST(VerbsPetrarch, RegularFormsAreGenerated) {
  Dictionaries d = read(
      "--- X [010] ---\n"
      "ACCUSE\n"
      "HURRY\n"
      "PLAY\n");
  EXPECT_TRUE(d.diagnostics.empty());
  ASSERT_EQ(d.verbs.verbs.size(), 3u);
  EXPECT_EQ(forms(d.verbs.verbs[0]), (V{"ACCUSE", "*ACCUSES", "*ACCUSED", "*ACCUSING"}));
  EXPECT_EQ(forms(d.verbs.verbs[1]), (V{"HURRY", "*HURRIES", "*HURRIED", "*HURRYING"}));
  EXPECT_EQ(forms(d.verbs.verbs[2]), (V{"PLAY", "*PLAYS", "*PLAYED", "*PLAYING"}));
  EXPECT_FALSE(d.verbs.verbs[0].forms[0].phrase.words[0].stem);
  EXPECT_EQ(d.verbs.verbs[0].lemma, "ACCUSE");
}

TEST(VerbsPetrarch, IrregularFormsReplaceTheRegularOnes) {
  Dictionaries d = read(
      "--- X [010] ---\n"
      "SPEED {SPEEDING SPEEDS SPED }\n"
      "HOLD {HOLDS HOLDING HELD } [---]\n"
      "+ANGERED_BY {}\n"
      "+IS_DETERMINED {+WAS_DETERMINED , +ARE_DETERMINED} [030]\n");
  ASSERT_EQ(d.verbs.verbs.size(), 4u);
  EXPECT_EQ(forms(d.verbs.verbs[0]), (V{"SPEED", "SPEEDING", "SPEEDS", "SPED"}));
  EXPECT_EQ(forms(d.verbs.verbs[1]), (V{"HOLD", "HOLDS", "HOLDING", "HELD"}));
  EXPECT_EQ(d.verbs.verbs[1].code, "---");
  EXPECT_EQ(forms(d.verbs.verbs[2]), (V{"+ANGERED BY"}));
  EXPECT_EQ(forms(d.verbs.verbs[3]), (V{"+IS DETERMINED", "+WAS DETERMINED", "+ARE DETERMINED"}));
  EXPECT_EQ(errors(d), V{});
  EXPECT_EQ(warnings(d), (V{"5: commas between irregular forms ignored"}));
}

TEST(VerbsPetrarch, MultiWordVerbsInflectTheirHeadWordOnly) {
  Dictionaries d = read(
      "--- X [010] ---\n"
      "+BEEF_UP\n"
      "RE_+ARREST\n"
      "+CORDON_OFF {+CORDONED_OFF +CORDONS_OFF +CORDONING_OFF}\n"
      "WIRE_+TAP {WIRE_+TAPS WIRE_+TAPPED}\n"
      "LASH OUT\n");
  ASSERT_EQ(d.verbs.verbs.size(), 5u);
  EXPECT_EQ(forms(d.verbs.verbs[0]), (V{"+BEEF UP", "*+BEEFS UP", "*+BEEFED UP", "*+BEEFING UP"}));
  EXPECT_EQ(d.verbs.verbs[0].lemma, "BEEF_UP");
  EXPECT_TRUE(d.verbs.verbs[0].forms[0].phrase.words[0].tight_after);
  EXPECT_EQ(forms(d.verbs.verbs[1]), (V{"RE +ARREST", "*RE +ARRESTS", "*RE +ARRESTED", "*RE +ARRESTING"}));
  EXPECT_EQ(d.verbs.verbs[1].forms[0].head, 1u);
  EXPECT_EQ(forms(d.verbs.verbs[2]), (V{"+CORDON OFF", "+CORDONED OFF", "+CORDONS OFF", "+CORDONING OFF"}));
  EXPECT_EQ(forms(d.verbs.verbs[3]), (V{"WIRE +TAP", "WIRE +TAPS", "WIRE +TAPPED"}));
  // No '+': the first word is taken, with a warning.
  EXPECT_EQ(forms(d.verbs.verbs[4]), (V{"+LASH OUT", "*+LASHES OUT", "*+LASHED OUT", "*+LASHING OUT"}));
  EXPECT_FALSE(d.verbs.verbs[4].forms[0].phrase.words[0].tight_after);
  EXPECT_EQ(warnings(d),
            (V{"6: multi-word verb 'LASH OUT' has no '+' before its verb word; the first word is taken"}));
  EXPECT_EQ(errors(d), V{});
}

TEST(VerbsPetrarch, SameFormWithAnotherCodeIsReported) {
  Dictionaries d = read(
      "--- GIVE [070] ---\n"
      "GIVE {GAVE GIVEN GIVING GIVES}\n"
      "--- DONATE [070] ---\n"
      "GIVE {GAVE}\n"
      "--- PASS [---] ---\n"
      "HAND\n"
      "GIVE\n");
  EXPECT_EQ(errors(d), V{});
  // Line 4 has the same code as line 2: no report. Line 7 differs, once.
  EXPECT_EQ(warnings(d), (V{"7: 'GIVE' is also a form of 'GIVE' at line 2 with code [070], not [---]"}));
  EXPECT_EQ(d.verbs.verbs.size(), 4u);
}

TEST(VerbsPetrarch, BlockHeaderOddities) {
  Dictionaries d = read(
      "---  DISGRACE   [110]---  ---\n"
      "--- DELAY [120]  [031:031]  ---\n"
      "--- TROUBLED  [---] # NOUN ---\n"
      "--- LASH OUT [122] ---\n"
      "--- BAD [1 2] ---\n"
      "X\n");
  ASSERT_EQ(d.verbs.blocks.size(), 5u);
  EXPECT_EQ(d.verbs.blocks[0].name, "DISGRACE");
  EXPECT_EQ(d.verbs.blocks[0].code, "110");
  EXPECT_EQ(d.verbs.blocks[1].code, "120");
  EXPECT_EQ(d.verbs.blocks[2].name, "TROUBLED");
  EXPECT_EQ(d.verbs.blocks[3].name, "LASH OUT");
  EXPECT_EQ(d.verbs.blocks[4].code, "---");
  EXPECT_EQ(d.verbs.verbs[0].block, 4u);
  EXPECT_EQ(warnings(d), (V{"2: block header has a second code [031:031]; the first, [120], is used"}));
  EXPECT_EQ(errors(d), (V{"5: invalid verb code [1 2]; block code set to [---]"}));
}

TEST(VerbsSynsets, PluralsAndTheirSuppression) {
  Dictionaries d = read(
      "&CURRENCY\n"
      "+DOLLAR\n"
      "+SWISS FRANC\n"
      "+CASH_\n"
      "+GOLDEN_GOBLIN_GALLEON\n"
      "+TROOPS\n"
      "+CITY\n"
      "&AUXVERB1_\n"
      "+WAS\n"
      "+WERE\n");
  EXPECT_TRUE(d.diagnostics.empty());
  ASSERT_EQ(d.verbs.synsets.size(), 2u);
  const Synset& c = d.verbs.synsets[0];
  EXPECT_EQ(c.name, "&CURRENCY");
  EXPECT_EQ(c.written, 6u);
  EXPECT_EQ(members(c), (V{"DOLLAR", "SWISS FRANC", "CASH", "GOLDEN GOBLIN GALLEON", "TROOPS", "CITY",
                           "DOLLARS", "SWISS FRANCS", "GOLDEN GOBLIN GALLEONS", "CITIES"}));
  EXPECT_EQ(c.where.line, 1u);
  // '_' joins words tightly; blanks do not.
  EXPECT_TRUE(c.members[3].words[0].tight_after);
  EXPECT_FALSE(c.members[1].words[0].tight_after);
  EXPECT_FALSE(c.members[2].words[0].stem);
  const Synset& a = d.verbs.synsets[1];
  EXPECT_EQ(a.name, "&AUXVERB1");
  EXPECT_EQ(members(a), (V{"WAS", "WERE"}));
  EXPECT_EQ(a.written, 2u);
}

TEST(VerbsSynsets, DefinedAfterUseAndReferencedWithOrWithoutUnderscore) {
  Dictionaries d = read(
      "--- X [010] ---\n"
      "SAY\n"
      "- * &FOOD [073]\n"
      "- &AUX_ * [074]\n"
      "- &AUX * [075]\n"
      "- * &FIGHT_OF_WORDS [076]\n"
      "- * NEW_&FIGHT_TALKS [077]\n"
      "&FOOD\n"
      "+BREAD\n"
      "&AUX_\n"
      "+WILL\n"
      "&FIGHT\n"
      "+WAR\n"
      "&FIGHT_OF_WORDS\n"
      "+DEBATE\n");
  EXPECT_TRUE(d.diagnostics.empty()) << d.diagnostics[0].format();
  EXPECT_EQ(patterns(d), (V{"* &FOOD [073]", "&AUX * [074]", "&AUX * [075]", "* &FIGHT_OF_WORDS [076]",
                            "* NEW_ &FIGHT_ TALKS [077]"}));
  EXPECT_EQ(d.verbs.patterns[0].items[1].synset, 0u);
  EXPECT_EQ(members(d.verbs.synsets[1]), (V{"WILL"}));
}

TEST(VerbsSynsets, UnknownSynsetIsReportedAtThePatternLineAndSkipsIt) {
  Dictionaries d = read(
      "--- X [010] ---\n"
      "SAY\n"
      "- * RELIEF [073]\n"
      "- * (IN &WEATHER) [073]\n"
      "&LATER\n"
      "+A\n");
  EXPECT_EQ(errors(d), V{});
  EXPECT_EQ(warnings(d), (V{"4: unknown synset &WEATHER; pattern skipped (it could never match)"}));
  EXPECT_EQ(d.verbs.patterns.size(), 1u);
  EXPECT_EQ(d.verbs.blocks[0].patterns, (std::vector<uint32_t>{0}));
}

TEST(VerbsSynsets, MembersMayNotHoldPatternMarks) {
  Dictionaries d = read(
      "&S\n"
      "+GOOD\n"
      "+$ BAD\n"
      "+(TO THE END)\n"
      "&S\n"
      "+MORE\n");
  EXPECT_EQ(errors(d), (V{"3: synset member '$ BAD' contains '$'; member skipped"}));
  EXPECT_EQ(warnings(d), (V{"4: brackets in synset member '(TO THE END)' dropped; no plural made",
                            "5: synset &S redefined (first at line 1); members merged"}));
  ASSERT_EQ(d.verbs.synsets.size(), 1u);
  EXPECT_EQ(members(d.verbs.synsets[0]), (V{"GOOD", "TO THE END", "MORE", "GOODS", "MORES"}));
  EXPECT_EQ(d.verbs.synsets[0].written, 3u);
}

TEST(VerbsSynsets, NestedSynsetsAreExpanded) {
  Dictionaries d = read(
      "&ACCORD\n"
      "+&TIE\n"
      "+CLOSER\n"
      "&TIE\n"
      "+MILITARY\n"
      "+TRADE_\n"
      "&LOOP\n"
      "+&LOOP\n");
  EXPECT_EQ(members(d.verbs.synsets[0]), (V{"MILITARY", "TRADE", "CLOSER", "MILITARIES", "CLOSERS"}));
  EXPECT_EQ(d.verbs.synsets[0].written, 3u);
  EXPECT_EQ(warnings(d),
            (V{"2: synset member '&TIE' names synset &TIE; expanded, though PETRARCH 2 documents no "
               "nesting",
               "7: synset &LOOP has no members"}));
  EXPECT_EQ(errors(d), (V{"8: synset &LOOP contains itself through member '&LOOP'; member skipped"}));
}

TEST(VerbsPatterns, ItemsBracketsAndJoins) {
  Dictionaries d = read(
      "--- X [010] ---\n"
      "RUSH\n"
      "- * (TO BORDER) [154]\n"
      "- * {ARMS SHIPMENT} [072]\n"
      "- $ * + [060]\n"
      "- CONFIRMED * OF BOMBINGS [010]\n"
      "- IN_* [075]\n"
      "- IN_ * [075]\n"
      "- SAID WILL_*_TALKS [102]\n"
      "- % * ^ [030:030]\n"
      "- * (OVER {&W ATTACK}) [151]  # a comment\n"
      "- *SCEPTICAL [012]\n"
      "&W\n"
      "+GUN\n");
  EXPECT_EQ(errors(d), V{});
  EXPECT_EQ(warnings(d), (V{"12: '*' glued to a word in '*SCEPTICAL'; read as separate"}));
  EXPECT_EQ(patterns(d),
            (V{"* ( TO BORDER ) [154]", "* { ARMS SHIPMENT } [072]", "$ * + [060]",
               "CONFIRMED * OF BOMBINGS [010]", "IN_ * [075]", "IN * [075]", "SAID WILL_ *_ TALKS [102]",
               "% * ^ [030:030]", "* ( OVER { &W ATTACK } ) [151]", "* SCEPTICAL [012]"}));
  for (const Pattern& p : d.verbs.patterns) {
    EXPECT_EQ(p.block, 0u);
    EXPECT_EQ(p.verb, 0u);
  }
  EXPECT_EQ(d.verbs.patterns[0].where.line, 3u);
  EXPECT_EQ(d.verbs.blocks[0].patterns.size(), 10u);
}

TEST(VerbsPatterns, MalformedPatternsAreSkippedWithTheirLine) {
  Dictionaries d = read(
      "- * EARLY [010]\n"
      "--- X [010] ---\n"
      "RUSH\n"
      "- * {ARMS SHIPMENT [072]\n"
      "- * (TO BORDER [154]\n"
      "- * VENTURE (WITH VISIT) VISIT) [042]\n"
      "- * (TO {A) B} [042]\n"
      "- * AID\n"
      "- * AID [07 0]\n"
      "- * AID [0a0]\n"
      "- * AID * [070]\n"
      "- AID [070]\n"
      "- * A | B [070]\n"
      "- * AID [070\n"
      "- * GOOD [070]\n");
  EXPECT_EQ(errors(d), (V{"1: pattern before any verb; pattern skipped", "4: unclosed '{'; pattern skipped",
                          "5: unclosed '('; pattern skipped", "6: unexpected ')'; pattern skipped",
                          "7: ')' closes '{'; pattern skipped", "8: pattern has no [code]; pattern skipped",
                          "9: invalid verb code [07 0]; pattern skipped",
                          "11: pattern has 2 '*'; one verb per pattern; pattern skipped",
                          "12: pattern has no '*'; pattern skipped", "13: '|' outside {...}; pattern skipped",
                          "14: unclosed '['; pattern skipped"}));
  EXPECT_EQ(warnings(d), (V{"10: code [0a0] is not a CAMEO code"}));
  EXPECT_EQ(patterns(d), (V{"* AID [0a0]", "* GOOD [070]"}));
}

TEST(VerbsPetrarch, StrayLines) {
  Dictionaries d = read(
      "GIVE\n"
      "--- X [010] ---\n"
      "SAY\n"
      "* (TO QUESTION) [110]\n"
      "SAY (THIS)\n"
      "+A_B_C\n"
      "<FOO>\n");
  EXPECT_EQ(errors(d), (V{"1: verb before any '--- NAME [CODE] ---' block header; verb skipped",
                          "5: unrecognised line", "7: unknown section <FOO>; line skipped"}));
  EXPECT_EQ(warnings(d), (V{"4: pattern line lacks its leading '-'; read as a pattern"}));
  EXPECT_EQ(patterns(d), (V{"* ( TO QUESTION ) [110]"}));
  // A '+' line outside a synset is a multi-word verb.
  ASSERT_EQ(d.verbs.verbs.size(), 2u);
  EXPECT_EQ(forms(d.verbs.verbs[1])[0], "+A B C");
}

TEST(VerbsPetrarch, Transformations) {
  Dictionaries d = read(
      "--- X [010] ---\n"
      "SAY\n"
      "~ a (a b ATTACK) SAY = a b 015\n"
      "~ a (b . ATTACK ) WANT = a b 021\n"
      "~ a b SAY a b 015\n"
      "~ = a\n");
  EXPECT_EQ(errors(d), (V{"5: transformation has no '='; line skipped",
                          "6: transformation has nothing before '='; line skipped"}));
  ASSERT_EQ(d.verbs.transformations.size(), 2u);
  EXPECT_EQ(d.verbs.transformations[0].lhs, (V{"a", "(", "a", "b", "ATTACK", ")", "SAY"}));
  EXPECT_EQ(d.verbs.transformations[0].rhs, (V{"a", "b", "015"}));
  EXPECT_EQ(d.verbs.transformations[1].lhs, (V{"a", "(", "b", ".", "ATTACK", ")", "WANT"}));
  EXPECT_EQ(d.verbs.transformations[1].where.line, 4u);
}

TEST(VerbsPetrarch, DiagnosticsComeInLineOrder) {
  Dictionaries d = read(
      "--- X [010] ---\n"
      "SAY\n"
      "- * &NONE [010]\n"
      "- * AID [bad]\n");
  ASSERT_EQ(d.diagnostics.size(), 2u);
  EXPECT_EQ(d.diagnostics[0].line, 3u);
  EXPECT_EQ(d.diagnostics[1].line, 4u);
  EXPECT_EQ(d.diagnostics[0].format(),
            "test.verbs:3: warning: unknown synset &NONE; pattern skipped (it could never match)");
}

TEST(VerbsTabari, EachVerbIsABlockAndWordsAreStems) {
  Dictionaries d = read(
      "<SYNSETS>\n"
      "&TIE\n"
      "+MILITARY\n"
      "+TRADE_\n"
      "&PHRASE\n"
      "+&TIE_MEMOS\n"
      "+PESO_$\n"
      "</SYNSETS>\n"
      "<TIME>\n"
      "LAST_WEEK [-7]\n"
      "- * AND TOMORROW [+3]\n"
      "</TIME>\n"
      "ACT_ [100]\n"
      "{ ACTING_ ACTXD_ ACTUALITY }\n"
      "- SAID WOULD * NOW [101]\n"
      "BURN DOWN  [222]\n"
      "BAN= [191] ;tony\n"
      "- SUGGESTED_{ NEVER | DON'T } * DEMAND_{ GENEVA_ | INTERNATIONAL }_CONVENTIONS [171]\n"
      "- * THE_NEAT~_PLACE [027]\n"
      "- * &TIE TIES [031!]\n"
      "ATTEND [sdf]\n"
      "~~FINISH 15:23\n"
      "NOT READ [010]\n",
      Dialect::kTabari);
  EXPECT_EQ(errors(d), V{});
  EXPECT_EQ(
      warnings(d),
      (V{"7: synset member 'PESO_$' contains '$', which dyad's synsets cannot hold; member skipped",
         "9: TABARI <TIME> section ignored: dyad does not shift event dates",
         "17: TABARI '=' mark after 'BAN' ignored", "22: ~~FINISH ends the file; 1 line after it ignored"}));
  // Synsets: no plurals (stems cover them), nesting expanded.
  EXPECT_EQ(members(d.verbs.synsets[0]), (V{"MILITARY", "TRADE"}));
  EXPECT_TRUE(d.verbs.synsets[0].members[0].words[0].stem);
  EXPECT_FALSE(d.verbs.synsets[0].members[1].words[0].stem);
  EXPECT_EQ(members(d.verbs.synsets[1]), (V{"MILITARY MEMOS", "TRADE MEMOS"}));
  EXPECT_TRUE(d.verbs.synsets[1].members[0].words[0].tight_after);

  ASSERT_EQ(d.verbs.verbs.size(), 4u);
  ASSERT_EQ(d.verbs.blocks.size(), 4u);
  EXPECT_EQ(forms(d.verbs.verbs[0]), (V{"ACT", "ACTING", "ACTXD", "ACTUALITY"}));
  EXPECT_FALSE(d.verbs.verbs[0].forms[0].phrase.words[0].stem);
  EXPECT_TRUE(d.verbs.verbs[0].forms[3].phrase.words[0].stem);
  EXPECT_EQ(forms(d.verbs.verbs[1]), (V{"+BURN DOWN"}));
  EXPECT_TRUE(d.verbs.verbs[1].forms[0].phrase.words[0].stem);
  EXPECT_EQ(forms(d.verbs.verbs[2]), (V{"BAN"}));
  EXPECT_EQ(d.verbs.verbs[3].code, "sdf");
  EXPECT_EQ(d.verbs.blocks[1].name, "BURN DOWN");
  EXPECT_EQ(d.verbs.blocks[1].code, "222");
  EXPECT_EQ(d.verbs.blocks[1].verbs, (std::vector<uint32_t>{1}));

  EXPECT_EQ(patterns(d),
            (V{"SAID~ WOULD~ * NOW~ [101]",
               "SUGGESTED_ { NEVER~ | DON'T~ } * DEMAND_ { GENEVA | INTERNATIONAL~ }_ CONVENTIONS~ [171]",
               "* THE_ NEAT~_ PLACE~ [027]", "* &TIE TIES~ [031!]"}));
  EXPECT_EQ(d.verbs.patterns[0].block, 0u);
  EXPECT_EQ(d.verbs.patterns[1].verb, 2u);
  EXPECT_EQ(d.verbs.patterns[1].block, 2u);
  EXPECT_EQ(d.verbs.blocks[2].patterns, (std::vector<uint32_t>{1, 2, 3}));
}

TEST(VerbsTabari, NounAndAdjectiveSectionsAreSkippedWithOneWarning) {
  Dictionaries d = read(
      "<NOUN>\n"
      "PROTEST [---]\n"
      "RIOT [---]\n"
      "</NOUN>\n"
      "<ADJECTIVE>\n"
      "ANGRY\n"
      "</ADJECTIVE>\n"
      "SAY [010]\n"
      "<TIME>\n"
      "X [1]\n",
      Dialect::kTabari);
  EXPECT_EQ(warnings(d),
            (V{"1: TABARI <NOUN> section ignored: dyad takes parts of speech from the parser",
               "5: TABARI <ADJECTIVE> section ignored: dyad takes parts of speech from the parser",
               "9: TABARI <TIME> section ignored: dyad does not shift event dates"}));
  EXPECT_EQ(errors(d), (V{"9: unclosed <TIME> section; the rest of the file was skipped"}));
  ASSERT_EQ(d.verbs.verbs.size(), 1u);
  EXPECT_EQ(d.verbs.verbs[0].lemma, "SAY");
}

TEST(VerbsTabari, UnknownNestedSynsetIsAWarning) {
  Dictionaries d = read(
      "&A\n"
      "+&NOPE_X\n"
      "+B\n",
      Dialect::kTabari);
  EXPECT_EQ(errors(d), V{});
  EXPECT_EQ(warnings(d), (V{"2: unknown synset &NOPE in member '&NOPE_X'; member skipped"}));
  EXPECT_EQ(members(d.verbs.synsets[0]), (V{"B"}));
}

// The real dictionaries: what dyad reads from each, and the entries it must
// skip because the files are wrong (listed so that a change is noticed).
struct SharedFile {
  const char* path;
  Dialect dialect;
  size_t blocks, verbs, forms, generated, patterns, synsets, members, transformations, warnings;
  std::vector<std::string> errors;
};

void check_shared(const SharedFile& f) {
  DYAD_REQUIRE_SHARED(shared);
  const std::string path = shared + "/" + f.path;
  auto text = read_whole_file(path);
  ASSERT_TRUE(text.ok()) << text.status().message();
  Dictionaries d;
  read_dictionary_text(*text, f.path, FileKind::kVerbs, f.dialect, d);
  DictionaryStats s = stats(d);
  EXPECT_EQ(s.verb_blocks, f.blocks);
  EXPECT_EQ(s.verbs, f.verbs);
  EXPECT_EQ(s.verb_forms, f.forms);
  EXPECT_EQ(s.generated_verb_forms, f.generated);
  EXPECT_EQ(s.patterns, f.patterns);
  EXPECT_EQ(s.synsets, f.synsets);
  EXPECT_EQ(s.synset_members, f.members);
  EXPECT_EQ(s.transformations, f.transformations);
  EXPECT_EQ(errors(d), f.errors);
  EXPECT_EQ(d.warning_count(), f.warnings);
}

TEST(VerbsShared, PhoenixCameo) {
  // Four defects of the file are warnings: two patterns with a stray
  // duplicated "WORD)" glued to the code (ignored, as PETRARCH ignored it)
  // and two synsets that are never defined (those patterns are skipped).
  check_shared({"dictionaries/phoenix/CAMEO.2.0.txt",
                Dialect::kPetrarch,
                397,
                1817,
                7277,
                4488,
                4666,
                40,
                1003,
                8,
                30,
                {}});
}

TEST(VerbsShared, GsrCameo) {
  // The Phoenix file with WILL [030] still in it: the same four defects.
  check_shared({"conformance/petr2-gsr/dictionaries/CAMEO.2.0.txt",
                Dialect::kPetrarch,
                398,
                1820,
                7289,
                4497,
                4666,
                40,
                1003,
                9,
                31,
                {}});
}

TEST(VerbsShared, PetrarchValidation) {
  check_shared({"conformance/petrarch2/PETR.Validate.verbs.txt",
                Dialect::kPetrarch,
                261,
                269,
                1071,
                783,
                474,
                17,
                115,
                0,
                19,
                {}});
}

TEST(VerbsShared, UdPetrarchValidation) {
  // &DEFENSE, &PKO, &REFUGEE and &SECURITY are used but never defined there:
  // five warnings, five patterns skipped.
  check_shared({"conformance/udp-validate/PETR_Validate_verbs_2_02.txt",
                Dialect::kPetrarch,
                69,
                127,
                508,
                306,
                354,
                30,
                439,
                0,
                19,
                {}});
}

TEST(VerbsShared, TabariDemo) {
  check_shared({"conformance/tabari-validate/TABARI.Demo.verbs",
                Dialect::kTabari,
                283,
                283,
                289,
                0,
                407,
                5,
                32,
                0,
                3,
                {}});
}

}  // namespace
}  // namespace dyad::dict
