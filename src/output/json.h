// JSON views of stories, sentences and events, as the CLI prints them.
//
// Every string is valid UTF-8 (invalid input bytes appear as U+FFFD) with
// runs of whitespace, line breaks included, shown as one space; offsets
// always refer to the original bytes.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "core/document.h"
#include "core/event.h"

namespace dyad {

// Text of `span` for display: UTF-8 repaired, whitespace runs collapsed.
std::string display_text(const Story& story, Span span);

// One `dyad sentences` record (see README.md).
nlohmann::ordered_json sentence_json(const Story& story, size_t index);
// One `dyad code` record (see README.md, "The event record"); with `plover`,
// also its PLOVER event type and mode.
nlohmann::ordered_json event_json(const Story& story, const Event& event, bool plover = false);

// Serialises one JSONL line (no newline), never throwing on odd input.
std::string to_line(const nlohmann::ordered_json& j);

}  // namespace dyad
