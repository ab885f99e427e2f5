// The document model: one Story and the plain structs that stages fill in.
//
// A story owns its text and contiguous vectors of Token and Sentence; tokens
// and sentences refer to the text by byte offsets, never by copies, so every
// later stage (tagger, matcher, coder) can point back to the exact bytes a
// user supplied. Two texts are kept:
//   - `text`, the story exactly as read (it may hold invalid UTF-8);
//   - `norm`, the normalised text the stages read (NFC, ASCII quotes and dashes,
//     plain spaces, invalid bytes replaced by U+FFFD), with `norm_to_text`
//     mapping each byte of `norm` back to the original (core/offset_map.h).
// Offsets named `start`/`end` are into `text`; `norm_start`/`norm_end` into
// `norm`. Ranges are half-open.
//
// Stages and what they assign (see src/pipeline.h):
//   ingest   id, origin, text, date, source, url, title
//   text     dateline, source/dateline_place (when the dateline names them),
//            norm, norm_to_text, tokens, sentences, repeats, utf8_repairs,
//            decoded_cp1252
//   syntax   Token::upos, xpos, lemma, head, deprel
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/offset_map.h"

namespace dyad {

struct Span {
  uint32_t start = 0;  // byte offset, inclusive
  uint32_t end = 0;    // byte offset, exclusive
  bool empty() const { return start >= end; }
  uint32_t size() const { return end > start ? end - start : 0; }
  friend bool operator==(const Span&, const Span&) = default;
};

struct Token {
  uint32_t start = 0, end = 0;            // into Story::text
  uint32_t norm_start = 0, norm_end = 0;  // into Story::norm
  bool space_after = true;                // false when the next token follows with no space
                                          // between (CoNLL-U SpaceAfter=No): "US-led" is
                                          // US, -, led with space_after false on the first two
  // Set by the syntax stage (src/syntax/), in Universal Dependencies terms.
  // Empty strings and head 0 until it runs.
  std::string upos, xpos;  // universal and Penn Treebank part of speech
  std::string lemma;
  uint32_t head = 0;   // 1-based position of the head in its sentence; 0 = root
  std::string deprel;  // relation to the head ("nsubj", "obl:tmod", "root")
};

// A passage dropped because it repeats an earlier one in the same story.
struct Repeat {
  Span span;               // the dropped copy, into Story::text
  int32_t kept = -1;       // index into Story::sentences of the sentence it
                           // repeats, or -1 when it matched only a paragraph
  bool paragraph = false;  // dropped as part of a repeated paragraph
};

struct Sentence {
  Span span;                 // into Story::text, trimmed of whitespace
  Span norm;                 // into Story::norm
  uint32_t token_begin = 0;  // into Story::tokens
  uint32_t token_end = 0;    // exclusive
  uint32_t paragraph = 0;    // 0-based paragraph of the story
  uint32_t size() const { return token_end - token_begin; }
};

struct Story {
  // Set by ingest.
  std::string id;      // unique within an input: the record id or file stem
  std::string origin;  // where it came from, "file:line" or "file", for messages
  std::string text;    // exactly as read
  Date date;           // unknown unless the record or --date gave one
  std::string source;  // news agency ("AFP"), from the record or the dateline
  std::string url;
  std::string title;

  // Set by the text stage.
  Span dateline;               // into text; empty when the story has none
  std::string dateline_place;  // spelt as written ("Athens", "ATHENS")
  std::string dateline_date;   // as written ("Nov 2"), not resolved
  std::string norm;
  OffsetMap norm_to_text;           // norm byte -> text byte (offset_map.h)
  std::vector<Token> tokens;        // of kept sentences only, in order
  std::vector<Sentence> sentences;  // kept sentences, index = position
  std::vector<Repeat> repeats;      // dropped copies, in text order
  uint32_t utf8_repairs = 0;        // invalid byte sequences replaced
  bool decoded_cp1252 = false;      // the text was read as Windows-1252

  // Empties every field but keeps the vectors' and strings' capacity, so a
  // Story reused for record after record does not reallocate per story.
  void reset() {
    id.clear();
    origin.clear();
    text.clear();
    date = {};
    source.clear();
    url.clear();
    title.clear();
    clear_derived();
  }
  // Empties what the text stage derives from the text (everything below
  // "Set by the text stage"), keeping capacity.
  void clear_derived() {
    dateline = {};
    dateline_place.clear();
    dateline_date.clear();
    norm.clear();
    norm_to_text.clear();
    tokens.clear();
    sentences.clear();
    repeats.clear();
    utf8_repairs = 0;
    decoded_cp1252 = false;
  }
  // Replaces the record's fields (what ingest sets) with those of `from`,
  // emptying the rest, keeping capacity.
  void assign_record(Story&& from) {
    reset();
    id.swap(from.id);
    origin.swap(from.origin);
    text.swap(from.text);
    date = from.date;
    source.swap(from.source);
    url.swap(from.url);
    title.swap(from.title);
  }

  std::string_view sentence_text(const Sentence& s) const {
    return std::string_view(text).substr(s.span.start, s.span.size());
  }
  std::string_view token_text(const Token& t) const {
    return std::string_view(text).substr(t.start, t.end - t.start);
  }
  std::string_view token_norm(const Token& t) const {
    return std::string_view(norm).substr(t.norm_start, t.norm_end - t.norm_start);
  }
};

}  // namespace dyad
