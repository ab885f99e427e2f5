// Reading validation records and scoring against them; validation.h says why
// the reader is a scanner and what it keeps.
#include "coding/validation.h"

#include <algorithm>
#include <filesystem>
#include <optional>
#include <set>
#include <string_view>

#include "core/file.h"
#include "ingest/formats.h"
#include "pipeline.h"

namespace dyad::coding {
namespace {

constexpr std::string_view kSpace = " \t\r\n";

std::string_view trim(std::string_view s) {
  const size_t a = s.find_first_not_of(kSpace);
  if (a == std::string_view::npos) return {};
  return s.substr(a, s.find_last_not_of(kSpace) - a + 1);
}

// The value of attribute `name` inside a start tag ("id" in `Sentence id="x"`),
// spaces around '=' allowed, either quote.
std::optional<std::string> attribute(std::string_view tag, std::string_view name) {
  size_t from = 0;
  while (true) {
    const size_t at = tag.find(name, from);
    if (at == std::string_view::npos) return std::nullopt;
    from = at + 1;
    if (at > 0 && kSpace.find(tag[at - 1]) == std::string_view::npos) continue;
    size_t i = at + name.size();
    while (i < tag.size() && kSpace.find(tag[i]) != std::string_view::npos) ++i;
    if (i >= tag.size() || tag[i] != '=') continue;
    ++i;
    while (i < tag.size() && kSpace.find(tag[i]) != std::string_view::npos) ++i;
    if (i >= tag.size()) return std::nullopt;
    const char q = tag[i];
    if (q != '"' && q != '\'') {
      const size_t end = tag.find_first_of(" \t\r\n/>", i);
      return ingest::decode_xml_entities(tag.substr(i, end == std::string_view::npos ? end : end - i));
    }
    const size_t close = tag.find(q, i + 1);
    if (close == std::string_view::npos) return std::nullopt;
    return ingest::decode_xml_entities(tag.substr(i + 1, close - i - 1));
  }
}

bool truthy(std::string_view v) {
  std::string s(trim(v));
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  return s == "true" || s == "1" || s == "yes";
}

bool opens(std::string_view text, size_t at, std::string_view name) {
  if (text.compare(at + 1, name.size(), name) != 0) return false;
  const size_t after = at + 1 + name.size();
  return after < text.size() &&
         (text[after] == '>' || text[after] == '/' || kSpace.find(text[after]) != std::string_view::npos);
}

// The text of an element whose start tag ends at `from`: up to </name>.
std::string_view element_text(std::string_view text, size_t from, std::string_view name, size_t& end) {
  const std::string close = "</" + std::string(name) + ">";
  const size_t c = text.find(close, from);
  end = c == std::string_view::npos ? text.size() : c + close.size();
  return text.substr(from, (c == std::string_view::npos ? text.size() : c) - from);
}

// A dictionary named by <Environment>, looked for beside the file, then in
// a "dictionaries" folder beside it (the layout of the PETRARCH 2 GSR set).
std::string resolve(const std::filesystem::path& dir, std::string_view name) {
  const std::string n(trim(name));
  if (n.empty()) return {};
  for (const auto& candidate : {dir / n, dir / "dictionaries" / n})
    if (std::filesystem::exists(candidate)) return candidate.string();
  return (dir / n).string();
}

std::vector<std::string> split_list(std::string_view s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i <= s.size()) {
    const size_t comma = s.find(',', i);
    const std::string_view part = trim(s.substr(i, comma == std::string_view::npos ? s.npos : comma - i));
    if (!part.empty()) out.emplace_back(part);
    if (comma == std::string_view::npos) break;
    i = comma + 1;
  }
  return out;
}

}  // namespace

