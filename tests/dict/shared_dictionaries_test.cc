// Golden test: every dictionary in ../shared (Phoenix, the PETRARCH 2 and
// UD-PETRARCH validation suites, the GSR set and TABARI's validation suite)
// loads with no error. The counts and the kinds of warning that remain are
// compared with tests/golden/dict/shared.txt, so a change in what dyad reads
// from real dictionaries shows up in review. DYAD_UPDATE_GOLDEN=1 rewrites it.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <string>

#include "dict/load.h"
#include "test_paths.h"

namespace dyad::dict {
namespace {

namespace fs = std::filesystem;

struct Set {
  const char* name;
  const char* dir;  // under ../shared
  const char* verbs;
  std::vector<const char*> actors;
  const char* agents;
  const char* discards;
  const char* issues;
};

const std::vector<Set>& sets() {
  static const std::vector<Set> kSets = {
      {"phoenix",
       "dictionaries/phoenix",
       "CAMEO.2.0.txt",
       {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"},
       "Phoenix.agents.txt",
       "Phoenix.discards.txt",
       "Phoenix.IssueCoding.txt"},
      {"petrarch2",
       "conformance/petrarch2",
       "PETR.Validate.verbs.txt",
       {"PETR.Validate.actors.txt"},
       "PETR.Validate.agents.txt",
       "PETR.Validate.discards.txt",
       ""},
      {"udp-validate",
       "conformance/udp-validate",
       "PETR_Validate_verbs_2_02.txt",
       {"PETR_Validate_actors_2_02.txt"},
       "PETR_Validate_agents_2_02.txt",
       "PETR_Validate_discards_2_02.txt",
       ""},
      {"petr2-gsr",
       "conformance/petr2-gsr/dictionaries",
       "CAMEO.2.0.txt",
       {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"},
       "Phoenix.agents.txt",
       "Phoenix.discards.txt",
       ""},
      {"tabari-validate",
       "conformance/tabari-validate",
       "TABARI.Demo.verbs",
       {"TABARI.Demo.actors"},
       "Validate.agents",
       "",
       ""},
  };
  return kSets;
}

// A warning's kind: its message with quoted words and numbers blanked, so
// the golden file records what kinds of oddity remain, not dictionary text.
std::string kind_of(const std::string& message) {
  // Directories differ between machines; quoted names may hold apostrophes
  // (PEOPLE'S LIBERATION ARMY), so a quote ends only before a separator.
  static const std::regex dirs("(/[^ /:]+)+/");
  static const std::regex quoted("'.*?'(?=[ ;,:)]|$)|\\[[^\\]]*\\]|![A-Z]+!|&[A-Z0-9_]+|[0-9]+");
  return std::regex_replace(std::regex_replace(message, dirs, ""), quoted, "_");
}

std::string describe(const Dictionaries& d, const std::string& shared) {
  std::string out;
  for (size_t i = 0; i < d.files.size(); ++i)
    out += "file " + fs::relative(d.files[i], shared).string() +
           (d.dialects[i] == Dialect::kTabari ? " tabari\n" : " petrarch\n");
  DictionaryStats s = stats(d);
  out += "actors " + std::to_string(s.actors) + " phrases " + std::to_string(s.actor_phrases) + " dated " +
         std::to_string(s.dated_codes) + "\n";
  out += "agents " + std::to_string(s.agents) + " forms " + std::to_string(s.agent_forms) + "\n";
  out += "verbs blocks " + std::to_string(s.verb_blocks) + " verbs " + std::to_string(s.verbs) + " forms " +
         std::to_string(s.verb_forms) + " generated " + std::to_string(s.generated_verb_forms) +
         " patterns " + std::to_string(s.patterns) + " synsets " + std::to_string(s.synsets) + " members " +
         std::to_string(s.synset_members) + " transformations " + std::to_string(s.transformations) + "\n";
  out += "discards " + std::to_string(s.discards) + " issues " + std::to_string(s.issues) + " forms " +
         std::to_string(s.issue_forms) + "\n";
  out +=
      "errors " + std::to_string(d.error_count()) + " warnings " + std::to_string(d.warning_count()) + "\n";
  std::map<std::string, int> kinds;
  for (const Diagnostic& x : d.diagnostics)
    kinds[fs::path(x.file).filename().string() + ": " + kind_of(x.message)]++;
  for (const auto& [k, n] : kinds) out += "  " + std::to_string(n) + " x " + k + "\n";
  return out;
}

TEST(DictShared, EveryDictionaryInSharedLoadsWithoutError) {
  DYAD_REQUIRE_SHARED(shared);
  std::string report;
  for (const Set& set : sets()) {
    const std::string dir = shared + "/" + set.dir + "/";
    auto p = [&](const char* f) { return *f ? dir + f : std::string(); };
    DictionaryPaths paths;
    paths.verbs = p(set.verbs);
    for (const char* a : set.actors) paths.actors.push_back(p(a));
    paths.agents = p(set.agents);
    paths.discards = p(set.discards);
    paths.issues = p(set.issues);
    auto d = load_dictionaries(paths);
    ASSERT_TRUE(d.ok()) << set.name << ": " << d.status().message();
    for (const Diagnostic& x : d->diagnostics)
      EXPECT_NE(x.severity, Diagnostic::Severity::kError) << set.name << ": " << x.format();
    EXPECT_GT(d->actors.size(), 0u) << set.name;
    EXPECT_GT(d->verbs.verbs.size(), 0u) << set.name;
    report += "== " + std::string(set.name) + "\n" + describe(*d, shared);
  }
  const std::string golden = dyad::testing::source_dir() + "/tests/golden/dict/shared.txt";
  if (const char* u = std::getenv("DYAD_UPDATE_GOLDEN"); u && std::string(u) == "1") {
    std::ofstream(golden) << report;
  }
  ASSERT_TRUE(fs::exists(golden)) << golden << " missing: run with DYAD_UPDATE_GOLDEN=1";
  EXPECT_EQ(report, dyad::testing::read_file(golden))
      << "run with DYAD_UPDATE_GOLDEN=1 after a deliberate change";
}

}  // namespace
}  // namespace dyad::dict
