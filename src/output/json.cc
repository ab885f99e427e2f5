#include "output/json.h"

#include <utf8proc.h>

#include "text/chars.h"

namespace dyad {

std::string display_text(const Story& story, Span span) {
  const std::string_view in = std::string_view(story.text).substr(span.start, span.size());
  std::string out;
  out.reserve(in.size());
  bool space = false;
  size_t i = 0;
  while (i < in.size()) {
    const auto c = static_cast<unsigned char>(in[i]);
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v') {
      space = true;
      ++i;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    if (c < 0x80) {
      out.push_back(static_cast<char>(c < 0x20 || c == 0x7F ? ' ' : c));
      ++i;
      continue;
    }
    if (story.decoded_cp1252) {  // show what the normaliser read, not U+FFFD
      const int32_t cp = chars::cp1252(c);
      utf8proc_uint8_t buf[4];
      const auto len = cp ? utf8proc_encode_char(cp, buf) : 0;
      out.append(len ? std::string_view(reinterpret_cast<const char*>(buf), static_cast<size_t>(len))
                     : std::string_view("\xEF\xBF\xBD"));
      ++i;
      continue;
    }
    utf8proc_int32_t cp = -1;
    const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(in.data() + i),
                                    static_cast<utf8proc_ssize_t>(in.size() - i), &cp);
    if (n <= 0 || cp < 0) {
      out.append("\xEF\xBF\xBD");
      ++i;
    } else {
      out.append(in.substr(i, static_cast<size_t>(n)));
      i += static_cast<size_t>(n);
    }
  }
  return out;
}

namespace {

nlohmann::ordered_json date_json(const Date& d) {
  return d.known() ? nlohmann::ordered_json(d.iso()) : nlohmann::ordered_json();
}
nlohmann::ordered_json str_or_null(const std::string& s) {
  return s.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(s);
}

}  // namespace

nlohmann::ordered_json sentence_json(const Story& story, size_t index) {
  const Sentence& s = story.sentences[index];
  nlohmann::ordered_json j;
  j["story"] = story.id;
  j["index"] = index;
  j["text"] = display_text(story, s.span);
  j["start"] = s.span.start;
  j["end"] = s.span.end;
  j["paragraph"] = s.paragraph;
  j["tokens"] = s.size();
  j["date"] = date_json(story.date);
  j["source"] = str_or_null(story.source);
  j["dateline_place"] = str_or_null(story.dateline_place);
  nlohmann::ordered_json repeats = nlohmann::ordered_json::array();
  for (const Repeat& r : story.repeats)
    if (r.kept == static_cast<int32_t>(index))
      repeats.push_back({{"start", r.span.start}, {"end", r.span.end}});
  j["repeats"] = std::move(repeats);
  return j;
}

nlohmann::ordered_json event_json(const Story& story, const Event& e, bool plover) {
  nlohmann::ordered_json j;
  j["story"] = e.story;
  j["sentence"] = e.sentence;
  j["text"] =
      e.sentence < story.sentences.size() ? display_text(story, story.sentences[e.sentence].span) : "";
  j["date"] = date_json(e.date);
  j["source"] = e.source;
  j["source_text"] = display_text(story, e.source_span);
  j["source_start"] = e.source_span.start;
  j["source_end"] = e.source_span.end;
  j["target"] = str_or_null(e.target);
  j["target_text"] = e.target_span.empty() ? nlohmann::ordered_json()
                                           : nlohmann::ordered_json(display_text(story, e.target_span));
  j["target_start"] =
      e.target_span.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(e.target_span.start);
  j["target_end"] =
      e.target_span.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(e.target_span.end);
  j["code"] = e.code;
  j["root"] = e.root();
  j["quad_class"] = e.quad_class;
  j["goldstein"] = e.goldstein;
  if (plover) {
    j["event_type"] = str_or_null(e.plover_type);
    j["mode"] = str_or_null(e.plover_mode);
  }
  j["negated"] = e.negated;
  j["verb_text"] = display_text(story, e.verb_span);
  j["verb_start"] = e.verb_span.start;
  j["verb_end"] = e.verb_span.end;
  j["location"] = e.location ? nlohmann::ordered_json(*e.location) : nlohmann::ordered_json();
  return j;
}

std::string to_line(const nlohmann::ordered_json& j) {
  return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace dyad
