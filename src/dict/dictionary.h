// The dictionaries: what users' CAMEO dictionary files say, as plain structs.
//
// dyad reads the PETRARCH 2 formats (actors, agents, verbs with synsets and
// patterns, discards, issues) and the older TABARI ones unchanged; readers
// live in src/dict/{actors,agents,verbs,discards,issues}.cc and fill one
// Dictionaries value. Everything is kept as the user wrote it (upper-case
// words, codes as strings) plus the forms dyad generated from it (plurals,
// verb endings, substitution markers), each with the file and line it came
// from so that every event can point back to the entry that produced it.
//
// Matching (src/dict/matcher.h) compiles these structs into a token trie; the
// coder reads patterns from here.
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"

namespace dyad::dict {

// PETRARCH treats every word as a whole word; TABARI treats a word not
// followed by '_' as a stem ("ARGENTIN" matches ARGENTINA and ARGENTINE).
enum class Dialect : uint8_t { kPetrarch, kTabari };

// Where an entry was written: an index into Dictionaries::files and a 1-based
// line number.
struct SourceLine {
  uint32_t file = 0;
  uint32_t line = 0;
};

struct Word {
  std::string text;          // upper-case, as written, without '_'
  bool stem = false;         // TABARI dialect: matches any word it begins
  bool tight_after = false;  // joined to the next word by '_' (must be adjacent)
};

// A phrase of one or more words. Blanks and '_' both separate words; the
// difference (tight_after) matters only to verb patterns and TABARI phrases.
struct Phrase {
  std::vector<Word> words;
  std::string text() const;  // words joined by single blanks
};

// Days since 1970-01-01, used for date restrictions.
using DayNumber = int32_t;
DayNumber day_number(const Date& date);
constexpr DayNumber kMinDay = std::numeric_limits<DayNumber>::min();
constexpr DayNumber kMaxDay = std::numeric_limits<DayNumber>::max();

// A code valid between two days, both inclusive ("[RUSGOV >20040309]" is
// first = 2004-03-09, last = kMaxDay; "<date" is kMinDay..date).
struct DatedCode {
  std::string code;
  DayNumber first = kMinDay;
  DayNumber last = kMaxDay;
  SourceLine where;
};

// An actor: a primary phrase, its synonyms and its codes. Codes may be
// compound ("ELR/GAL": two actors at once). As in PETRARCH, primary lines
// with no code of their own share the codes of the entry that follows them
// (they are read as its phrases); "---" is TABARI's explicit null code.
struct Actor {
  std::vector<Phrase> phrases;   // phrases[0] is the primary phrase
  std::string code;              // default code; empty = none ("null code")
  std::vector<DatedCode> dated;  // in file order; the first that covers a day wins
  SourceLine where;

