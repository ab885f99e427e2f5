// Helpers for text-stage tests: one shared model loaded from the checkout's
// data/, and short ways to see tokens and sentences as strings.
#pragma once

#include <string>
#include <vector>

#include "core/document.h"
#include "pipeline.h"

namespace dyad::testing {

const Models& models();
// Runs the pipeline on `text` as a story and returns it.
Story process(const std::string& text);
// The story's tokens as written, joined by "|".
std::string tokens_of(const Story& s);
// The kept sentences as display text.
std::vector<std::string> sentences_of(const Story& s);

}  // namespace dyad::testing
