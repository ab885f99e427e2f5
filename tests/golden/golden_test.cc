// Golden files: whole stories through the text stage, compared byte for byte
// with the expected sentences (JSONL) and tokens (CoNLL-U) beside them; and
// short stories in parse/ through the syntax stage too, compared with the
// CoNLL-U that `dyad parse` prints (they change whenever a syntax model is
// retrained: regenerate and review).
// Stories in code/ (and the bundled example) through the coder with dyad's
// bundled dictionaries, compared with the event records `dyad code` prints.
// Set DYAD_UPDATE_GOLDEN=1 to rewrite the expected files after a deliberate
// change, then review the diff.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "coding/coder.h"
#include "dict/load.h"
#include "dict/matcher.h"
#include "ingest/reader.h"
#include "output/conllu.h"
#include "output/json.h"
#include "test_paths.h"
#include "text/text_test_util.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

void compare_or_update(const fs::path& expected_path, const std::string& actual) {
  if (const char* u = std::getenv("DYAD_UPDATE_GOLDEN"); u && std::string(u) == "1") {
    std::ofstream(expected_path, std::ios::binary) << actual;
    return;
  }
  ASSERT_TRUE(fs::exists(expected_path)) << expected_path << " missing: run with DYAD_UPDATE_GOLDEN=1";
  EXPECT_EQ(testing::read_file(expected_path.string()), actual) << "golden mismatch: " << expected_path;
}

std::vector<fs::path> golden_inputs() {
  std::vector<fs::path> inputs = {fs::path(testing::data_dir()) / "examples" / "example.txt"};
  for (const auto& e : fs::directory_iterator(fs::path(testing::source_dir()) / "tests" / "golden"))
    if (e.path().extension() == ".txt") inputs.push_back(e.path());
  std::sort(inputs.begin() + 1, inputs.end());
  return inputs;
}

TEST(GoldenTest, Stories) {
  const auto inputs = golden_inputs();
  ASSERT_GE(inputs.size(), 5u);
  for (const fs::path& in : inputs) {
    SCOPED_TRACE(in.string());
    Story s = story_from_text(testing::read_file(in.string()), in.stem().string());
    Pipeline(testing::models()).process(s);
    std::string sentences, conllu;
    for (size_t i = 0; i < s.sentences.size(); ++i) {
      sentences += to_line(sentence_json(s, i)) + "\n";
      conllu += sentence_conllu(s, i);
    }
    const fs::path base = fs::path(testing::source_dir()) / "tests" / "golden" / in.stem();
    compare_or_update(base.string() + ".sentences.jsonl", sentences);
    compare_or_update(base.string() + ".conllu", conllu);
  }
}

using testing::syntax_models;

TEST(GoldenTest, Parses) {
  std::vector<fs::path> inputs;
  for (const auto& e : fs::directory_iterator(fs::path(testing::source_dir()) / "tests" / "golden" / "parse"))
    if (e.path().extension() == ".txt") inputs.push_back(e.path());
  std::sort(inputs.begin(), inputs.end());
  ASSERT_GE(inputs.size(), 3u);
  for (const fs::path& in : inputs) {
    SCOPED_TRACE(in.string());
    Story s = story_from_text(testing::read_file(in.string()), in.stem().string());
    Pipeline(syntax_models()).process(s);
    std::string conllu;
    for (size_t i = 0; i < s.sentences.size(); ++i) conllu += sentence_conllu(s, i);
    compare_or_update(in.parent_path() / (in.stem().string() + ".conllu"), conllu);
  }
}

TEST(GoldenTest, Events) {
  const fs::path dir = fs::path(testing::source_dir()) / "tests" / "golden" / "code";
  std::vector<fs::path> inputs = {fs::path(testing::data_dir()) / "examples" / "example.txt"};
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".txt") inputs.push_back(e.path());
  std::sort(inputs.begin() + 1, inputs.end());
  ASSERT_GE(inputs.size(), 3u);
  auto paths = dict::bundled_dictionary_paths(testing::data_dir() + "/dict");
  ASSERT_TRUE(paths.ok()) << paths.status().message();
  auto dicts = dict::load_dictionaries(*paths);
  ASSERT_TRUE(dicts.ok()) << dicts.status().message();
  auto lexicon = dict::Lexicon::compile(std::move(*dicts), syntax_models().text);
  ASSERT_TRUE(lexicon.ok());
  auto ontology = coding::Ontology::load(testing::data_dir() + "/ontology");
  ASSERT_TRUE(ontology.ok());
  const coding::Coder coder(*lexicon, coding::CoderOptions{.ontology = &*ontology});
  for (const fs::path& in : inputs) {
    SCOPED_TRACE(in.string());
    Story s = story_from_text(testing::read_file(in.string()), in.stem().string());
    Pipeline(syntax_models()).process(s);
    coding::CoderScratch scratch;
    std::vector<Event> events;
    coder.code(s, scratch, events);
    std::string lines;
    for (const Event& e : events) lines += to_line(event_json(s, e)) + "\n";
    compare_or_update(dir / (in.stem().string() + ".events.jsonl"), lines);
  }
}

}  // namespace
}  // namespace dyad
