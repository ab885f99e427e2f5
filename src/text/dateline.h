// Datelines: the "where and who from" line wire copy starts with.
//
// Recognised at the start of a story's normalised text:
//   AFP, Athens :                    agency, place[, date] and a colon, alone on a line
//   ATHENS (Reuters) - text...       place[, date] (agency) dash or colon
//   Athens, Nov 2 (AFP) - text...
//   BEIRUT, Lebanon (AP) -- text...  the place may have several parts
//   WASHINGTON - text...             a place in capitals and a dash
// The agency must be in the model's list or written in capitals, and the
// place in capitalised words, so an ordinary first sentence with a bracket
// in it is not taken for a dateline. The place is kept spelt as written.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/document.h"
#include "text/text_model.h"

namespace dyad {

struct Dateline {
  Span span;           // the dateline in norm, including its dash or colon
  uint32_t body = 0;   // norm offset where the story's text begins
  Span place;          // in norm; empty if none
  Span date;           // in norm; empty if none
  std::string agency;  // canonical name, empty if none
};

std::optional<Dateline> find_dateline(std::string_view norm, const TextModel& model);

}  // namespace dyad
