// Validation records: the PETRARCH / UniversalPetrarch / TABARI-style test
// suites (a sentence, its date, and the events it must yield) read into plain
// structs, and the score of a coder's output against them (`dyad eval
// coding`).
//
// The files are not well-formed XML (comments nested in comments, a
// <Sentence/> closed early and then followed by its <Text>), so they are
// read by a tolerant scanner, as the story reader does (ingest/xml_reader.cc).
// What is kept per record: id, date, category, whether it is evaluated, its
// text, its <EventCoding> elements, and the <Config> options in effect,
// which the file may change between records. The <Environment> names the
// dictionaries the suite uses, relative to the file.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "coding/coder.h"
#include "core/date.h"
#include "core/event.h"
#include "core/status.h"
#include "dict/load.h"
#include "dict/matcher.h"

namespace dyad::coding {

// An event as the suites write it: codes only. An absent target is "---".
struct CodedTriple {
  std::string source, target, code;
  friend auto operator<=>(const CodedTriple&, const CodedTriple&) = default;
  std::string text() const { return source + " " + target + " " + code; }
};

struct ValidationRecord {
  std::string id;
  std::string category;
  Date date;
  std::string text;
  uint32_t line = 0;                  // of the <Sentence> tag
  bool evaluate = true;               // evaluate="false" records are read but not scored
  bool error_test = false;            // expects a reading error ("? ? ?"): not a coding test
  std::vector<CodedTriple> expected;  // empty with noevents
  CoderOptions options;               // the <Config> in effect for this record
};

struct ValidationSet {
  std::string path;
  std::vector<ValidationRecord> records;
  dict::DictionaryPaths dictionaries;  // from <Environment>, resolved beside the file
  // What stands for the country of an agent alone in the expected codes
  // (CoderOptions::no_country): "---" for the PETRARCH suites ("---REB"),
  // empty for records with no <Environment> (dyad's own, "REB").
  std::string no_country = "---";
  // CoderOptions::reported_statements: PETRARCH's suites code "X said [a
  // clause naming Y]" as X -> Y 010; dyad's own records do not.
  bool reported_statements = true;
};

// Reads a validation file. Fails only when the file cannot be read or holds
// no <Sentence>; a malformed record is skipped with a message in `problems`
// ("FILE:LINE: ...").
Result<ValidationSet> read_validation(const std::string& path, std::vector<std::string>& problems);

// The triples of a list of events, as the suites write them; duplicates
// collapse.
std::vector<CodedTriple> triples_of(const std::vector<Event>& events);

struct RecordOutcome {
  const ValidationRecord* record = nullptr;
  std::vector<CodedTriple> got;  // sorted, unique
  bool exact = false;            // the same set as expected
};

struct CodingScore {
  size_t records = 0;   // scored (evaluate and not error tests)
  size_t skipped = 0;   // not scored
  size_t exact = 0;     // sentences coded exactly right
  size_t expected = 0;  // expected events
  size_t produced = 0;  // events coded
  size_t correct = 0;   // produced and expected
  struct Category {
    size_t records = 0, exact = 0;
  };
  std::map<std::string, Category> categories;
  std::vector<RecordOutcome> outcomes;  // scored records, in file order

  double exact_rate() const { return records ? double(exact) / double(records) : 0; }
  double precision() const { return produced ? double(correct) / double(produced) : 0; }
  double recall() const { return expected ? double(correct) / double(expected) : 0; }
  // Adds one scored record.
  void add(const ValidationRecord& record, std::vector<CodedTriple> got);
};

}  // namespace dyad::coding

namespace dyad {
class Pipeline;
}

namespace dyad::coding {

// Codes every scored record's text from raw text (the pipeline must have the
// syntax models) with the options in effect for it, and scores the result.
// The score's outcomes point into `set`.
CodingScore evaluate(const ValidationSet& set, const Pipeline& pipeline, const dict::Lexicon& lexicon,
                     const Ontology* ontology = nullptr);

}  // namespace dyad::coding
