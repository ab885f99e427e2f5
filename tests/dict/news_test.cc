// dyad's bundled dictionaries on real news: sentences of the BBC 2004-2005
// articles in ../shared, coded by hand for dyad (tests/dict/news/*.tsv: the
// file, the sentence's byte span, the story's date and the events a careful
// coder writes; no text is copied into the project). The same sentences are
// also coded with the Phoenix dictionaries in ../shared, for comparison.
// Skipped where ../shared is absent.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "coding/ontology.h"
#include "coding/validation.h"
#include "dict/dict_test_util.h"
#include "dict/load.h"
#include "dict/matcher.h"
#include "ingest/reader.h"
#include "pipeline.h"
#include "test_paths.h"

namespace dyad::dict {
namespace {

// A little below the figures measured when the set was made (see
// data/dict/PROVENANCE.md).
constexpr double kPrecisionFloor = 0.10, kRecallFloor = 0.035;

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  size_t at = 0;
  while (true) {
    const size_t next = s.find(sep, at);
    out.push_back(s.substr(at, next == std::string::npos ? std::string::npos : next - at));
    if (next == std::string::npos) return out;
    at = next + 1;
  }
}

std::string trim(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.pop_back();
  while (!s.empty() && s.front() == ' ') s.erase(0, 1);
  return s;
}

// Reads every tests/dict/news/*.tsv into records; a malformed row fails the test.
coding::ValidationSet read_news_set(const std::string& corpus) {
  coding::ValidationSet set;
  set.no_country.clear();  // CAMEO's "REB", as dyad writes it
  set.reported_statements = false;
  std::vector<std::string> files;
  const std::string dir = ::dyad::testing::source_dir() + "/tests/dict/news";
  if (!std::filesystem::exists(dir)) return set;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".tsv") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  for (const std::string& tsv : files) {
    int line_no = 0;
    for (const std::string& line : split(::dyad::testing::read_file(tsv), '\n')) {
      ++line_no;
      const std::string where = tsv + ":" + std::to_string(line_no) + ": ";
      if (trim(line).empty() || line[0] == '#') continue;
      const std::vector<std::string> cells = split(line, '\t');
      if (cells.size() != 5) {
        ADD_FAILURE() << where << "expected 5 tab-separated columns";
        continue;
      }
      const std::string text = ::dyad::testing::read_file(corpus + "/" + cells[0]);
      const size_t start = std::stoul(cells[1]), end = std::stoul(cells[2]);
      if (text.empty() || end > text.size() || start >= end) {
        ADD_FAILURE() << where << cells[0] << " [" << start << ", " << end << ") is not in the corpus";
        continue;
      }
      coding::ValidationRecord r;
      r.id = cells[0] + ":" + cells[1];
      r.category = cells[0].substr(0, cells[0].find('/'));
      r.line = static_cast<uint32_t>(line_no);
      r.text = text.substr(start, end - start);
      auto date = Date::parse(cells[3]);
      if (!date) {
        ADD_FAILURE() << where << "bad date '" << cells[3] << "'";
        continue;
      }
      r.date = *date;
      const std::string events = trim(cells[4]);
      if (events != "-") {
        for (const std::string& e : split(events, ';')) {
          const std::vector<std::string> parts = split(trim(e), ' ');
          if (parts.size() != 3) {
            ADD_FAILURE() << where << "event '" << e << "' is not SOURCE TARGET CODE";
            continue;
          }
          r.expected.push_back({parts[0], parts[1], parts[2]});
        }
      }
      std::sort(r.expected.begin(), r.expected.end());
      r.expected.erase(std::unique(r.expected.begin(), r.expected.end()), r.expected.end());
      set.records.push_back(std::move(r));
    }
  }
  return set;
}

coding::CodingScore code_with(const coding::ValidationSet& set, const DictionaryPaths& paths) {
  auto d = load_dictionaries(paths);
  EXPECT_TRUE(d.ok());
  if (!d.ok()) return {};
  auto lexicon = Lexicon::compile(std::move(*d), ::dyad::testing::syntax_models().text);
  EXPECT_TRUE(lexicon.ok());
  if (!lexicon.ok()) return {};
  auto ontology = coding::Ontology::load(::dyad::testing::data_dir() + "/ontology");
  EXPECT_TRUE(ontology.ok());
  return coding::evaluate(set, Pipeline(::dyad::testing::syntax_models()), *lexicon, &*ontology);
}

// Events matched at the level analysts aggregate to: the source's and the
// target's first three letters (country or organisation) and the CAMEO root.
struct Coarse {
  size_t expected = 0, produced = 0, correct = 0;
  double precision() const { return produced ? double(correct) / double(produced) : 0; }
  double recall() const { return expected ? double(correct) / double(expected) : 0; }
};

