#include "coding/ontology.h"

#include <array>
#include <charconv>
#include <cmath>
#include <functional>

#include "core/file.h"

namespace dyad::coding {
namespace {

constexpr int kTableVersion = 1;

constexpr std::array<std::string_view, kPloverTypeCount + 1> kPloverNames = {
    "",       "AGREE",  "CONSULT",  "SUPPORT", "CONCEDE",  "COOPERATE", "AID",    "RETREAT", "DEMAND",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",  "COERCE", "ASSAULT",
};

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> out;
  for (;;) {
    const size_t tab = line.find('\t');
    out.push_back(trim(line.substr(0, tab)));
    if (tab == std::string_view::npos) return out;
    line.remove_prefix(tab + 1);
  }
}

bool all_digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}

// Reads one table: a header line "# dyad-ontology KIND VERSION", then rows of
// tab-separated fields; lines starting with '#' and blank lines are skipped.
// `row` gets each row's fields and its line number and returns an error
// message or "".
Status read_table(const std::string& path, std::string_view kind,
                  const std::function<std::string(const std::vector<std::string_view>&, size_t)>& row) {
  auto bytes = read_whole_file(path, "ontology table");
  if (!bytes.ok()) return bytes.status();
  std::string_view rest = *bytes;
  const std::string header = "# dyad-ontology " + std::string(kind) + " ";
  size_t n = 0;
  while (!rest.empty()) {
    const size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest.remove_prefix(nl == std::string_view::npos ? rest.size() : nl + 1);
    ++n;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (n == 1) {
      if (line.substr(0, header.size()) != header)
        return Status::Invalid(path + ":1: expected header \"" + header + "<version>\"");
      const std::string_view v = trim(line.substr(header.size()));
      int version = 0;
      const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), version);
      if (ec != std::errc() || end != v.data() + v.size())
        return Status::Invalid(path + ":1: expected header \"" + header + "<version>\"");
      if (version != kTableVersion)
        return Status::Invalid(path + ":1: table version " + std::to_string(version) +
                               " is not supported (this dyad reads version " + std::to_string(kTableVersion) +
                               "); update dyad or the data");
      continue;
    }
    if (!line.empty() && line.front() == '#') continue;
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    if (std::string err = row(split_tabs(line), n); !err.empty())
      return Status::Invalid(path + ":" + std::to_string(n) + ": " + err);
  }
  if (n == 0) return Status::Invalid(path + ":1: empty file, expected a header");
  return Status::Ok();
}

// "-9.5" -> -9.5; nullopt unless the whole field is a number in [-10, 10].
std::optional<double> parse_goldstein(std::string_view s) {
  double v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (s.empty() || ec != std::errc() || end != s.data() + s.size() || !std::isfinite(v) || v < -10 || v > 10)
    return std::nullopt;
  return v;
}

bool valid_mode(std::string_view s) {
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || c == '-' || c == '_')) return false;
  return true;
}

}  // namespace

std::string_view plover_type_name(PloverType type) { return kPloverNames[static_cast<size_t>(type)]; }

std::optional<PloverType> parse_plover_type(std::string_view name) {
  for (size_t i = 1; i < kPloverNames.size(); ++i)
    if (kPloverNames[i] == name) return static_cast<PloverType>(i);
  return std::nullopt;
}

