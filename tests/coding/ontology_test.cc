#include "coding/ontology.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "test_paths.h"

namespace dyad::coding {
namespace {

const Ontology& bundled() {
  static const Ontology* o = [] {
    auto r = Ontology::load(testing::data_dir() + "/ontology");
    if (!r.ok()) {
      ADD_FAILURE() << r.status().message();
      return new Ontology();
    }
    return new Ontology(std::move(r).value());
  }();
  return *o;
}

// The usual root-based split (GDELT, ICEWS): 01-05, 06-08, 09-13, 14-20.
int quad_of_root(int root) { return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4; }

TEST(OntologyTest, BundledTablesLoad) {
  auto r = Ontology::load(testing::data_dir() + "/ontology");
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->size(), 311u);
  const CameoCode* c = r->find_exact("0871");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->name, "Declare truce, ceasefire");
  EXPECT_EQ(c->quad_class, 2);
  EXPECT_DOUBLE_EQ(c->goldstein, 9.0);
  EXPECT_EQ(c->parent(), "087");
  EXPECT_EQ(c->root(), "08");
}

TEST(OntologyTest, AllTwentyRootsPresent) {
  const Ontology& o = bundled();
  int roots = 0;
  for (const CameoCode& c : o.codes()) roots += c.is_root();
  EXPECT_EQ(roots, 20);
  for (int i = 1; i <= 20; ++i) {
    const std::string root = (i < 10 ? "0" : "") + std::to_string(i);
    const CameoCode* c = o.find_exact(root);
    ASSERT_NE(c, nullptr) << root;
    EXPECT_TRUE(c->is_root());
    // Every root has its "not specified below" 3-digit child, e.g. 190.
    EXPECT_NE(o.find_exact(root + "0"), nullptr) << root;
  }
  EXPECT_EQ(o.find_exact("14")->name, "PROTEST");
  EXPECT_EQ(o.find_exact("20")->name, "USE UNCONVENTIONAL MASS VIOLENCE");
}

TEST(OntologyTest, EveryParentExistsAndQuadClassFollowsRoot) {
  const Ontology& o = bundled();
  std::set<std::string> seen;
  for (const CameoCode& c : o.codes()) {
    ASSERT_GE(c.code.size(), 2u);
    ASSERT_LE(c.code.size(), 4u);
    if (!c.is_root()) {
      EXPECT_TRUE(seen.count(std::string(c.parent()))) << c.code << " listed before its parent";
      EXPECT_NE(o.find_exact(c.parent()), nullptr) << c.code;
    }
    seen.insert(c.code);
    EXPECT_EQ(c.quad_class, quad_of_root(std::stoi(std::string(c.root())))) << c.code;
    EXPECT_GE(c.goldstein, -10.0) << c.code;
    EXPECT_LE(c.goldstein, 10.0) << c.code;
    EXPECT_FALSE(c.name.empty()) << c.code;
  }
}

TEST(OntologyTest, KnownGoldsteinValues) {
  const Ontology& o = bundled();
  const struct {
    const char* code;
    double value;
  } cases[] = {
      {"0871", 9.0},   {"0874", 10.0},  {"057", 8.0},   {"074", 8.5},   {"042", 1.9},  {"043", 2.8},
      {"011", -0.1},   {"112", -2.0},   {"1122", -2.0}, {"106", -5.0},  {"130", -4.4}, {"163", -8.0},
      {"171", -9.2},   {"1712", -9.2},  {"172", -5.0},  {"1721", -5.0}, {"182", -9.5}, {"1821", -9.0},
      {"1823", -10.0}, {"184", -8.0},   {"19", -10.0},  {"190", -10.0}, {"191", -9.5}, {"196", -9.5},
      {"201", -9.5},   {"2042", -10.0},
  };
  for (const auto& c : cases) {
    auto g = o.goldstein(c.code);
    ASSERT_TRUE(g.has_value()) << c.code;
    EXPECT_DOUBLE_EQ(*g, c.value) << c.code;
  }
  // The 20 roots.
  const double roots[] = {0.0,  3.0,  4.0,  1.0,  3.5,  6.0,  7.0,  5.0,  -2.0,  -5.0,
                          -2.0, -4.0, -6.0, -6.5, -7.2, -4.0, -7.0, -9.0, -10.0, -10.0};
  for (int i = 1; i <= 20; ++i) {
    const std::string root = (i < 10 ? "0" : "") + std::to_string(i);
    EXPECT_DOUBLE_EQ(*o.goldstein(root), roots[i - 1]) << root;
  }
}

