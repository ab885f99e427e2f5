// The JSONL reader: one story per line. Lines are read one at a time with a
// length cap, so neither a huge file nor a runaway line without a newline can
// make memory grow; a bad line is reported with its number and reading goes on,
// because one broken record in a million should not cost the other 999,999.
//
// Lines are parsed with simdjson's DOM parser, which validates the whole line
// (structure, UTF-8, escapes, numbers, literals), so a line is rejected for
// invalid JSON anywhere in it, not only in the fields we read. One parser per
// reader; its buffers are reused from line to line.
//
// Where the two parsers disagree, a line is accepted or refused as before:
// simdjson refuses nesting deeper than a depth limit and integers that do not
// fit in 64 bits, which nlohmann-json accepts (a big integer reads as a
// float), and nlohmann stops at a NUL byte outside a string as if the line
// ended there. A line that simdjson refuses for one of those reasons (or that
// holds a NUL) is handed to nlohmann, which decides it as it always did. Such
// lines are rare, so the slower parser costs nothing.
#include <simdjson.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <optional>

#include "ingest/formats.h"

namespace dyad::ingest {
namespace {

using nlohmann::json;
namespace dom = simdjson::dom;

// A parser that has grown past this for one long line is dropped afterwards,
// so that one huge record does not keep its buffers (up to ~14 bytes per input
// byte) for the rest of the run.
constexpr size_t kKeepParserBytes = 4u << 20;
// Its first allocation: enough for most news stories.
constexpr size_t kMinParserBytes = 64u << 10;

std::string_view trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

Status type_error(const std::string& where, const char* key, const char* want) {
  return Status::Invalid(where + ": \"" + key + "\" must be " + want);
}

// --- simdjson --------------------------------------------------------------

// Why simdjson refused a line, in a few words (its own messages run long).
std::string parse_error(simdjson::error_code e) {
  switch (e) {
    case simdjson::TAPE_ERROR:
      return "bad structure (missing or extra comma, colon, bracket or brace, unquoted key, or text "
             "after the value)";
    case simdjson::INCOMPLETE_ARRAY_OR_OBJECT:
      return "unexpected end of input";
    case simdjson::STRING_ERROR:
      return "bad escape in a string";
    case simdjson::T_ATOM_ERROR:
    case simdjson::F_ATOM_ERROR:
    case simdjson::N_ATOM_ERROR:
      return "bad literal";
    case simdjson::UTF8_ERROR:
      return "ill-formed UTF-8";
    case simdjson::UNESCAPED_CHARS:
      return "unescaped control character in a string";
    case simdjson::UNCLOSED_STRING:
      return "unclosed string";
    case simdjson::EMPTY:
      return "no value";
    case simdjson::TRAILING_CONTENT:
      return "text after the value";
    default:
      return simdjson::error_message(e);
  }
}

// Whether simdjson's refusal of `line` may be one that nlohmann would not
// share: deep nesting, integers beyond 64 bits, running out of room, or a NUL
// byte, which ends nlohmann's input (so that "{...}\0junk" reads as "{...}").
bool ask_nlohmann(simdjson::error_code e, std::string_view line) {
  return e == simdjson::DEPTH_ERROR || e == simdjson::NUMBER_ERROR || e == simdjson::CAPACITY ||
         e == simdjson::MEMALLOC || line.find('\0') != std::string_view::npos;
}

// The fields dyad reads; when a key repeats, the last one counts (as it did
// with nlohmann).
struct Fields {
  std::optional<dom::element> id, text, date, source, url, title;
};

bool absent(const std::optional<dom::element>& e) { return !e || e->is_null(); }

// An optional string field; null counts as absent.
Status optional_string(const std::optional<dom::element>& e, const char* key, const std::string& where,
                       std::string& out) {
  if (absent(e)) return Status::Ok();
  std::string_view v;
  if (e->get_string().get(v) != simdjson::SUCCESS) return type_error(where, key, "a string");
  out.assign(v);
  return Status::Ok();
}

Status to_story(const Fields& f, const std::string& where, const ReaderOptions& options, Story& story) {
  Story s;
  if (absent(f.id)) return Status::Invalid(where + ": missing \"id\"");
  switch (f.id->type()) {  // the getters cannot fail on the type checked
    case dom::element_type::STRING:
      s.id.assign(f.id->get_string().value_unsafe());
      break;
    case dom::element_type::INT64:
      s.id = std::to_string(f.id->get_int64().value_unsafe());
      break;
    case dom::element_type::UINT64:
      s.id = std::to_string(f.id->get_uint64().value_unsafe());
      break;
    default:  // never a float, even 1.0
      return type_error(where, "id", "a string or an integer");
  }
  if (s.id.empty()) return Status::Invalid(where + ": empty \"id\"");

  if (absent(f.text)) return Status::Invalid(where + ": missing \"text\"");
  std::string_view text;
  if (f.text->get_string().get(text) != simdjson::SUCCESS) return type_error(where, "text", "a string");
  s.text.assign(text);

  s.date = options.default_date;
  std::string date;
  if (Status st = optional_string(f.date, "date", where, date); !st.ok()) return st;
  if (!date.empty()) {
    const auto d = Date::parse(date);
    if (!d) return Status::Invalid(where + ": bad date \"" + date + "\" (want YYYY-MM-DD)");
    s.date = *d;
  }
  if (Status st = optional_string(f.source, "source", where, s.source); !st.ok()) return st;
  if (Status st = optional_string(f.url, "url", where, s.url); !st.ok()) return st;
  if (Status st = optional_string(f.title, "title", where, s.title); !st.ok()) return st;
  s.origin = where;
  story.assign_record(std::move(s));
  return Status::Ok();
}

// --- nlohmann-json, for what simdjson refuses but JSON allows -----------------

// nlohmann's messages start "[json.exception.parse_error.101] parse error at
// line 1, column 9: " and quote the token read ("; last read: '...'"), which
// may be megabytes of possibly invalid UTF-8; keep the column, the reason and
// what was expected.
std::string tidy_parse_error(const json::parse_error& e) {
  std::string_view m = e.what();
  if (auto at = m.find("column "); at != std::string_view::npos) m.remove_prefix(at);
  std::string out(m);
  if (auto quote = m.find("; last read"); quote != std::string_view::npos) {
    out = m.substr(0, quote);
    if (auto expected = m.rfind("; expected "); expected != std::string_view::npos && expected > quote)
      out += m.substr(expected);
  }
  return out.substr(0, 300);
}

// An optional string field; null counts as absent.
Status optional_string(const json& j, const char* key, const std::string& where, std::string& out) {
  const auto it = j.find(key);
  if (it == j.end() || it->is_null()) return Status::Ok();
  if (!it->is_string()) return type_error(where, key, "a string");
  out = it->get<std::string>();
  return Status::Ok();
}

Status to_story_nlohmann(std::string_view line, const std::string& where, const ReaderOptions& options,
                         Story& story) {
  json j;
  try {
    j = json::parse(line.begin(), line.end());
  } catch (const json::parse_error& e) {
    return Status::Invalid(where + ": invalid JSON: " + tidy_parse_error(e));
  } catch (const json::exception& e) {
    return Status::Invalid(where + ": invalid JSON: " + std::string(e.what()).substr(0, 200));
  }
  if (!j.is_object()) return Status::Invalid(where + ": expected a JSON object");

  Story s;
  const auto id = j.find("id");
  if (id == j.end() || id->is_null()) return Status::Invalid(where + ": missing \"id\"");
  if (id->is_string()) {
    s.id = id->get<std::string>();
  } else if (id->is_number_integer()) {  // signed or unsigned, never a float
    s.id = id->dump();
  } else {
    return type_error(where, "id", "a string or an integer");
  }
  if (s.id.empty()) return Status::Invalid(where + ": empty \"id\"");

  const auto text = j.find("text");
  if (text == j.end() || text->is_null()) return Status::Invalid(where + ": missing \"text\"");
  if (!text->is_string()) return type_error(where, "text", "a string");
  s.text = std::move(text->get_ref<std::string&>());

  s.date = options.default_date;
  std::string date;
  if (Status st = optional_string(j, "date", where, date); !st.ok()) return st;
  if (!date.empty()) {
    const auto d = Date::parse(date);
    if (!d) return Status::Invalid(where + ": bad date \"" + date + "\" (want YYYY-MM-DD)");
    s.date = *d;
  }
  const std::pair<const char*, std::string*> fields[] = {
      {"source", &s.source}, {"url", &s.url}, {"title", &s.title}};
  for (const auto& [key, field] : fields)
    if (Status st = optional_string(j, key, where, *field); !st.ok()) return st;
  s.origin = where;
  story.assign_record(std::move(s));
  return Status::Ok();
}

// ---------------------------------------------------------------------------

class JsonlReader : public StoryReader {
 public:
  JsonlReader(Input in, const ReaderOptions& options) : in_(std::move(in)), options_(options) {}