Result<Ontology> Ontology::load(const std::string& dir) {
  Ontology o;
  std::map<std::string, size_t, std::less<>> line_of;  // code -> line, for duplicate messages
  const std::string cameo_path = dir + "/cameo.tsv";
  Status st = read_table(cameo_path, "cameo", [&](const std::vector<std::string_view>& f, size_t line) {
    if (f.size() != 4)
      return "expected 4 tab-separated columns (code, name, quad_class, goldstein), found " +
             std::to_string(f.size());
    CameoCode c;
    c.code = std::string(f[0]);
    if (!all_digits(c.code) || c.code.size() < 2 || c.code.size() > 4)
      return "bad code \"" + c.code + "\" (expected 2 to 4 digits)";
    if (auto it = line_of.find(c.code); it != line_of.end())
      return "duplicate code " + c.code + " (first on line " + std::to_string(it->second) + ")";
    const CameoCode* parent = nullptr;
    if (!c.is_root()) {
      auto it = o.index_.find(c.parent());
      if (it == o.index_.end())
        return "code " + c.code + ": its parent " + std::string(c.parent()) + " is not defined above it";
      parent = &o.codes_[it->second];
    }
    c.name = std::string(f[1]);
    if (c.name.empty()) return "code " + c.code + " has no name";
    if (f[2].size() != 1 || f[2][0] < '1' || f[2][0] > '4')
      return "bad quad_class \"" + std::string(f[2]) + "\" (expected 1, 2, 3 or 4)";
    c.quad_class = f[2][0] - '0';
    if (parent && c.quad_class != parent->quad_class)
      return "code " + c.code + ": quad_class " + std::to_string(c.quad_class) + " differs from its parent " +
             parent->code + "'s (" + std::to_string(parent->quad_class) + ")";
    const auto g = parse_goldstein(f[3]);
    if (!g) return "bad Goldstein value \"" + std::string(f[3]) + "\" (expected a number from -10 to 10)";
    c.goldstein = *g;
    line_of.emplace(c.code, line);
    o.index_.emplace(c.code, o.codes_.size());
    o.codes_.push_back(std::move(c));
    return std::string();
  });
  if (!st.ok()) return st;
  if (o.codes_.empty()) return Status::Invalid(cameo_path + ": no codes");

  std::vector<bool> has_row(o.codes_.size(), false);
  line_of.clear();
  st = read_table(
      dir + "/cameo-plover.tsv", "cameo-plover", [&](const std::vector<std::string_view>& f, size_t line) {
        if (f.size() < 2 || f.size() > 3)
          return "expected 2 or 3 tab-separated columns (code, type, mode), found " +
                 std::to_string(f.size());
        const std::string code(f[0]);
        auto it = o.index_.find(code);
        if (it == o.index_.end()) return "code \"" + code + "\" is not in cameo.tsv";
        if (auto dup = line_of.find(code); dup != line_of.end())
          return "duplicate code " + code + " (first on line " + std::to_string(dup->second) + ")";
        const auto type = parse_plover_type(f[1]);
        if (!type) {
          std::string all;
          for (size_t i = 1; i < kPloverNames.size(); ++i)
            all += (i > 1 ? ", " : "") + std::string(kPloverNames[i]);
          return "unknown PLOVER type \"" + std::string(f[1]) + "\" (expected one of " + all + ")";
        }
        const std::string_view mode = f.size() == 3 ? f[2] : std::string_view();
        if (!valid_mode(mode))
          return "bad mode \"" + std::string(mode) + "\" (lower-case letters, '-' and '_')";
        PloverMapping& m = o.codes_[it->second].plover;
        m.type = *type;
        m.mode = std::string(mode);
        has_row[it->second] = true;
        line_of.emplace(code, line);
        return std::string();
      });
  if (!st.ok()) return st;
  // Parents come before children, so one pass fills each unlisted code from its
  // parent, which is already final.
  for (size_t i = 0; i < o.codes_.size(); ++i) {
    CameoCode& c = o.codes_[i];
    if (has_row[i] || c.is_root()) continue;
    c.plover = o.codes_[o.index_.find(c.parent())->second].plover;
    c.plover.inherited = true;
  }
  std::map<std::string, size_t, std::less<>> negation_line;
  st = read_table(dir + "/cameo-negation.tsv", "cameo-negation",
                  [&](const std::vector<std::string_view>& f, size_t line) {
                    if (f.size() != 2)
                      return "expected 2 tab-separated columns (code, negated code), found " +
                             std::to_string(f.size());
                    for (std::string_view c : f)
                      if (!o.find_exact(c)) return "code \"" + std::string(c) + "\" is not in cameo.tsv";
                    if (auto dup = negation_line.find(f[0]); dup != negation_line.end())
                      return "duplicate code " + std::string(f[0]) + " (first on line " +
                             std::to_string(dup->second) + ")";
                    negation_line.emplace(std::string(f[0]), line);
                    o.negations_.emplace(std::string(f[0]), std::string(f[1]));
                    return std::string();
                  });
  if (!st.ok()) return st;
  return o;
}

std::string_view Ontology::negation(std::string_view code) const {
  for (size_t len = code.size(); len >= 2; --len)
    if (auto it = negations_.find(code.substr(0, len)); it != negations_.end()) return it->second;
  return {};
}

const CameoCode* Ontology::find_exact(std::string_view code) const {
  auto it = index_.find(code);
  return it == index_.end() ? nullptr : &codes_[it->second];
}

const CameoCode* Ontology::find(std::string_view code, bool* fell_back) const {
  for (size_t len = code.size(); len >= 2; --len) {
    if (const CameoCode* c = find_exact(code.substr(0, len))) {
      if (fell_back) *fell_back = len != code.size();
      return c;
    }
  }
  if (fell_back) *fell_back = false;
  return nullptr;
}

int Ontology::quad_class(std::string_view code) const {
  const CameoCode* c = find(code);
  return c ? c->quad_class : 0;
}

std::optional<double> Ontology::goldstein(std::string_view code) const {
  const CameoCode* c = find(code);
  return c ? std::optional<double>(c->goldstein) : std::nullopt;
}

const PloverMapping* Ontology::plover(std::string_view code) const {
  const CameoCode* c = find(code);
  return c ? &c->plover : nullptr;
}

}  // namespace dyad::coding
