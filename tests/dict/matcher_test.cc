// The dictionary matcher: phrases found in text as the text stage cuts it,
// with every candidate returned and actor codes resolved on the story's date.
#include "dict/matcher.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <set>
#include <thread>
#include <tuple>

#include "dict/dict_test_util.h"
#include "dict/load.h"
#include "dict/source.h"
#include "test_paths.h"
#include "text/text_test_util.h"
#include "text/tokenize.h"

namespace dyad::dict {
namespace {

using ::dyad::testing::models;
using ::dyad::testing::process;

Phrase phrase(std::string_view text, Dialect dialect = Dialect::kPetrarch) {
  return parse_phrase(text, dialect);
}

Actor actor(std::vector<std::string_view> phrases, std::string code, std::vector<DatedCode> dated = {},
            Dialect dialect = Dialect::kPetrarch) {
  Actor a;
  for (std::string_view p : phrases) a.phrases.push_back(phrase(p, dialect));
  a.code = std::move(code);
  a.dated = std::move(dated);
  return a;
}

DayNumber day(std::string_view iso) { return day_number(*Date::parse(iso)); }

Lexicon compile(Dictionaries d) {
  auto r = Lexicon::compile(std::move(d), models().text);
  EXPECT_TRUE(r.ok()) << r.status().message();
  return std::move(r).value();
}

Lexicon compile_actors(std::vector<Actor> actors) {
  Dictionaries d;
  d.actors = std::move(actors);
  return compile(std::move(d));
}

// Every match of every sentence, as "kind entry.form [begin,end) 'tokens' CODE".
std::vector<std::string> find(const Lexicon& lex, const Story& s) {
  MatchScratch scratch;
  std::vector<Match> matches;
  for (const Sentence& sent : s.sentences) lex.match(s, sent, scratch, matches);
  std::vector<std::string> out;
  for (const Match& m : matches) {
    std::string text;
    for (uint32_t i = m.begin; i < m.end; ++i) {
      if (i > m.begin) text += ' ';
      text += s.token_text(s.tokens[i]);
    }
    std::string line = std::string(match_kind_name(m.kind)) + " " + std::to_string(m.entry) + "." +
                       std::to_string(m.form) + " [" + std::to_string(m.begin) + "," + std::to_string(m.end) +
                       ") '" + text + "'";
    if (!m.code.empty()) line += " " + std::string(m.code);
    out.push_back(line);
  }
  return out;
}

std::vector<std::string> find(const Lexicon& lex, const std::string& text, std::string_view date = "") {
  Story s = process(text);
  if (!date.empty()) s.date = *Date::parse(date);
  return find(lex, s);
}

using Found = std::vector<std::string>;

// How dyad's tokenizer cuts `text`, tokens joined by '|'.
std::string cut(std::string_view text) {
  Tokenizer tok(models().text);
  std::vector<Token> tokens;
  tok.tokenize(text, 0, static_cast<uint32_t>(text.size()), tokens);
  std::string out;
  for (const Token& t : tokens) {
    if (!out.empty()) out += '|';
    out += text.substr(t.norm_start, t.norm_end - t.norm_start);
  }
  return out;
}

TEST(Matcher, SingleAndMultiWordPhrases) {
  const Lexicon lex = compile_actors({actor({"RUSSIA"}, "RUS"), actor({"SERGEI_LAVROV"}, "RUSGOV")});
  EXPECT_EQ(find(lex, "Sergei Lavrov flew to Russia."),
            (Found{"actor 1.0 [0,2) 'Sergei Lavrov' RUSGOV", "actor 0.0 [4,5) 'Russia' RUS"}));
  // A phrase cut short by the sentence end or another word is no match.
  EXPECT_EQ(find(lex, "Sergei said so. Lavrov did not."), Found{});
  EXPECT_EQ(find(lex, "Sergei V. Lavrov"), Found{});
}

TEST(Matcher, NestedAndOverlappingCandidatesAreAllReturned) {
  Dictionaries d;
  d.actors = {actor({"RUSSIAN"}, "RUS"),
              actor({"RUSSIAN_FOREIGN_MINISTER_SERGEI_LAVROV", "SERGEI_LAVROV", "LAVROV"}, "RUSGOV"),
              actor({"NEW_YORK"}, "USA"), actor({"YORK_TIMES", "NEW_YORK_TIMES"}, "USAMED")};
  Agent minister;
  minister.forms = {phrase("FOREIGN_MINISTER"), phrase("MINISTER")};
  minister.code = "GOVFRM";
  d.agents = {minister};
  const Lexicon lex = compile(std::move(d));
  EXPECT_EQ(find(lex, "Russian Foreign Minister Sergei Lavrov spoke."),
            (Found{"actor 1.0 [0,5) 'Russian Foreign Minister Sergei Lavrov' RUSGOV",
                   "actor 0.0 [0,1) 'Russian' RUS", "agent 0.0 [1,3) 'Foreign Minister' GOVFRM",
                   "agent 0.1 [2,3) 'Minister' GOVFRM", "actor 1.1 [3,5) 'Sergei Lavrov' RUSGOV",
                   "actor 1.2 [4,5) 'Lavrov' RUSGOV"}));
  EXPECT_EQ(find(lex, "The New York Times"),
            (Found{"actor 3.1 [1,4) 'New York Times' USAMED", "actor 2.0 [1,3) 'New York' USA",
                   "actor 3.0 [2,4) 'York Times' USAMED"}));
}

TEST(Matcher, FoldsCaseAndAccents) {
  EXPECT_EQ(fold_key("S\xC3\xA9rgei"), "sergei");
  EXPECT_EQ(fold_key("SERGEI"), "sergei");
  EXPECT_EQ(fold_key("ERDO\xC4\x9E"
                     "AN"),
            "erdogan");
  EXPECT_EQ(fold_key("\xC4\xB0HSANO\xC4\x9ELU"), "ihsanoglu");  // dotted capital I
  EXPECT_EQ(fold_key("Stra\xC3\x9F"
                     "e"),
            "strasse");
  EXPECT_EQ(fold_key("M\xC3\x9C"
                     "LLER"),
            "muller");
  EXPECT_EQ(fold_key("Se\xCC\x81rgei"), "sergei");  // e + combining acute
  EXPECT_EQ(fold_key("\xEF\xAC\x81"), "fi");        // the ligature, as Phoenix writes "ﬁ"

  const Lexicon lex = compile_actors({actor({"SERGEI_LAVROV"}, "RUSGOV"),
                                      actor({"ERDO\xC4\x9E"
                                             "AN"},
                                            "TURGOV"),
                                      actor({"S\xC3\x83O_PAULO"}, "BRA")});
  EXPECT_EQ(find(lex, "S\xC3\xA9rgei Lavrov met Erdogan in Sao Paulo."),
            (Found{"actor 0.0 [0,2) 'S\xC3\xA9rgei Lavrov' RUSGOV", "actor 1.0 [3,4) 'Erdogan' TURGOV",
                   "actor 2.0 [5,7) 'Sao Paulo' BRA"}));
  EXPECT_EQ(find(lex,
                 "SERGEI LAVROV MET ERDO\xC4\x9E"
                 "AN"),
            (Found{"actor 0.0 [0,2) 'SERGEI LAVROV' RUSGOV",
                   "actor 1.0 [3,4) 'ERDO\xC4\x9E"
                   "AN' TURGOV"}));
}

TEST(Matcher, DictionaryWordsAreCutAsTextIs) {
  // The tokenizer's cuts that the matcher relies on, in capitals as in
  // dictionaries and in running text.
  EXPECT_EQ(cut("DIDN'T"), "DID|N'T");
  EXPECT_EQ(cut("didn't"), "did|n't");
  EXPECT_EQ(cut("MAZAR-I-SHARIF"), "MAZAR|-|I|-|SHARIF");
  EXPECT_EQ(cut("Mazar-i-Sharif"), "Mazar|-|i|-|Sharif");
  EXPECT_EQ(cut("SERGEY V. LAVROV"), "SERGEY|V.|LAVROV");
  EXPECT_EQ(cut("U.S. ARMY"), "U.S.|ARMY");
  EXPECT_EQ(cut("ST. PETERSBURG"), "ST.|PETERSBURG");
  EXPECT_EQ(cut("St. Petersburg"), "St.|Petersburg");

  Dictionaries d;
  d.actors = {actor({"SERGEY_V._LAVROV"}, "RUSGOV"), actor({"U.S._ARMY"}, "USAMIL"),
              actor({"ST._PETERSBURG"}, "RUS"), actor({"MAZAR-I-SHARIF"}, "AFG"), actor({"SYRIA"}, "SYR")};
  Verb v;
  v.lemma = "DIDN'T_ATTACK";
  v.forms = {{phrase("DIDN'T_ATTACK"), 1, false}};
  v.code = "190";
  d.verbs.verbs = {v};
  const Lexicon lex = compile(std::move(d));
  EXPECT_EQ(lex.stats().variants, 0u);
  EXPECT_EQ(find(lex, "Sergey V. Lavrov saw the U.S. Army in St. Petersburg."),
            (Found{"actor 0.0 [0,3) 'Sergey V. Lavrov' RUSGOV", "actor 1.0 [5,7) 'U.S. Army' USAMIL",
                   "actor 2.0 [8,10) 'St. Petersburg' RUS"}));
  EXPECT_EQ(find(lex, "ST. PETERSBURG"), (Found{"actor 2.0 [0,2) 'ST. PETERSBURG' RUS"}));
  EXPECT_EQ(find(lex, "Rebels in Mazar-i-Sharif didn't attack Syria's army."),
            (Found{"actor 3.0 [2,7) 'Mazar - i - Sharif' AFG", "verb 0.0 [7,10) 'did n't attack' 190",
                   "actor 4.0 [10,11) 'Syria' SYR"}));
}

TEST(Matcher, LowerCaseAbbreviationsAreCompiledBothWays) {
  // "vs." is in the abbreviation list in lower case only, so the tokenizer
  // keeps the period of "vs." and "Vs." but not of the capitals a dictionary
  // is written in. The phrase is compiled in both cuts.
  EXPECT_EQ(cut("SMITH VS. JONES"), "SMITH|VS|.|JONES");
  EXPECT_EQ(cut("Smith vs. Jones"), "Smith|vs.|Jones");
  EXPECT_EQ(cut("Smith Vs. Jones"), "Smith|Vs.|Jones");
  const Lexicon lex = compile_actors({actor({"SMITH_VS._JONES"}, "USAJUD")});
  EXPECT_EQ(lex.stats().variants, 1u);
  EXPECT_EQ(lex.stats().phrases[static_cast<size_t>(MatchKind::kActor)], 1u);
  EXPECT_EQ(find(lex, "In Smith vs. Jones the court ruled."),
            (Found{"actor 0.0 [1,4) 'Smith vs. Jones' USAJUD"}));
  // In capitals the text stage cuts "VS ." and ends the sentence there, so
  // the capitals' cut is shown on the tokens alone.
  const std::string caps = "IN SMITH VS. JONES";
  std::vector<Token> tokens;
  Tokenizer(models().text).tokenize(caps, 0, static_cast<uint32_t>(caps.size()), tokens);
  MatchScratch scratch;
  std::vector<Match> out;
  lex.match(tokens, caps, Date{}, 0, scratch, out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(std::tie(out[0].begin, out[0].end, out[0].code),
            std::make_tuple(1u, 5u, std::string_view("USAJUD")));
}

TEST(Matcher, DatedCodesAtTheEdgesOfTheirRange) {
  const Lexicon lex =
      compile_actors({actor({"JOHN_KERRY"}, "USAELI",
                            {{"USAGOVLEG", day("1985-01-03"), day("2013-02-01"), {}},
                             {"USAGOV", day("2013-02-01"), kMaxDay, {}}}),
                      actor({"BAN_KI-MOON"}, "IGO", {{"IGOUNO", day("2007-01-01"), day("2016-12-31"), {}}})});
  auto code = [&](std::string_view text, std::string_view date) {
    Found f = find(lex, std::string(text), date);
    return f.size() == 1 ? f[0].substr(f[0].rfind(' ') + 1) : "?";
  };
  EXPECT_EQ(code("John Kerry", "1985-01-02"), "USAELI");
  EXPECT_EQ(code("John Kerry", "1985-01-03"), "USAGOVLEG");
  EXPECT_EQ(code("John Kerry", "2010-06-01"), "USAGOVLEG");
  // Both cover the day: the first in file order wins.
  EXPECT_EQ(code("John Kerry", "2013-02-01"), "USAGOVLEG");
  EXPECT_EQ(code("John Kerry", "2013-02-02"), "USAGOV");
  EXPECT_EQ(code("John Kerry", "2016-11-02"), "USAGOV");
  EXPECT_EQ(code("John Kerry", ""), "USAELI");  // unknown date: the default

  EXPECT_EQ(code("Ban Ki-moon", "2006-12-31"), "IGO");
  EXPECT_EQ(code("Ban Ki-moon", "2007-01-01"), "IGOUNO");
  EXPECT_EQ(code("Ban Ki-moon", "2016-12-31"), "IGOUNO");
  EXPECT_EQ(code("Ban Ki-moon", "2017-01-01"), "IGO");
  EXPECT_EQ(code("Ban Ki-moon", ""), "IGO");
}

TEST(Matcher, NullCodeActorsAreFoundWithAnEmptyCode) {
  const Lexicon lex = compile_actors({actor({"LAVROV"}, "", {{"RUSGOV", day("2004-03-09"), kMaxDay, {}}})});
  EXPECT_EQ(find(lex, "Lavrov", "2004-03-08"), Found{"actor 0.0 [0,1) 'Lavrov'"});
  EXPECT_EQ(find(lex, "Lavrov", "2004-03-09"), Found{"actor 0.0 [0,1) 'Lavrov' RUSGOV"});
}

TEST(Matcher, TabariStemsMatchTheWordsTheyBegin) {
  Dictionaries d;
  d.actors = {actor({"ARGENTIN"}, "ARG", {}, Dialect::kTabari),
              actor({"UNITED_NATION"}, "IGOUNO", {}, Dialect::kTabari),
              actor({"NATION_"}, "NATION", {}, Dialect::kTabari),
              actor({"AL-QAED"}, "AQ", {}, Dialect::kTabari)};
  Discard peace;
  peace.phrase = phrase("PEACEKEEP");
  peace.phrase.words.back().stem = true;
  d.discards = {peace};
  const Lexicon lex = compile(std::move(d));
  EXPECT_EQ(lex.stats().stems, 4u);  // argentin, nation, qaed, peacekeep
  EXPECT_EQ(find(lex, "Argentina and Argentine troops"),
            (Found{"actor 0.0 [0,1) 'Argentina' ARG", "actor 0.0 [2,3) 'Argentine' ARG"}));
  EXPECT_EQ(find(lex, "ARGENTIN"), (Found{"actor 0.0 [0,1) 'ARGENTIN' ARG"}));
  EXPECT_EQ(find(lex, "Argent"), Found{});
  // UNITED_ is whole, NATION a stem; NATION_ alone is a whole word.
  EXPECT_EQ(find(lex, "the United Nations and the nation"),
            (Found{"actor 1.0 [1,3) 'United Nations' IGOUNO", "actor 2.0 [5,6) 'nation' NATION"}));
  EXPECT_EQ(find(lex, "United Nation"),
            (Found{"actor 1.0 [0,2) 'United Nation' IGOUNO", "actor 2.0 [1,2) 'Nation' NATION"}));
  EXPECT_EQ(find(lex, "Unitedly Nations"), Found{});
  // A stem cut into several tokens: the last one is the prefix.
  EXPECT_EQ(find(lex, "al-Qaeda peacekeepers"),
            (Found{"actor 3.0 [0,3) 'al - Qaeda' AQ", "discard 0.0 [3,4) 'peacekeepers'"}));
  EXPECT_EQ(find(lex, "alQaedaX"), Found{});
}

TEST(Matcher, StemAndWholeWordEdgesFromOneNode) {
  // After "NORTH" the trie has a whole-word edge KOREA and a stem edge KOREA:
  // both are walked, and each can continue.
  Dictionaries d;
  d.actors = {actor({"NORTH_KOREA_"}, "PRK"),
              actor({"NORTH KOREA GOVERNMENT_"}, "PRKGOV", {}, Dialect::kTabari),
              actor({"NORTH_KOREAN_ARMY_"}, "PRKMIL")};
  const Lexicon lex = compile(std::move(d));
  EXPECT_EQ(find(lex, "North Korean army and North Korean government"),
            (Found{"actor 2.0 [0,3) 'North Korean army' PRKMIL",
                   "actor 1.0 [4,7) 'North Korean government' PRKGOV"}));
  EXPECT_EQ(find(lex, "North Korea government"),
            (Found{"actor 1.0 [0,3) 'North Korea government' PRKGOV", "actor 0.0 [0,2) 'North Korea' PRK"}));
}

TEST(Matcher, UnknownWordsEndEveryWalk) {
  const Lexicon lex =
      compile_actors({actor({"RUSSIA"}, "RUS"), actor({"RUSSIAN_FOREIGN_MINISTRY"}, "RUSGOV")});
  EXPECT_EQ(find(lex, "Zorblax visited Russia"), (Found{"actor 0.0 [2,3) 'Russia' RUS"}));
  EXPECT_EQ(find(lex, "the Russian Zorblax ministry"), Found{});
  EXPECT_EQ(find(lex, "Zorblax quux"), Found{});
}

TEST(Matcher, EmptySentencesAndEmptyDictionaries) {
  const Lexicon lex = compile_actors({actor({"RUSSIA"}, "RUS")});
  Story s = process("Russia");
  MatchScratch scratch;
  std::vector<Match> out;
  Sentence empty;
  empty.token_begin = empty.token_end = 1;
  lex.match(s, empty, scratch, out);
  EXPECT_TRUE(out.empty());
  lex.match({}, "", Date{}, 0, scratch, out);
  EXPECT_TRUE(out.empty());

  const Lexicon none = compile(Dictionaries{});
  EXPECT_EQ(find(none, "Russia"), Found{});
  EXPECT_EQ(none.stats().nodes, 1u);
  EXPECT_EQ(none.stats().words, 0u);
}

TEST(Matcher, EmptyPhrasesAreSkippedAndCounted) {
  Dictionaries d;
  d.actors = {actor({"RUSSIA"}, "RUS")};
  d.actors[0].phrases.push_back(Phrase{});  // no words
  Agent a;
  a.forms = {Phrase{}, phrase("MINISTER")};
  a.code = "GOV";
  d.agents = {a};
  const Lexicon lex = compile(std::move(d));
  EXPECT_EQ(lex.stats().phrases[static_cast<size_t>(MatchKind::kActor)], 1u);
  EXPECT_EQ(lex.stats().skipped[static_cast<size_t>(MatchKind::kActor)], 1u);
  EXPECT_EQ(lex.stats().skipped[static_cast<size_t>(MatchKind::kAgent)], 1u);
  EXPECT_EQ(find(lex, "Russia's minister"),
            (Found{"actor 0.0 [0,1) 'Russia' RUS", "agent 0.1 [2,3) 'minister' GOV"}));
}

TEST(Matcher, EveryKindWithItsCode) {
  Dictionaries d;
  d.actors = {actor({"HAMAS"}, "PSENGO")};
  Agent police;
  police.forms = {phrase("POLICE"), phrase("POLICEMEN")};
  police.code = "COP";
  d.agents = {police};
  VerbBlock block;
  block.code = "111";
  d.verbs.blocks = {block};
  Verb accuse, criticize;
  accuse.forms = {{phrase("ACCUSE"), 0, false}, {phrase("ACCUSED"), 0, true}};
  accuse.code = "112";
  criticize.forms = {{phrase("CRITICIZE"), 0, false}, {phrase("CRITICIZED"), 0, true}};
  criticize.block = 0;  // no code of its own: the block's
  d.verbs.verbs = {accuse, criticize};
  Synset weapons;
  weapons.name = "&WEAPON";
  weapons.members = {phrase("ROCKET"), phrase("ROCKETS")};
  d.verbs.synsets = {weapons};
  Discard sport;
  sport.phrase = phrase("FOOTBALL_");
  d.discards = {sport};
  Issue rockets;
  rockets.forms = {phrase("ROCKET ATTACK"), phrase("ROCKET ATTACKS")};
  rockets.code = "MILITARY";
  d.issues = {rockets};
  const Lexicon lex = compile(std::move(d));
  EXPECT_EQ(
      find(lex, "Police accused Hamas of rocket attacks and criticized football."),
      (Found{"agent 0.0 [0,1) 'Police' COP", "verb 0.1 [1,2) 'accused' 112", "actor 0.0 [2,3) 'Hamas' PSENGO",
             "issue 0.1 [4,6) 'rocket attacks' MILITARY", "synset 0.0 [4,5) 'rocket'",
             "verb 1.1 [7,8) 'criticized' 111", "discard 0.0 [8,9) 'football'"}));
}

TEST(Matcher, TokenIndicesAreIntoTheStory) {
  const Lexicon lex = compile_actors({actor({"RUSSIA"}, "RUS")});
  const Story s = process("It rained. Then Russia spoke.");
  ASSERT_EQ(s.sentences.size(), 2u);
  EXPECT_EQ(find(lex, s), (Found{"actor 0.0 [4,5) 'Russia' RUS"}));
}

TEST(Matcher, LongestNonOverlapping) {
  Dictionaries d;
  d.actors = {actor({"NEW_YORK"}, "USA"), actor({"YORK_TIMES", "NEW_YORK_TIMES"}, "USAMED"),
              actor({"TIMES"}, "X"), actor({"SQUARE"}, "Y")};
  Agent a;
  a.forms = {phrase("NEW")};
  d.agents = {a};
  const Lexicon lex = compile(std::move(d));
  const Story s = process("New York Times Square");
  MatchScratch scratch;
  std::vector<Match> all;
  lex.match(s, s.sentences[0], scratch, all);
  const std::vector<Match> picked = longest_non_overlapping(all, MatchKind::kActor);
  ASSERT_EQ(picked.size(), 2u);
  EXPECT_EQ(std::tie(picked[0].begin, picked[0].end, picked[0].entry, picked[0].form),
            std::make_tuple(0u, 3u, 1u, 1u));
  EXPECT_EQ(std::tie(picked[1].begin, picked[1].end, picked[1].entry), std::make_tuple(3u, 4u, 3u));
  EXPECT_EQ(longest_non_overlapping(all, MatchKind::kAgent).size(), 1u);
  EXPECT_TRUE(longest_non_overlapping(all, MatchKind::kVerb).empty());
}

TEST(Matcher, StatsCountTheTrie) {
  // Phrases A B, A C, D and the stem E: the root, A, A B, A C, D and E.
  Dictionaries d;
  d.actors = {actor({"ALPHA_BETA", "ALPHA_GAMMA", "DELTA"}, "X")};
  Discard e;
  e.phrase = phrase("EPSILON");
  e.phrase.words.back().stem = true;
  d.discards = {e};
  const Lexicon lex = compile(std::move(d));
  const LexiconStats& st = lex.stats();
  EXPECT_EQ(st.words, 4u);
  EXPECT_EQ(st.stems, 1u);
  EXPECT_EQ(st.nodes, 6u);
  EXPECT_EQ(st.edges, 4u);
  EXPECT_EQ(st.stem_edges, 1u);
  EXPECT_EQ(st.payloads, 4u);
  EXPECT_EQ(st.max_depth, 2u);
  EXPECT_GT(st.bytes, 0u);
}

TEST(Matcher, SharedByThreadsWithTheirOwnScratch) {
  const Lexicon lex =
      compile_actors({actor({"RUSSIA"}, "RUS"), actor({"SERGEI_LAVROV", "LAVROV"}, "RUSGOV")});
  const Story s = process("Sergei Lavrov left Russia. Lavrov returned to Russia on Monday.");
  const Found expected = find(lex, s);
  ASSERT_EQ(expected.size(), 5u);
  std::vector<Found> got(4);
  std::vector<std::thread> threads;
  for (Found& g : got)
    threads.emplace_back([&lex, &s, &g] {
      for (int i = 0; i < 200; ++i) g = find(lex, s);
    });
  for (std::thread& t : threads) t.join();
  for (const Found& g : got) EXPECT_EQ(g, expected);
}

// The trie against a slow, obviously correct matcher on random phrases and
// sentences over a small vocabulary, stems included.
TEST(Matcher, AgreesWithBruteForceOnRandomInput) {
  const std::vector<std::string> vocab = {"al", "alpha", "beta", "bet", "gamma", "gam", "delta", "x"};
  std::mt19937 rng(12345);
  auto pick = [&](size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(rng); };
  for (int round = 0; round < 20; ++round) {
    Dictionaries d;
    struct Ref {
      std::vector<std::string> words;
      std::vector<bool> stem;
    };
    std::vector<Ref> refs;
    for (int i = 0; i < 40; ++i) {
      Ref r;
      Phrase p;
      const size_t len = 1 + pick(4);
      for (size_t k = 0; k < len; ++k) {
        Word w;
        w.text = upper_ascii(vocab[pick(vocab.size())]);
        w.stem = pick(4) == 0;
        r.words.push_back(fold_key(w.text));
        r.stem.push_back(w.stem);
        p.words.push_back(std::move(w));
      }
      Actor a;
      a.phrases = {std::move(p)};
      a.code = "A" + std::to_string(i);
      d.actors.push_back(std::move(a));
      refs.push_back(std::move(r));
    }
    const Lexicon lex = compile(std::move(d));
    MatchScratch scratch;
    for (int sentence = 0; sentence < 30; ++sentence) {
      std::string norm;
      std::vector<Token> tokens;
      std::vector<std::string> keys;
      const size_t n = pick(12);
      for (size_t i = 0; i < n; ++i) {
        std::string w = vocab[pick(vocab.size())];
        if (pick(3) == 0) w += "s";
        if (pick(2) == 0) w[0] = static_cast<char>(w[0] - 'a' + 'A');
        Token t;
        t.norm_start = static_cast<uint32_t>(norm.size());
        norm += w;
        t.norm_end = static_cast<uint32_t>(norm.size());
        norm += ' ';
        tokens.push_back(t);
        keys.push_back(fold_key(w));
      }
      std::vector<Match> got;
      lex.match(tokens, norm, Date{}, 7, scratch, got);
      std::vector<std::tuple<uint32_t, uint32_t, uint32_t>> want;
      for (uint32_t b = 0; b < n; ++b)
        for (uint32_t e = 0; e < refs.size(); ++e) {
          const Ref& r = refs[e];
          if (b + r.words.size() > n) continue;
          bool ok = true;
          for (size_t k = 0; k < r.words.size() && ok; ++k)
            ok = r.stem[k] ? keys[b + k].starts_with(r.words[k]) : keys[b + k] == r.words[k];
          if (ok) want.emplace_back(b + 7, b + 7 + static_cast<uint32_t>(r.words.size()), e);
        }
      std::sort(want.begin(), want.end(), [](const auto& x, const auto& y) {
        if (std::get<0>(x) != std::get<0>(y)) return std::get<0>(x) < std::get<0>(y);
        if (std::get<1>(x) != std::get<1>(y)) return std::get<1>(x) > std::get<1>(y);
        return std::get<2>(x) < std::get<2>(y);
      });
      std::vector<std::tuple<uint32_t, uint32_t, uint32_t>> have;
      for (const Match& m : got) have.emplace_back(m.begin, m.end, m.entry);
      ASSERT_EQ(have, want) << "round " << round << ": " << norm;
    }
  }
}

TEST(Matcher, PhoenixDictionaries) {
  DYAD_REQUIRE_SHARED(shared);
  const DictionaryPaths paths = ::dyad::dict::testing::phoenix_paths(shared);
  auto loaded = load_dictionaries(paths);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  const Lexicon lex = compile(std::move(loaded).value());
  EXPECT_GT(lex.stats().phrases[static_cast<size_t>(MatchKind::kActor)], 30000u);

  // The actor codes of the longest actor match starting at the first token.
  auto actor_code = [&](const std::string& text, std::string_view date) {
    Story s = process(text);
    s.date = *Date::parse(date);
    MatchScratch scratch;
    std::vector<Match> out;
    lex.match(s, s.sentences[0], scratch, out);
    const std::vector<Match> picked = longest_non_overlapping(out, MatchKind::kActor);
    std::string codes;
    for (const Match& m : picked) {
      if (!codes.empty()) codes += ' ';
      codes += std::to_string(m.begin) + "-" + std::to_string(m.end) + ":" + std::string(m.code);
    }
    return codes;
  };
  EXPECT_EQ(actor_code("Russian Foreign Minister Sergei Lavrov said.", "2016-11-02"), "0-1:RUS 3-5:RUSGOV");
  EXPECT_EQ(actor_code("John Kerry said.", "2016-11-02"), "0-2:USAGOV");
  EXPECT_EQ(actor_code("John Kerry said.", "2010-06-01"), "0-2:USAGOVLEG");

  // Candidates of every kind in one sentence, as "kind [begin,end) code".
  Story s = process(
      "Russian Foreign Minister Sergei Lavrov said on Tuesday that Moscow accused the United Nations of "
      "lying "
      "about the World Cup.");
  s.date = *Date::parse("2016-11-02");
  MatchScratch scratch;
  std::vector<Match> out;
  lex.match(s, s.sentences[0], scratch, out);
  std::set<std::string> found;
  for (const Match& m : out)
    found.insert(std::string(match_kind_name(m.kind)) + " [" + std::to_string(m.begin) + "," +
                 std::to_string(m.end) + ") " + std::string(m.code));
  for (const char* want : {"actor [0,1) RUS", "agent [1,3) GOV", "agent [2,3) GOV", "actor [3,5) RUSGOV",
                           "actor [4,5) RUSGOV", "verb [5,6) 010", "actor [9,10) RUS", "verb [10,11) 112",
                           "actor [11,14) IGOUNO", "actor [12,14) IGOUNO", "discard [18,20) "})
    EXPECT_TRUE(found.count(want)) << want;
}

}  // namespace
}  // namespace dyad::dict