  Next next(Story& story, Status& problem) override {
    while (!done_) {
      const std::string where = in_.name() + ":" + std::to_string(in_.line());
      switch (read_line()) {
        case Line::kEnd:
          done_ = true;
          if (in_.error().ok()) return Next::kEnd;
          problem = in_.error();
          return Next::kSkipped;
        case Line::kTooLong:
          problem = Status::Invalid(where + ": line is longer than " +
                                    std::to_string(options_.max_story_bytes) + " bytes; skipped");
          return Next::kSkipped;
        case Line::kOk:
          break;
      }
      // simdjson reads up to SIMDJSON_PADDING bytes past the end of what it
      // parses; keep them inside the string (read_line reserved the room).
      const size_t size = line_.size();
      line_.append(simdjson::SIMDJSON_PADDING, ' ');
      const std::string_view line = trim(std::string_view(line_).substr(0, size));
      if (line.empty()) continue;
      problem = parse(line, where, story);
      return problem.ok() ? Next::kStory : Next::kSkipped;
    }
    return Next::kEnd;
  }

 private:
  enum class Line { kOk, kTooLong, kEnd };

  // `line` lies in line_, followed by at least SIMDJSON_PADDING bytes of it.
  Status parse(std::string_view line, const std::string& where, Story& story) {
    std::string_view body = line;
    if (body.starts_with("\xEF\xBB\xBF")) body.remove_prefix(3);  // as nlohmann did
    reserve(body.size());
    dom::element root;
    const simdjson::error_code e =
        parser_.parse_into_document(doc_, body.data(), body.size(), false).get(root);
    Status st;
    if (e == simdjson::SUCCESS) {
      st = from_dom(root, where, story);
    } else if (ask_nlohmann(e, line)) {
      st = to_story_nlohmann(line, where, options_, story);
    } else {
      st = Status::Invalid(where + ": invalid JSON: " + parse_error(e));
    }
    if (parser_.capacity() > kKeepParserBytes) {
      parser_ = dom::parser();
      doc_ = dom::document();
    }
    return st;
  }