TEST(OntologyTest, KnownPloverMappings) {
  const Ontology& o = bundled();
  const struct {
    const char* code;
    PloverType type;
    const char* mode;
  } cases[] = {
      {"036", PloverType::kAgree, ""},
      {"042", PloverType::kConsult, "visit"},
      {"041", PloverType::kConsult, "phone"},
      {"057", PloverType::kSupport, ""},
      {"0811", PloverType::kConcede, ""},
      {"061", PloverType::kCooperate, ""},
      {"073", PloverType::kAid, ""},
      {"0871", PloverType::kRetreat, "ceasefire"},
      {"0841", PloverType::kRetreat, "release"},
      {"091", PloverType::kAccuse, "investigate"},
      {"1053", PloverType::kDemand, "yield"},
      {"111", PloverType::kAccuse, "disapprove"},
      {"1122", PloverType::kAccuse, "allege"},
      {"116", PloverType::kSanction, "convict"},
      {"125", PloverType::kReject, "meet"},
      {"1384", PloverType::kThreaten, "violence"},
      {"145", PloverType::kProtest, "riot"},
      {"154", PloverType::kMobilize, "troops"},
      {"163", PloverType::kSanction, "discontinue"},
      {"173", PloverType::kCoerce, "arrest"},
      {"1712", PloverType::kAssault, "destroy"},
      {"1823", PloverType::kAssault, ""},
      {"191", PloverType::kCoerce, "restrict"},
      {"193", PloverType::kAssault, "firearms"},
      {"2041", PloverType::kAssault, "unconventional"},
  };
  for (const auto& c : cases) {
    const PloverMapping* m = o.plover(c.code);
    ASSERT_NE(m, nullptr) << c.code;
    EXPECT_EQ(plover_type_name(m->type), plover_type_name(c.type)) << c.code;
    EXPECT_EQ(m->mode, c.mode) << c.code;
  }
  // PLOVER dropped CAMEO's statements (01) and appeals (02).
  EXPECT_EQ(o.plover("010")->type, PloverType::kNone);
  EXPECT_EQ(o.plover("0231")->type, PloverType::kNone);
}

TEST(OntologyTest, EveryCodeFrom03HasAPloverTypeAndAllTypesAreUsed) {
  const Ontology& o = bundled();
  std::set<PloverType> used;
  for (const CameoCode& c : o.codes()) {
    const bool dropped = c.root() == "01" || c.root() == "02";
    EXPECT_EQ(c.plover.type == PloverType::kNone, dropped) << c.code;
    used.insert(c.plover.type);
  }
  EXPECT_EQ(used.size(), static_cast<size_t>(kPloverTypeCount) + 1);  // + kNone
}

TEST(OntologyTest, PloverTypeNamesRoundTrip) {
  for (int i = 1; i <= kPloverTypeCount; ++i) {
    const auto t = static_cast<PloverType>(i);
    EXPECT_EQ(parse_plover_type(plover_type_name(t)), t);
  }
  EXPECT_EQ(plover_type_name(PloverType::kNone), "");
  EXPECT_FALSE(parse_plover_type("agree").has_value());
  EXPECT_FALSE(parse_plover_type("").has_value());
}

