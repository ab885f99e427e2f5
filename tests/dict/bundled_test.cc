// dyad's bundled dictionaries, measured on sentences the project wrote for
// them (tests/dict/bundled/*.xml: one file per range of CAMEO roots, one or
// more sentences per code and per tricky construction). They read no
// ../shared file, so they run everywhere.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "coding/ontology.h"
#include "coding/validation.h"
#include "dict/load.h"
#include "dict/matcher.h"
#include "pipeline.h"
#include "test_paths.h"

namespace dyad::dict {
namespace {

// Floors for CodeTheProjectsOwnSentences, a little below what the set
// measured when these dictionaries were written (data/dict/PROVENANCE.md).
constexpr double kExactFloor = 0.78, kPrecisionFloor = 0.80, kRecallFloor = 0.77;

TEST(BundledDictionaries, LoadWithoutErrors) {
  auto paths = bundled_dictionary_paths(testing::data_dir() + "/dict");
  ASSERT_TRUE(paths.ok()) << paths.status().message();
  EXPECT_GE(paths->actors.size(), 2u);  // dyad.actors.txt and the generated countries
  auto d = load_dictionaries(*paths);
  ASSERT_TRUE(d.ok()) << d.status().message();
  for (const Diagnostic& x : d->diagnostics)
    if (x.severity == Diagnostic::Severity::kError) ADD_FAILURE() << x.format();
}

TEST(BundledDictionaries, RefusesAFileWithoutItsVersionLine) {
  const std::string dir = ::testing::TempDir() + "/bundled_version";
  std::filesystem::create_directories(dir);
  for (const char* kind : {"verbs", "actors", "agents", "discards", "issues"}) {
    std::FILE* f = std::fopen((dir + "/dyad." + kind + ".txt").c_str(), "w");
    ASSERT_NE(f, nullptr);
    std::fprintf(f, "# dyad-dictionary %s 1\n", kind);
    std::fclose(f);
  }
  std::FILE* f = std::fopen((dir + "/dyad.actors.extra.txt").c_str(), "w");
  ASSERT_NE(f, nullptr);
  std::fprintf(f, "RUSSIA_ [RUS]\n");
  std::fclose(f);
  auto paths = bundled_dictionary_paths(dir);
  ASSERT_FALSE(paths.ok());
  EXPECT_NE(paths.status().message().find("dyad.actors.extra.txt:1: expected '# dyad-dictionary actors "),
            std::string::npos)
      << paths.status().message();
  std::filesystem::remove_all(dir);
}

// dyad.verbs.txt is written by scripts/merge-verbs.sh from the fragments in
// data/dict/verbs/: a header, then each fragment under a "# Roots NAME"
// banner, its version line left out. A fragment edited without a merge, or a
// merged file edited by hand, fails here.
TEST(BundledDictionaries, VerbsMatchTheirFragments) {
  const std::string dir = testing::data_dir() + "/dict/verbs";
  std::vector<std::filesystem::path> fragments;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".txt") fragments.push_back(e.path());
  std::sort(fragments.begin(), fragments.end());
  ASSERT_GE(fragments.size(), 4u);
  const std::string rule = "# ======================================================================\n";
  std::string body;
  for (const auto& f : fragments) {
    body += "\n" + rule + "# Roots " + f.stem().string() + "\n" + rule;
    const std::string text = testing::read_file(f.string());
    for (size_t at = 0; at < text.size();) {
      size_t end = text.find('\n', at);
      end = end == std::string::npos ? text.size() : end + 1;
      const std::string_view line(text.data() + at, end - at);
      if (!line.starts_with("# dyad-dictionary")) body += line;
      at = end;
    }
  }
  const std::string merged = testing::read_file(testing::data_dir() + "/dict/dyad.verbs.txt");
  EXPECT_TRUE(merged.starts_with("# dyad-dictionary verbs 1\n"));
  EXPECT_TRUE(merged.size() >= body.size() && merged.ends_with(body))
      << "data/dict/dyad.verbs.txt does not match data/dict/verbs/*.txt: run scripts/merge-verbs.sh "
         "data/dict/verbs/*.txt";
}

TEST(BundledDictionaries, CodeTheProjectsOwnSentences) {
  auto paths = bundled_dictionary_paths(testing::data_dir() + "/dict");
  ASSERT_TRUE(paths.ok()) << paths.status().message();
  auto d = load_dictionaries(*paths);
  ASSERT_TRUE(d.ok());
  auto lexicon = Lexicon::compile(std::move(*d), testing::syntax_models().text);
  ASSERT_TRUE(lexicon.ok());
  auto ontology = coding::Ontology::load(testing::data_dir() + "/ontology");
  ASSERT_TRUE(ontology.ok());
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(testing::source_dir() + "/tests/dict/bundled"))
    if (e.path().extension() == ".xml") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  ASSERT_FALSE(files.empty());
  const Pipeline pipeline(testing::syntax_models());
  size_t records = 0, exact = 0, expected = 0, produced = 0, correct = 0;
  for (const std::string& file : files) {
    std::vector<std::string> problems;
    auto set = coding::read_validation(file, problems);
    ASSERT_TRUE(set.ok()) << set.status().message();
    for (const std::string& p : problems) ADD_FAILURE() << p;
    const coding::CodingScore s = coding::evaluate(*set, pipeline, *lexicon, &*ontology);
    std::printf("%s: %zu/%zu exact (%.1f%%), precision %.1f%%, recall %.1f%%\n",
                std::filesystem::path(file).filename().c_str(), s.exact, s.records, 100 * s.exact_rate(),
                100 * s.precision(), 100 * s.recall());
    records += s.records, exact += s.exact, expected += s.expected, produced += s.produced,
        correct += s.correct;
  }
  const double exact_rate = double(exact) / double(std::max<size_t>(records, 1));
  const double precision = double(correct) / double(std::max<size_t>(produced, 1));
  const double recall = double(correct) / double(std::max<size_t>(expected, 1));
  std::printf("all: %zu/%zu exact (%.1f%%), precision %.1f%%, recall %.1f%%\n", exact, records,
              100 * exact_rate, 100 * precision, 100 * recall);
  // Floors set from the figures when the set was written (see
  // data/dict/PROVENANCE.md); a dictionary or coder change that loses
  // sentences fails here.
  EXPECT_GE(records, 300u);
  EXPECT_GE(exact_rate, kExactFloor);
  EXPECT_GE(precision, kPrecisionFloor);
  EXPECT_GE(recall, kRecallFloor);
}

}  // namespace
}  // namespace dyad::dict
