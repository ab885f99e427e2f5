// The text stage: from a story's raw text to kept, tokenised sentences.
//
// Needs Story::text (and source, if the record gave one). Assigns norm and
// norm_to_text (normalize.h), dateline, dateline_place, dateline_date and
// source when the record had none (dateline.h), tokens and sentences
// (tokenize.h, split.h) and repeats (repeats.h). Sentences with no letter or
// digit (rules, bullets) are not sentences and are left out.
//
// The stage is const and holds only const references: one instance serves
// any number of threads.
#pragma once

#include "core/document.h"
#include "text/split.h"
#include "text/text_model.h"
#include "text/tokenize.h"

namespace dyad {

class TextStage {
 public:
  explicit TextStage(const TextModel& model) : model_(model), tokenizer_(model), splitter_(model) {}
  void process(Story& story) const;

 private:
  const TextModel& model_;
  Tokenizer tokenizer_;
  SentenceSplitter splitter_;
};

// The original-text span of norm[nb, ne), trimmed so that characters dropped
// by normalisation after the last one are not included.
Span text_span(const Story& story, uint32_t nb, uint32_t ne);

}  // namespace dyad