Result<ValidationSet> read_validation(const std::string& path, std::vector<std::string>& problems) {
  auto content = read_whole_file(path, "validation records");
  if (!content.ok()) return content.status();
  const std::string_view text = *content;
  ValidationSet set;
  set.path = path;
  const std::filesystem::path dir = std::filesystem::path(path).parent_path();
  CoderOptions options;
  std::set<std::string> include;  // <Include>: the categories scored; empty = all
  ValidationRecord* current = nullptr;
  size_t line = 1, line_at = 0;
  const auto line_of = [&](size_t at) {
    line += static_cast<size_t>(std::count(text.begin() + static_cast<std::ptrdiff_t>(line_at),
                                           text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
    line_at = at;
    return static_cast<uint32_t>(line);
  };
  size_t i = 0;
  while (true) {
    const size_t lt = text.find('<', i);
    if (lt == std::string_view::npos) break;
    if (text.compare(lt, 4, "<!--") == 0) {
      const size_t close = text.find("-->", lt + 4);
      if (close == std::string_view::npos) {
        problems.push_back(path + ":" + std::to_string(line_of(lt)) + ": comment never ends (no -->)");
        break;
      }
      i = close + 3;
      continue;
    }
    const size_t gt = text.find('>', lt);
    if (gt == std::string_view::npos) break;
    const std::string_view tag = text.substr(lt + 1, gt - lt - 1);
    i = gt + 1;
    if (opens(text, lt, "Verbfile")) {
      size_t end = 0;
      set.dictionaries.verbs = resolve(dir, element_text(text, i, "Verbfile", end));
      i = end;
    } else if (opens(text, lt, "Actorfile")) {
      size_t end = 0;
      for (const std::string& f : split_list(element_text(text, i, "Actorfile", end)))
        set.dictionaries.actors.push_back(resolve(dir, f));
      i = end;
    } else if (opens(text, lt, "Agentfile")) {
      size_t end = 0;
      set.dictionaries.agents = resolve(dir, element_text(text, i, "Agentfile", end));
      i = end;
    } else if (opens(text, lt, "Discardfile")) {
      size_t end = 0;
      set.dictionaries.discards = resolve(dir, element_text(text, i, "Discardfile", end));
      i = end;
    } else if (opens(text, lt, "Issuefile")) {
      size_t end = 0;
      set.dictionaries.issues = resolve(dir, element_text(text, i, "Issuefile", end));
      i = end;
    } else if (opens(text, lt, "Include")) {
      size_t end = 0;
      const std::string_view list = element_text(text, i, "Include", end);
      size_t w = 0;
      while (w < list.size()) {
        const size_t a = list.find_first_not_of(kSpace, w);
        if (a == std::string_view::npos) break;
        const size_t b = std::min(list.find_first_of(kSpace, a), list.size());
        include.emplace(list.substr(a, b - a));
        w = b;
      }
      i = end;
    } else if (opens(text, lt, "Config")) {
      const auto name = attribute(tag, "option");
      const auto value = attribute(tag, "value");
      if (name && value) {
        if (*name == "require_dyad") {
          options.require_dyad = truthy(*value);
        } else if (*name == "new_actor_length") {
          try {
            options.new_actor_length = static_cast<uint32_t>(std::stoul(*value));
          } catch (const std::exception&) {
            problems.push_back(path + ":" + std::to_string(line_of(lt)) + ": new_actor_length '" + *value +
                               "' is not a number; ignored");
          }
        }
        // comma_* and stop_on_error tune PETRARCH's constituency heuristics
        // and its test runner; they have no meaning for dyad's coder.
      }
    } else if (opens(text, lt, "Sentence")) {
      ValidationRecord r;
      r.line = line_of(lt);
      r.id = attribute(tag, "id").value_or("");
      r.category = attribute(tag, "category").value_or("");
      if (const auto e = attribute(tag, "evaluate")) r.evaluate = truthy(*e);
      if (const auto d = attribute(tag, "date")) {
        if (auto parsed = Date::parse(trim(*d))) r.date = *parsed;
      }
      if (r.id.empty())
        problems.push_back(path + ":" + std::to_string(r.line) + ": <Sentence> has no id; numbered instead");
      if (r.id.empty()) r.id = "record-" + std::to_string(set.records.size() + 1);
      if (!include.empty() && !include.count(r.category)) r.evaluate = false;
      r.options = options;
      set.records.push_back(std::move(r));
      current = &set.records.back();
    } else if (current && opens(text, lt, "EventCoding")) {
      if (const auto none = attribute(tag, "noevents"); none && truthy(*none)) continue;
      if (const auto error = attribute(tag, "error")) {
        // A record that tests how PETRARCH reads a broken <Parse> says nothing
        // about a coder that parses the text itself; the other error records
        // (discards, a dateline) expect no events, which is what an empty
        // expectation says.
        if (*error == "bad_input_parse") current->error_test = true;
        continue;
      }
      const auto s = attribute(tag, "sourcecode");
      const auto t = attribute(tag, "targetcode");
      const auto c = attribute(tag, "eventcode");
      if (!s || !c) {
        problems.push_back(path + ":" + std::to_string(line_of(lt)) +
                           ": <EventCoding> without sourcecode or " + "eventcode in record " + current->id +
                           "; ignored");
        continue;
      }
      CodedTriple triple{std::string(trim(*s)), t ? std::string(trim(*t)) : "---", std::string(trim(*c))};
      if (triple.target.empty()) triple.target = "---";
      if (triple.source == "?" || triple.code == "?") current->error_test = true;
      current->expected.push_back(std::move(triple));
    } else if (current && opens(text, lt, "Text")) {
      size_t end = 0;
      current->text = ingest::decode_xml_entities(trim(element_text(text, i, "Text", end)));
      i = end;
    } else if (opens(text, lt, "Parse")) {
      // Parses made by other programs are not read: dyad codes from the text.
      size_t end = 0;
      element_text(text, i, "Parse", end);
      i = end;
    } else if (text.compare(lt, 11, "</Sentence>") == 0) {
      current = nullptr;
    }
  }
  if (set.records.empty()) return Status::Invalid(path + ": no <Sentence> records found");
  for (ValidationRecord& r : set.records) {
    std::sort(r.expected.begin(), r.expected.end());
    r.expected.erase(std::unique(r.expected.begin(), r.expected.end()), r.expected.end());
    if (r.text.empty()) {
      problems.push_back(path + ":" + std::to_string(r.line) + ": record " + r.id +
                         " has no <Text>; not scored");
      r.evaluate = false;
    }
  }
  // A suite with its own PETRARCH dictionaries writes "rebels" alone as
  // "---REB"; dyad's own records, coded with the bundled set, as CAMEO does ("REB").
  if (set.dictionaries.empty()) {
    set.no_country.clear();
    set.reported_statements = false;
  }
  return set;
}

std::vector<CodedTriple> triples_of(const std::vector<Event>& events) {
  std::vector<CodedTriple> out;
  for (const Event& e : events) out.push_back({e.source, e.target.empty() ? "---" : e.target, e.code});
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

void CodingScore::add(const ValidationRecord& record, std::vector<CodedTriple> got) {
  std::sort(got.begin(), got.end());
  got.erase(std::unique(got.begin(), got.end()), got.end());
  RecordOutcome o;
  o.record = &record;
  o.exact = got == record.expected;
  ++records;
  expected += record.expected.size();
  produced += got.size();
  for (const CodedTriple& t : got)
    if (std::binary_search(record.expected.begin(), record.expected.end(), t)) ++correct;
  if (o.exact) ++exact;
  Category& c = categories[record.category];
  ++c.records;
  if (o.exact) ++c.exact;
  o.got = std::move(got);
  outcomes.push_back(std::move(o));
}

CodingScore evaluate(const ValidationSet& set, const Pipeline& pipeline, const dict::Lexicon& lexicon,
                     const Ontology* ontology) {
  CodingScore score;
  Story story;
  Pipeline::Scratch scratch;
  CoderScratch coder_scratch;
  std::vector<Event> events;
  for (const ValidationRecord& r : set.records) {
    if (!r.evaluate || r.error_test) {
      ++score.skipped;
      continue;
    }
    story.reset();
    story.id = r.id;
    story.origin = set.path + ":" + std::to_string(r.line);
    story.text = r.text;
    story.date = r.date;
    pipeline.process(story, scratch);
    events.clear();
    CoderOptions options = r.options;
    options.ontology = ontology;
    options.no_country = set.no_country;
    options.reported_statements = set.reported_statements;
    Coder(lexicon, options).code(story, coder_scratch, events);
    score.add(r, triples_of(events));
  }
  return score;
}

}  // namespace dyad::coding
