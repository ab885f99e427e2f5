// The JSONL reader: one story per line. Lines are read one at a time with a
// length cap, so neither a huge file nor a runaway line without a newline can
// make memory grow; a bad line is reported with its number and reading goes on,
// because one broken record in a million should not cost the other 999,999.
#include <nlohmann/json.hpp>

#include "ingest/formats.h"

namespace dyad::ingest {
namespace {

using nlohmann::json;

std::string_view trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

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

Status type_error(const std::string& where, const char* key, const char* want) {
  return Status::Invalid(where + ": \"" + key + "\" must be " + want);
}

// An optional string field; null counts as absent.
Status optional_string(const json& j, const char* key, const std::string& where, std::string& out) {
  const auto it = j.find(key);
  if (it == j.end() || it->is_null()) return Status::Ok();
  if (!it->is_string()) return type_error(where, key, "a string");
  out = it->get<std::string>();
  return Status::Ok();
}

Status to_story(std::string_view line, const std::string& where, const ReaderOptions& options, Story& story) {
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
  story = std::move(s);
  return Status::Ok();
}

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
      const std::string_view line = trim(line_);
      if (line.empty()) continue;
      problem = to_story(line, where, options_, story);
      return problem.ok() ? Next::kStory : Next::kSkipped;
    }
    return Next::kEnd;
  }

 private:
  enum class Line { kOk, kTooLong, kEnd };

  // The next line into line_, without its '\n'.
  Line read_line() {
    const size_t max = options_.max_story_bytes;
    size_t from = 0;  // bytes already searched for '\n'
    for (;;) {
      const std::string_view w = in_.window();
      if (const size_t nl = w.find('\n', from); nl != std::string_view::npos) {
        const bool too_long = nl > max;
        if (!too_long) line_.assign(w.substr(0, nl));
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
  bool done_ = false;
};

}  // namespace

std::unique_ptr<StoryReader> jsonl_reader(Input in, const ReaderOptions& options) {
  return std::make_unique<JsonlReader>(std::move(in), options);
}

}  // namespace dyad::ingest