  // The code valid on `date`: the first dated code covering it, else the
  // default. With an unknown date the default applies, or, when there is
  // none, the role that began last (what the actor is now).
  std::string_view code_on(const Date& date) const;
};

// An agent: a role ("FOREIGN_MINISTER [~GOVFRM]") whose code is joined to an
// actor's: after it for "~CODE", before it for "CODE~" ("NGO~").
struct Agent {
  std::vector<Phrase> forms;  // singular first, then plurals and substitutions
  uint32_t written = 1;       // forms[0, written) were written by the user
  std::string code;           // without the '~'
  bool before_actor = false;  // "CODE~"
  SourceLine where;
};

// A synset: "&NAME" and its "+" members, with generated plurals.
struct Synset {
  std::string name;             // with the '&', without a trailing '_'
  std::vector<Phrase> members;  // as written, then generated plurals
  uint32_t written = 0;         // members[0, written) were written by the user
  SourceLine where;
};

// One element of a verb pattern.
struct PatternItem {
  enum class Kind : uint8_t {
    kWord,       // a literal word
    kSynset,     // &NAME; `synset` indexes Verbs::synsets
    kVerb,       // '*'
    kSource,     // '$'
    kTarget,     // '+'
    kSkip,       // '^' (TABARI: skip one noun phrase)
    kCompound,   // '%' (compound actor)
    kOpenNoun,   // '{' begins a noun phrase (PETRARCH) or alternatives (TABARI)
    kCloseNoun,  // '}'
    kOpenPrep,   // '(' begins a prepositional phrase
    kClosePrep,  // ')'
    kOr,         // '|' between TABARI alternatives
  };
  Kind kind = Kind::kWord;
  Word word;            // kWord
  uint32_t synset = 0;  // kSynset
  bool tight_after = false;
};

struct Pattern {
  std::vector<PatternItem> items;  // exactly one kVerb
  std::string code;                // "042", "042:043", ":173", "---"
  uint32_t block = 0;              // index into Verbs::blocks
  uint32_t verb = 0;               // TABARI: index into Verbs::verbs of the verb it follows
  SourceLine where;
};

// A verb and every form it is matched in. A multi-word verb ("+CORDON_OFF")
// has phrases of several words; `head` says which word the parser must tag
// as the verb.
struct VerbForm {
  Phrase phrase;
  uint32_t head = 0;
  bool generated = false;  // made by dyad's regular-form rules
};

struct Verb {
  std::string lemma;            // the primary form as written, '_' kept for multi-word verbs
  std::vector<VerbForm> forms;  // the lemma first
  std::string code;             // its own code, else the block's
  uint32_t block = 0;
  SourceLine where;
};

// "--- NAME [code] ---": verbs that share patterns. TABARI files have no
// blocks; there each primary verb gets a block of its own.
struct VerbBlock {
  std::string name;
  std::string code;  // "---" when none
  std::vector<uint32_t> verbs;
  std::vector<uint32_t> patterns;
  SourceLine where;
};

// "~ a (a b ATTACK) SAY = a b 015": PETRARCH 2's rewrite of a verb that
// reports another event. Kept as tokens for the coder.
struct Transformation {
  std::vector<std::string> lhs;
  std::vector<std::string> rhs;
  SourceLine where;
};

struct Verbs {
  std::vector<Synset> synsets;
  std::vector<VerbBlock> blocks;
  std::vector<Verb> verbs;
  std::vector<Pattern> patterns;
  std::vector<Transformation> transformations;
};

// A discard phrase: sentences (or, with '+', whole stories) containing it are
// not coded. The last word is a stem unless it was written with a final '_'.
struct Discard {
  Phrase phrase;
  bool whole_story = false;
  SourceLine where;
};

// An issue phrase and its code, or an exclusion ("~" sentence, "~~" story).
struct Issue {
  enum class Kind : uint8_t { kCode, kIgnoreSentence, kIgnoreStory };
  std::vector<Phrase> forms;  // expanded n:, v: and '+' forms
  std::string code;           // empty for exclusions
  std::string category;       // from <ISSUE CATEGORY="...">
  Kind kind = Kind::kCode;
  SourceLine where;
};

// A problem found while reading, like a compiler's: errors make an entry
// unusable (it is skipped); warnings are oddities dyad worked around.
struct Diagnostic {
  enum class Severity : uint8_t { kWarning, kError };
  Severity severity = Severity::kError;
  std::string file;
  uint32_t line = 0;
  std::string message;
  // "FILE:LINE: error: message"
  std::string format() const;
};

struct Dictionaries {
  std::vector<std::string> files;  // paths as given; SourceLine::file indexes this
  std::vector<Dialect> dialects;   // per file
  std::vector<Actor> actors;
  std::vector<Agent> agents;
  Verbs verbs;
  std::vector<Discard> discards;
  std::vector<Issue> issues;
  std::vector<Diagnostic> diagnostics;

  size_t error_count() const;
  size_t warning_count() const;
};

}  // namespace dyad::dict
