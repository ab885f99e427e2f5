// The pipeline: the stages a story passes through, in order.
//
// Takes a Story from ingest and runs every stage that exists on it:
//   text   normalise, dateline, tokens, sentences, repeated copy (src/text/)
// Later stages (dedup, syntax, dictionaries, coding, when/where, store) join
// this list as they are built; each needs only what the stages before it
// assign (see core/document.h).
//
// Models holds everything loaded from the data directory; it is const after
// load and shared by all threads. A Pipeline holds only references to it.
#pragma once

#include <string>

#include "core/document.h"
#include "core/event.h"
#include "core/status.h"
#include "text/text_model.h"
#include "text/text_stage.h"

namespace dyad {

struct Models {
  TextModel text;
};

// Loads every model from a data directory (see core/data_dir.h).
Result<Models> load_models(const std::string& data_dir);

class Pipeline {
 public:
  explicit Pipeline(const Models& models) : text_(models.text) {}
  void process(Story& story) const { text_.process(story); }

 private:
  TextStage text_;
};

}  // namespace dyad