TEST(OntologyTest, PrefixFallback) {
  const Ontology& o = bundled();
  bool fell_back = true;
  const CameoCode* c = o.find("0871", &fell_back);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->code, "0871");
  EXPECT_FALSE(fell_back);

  c = o.find("1010", &fell_back);  // not a CAMEO code; 101 is
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->code, "101");
  EXPECT_TRUE(fell_back);
  EXPECT_EQ(o.quad_class("1010"), 3);
  EXPECT_EQ(o.plover("1010")->type, PloverType::kDemand);

  c = o.find("075A", &fell_back);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->code, "075");
  EXPECT_TRUE(fell_back);
  EXPECT_DOUBLE_EQ(*o.goldstein("075A"), 7.0);

  c = o.find("08711", &fell_back);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->code, "0871");
  EXPECT_TRUE(fell_back);

  c = o.find("1991", &fell_back);  // a 4-digit code under 199, which does not exist: root 19
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->code, "19");
  EXPECT_TRUE(fell_back);

  // A WEIS code and PETRARCH's null code have no known prefix.
  for (const char* unknown : {"901", "---", "", "0", "X1"}) {
    fell_back = true;
    EXPECT_EQ(o.find(unknown, &fell_back), nullptr) << unknown;
    EXPECT_FALSE(fell_back) << unknown;
    EXPECT_EQ(o.quad_class(unknown), 0) << unknown;
    EXPECT_FALSE(o.goldstein(unknown).has_value()) << unknown;
    EXPECT_EQ(o.plover(unknown), nullptr) << unknown;
  }
  EXPECT_EQ(o.find_exact("1010"), nullptr);
}

// Small tables built in code; line numbers in the messages count the header.
class OntologyFileTest : public testing::TempDirTest {
 protected:
  static constexpr const char* kCameoHeader = "# dyad-ontology cameo 1\n";
  static constexpr const char* kPloverHeader = "# dyad-ontology cameo-plover 1\n";
  static constexpr const char* kGoodCameo =
      "# code\tname\tquad_class\tgoldstein\n"  // line 2
      "08\tYIELD\t2\t5.0\n"                    // line 3
      "087\tDe-escalate military engagement\t2\t9.0\n"
      "0871\tDeclare truce, ceasefire\t2\t9.0\n";
  static constexpr const char* kGoodPlover =
      "08\tCONCEDE\n"  // line 2
      "087\tRETREAT\tdisarm\n";

  Result<Ontology> load(const std::string& cameo_body, const std::string& plover_body,
                        const std::string& cameo_header = kCameoHeader,
                        const std::string& negation_body = "") {
    write("cameo.tsv", cameo_header + cameo_body);
    write("cameo-plover.tsv", kPloverHeader + plover_body);
    write("cameo-negation.tsv", "# dyad-ontology cameo-negation 1\n" + negation_body);
    return Ontology::load(dir_.string());
  }
  // Expects a failure whose message names FILE:LINE and contains `what`.
  void expect_error(const Result<Ontology>& r, const std::string& file_line, const std::string& what) {
    ASSERT_FALSE(r.ok());
    const std::string& msg = r.status().message();
    EXPECT_NE(msg.find(file_line + ": "), std::string::npos) << msg;
    EXPECT_NE(msg.find(what), std::string::npos) << msg;
  }
};

TEST_F(OntologyFileTest, SmallTablesLoadAndInheritPlover) {
  auto r = load(kGoodCameo, kGoodPlover);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->size(), 3u);
  const PloverMapping* m = r->plover("0871");  // no row of its own
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->type, PloverType::kRetreat);
  EXPECT_EQ(m->mode, "disarm");
  EXPECT_TRUE(m->inherited);
  EXPECT_FALSE(r->plover("087")->inherited);
}

TEST_F(OntologyFileTest, NegationFallsBackToTheParentsLine) {
  auto r = load(kGoodCameo, kGoodPlover, kCameoHeader, "087\t08\n");
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->negation("0871"), "08");
  EXPECT_EQ(r->negation("087"), "08");
  EXPECT_EQ(r->negation("08"), "");
  expect_error(load(kGoodCameo, kGoodPlover, kCameoHeader, "087\t99\n"), "cameo-negation.tsv:2",
               "\"99\" is not in cameo.tsv");
}

