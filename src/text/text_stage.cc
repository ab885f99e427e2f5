#include "text/text_stage.h"

#include <algorithm>

#include "text/chars.h"
#include "text/dateline.h"
#include "text/normalize.h"
#include "text/repeats.h"

namespace dyad {

namespace {

// The body of text_span, over any lookup (a binary search or a cursor).
template <typename Map>
Span span_of(const Story& s, Map& map, uint32_t nb, uint32_t ne) {
  if (ne <= nb) return {map[nb], map[nb]};
  const uint32_t start = map[nb];
  const uint32_t last = map[ne - 1];
  uint32_t end = map[ne];
  // Normalisation may have dropped characters (a soft hyphen, spaces) between
  // this span and the next character: end the span with its last character.
  const uint32_t last_end = last + static_cast<uint32_t>(chars::seq_len(s.text, last));
  if (end > last_end) {
    uint32_t e = last_end;
    // A composed character spans its base and the marks after it.
    while (e < end && (static_cast<unsigned char>(s.text[e]) & 0xC0) == 0x80) ++e;
    while (e < end && chars::is_non_ascii(s.text[e]) && !chars::is_space(s.text[e])) {
      const int32_t cp = chars::code_point(s.text, e);
      if (cp < 0x0300 || cp > 0x036F) break;  // only combining diacritics extend it
      e += static_cast<uint32_t>(chars::seq_len(s.text, e));
    }
    end = e;
  }
  if (end <= start) end = last_end;
  return {start, end};
}

}  // namespace

Span text_span(const Story& s, uint32_t nb, uint32_t ne) { return span_of(s, s.norm_to_text, nb, ne); }

void TextStage::process(Story& s) const {
  s.clear_derived();
  normalize(s);

  uint32_t body = 0;
  if (auto d = find_dateline(s.norm, model_)) {
    s.dateline = text_span(s, d->span.start, d->span.end);
    if (!d->place.empty()) {
      const Span p = text_span(s, d->place.start, d->place.end);
      s.dateline_place = s.text.substr(p.start, p.size());
    }
    if (!d->date.empty()) s.dateline_date = s.norm.substr(d->date.start, d->date.size());
    if (s.source.empty()) s.source = d->agency;
    body = d->body;
  }

  // Tokenise and split every paragraph, then decide what repeats.
  const std::vector<Span> paragraphs = split_paragraphs(s.norm, body, static_cast<uint32_t>(s.norm.size()));
  // Tokens of every candidate go straight into s.tokens and are compacted in
  // place below (kept tokens only move down), so a long story holds one
  // token array, not two.
  std::vector<Token>& all = s.tokens;
  all.reserve(s.norm.size() / 5 + 16);
  std::vector<SentenceCandidate> candidates;
  std::vector<std::pair<uint32_t, uint32_t>> ranges;  // token range per candidate
  for (uint32_t p = 0; p < paragraphs.size(); ++p) {
    const auto first = static_cast<uint32_t>(all.size());
    tokenizer_.tokenize(s.norm, paragraphs[p].start, paragraphs[p].end, all);
    const auto last = static_cast<uint32_t>(all.size());
    if (first == last) continue;
    std::vector<uint32_t> cuts = splitter_.boundaries(s.norm, all, first, last);
    cuts.push_back(last);
    uint32_t b = first;
    for (uint32_t e : cuts) {
      candidates.push_back({{all[b].norm_start, all[e - 1].norm_end}, p});
      ranges.emplace_back(b, e);
      b = e;
    }
  }

  OffsetMap::Cursor map(s.norm_to_text);
  const RepeatVerdict rv = find_repeats(s.norm, candidates, paragraphs.size());
  const std::vector<int32_t>& verdict = rv.sentence;
  std::vector<int32_t> kept_index(candidates.size(), -1);
  size_t w = 0;  // write position in s.tokens; w <= the read position k
  for (size_t i = 0; i < candidates.size(); ++i) {
    const Span n = candidates[i].norm;
    if (verdict[i] == kNoWords) continue;
    if (verdict[i] != kKeep) {
      Repeat r;
      r.span = span_of(s, map, n.start, n.end);
      r.kept = verdict[i] >= 0 ? kept_index[static_cast<size_t>(verdict[i])] : -1;
      r.paragraph = rv.paragraph[candidates[i].paragraph];
      s.repeats.push_back(r);
      continue;
    }
    kept_index[i] = static_cast<int32_t>(s.sentences.size());
    Sentence sent;
    sent.norm = n;
    sent.span = span_of(s, map, n.start, n.end);
    sent.paragraph = candidates[i].paragraph;
    sent.token_begin = static_cast<uint32_t>(w);
    for (uint32_t k = ranges[i].first; k < ranges[i].second; ++k) {
      Token t = all[k];
      const Span ts = span_of(s, map, t.norm_start, t.norm_end);
      t.start = ts.start;
      t.end = ts.end;
      // One original character can become several norm bytes ("…" ->
      // "..."); should the tokenizer ever cut inside such a character, the
      // pieces are one token again, so no two tokens share a byte.
      if (w > sent.token_begin && t.start < all[w - 1].end) {
        Token& prev = all[w - 1];
        prev.norm_end = t.norm_end;
        prev.end = std::max(prev.end, t.end);
        prev.space_after = t.space_after;
        continue;
      }
      all[w++] = t;
    }
    all[w - 1].space_after = true;
    sent.token_end = static_cast<uint32_t>(w);
    s.sentences.push_back(sent);
  }
  all.resize(w);
}

}  // namespace dyad