Coarse coarse(const coding::CodingScore& s) {
  Coarse c;
  const auto key = [](const coding::CodedTriple& t) {
    return t.source.substr(0, 3) + " " + t.target.substr(0, 3) + " " + t.code.substr(0, 2);
  };
  for (const coding::RecordOutcome& o : s.outcomes) {
    std::vector<std::string> want, got;
    for (const auto& t : o.record->expected) want.push_back(key(t));
    for (const auto& t : o.got) got.push_back(key(t));
    std::sort(want.begin(), want.end());
    want.erase(std::unique(want.begin(), want.end()), want.end());
    std::sort(got.begin(), got.end());
    got.erase(std::unique(got.begin(), got.end()), got.end());
    c.expected += want.size();
    c.produced += got.size();
    for (const std::string& g : got) c.correct += std::binary_search(want.begin(), want.end(), g);
  }
  return c;
}

// The way dyad is used: each article coded whole, as one story, so that a
// sentence's actors can lean on the sentences before it ("the prime
// minister", "the government", "he"); each event is scored against the
// sentence its verb lies in. The records of one article are contiguous and
// their ids are "FILE:START".
coding::CodingScore code_in_stories(const coding::ValidationSet& set, const DictionaryPaths& paths,
                                    const std::string& corpus) {
  auto d = load_dictionaries(paths);
  EXPECT_TRUE(d.ok());
  if (!d.ok()) return {};
  auto lexicon = Lexicon::compile(std::move(*d), ::dyad::testing::syntax_models().text);
  EXPECT_TRUE(lexicon.ok());
  if (!lexicon.ok()) return {};
  auto ontology = coding::Ontology::load(::dyad::testing::data_dir() + "/ontology");
  EXPECT_TRUE(ontology.ok());
  coding::CoderOptions options;
  options.ontology = &*ontology;
  options.no_country = set.no_country;
  options.reported_statements = set.reported_statements;
  const coding::Coder coder(*lexicon, options);
  const Pipeline pipeline(::dyad::testing::syntax_models());
  coding::CodingScore score;
  coding::CoderScratch scratch;
  for (size_t first = 0; first < set.records.size();) {
    const std::string file = set.records[first].id.substr(0, set.records[first].id.rfind(':'));
    size_t last = first;
    while (last < set.records.size() && set.records[last].id.starts_with(file + ":")) ++last;
    Story story =
        story_from_text(::dyad::testing::read_file(corpus + "/" + file), file, set.records[first].date);
    pipeline.process(story);
    std::vector<Event> events;
    coder.code(story, scratch, events);
    for (size_t i = first; i < last; ++i) {
      const coding::ValidationRecord& r = set.records[i];
      const size_t start = std::stoul(r.id.substr(file.size() + 1)), end = start + r.text.size();
      std::vector<Event> mine;
      for (const Event& e : events)
        if (e.verb_span.start >= start && e.verb_span.start < end) mine.push_back(e);
      score.add(r, coding::triples_of(mine));
    }
    first = last;
  }
  return score;
}

void print(const char* name, const coding::CodingScore& s) {
  std::printf(
      "%s: %zu sentences, %zu exact (%.1f%%); %zu events expected, %zu coded, %zu right: "
      "precision %.1f%%, recall %.1f%%\n",
      name, s.records, s.exact, 100 * s.exact_rate(), s.expected, s.produced, s.correct, 100 * s.precision(),
      100 * s.recall());
  const Coarse c = coarse(s);
  std::printf(
      "%s, by actor country/organisation and CAMEO root: %zu expected, %zu coded, %zu right: "
      "precision %.1f%%, recall %.1f%%\n",
      name, c.expected, c.produced, c.correct, 100 * c.precision(), 100 * c.recall());
}

TEST(NewsSentences, BundledDictionariesAgainstPhoenix) {
  DYAD_REQUIRE_SHARED(shared);
  const std::string corpus = shared + "/corpora/bbc-news-2004-2005/news";
  if (!std::filesystem::exists(corpus)) GTEST_SKIP() << corpus << " not found: skipped";
  const coding::ValidationSet set = read_news_set(corpus);
  if (set.records.empty()) GTEST_SKIP() << "no tests/dict/news/*.tsv rows";
  auto bundled = bundled_dictionary_paths(::dyad::testing::data_dir() + "/dict");
  ASSERT_TRUE(bundled.ok()) << bundled.status().message();
  print("bundled, sentence alone", code_with(set, *bundled));
  const coding::CodingScore ours = code_in_stories(set, *bundled, corpus);
  print("bundled, in its story", ours);
  const DictionaryPaths phoenix = ::dyad::dict::testing::phoenix_paths(shared);
  if (std::filesystem::exists(phoenix.verbs)) {
    print("phoenix, sentence alone", code_with(set, phoenix));
    print("phoenix, in its story", code_in_stories(set, phoenix, corpus));
  }
  if (const char* list = std::getenv("DYAD_NEWS_MISSES"); list && *list) {
    for (const coding::RecordOutcome& o : ours.outcomes) {
      if (o.exact) continue;
      std::string want, got;
      for (const auto& t : o.record->expected) want += (want.empty() ? "" : "; ") + t.text();
      for (const auto& t : o.got) got += (got.empty() ? "" : "; ") + t.text();
      std::printf("%s\n  want: %s\n  got:  %s\n", o.record->id.c_str(), want.c_str(), got.c_str());
    }
  }
  EXPECT_GE(ours.precision(), kPrecisionFloor);
  EXPECT_GE(ours.recall(), kRecallFloor);
}

}  // namespace
}  // namespace dyad::dict
