// Normalisation with offsets: the text every later stage reads.
//
// Takes a story's bytes as read and gives Story::norm plus Story::norm_to_text,
// which maps each byte of norm (and one past its end) back to the original:
// a copied byte to itself, a changed character's bytes to where it started,
// so any span found in norm can be reported as a span of what the user
// supplied.
//
// What changes, and why: the tagger, matcher and dictionaries are written in
// plain ASCII punctuation, while wire copy uses typographic forms.
//   - Unicode NFC (utf8proc), so "é" is one code point however it was typed;
//   - ‘ ’ ‚ ‛ ′ -> '   “ ” „ ‟ « » ″ -> "   – ‐ ‑ − -> -   — ― -> --   … -> ...
//   - NBSP and the other Unicode spaces, tabs and control characters -> space;
//     CR LF and CR, U+2028/9, NEL -> newline;
//   - soft hyphen, zero-width space, word joiner and BOM are removed;
//   - invalid UTF-8 becomes U+FFFD, one per bad byte, counted in utf8_repairs;
//     but a text whose high bytes never form valid UTF-8 is read as
//     Windows-1252 (old wire archives), setting decoded_cp1252.
// Newlines are kept: the splitter reads paragraph structure from them.
//
// Cost: one pass; ASCII bytes are copied with one table lookup, utf8proc is
// called only for characters that have a decomposition or combining marks.
#pragma once

#include "core/document.h"

namespace dyad {

// Fills story.norm, story.norm_to_text and story.utf8_repairs from story.text.
void normalize(Story& story);

}  // namespace dyad
