// CoNLL-U treebanks: the gold data the tagger (and later the lemmatiser and
// parser) train from and are measured against.
//
// Reads a whole file into sentences of syntactic words, each with the ten
// CoNLL-U columns (https://universaldependencies.org/format.html). Multiword
// token lines ("1-2 won't") do not become words: they are kept apart in
// `TreebankSentence::multiword` so a later stage can rebuild the surface
// tokens; empty nodes of enhanced UD ("8.1") are skipped, since basic trees
// do not contain them. Errors name FILE:LINE and say what was expected; a file
// with one bad line is refused rather than half-read, because training on a
// silently shortened treebank gives a model nobody can reproduce.
//
// The whole file is read at once: EWT train is 13 MB and 12,544 sentences,
// and training visits every sentence once per iteration anyway.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace dyad {

struct TreebankWord {
  std::string form, lemma, upos, xpos, feats;
  int32_t head = -1;  // 0 is the root; -1 when the column is "_" (no tree)
  std::string deprel, deps, misc;
};

// A multiword token "first-last form": words first..last (1-based word ids)
// are written as one surface token, e.g. "won't" = "wo" + "n't".
struct MultiwordToken {
  uint32_t first = 0, last = 0;
  std::string form, misc;
};

struct TreebankSentence {
  std::string id;    // "# sent_id = ..." or ""
  std::string text;  // "# text = ..." or ""
  size_t line = 0;   // 1-based line of the sentence's first line, for messages
  bool newdoc = false,
       newpar = false;              // "# newdoc" / "# newpar" before it (a new document starts a paragraph)
  std::vector<TreebankWord> words;  // words[i] has CoNLL-U ID i + 1
  std::vector<MultiwordToken> multiword;
};

// `max_sentences` = 0 reads all. `name` is what messages call the input.
Result<std::vector<TreebankSentence>> parse_treebank(std::string_view text, const std::string& name,
                                                     size_t max_sentences = 0);
Result<std::vector<TreebankSentence>> read_treebank(const std::string& path, size_t max_sentences = 0);

}  // namespace dyad
