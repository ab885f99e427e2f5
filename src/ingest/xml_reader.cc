// The XML reader for PETRARCH / UniversalPetrarch validation records.
//
// A tolerant scanner, not an XML parser: the real files are not well-formed
// (a `<!-- ... -->` inside a comment, `<Sentence .../>` closed by mistake yet
// followed by its <Text>, spaces around '=' in attributes), and all that
// matters is each <Sentence>'s id and date and the <Text> that follows it. It
// holds at most one element in memory: comments and <Parse> trees are skipped
// as they stream past.
#include <optional>

#include "ingest/formats.h"

namespace dyad::ingest {
namespace {

constexpr size_t kMaxTagBytes = 64u << 10;
constexpr std::string_view kSpace = " \t\r\n";

std::string_view trim(std::string_view s) {
  const auto first = s.find_first_not_of(kSpace);
  if (first == std::string_view::npos) return {};
  return s.substr(first, s.find_last_not_of(kSpace) - first + 1);
}

// Whether `w`, which starts at a '<', opens element `name` (not "<Sentences>").
bool opens(std::string_view w, std::string_view name) {
  if (w.size() < name.size() + 2 || w.substr(1, name.size()) != name) return false;
  const char next = w[name.size() + 1];
  return next == '>' || next == '/' || kSpace.find(next) != std::string_view::npos;
}

// The value of attribute `name` in the inside of a start tag, entities decoded.
std::optional<std::string> attribute(std::string_view tag, std::string_view name) {
  size_t i = 0;
  const auto skip_space = [&] {
    while (i < tag.size() && kSpace.find(tag[i]) != std::string_view::npos) ++i;
  };
  while (i < tag.size()) {
    skip_space();
    const size_t name_start = i;
    while (i < tag.size() && tag[i] != '=' && tag[i] != '/' && kSpace.find(tag[i]) == std::string_view::npos)
      ++i;
    const std::string_view key = tag.substr(name_start, i - name_start);
    skip_space();
    std::string_view value;
    if (i < tag.size() && tag[i] == '=') {
      ++i;
      skip_space();
      if (i < tag.size() && (tag[i] == '"' || tag[i] == '\'')) {
        const size_t close = tag.find(tag[i], i + 1);
        const size_t end = close == std::string_view::npos ? tag.size() : close;
        value = tag.substr(i + 1, end - i - 1);
        i = end + 1;
      } else {
        const size_t start = i;
        while (i < tag.size() && kSpace.find(tag[i]) == std::string_view::npos) ++i;
        value = tag.substr(start, i - start);
      }
    } else if (key.empty()) {
      ++i;  // a stray '/' or '='
    }
    if (key == name) return decode_xml_entities(value);
  }
  return std::nullopt;
}

class XmlReader : public StoryReader {
 public:
  XmlReader(Input in, const ReaderOptions& options) : in_(std::move(in)), options_(options) {}

  Next next(Story& story, Status& problem) override {
    while (!done_) {
      if (in_.window().empty() && !in_.more()) return finish(problem);
      std::string_view w = in_.window();
      const size_t lt = w.find('<');
      if (lt == std::string_view::npos) {
        in_.consume(w.size());
        continue;
      }
      in_.consume(lt);
      in_.ensure(sizeof "<Sentence ");
      w = in_.window();
      if (w.starts_with("<!--")) {
        const std::string where = here();
        in_.consume(4);
        if (in_.skip_past("-->")) continue;
        if (!in_.error().ok()) return finish(problem);
        done_ = true;
        problem = Status::Invalid(where + ": comment never ends (no -->)");
        return Next::kSkipped;
      }
      if (opens(w, "Sentence")) {
        if (pending_) {  // leave this tag for the next call
          problem = Status::Invalid(pending_->where + ": <Sentence> has no <Text>");
          pending_.reset();
          return Next::kSkipped;
        }
        if (start_sentence(problem)) continue;
        return Next::kSkipped;
      }
      if (pending_ && opens(w, "Text")) return read_text(story, problem);
      in_.consume(1);
    }
    return Next::kEnd;
  }

 private:
  size_t sentences_seen_ = 0;  // <Sentence> tags met, good or bad

  struct Pending {
    std::string id;
    Date date;
    std::string where;  // "file:line" of the <Sentence> tag
  };

  std::string here() const { return in_.name() + ":" + std::to_string(in_.line()); }

  Next finish(Status& problem) {
    if (pending_ && in_.error().ok()) {
      problem = Status::Invalid(pending_->where + ": <Sentence> has no <Text>");
      pending_.reset();
      return Next::kSkipped;
    }
    done_ = true;
    if (!in_.error().ok()) {
      problem = in_.error();
      return Next::kSkipped;
    }
    // A file read as XML that held no record at all is most likely not
    // PETRARCH XML (or was forced with --input xml): say so rather than
    // finish silently with nothing.
    if (sentences_seen_ == 0) {
      problem =
          Status::Invalid(in_.name() + ": no <Sentence> records found; is this PETRARCH validation XML?");
      return Next::kSkipped;
    }
    return Next::kEnd;
  }