TEST(OntologyBundledTest, NegatedCooperationIsARefusal) {
  auto o = Ontology::load(testing::data_dir() + "/ontology");
  ASSERT_TRUE(o.ok()) << o.status().message();
  EXPECT_EQ(o->negation("036"), "125");    // intend to meet -> reject proposal to meet
  EXPECT_EQ(o->negation("0871"), "1246");  // declare truce -> refuse to de-escalate
  EXPECT_EQ(o->negation("057"), "127");
  EXPECT_EQ(o->negation("190"), "");  // an attack that did not happen is no event
  EXPECT_EQ(o->negation("112"), "");
}

TEST_F(OntologyFileTest, BadColumnCountNamesLine) {
  expect_error(load(std::string(kGoodCameo) + "0872\tEase military blockade\t2\n", kGoodPlover),
               "cameo.tsv:6", "expected 4 tab-separated columns");
}

TEST_F(OntologyFileTest, BadNumberNamesLine) {
  expect_error(load(std::string(kGoodCameo) + "0872\tEase military blockade\t2\tnine\n", kGoodPlover),
               "cameo.tsv:6", "bad Goldstein value \"nine\"");
  expect_error(load(std::string(kGoodCameo) + "0872\tEase military blockade\t2\t11.0\n", kGoodPlover),
               "cameo.tsv:6", "bad Goldstein value \"11.0\"");
  expect_error(load(std::string(kGoodCameo) + "0872\tEase military blockade\t5\t9.0\n", kGoodPlover),
               "cameo.tsv:6", "bad quad_class \"5\"");
}

TEST_F(OntologyFileTest, DuplicateCodeNamesBothLines) {
  expect_error(load(std::string(kGoodCameo) + "\n0871\tDeclare truce\t2\t9.0\n", kGoodPlover), "cameo.tsv:7",
               "duplicate code 0871 (first on line 5)");
  expect_error(load(kGoodCameo, std::string(kGoodPlover) + "08\tRETREAT\n"), "cameo-plover.tsv:4",
               "duplicate code 08 (first on line 2)");
}

TEST_F(OntologyFileTest, StructuralErrors) {
  expect_error(load(std::string(kGoodCameo) + "0991\tInvestigate something\t2\t-2.0\n", kGoodPlover),
               "cameo.tsv:6", "its parent 099 is not defined above it");
  expect_error(load(std::string(kGoodCameo) + "0872\tEase military blockade\t3\t9.0\n", kGoodPlover),
               "cameo.tsv:6", "differs from its parent 087's (2)");
  expect_error(load(std::string(kGoodCameo) + "08A\tYield somehow\t2\t5.0\n", kGoodPlover), "cameo.tsv:6",
               "bad code \"08A\"");
  expect_error(load(kGoodCameo, std::string(kGoodPlover) + "0872\tRETREAT\n"), "cameo-plover.tsv:4",
               "code \"0872\" is not in cameo.tsv");
  expect_error(load(kGoodCameo, std::string(kGoodPlover) + "0871\tSURRENDER\n"), "cameo-plover.tsv:4",
               "unknown PLOVER type \"SURRENDER\"");
  expect_error(load(kGoodCameo, std::string(kGoodPlover) + "0871\tRETREAT\tCease Fire\n"),
               "cameo-plover.tsv:4", "bad mode");
}

TEST_F(OntologyFileTest, HeaderIsChecked) {
  expect_error(load(kGoodCameo, kGoodPlover, "# dyad-ontology cameo 2\n"), "cameo.tsv:1",
               "table version 2 is not supported");
  expect_error(load(kGoodCameo, kGoodPlover, "code\tname\tquad_class\tgoldstein\n"), "cameo.tsv:1",
               "expected header");
}

TEST_F(OntologyFileTest, MissingFileIsAnError) {
  auto r = Ontology::load((dir_ / "nowhere").string());
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("cameo.tsv"), std::string::npos) << r.status().message();
}

}  // namespace
}  // namespace dyad::coding
