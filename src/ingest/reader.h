// Ingest: stories in, from the files users have.
//
// Takes paths ("-" is standard input; a directory is read recursively in
// sorted order) and yields one Story at a time with id, origin, text, date,
// source, url and title set. Later stages do everything else.
//
// Formats, detected per file from its name and first bytes (or forced):
//   text   one story per file; its id is the file name without extensions
//   jsonl  one story per line: {"id","text"} plus optional "date", "source",
//          "url", "title"
//   xml    PETRARCH / UniversalPetrarch validation records: one story per
//          <Sentence id=.. date=..>, its text the <Text> element
// gzip (.gz) and zstd (.zst) files are decompressed on the fly, recognised by
// their magic bytes whatever their names.
//
// Reading streams: memory holds one record (one story file, one JSONL line,
// one <Sentence> element) at a time, never the whole input.
//
// A bad record is not fatal: next() returns kSkipped with a Status naming the
// file and line, and the following call carries on with the next record.
// The story date is the record's; else ReaderOptions::default_date; else
// unknown. An unparseable record date makes the record bad.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/document.h"
#include "core/status.h"

namespace dyad {

enum class InputFormat { kText, kJsonl, kXml };

// "text", "jsonl", "xml" (also "json", "ndjson", "txt"); nullopt if unknown.
std::optional<InputFormat> parse_input_format(std::string_view name);
const char* input_format_name(InputFormat f);

struct ReaderOptions {
  std::optional<InputFormat> format;   // unset: detect per file
  Date default_date;                   // used when a record has no date
  size_t max_story_bytes = 64u << 20;  // a larger story is reported and skipped
};

class StoryReader {
 public:
  enum class Next { kStory, kSkipped, kEnd };
  virtual ~StoryReader() = default;
  // kStory: `story` is overwritten with the next story. kSkipped: `problem`
  // says what was wrong and where; call again. kEnd: nothing more.
  virtual Next next(Story& story, Status& problem) = 0;
};

// A reader over all `paths` in order. Paths that do not exist are reported as
// kSkipped problems when reached, so one missing file does not stop a run.
std::unique_ptr<StoryReader> open_stories(const std::vector<std::string>& paths,
                                          const ReaderOptions& options);

// One story from text held in memory, as the text reader would read it from a
// file whose id is `id` (a leading BOM dropped, the rest kept byte for byte;
// origin = id). For tests, benchmarks and bindings.
Story story_from_text(std::string text, std::string id, Date date = {});

}  // namespace dyad
