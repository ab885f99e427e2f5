// The CAMEO event ontology: what an event code means once the coder has one.
//
// Takes data/ontology/{cameo,cameo-plover}.tsv and gives a const table of the
// CAMEO 1.1b3 event codes (the 20 two-digit roots, their 3- and 4-digit
// children), each with its name, quad class, Goldstein weight and PLOVER event
// type and mode. Both files are versioned ("# dyad-ontology <kind> 1" on the
// first line) and every problem is a Status naming FILE:LINE; sources and
// judgment calls are in data/ontology/PROVENANCE.md.
//
// Lookups fall back to the longest prefix that is a known code, so a
// dictionary's finer code ("1010", "075A", a 5-digit extension) still gets its
// parent's quad class, weight and PLOVER type; `find` says when it did. A code
// with no known prefix (a WEIS "901", "---") is unknown: nullptr.
//
// The table is small (~300 codes); lookups are a few ordered-map probes. Const
// after load and safe to share across threads.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace dyad::coding {

// PLOVER's sixteen event types (codebook draft 0.8), plus kNone for the CAMEO
// codes PLOVER dropped (01 statements, 02 appeals).
enum class PloverType : uint8_t {
  kNone,
  kAgree,
  kConsult,
  kSupport,
  kConcede,
  kCooperate,
  kAid,
  kRetreat,
  kDemand,
  kAccuse,
  kReject,
  kThreaten,
  kProtest,
  kSanction,
  kMobilize,
  kCoerce,
  kAssault,
};
inline constexpr int kPloverTypeCount = 16;  // not counting kNone

// "AGREE" ... "ASSAULT"; "" for kNone.
std::string_view plover_type_name(PloverType type);
// The type named `name` (upper case, as in the codebook), or nullopt.
std::optional<PloverType> parse_plover_type(std::string_view name);

struct PloverMapping {
  PloverType type = PloverType::kNone;  // kNone: PLOVER has no type for this code
  std::string mode;                     // PLOVER mode ("ceasefire", "visit"); empty if none
  bool inherited = false;               // no row of its own: copied from the nearest ancestor's
};

struct CameoCode {
  std::string code;      // "0871": 2 digits for a root, 3 or 4 below it
  std::string name;      // the codebook's short label, "Declare truce, ceasefire"
  int quad_class = 0;    // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
  double goldstein = 0;  // Goldstein weight, -10 (most conflictual) .. +10
  PloverMapping plover;

  std::string_view root() const { return std::string_view(code).substr(0, 2); }
  // The code minus its last digit; empty for a root.
  std::string_view parent() const {
    return code.size() > 2 ? std::string_view(code).substr(0, code.size() - 1) : std::string_view();
  }
  bool is_root() const { return code.size() == 2; }
};

class Ontology {
 public:
  // Reads DIR/cameo.tsv, DIR/cameo-plover.tsv and DIR/cameo-negation.tsv (DIR is normally DATA/ontology,
  // DATA from find_data_dir()).
  static Result<Ontology> load(const std::string& dir);

  // The entry for `code`, or for its longest prefix that is a known code;
  // nullptr if no prefix of two or more characters is known. `*fell_back` (if
  // given) is set to whether a prefix was used.
  const CameoCode* find(std::string_view code, bool* fell_back = nullptr) const;
  // The entry for exactly `code`, or nullptr.
  const CameoCode* find_exact(std::string_view code) const;

  // Through `find` (so with prefix fallback); 0 / nullopt / nullptr when the
  // code is unknown.
  int quad_class(std::string_view code) const;
  std::optional<double> goldstein(std::string_view code) const;
  const PloverMapping* plover(std::string_view code) const;
  // What the act is coded as when negated ("refused to meet": 036 -> 125),
  // from DIR/cameo-negation.tsv through the longest listed prefix; empty
  // when a negated act of this kind is no event.
  std::string_view negation(std::string_view code) const;

  // Every code, parents before children, in file order.
  const std::vector<CameoCode>& codes() const { return codes_; }
  size_t size() const { return codes_.size(); }

 private:
  std::vector<CameoCode> codes_;
  std::map<std::string, size_t, std::less<>> index_;  // code -> position in codes_
  std::map<std::string, std::string, std::less<>> negations_;
};

}  // namespace dyad::coding