  Status from_dom(dom::element root, const std::string& where, Story& story) const {
    dom::object object;
    if (root.get_object().get(object) != simdjson::SUCCESS)
      return Status::Invalid(where + ": expected a JSON object");
    Fields f;
    for (const dom::key_value_pair field : object) {
      const std::string_view key = field.key;
      if (key == "id") {
        f.id = field.value;
      } else if (key == "text") {
        f.text = field.value;
      } else if (key == "date") {
        f.date = field.value;
      } else if (key == "source") {
        f.source = field.value;
      } else if (key == "url") {
        f.url = field.value;
      } else if (key == "title") {
        f.title = field.value;
      }
    }
    return to_story(f, where, options_, story);
  }

  // Room for a line of `n` bytes, grown geometrically so that a run of ever
  // longer lines does not reallocate on each. On failure parsing tries again
  // for exactly `n` bytes and reports what went wrong.
  bool reserve(size_t n) {
    if (n <= parser_.capacity() && n <= doc_.capacity()) return true;
    const size_t want =
        std::min(std::max({n, 2 * parser_.capacity(), kMinParserBytes}), parser_.max_capacity());
    return (parser_.capacity() >= want || parser_.allocate(want) == simdjson::SUCCESS) &&
           (doc_.capacity() >= want || doc_.allocate(want) == simdjson::SUCCESS);
  }

  // The next line into line_, without its '\n'.
  Line read_line() {
    const size_t max = options_.max_story_bytes;
    size_t from = 0;  // bytes already searched for '\n'
    for (;;) {
      const std::string_view w = in_.window();
      if (const size_t nl = w.find('\n', from); nl != std::string_view::npos) {
        const bool too_long = nl > max;
        if (!too_long) {
          line_.reserve(nl + simdjson::SIMDJSON_PADDING);
          line_.assign(w.substr(0, nl));
        }
        in_.consume(nl + 1);
        return too_long ? Line::kTooLong : Line::kOk;
      }
      if (w.size() > max) {
        in_.skip_past("\n");  // discards as it goes
        return Line::kTooLong;
      }
      from = w.size();
      if (!in_.more()) {
        // The last line may lack its '\n'; after a read error it is cut short
        // and the caller reports the error instead.
        if (!in_.error().ok() || in_.window().empty()) return Line::kEnd;
        line_ = in_.take();
        return Line::kOk;
      }
    }
  }

  Input in_;
  ReaderOptions options_;
  std::string line_;
  dom::parser parser_;
  dom::document doc_;
  bool done_ = false;
};

}  // namespace

std::unique_ptr<StoryReader> jsonl_reader(Input in, const ReaderOptions& options) {
  return std::make_unique<JsonlReader>(std::move(in), options);
}

}  // namespace dyad::ingest
