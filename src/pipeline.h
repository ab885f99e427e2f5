// The pipeline: the stages a story passes through, in order.
//
// Takes a Story from ingest and runs every stage whose models are loaded:
//   text    normalise, dateline, tokens, sentences, repeated copy (src/text/)
//   syntax  tags, lemmas, dependency tree (src/syntax/syntax_stage.h), when
//           Models::syntax was loaded
// Later stages (dedup, dictionaries, coding, when/where, store) join this
// list as they are built; each needs only what the stages before it assign
// (see core/document.h).
//
// Models holds everything loaded from the data directory; it is const after
// load and shared by all threads. A Pipeline holds only references to it and
// is shared too; what a thread changes while processing lives in a
// Pipeline::Scratch that the thread owns.
#pragma once

#include <optional>
#include <string>

#include "coding/ontology.h"
#include "core/document.h"
#include "core/event.h"
#include "core/status.h"
#include "syntax/syntax_stage.h"
#include "text/text_model.h"
#include "text/text_stage.h"

namespace dyad {

// What a command needs loaded beyond the text stage's word lists. The syntax
// models take a noticeable fraction of a second and tens of MB to load, so
// commands that only tokenise do not ask for them.
struct ModelNeeds {
  bool syntax = false;
  bool ontology = false;  // the CAMEO tables the coder reads (data/ontology/)
};

struct Models {
  TextModel text;
  std::optional<SyntaxModels> syntax;        // loaded when ModelNeeds::syntax
  std::optional<coding::Ontology> ontology;  // loaded when ModelNeeds::ontology
};

// Loads the models a command needs from a data directory (see core/data_dir.h).
Result<Models> load_models(const std::string& data_dir, ModelNeeds needs = {});

class Pipeline {
 public:
  // One thread's working memory, reused from story to story.
  struct Scratch {
    SyntaxScratch syntax;
  };

  explicit Pipeline(const Models& models) : text_(models.text) {
    if (models.syntax) syntax_.emplace(*models.syntax);
  }
  void process(Story& story, Scratch& scratch) const {
    text_.process(story);
    if (syntax_) syntax_->process(story, scratch.syntax);
  }
  // For one-off calls (tests, tools): allocates its scratch each time.
  void process(Story& story) const {
    Scratch scratch;
    process(story, scratch);
  }
  bool has_syntax() const { return syntax_.has_value(); }

 private:
  TextStage text_;
  std::optional<SyntaxStage> syntax_;
};

}  // namespace dyad
