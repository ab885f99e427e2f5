// The event record: who did what to whom, as `dyad code` writes it.
//
// One Event per coded event; README.md ("The event record") documents the
// JSONL form, which is stable: fields may be added, never renamed or removed.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/date.h"
#include "core/document.h"

namespace dyad {

struct Event {
  std::string story;                    // Story::id
  uint32_t sentence = 0;                // index into Story::sentences (after repeat removal)
  Date date;                            // the story's date; unknown stays unknown
  std::string source;                   // CAMEO actor code of who acted ("RUS", "SYRREB")
  std::string target;                   // CAMEO actor code of whom it was done to; may be empty
  std::string code;                     // CAMEO event code as a string, "0871"
  int quad_class = 0;                   // 0 unknown; 1 verbal coop, 2 material coop,
                                        // 3 verbal conflict, 4 material conflict
  double goldstein = 0;                 // Goldstein scale, -10..+10
  std::string plover_type;              // PLOVER event type ("ACCUSE"); empty when CAMEO has none
  std::string plover_mode;              // PLOVER mode ("ceasefire"); often empty
  bool negated = false;                 // coded as the refusal of a negated act ("did not agree")
  Span source_span;                     // into Story::text: the words naming the source
  Span target_span;                     // likewise for the target; empty if no target
  Span verb_span;                       // the words that triggered the code
  std::optional<std::string> location;  // where it happened, when known

  // "08" for "0871": CAMEO's two-digit root.
  std::string root() const { return code.substr(0, 2); }
};

}  // namespace dyad