  // The end of the start tag at the window's front, or npos after setting `problem`.
  size_t tag_end(const std::string& where, Status& problem) {
    const size_t gt = in_.find(">", kMaxTagBytes);
    if (gt == std::string_view::npos && !in_.error().ok()) {
      problem = in_.error();
      done_ = true;
    } else if (gt == std::string_view::npos) {
      problem = Status::Invalid(where + ": unterminated tag");
      in_.consume(1);  // rescan from the next byte
    }
    return gt;
  }

  // Reads a <Sentence> start tag; false with `problem` set if the record is bad.
  bool start_sentence(Status& problem) {
    ++sentences_seen_;
    const std::string where = here();
    const size_t gt = tag_end(where, problem);
    if (gt == std::string_view::npos) return false;
    std::string_view tag = in_.window().substr(0, gt).substr(sizeof "<Sentence" - 1);
    if (tag.ends_with('/')) tag.remove_suffix(1);  // <Sentence .../>, closed by mistake
    const auto id = attribute(tag, "id");
    const auto date_text = attribute(tag, "date");
    in_.consume(gt + 1);
    if (!id || trim(*id).empty()) {
      problem = Status::Invalid(where + ": <Sentence> has no id");
      return false;
    }
    Date date = options_.default_date;
    if (date_text && !trim(*date_text).empty()) {
      const auto d = Date::parse(*date_text);
      if (!d) {
        problem = Status::Invalid(where + ": bad date \"" + *date_text + "\" (want YYYYMMDD or YYYY-MM-DD)");
        return false;
      }
      date = *d;
    }
    pending_ = Pending{std::string(trim(*id)), date, where};
    return true;
  }

  Next read_text(Story& story, Status& problem) {
    const Pending p = std::move(*pending_);
    pending_.reset();
    const size_t gt = tag_end(here(), problem);
    if (gt == std::string_view::npos) return Next::kSkipped;
    const bool empty_element = gt > 0 && in_.window()[gt - 1] == '/';
    in_.consume(gt + 1);
    std::string text;
    if (!empty_element) {
      constexpr std::string_view kClose = "</Text>";
      const size_t end = in_.find(kClose, options_.max_story_bytes);
      if (end == std::string_view::npos || end > options_.max_story_bytes) {
        if (!in_.error().ok()) return finish(problem);
        if (end != std::string_view::npos || in_.window().size() > options_.max_story_bytes) {
          problem = Status::Invalid(p.where + ": <Text> is longer than " +
                                    std::to_string(options_.max_story_bytes) + " bytes; skipped");
          in_.skip_past(kClose);
        } else {
          problem = Status::Invalid(p.where + ": <Text> never ends (no </Text>)");
          in_.consume(in_.window().size());
        }
        return Next::kSkipped;
      }
      text = decode_xml_entities(trim(in_.window().substr(0, end)));
      in_.consume(end + kClose.size());
    }
    story.reset();
    story.id = p.id;
    story.origin = p.where;
    story.text = std::move(text);
    story.date = p.date;
    return Next::kStory;
  }

  Input in_;
  ReaderOptions options_;
  std::optional<Pending> pending_;  // a <Sentence> whose <Text> is still to come
  bool done_ = false;
};

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// The code point of a numeric reference body ("#65", "#x41"), or 0 if it is not one.
uint32_t numeric_reference(std::string_view body) {
  if (body.size() < 2 || body[0] != '#') return 0;
  const bool hex = body[1] == 'x' || body[1] == 'X';
  const std::string_view digits = body.substr(hex ? 2 : 1);
  if (digits.empty() || digits.size() > 8) return 0;
  uint32_t cp = 0;
  for (const char c : digits) {
    uint32_t v;
    if (c >= '0' && c <= '9') {
      v = static_cast<uint32_t>(c - '0');
    } else if (hex && c >= 'a' && c <= 'f') {
      v = static_cast<uint32_t>(c - 'a' + 10);
    } else if (hex && c >= 'A' && c <= 'F') {
      v = static_cast<uint32_t>(c - 'A' + 10);
    } else {
      return 0;
    }
    cp = cp * (hex ? 16 : 10) + v;
  }
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return cp;
}

}  // namespace

std::string decode_xml_entities(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    const size_t amp = s.find('&', i);
    if (amp == std::string_view::npos) break;
    out.append(s.substr(i, amp - i));
    i = amp + 1;
    const size_t semi = s.find(';', amp);
    if (semi == std::string_view::npos || semi - amp > 12) {
      out += '&';
      continue;
    }
    const std::string_view body = s.substr(amp + 1, semi - amp - 1);
    static constexpr std::pair<std::string_view, char> kNamed[] = {
        {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}};
    bool decoded = false;
    for (const auto& [entity, c] : kNamed) {
      if (body == entity) {
        out += c;
        decoded = true;
      }
    }
    if (!decoded) {
      if (const uint32_t cp = numeric_reference(body); cp != 0) {
        append_utf8(out, cp);
        decoded = true;
      }
    }
    if (decoded) {
      i = semi + 1;
    } else {
      out += '&';  // not an entity we know: keep it as written ("&TIETYPE ties")
    }
  }
  out.append(s.substr(i));
  return out;
}

std::unique_ptr<StoryReader> xml_reader(Input in, const ReaderOptions& options) {
  return std::make_unique<XmlReader>(std::move(in), options);
}

}  // namespace dyad::ingest
