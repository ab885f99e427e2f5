#include "dict/countries.h"

#include <utf8proc.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <vector>

#include "dict/source.h"

namespace dyad::dict {
namespace {

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t at = 0;
  while (true) {
    const size_t next = s.find(sep, at);
    out.push_back(s.substr(at, next == std::string_view::npos ? std::string_view::npos : next - at));
    if (next == std::string_view::npos) break;
    at = next + 1;
  }
  return out;
}

bool is_code(std::string_view s, size_t min_length) {
  return s.size() >= min_length && std::all_of(s.begin(), s.end(), [](char c) {
           return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
         });
}

// "Russian Federation" -> "RUSSIAN_FEDERATION_": upper case (all scripts),
// blanks to '_', and the final '_' that makes every word exact in PETRARCH.
std::string phrase_of(std::string_view name) {
  std::string out;
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(name.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(name.size());
  bool blank = false;
  while (left > 0) {
    utf8proc_int32_t c = 0;
    utf8proc_ssize_t n = utf8proc_iterate(p, left, &c);
    if (n <= 0) {  // not UTF-8: keep the byte; the reader reports it if it matters
      out.push_back(static_cast<char>(*p));
      ++p, --left;
      continue;
    }
    p += n, left -= n;
    if (c == ' ' || c == '\t') {
      blank = true;
      continue;
    }
    if (blank && !out.empty()) out.push_back('_');
    blank = false;
    utf8proc_uint8_t buf[4];
    const utf8proc_ssize_t m = utf8proc_encode_char(utf8proc_toupper(c), buf);
    out.append(reinterpret_cast<const char*>(buf), static_cast<size_t>(m));
  }
  out.push_back('_');
  return out;
}

// ISO's sorted names ("Korea, Republic of", "Holy See (Vatican City State)")
// as news would write them: "Republic of Korea", "Holy See", "Vatican City
// State". A comma that is not such an inversion keeps only what precedes it
// ("Taiwan, Province of China" -> "Taiwan").
std::vector<std::string> iso_names(std::string_view raw) {
  std::vector<std::string> out;
  std::string name(trim(raw));
  std::string inner;
  if (const size_t open = name.find(" ("); open != std::string::npos) {
    const size_t close = name.find(')', open);
    if (close != std::string::npos) {
      inner = name.substr(open + 2, close - open - 2);
      const bool at_end = close + 1 == name.size();
      name = name.substr(0, open) + name.substr(close + 1);
      // "(French part)" is a qualifier, "(Malvinas)" another name.
      const bool qualifier = inner.find(" part") != std::string::npos;
      const bool several_words = inner.find(' ') != std::string::npos;
      const bool a_state = inner.find("State") != std::string::npos;
      if (!at_end || qualifier || (several_words && !a_state)) inner.clear();
    }
  }
  if (const size_t comma = name.find(", "); comma != std::string::npos) {
    const std::string head = name.substr(0, comma), tail = name.substr(comma + 2);
    auto ends_with = [&](std::string_view s) { return tail.size() >= s.size() && tail.ends_with(s); };
    if (tail.find(',') == std::string::npos && (ends_with(" of") || ends_with(" of the"))) {
      name = tail + " " + head;
    } else if (tail.find(' ') == std::string::npos && tail.find(',') == std::string::npos && !tail.empty() &&
               tail[0] >= 'A' && tail[0] <= 'Z') {
      name = tail + " " + head;  // "Virgin Islands, British"
    } else {
      name = head;
    }
  }
  for (std::string* s : {&name, &inner}) {
    if (s->starts_with("The ") || s->starts_with("the ")) s->erase(0, 4);
    if (!s->empty()) out.push_back(*s);
  }
  return out;
}

struct Row {
  int line = 0;
  std::string iso3, code;
  std::vector<std::string> names, adjectives, capitals, historic;
  std::vector<std::pair<std::string, std::string>> metonyms;  // name, code ("" = the country's)
  std::vector<std::string> drop;  // ISO names not to use ("-Réunion": a common word without its accent)
};

struct Country {
  std::string iso3, code, comment;
  std::vector<std::string> phrases;  // primary first
  std::vector<std::pair<std::string, std::string>> metonyms;
  int line = 0;  // table row, 0 = none
};

}  // namespace

Result<std::string> build_country_actors(const CountrySources& in, CountryStats* stats) {
  std::vector<std::string> problems;
  const std::string& file = in.table_name;
  auto at = [&](int line) { return file + ":" + std::to_string(line) + ": "; };

  // The table.
  std::map<std::string, Row> rows;
  std::vector<std::string> row_order;
  {
    int line = 0;
    for (std::string_view text : split(in.table, '\n')) {
      ++line;
      std::string_view t = trim(text);
      if (t.empty() || t.front() == '#') continue;
      std::vector<std::string_view> cells = split(text, '\t');
      if (cells.size() > 7) {
        problems.push_back(at(line) + "expected at most 7 tab-separated columns, found " +
                           std::to_string(cells.size()));
        continue;
      }
      cells.resize(7);
      Row row;
      row.line = line;
      row.iso3 = std::string(trim(cells[0]));
      row.code = std::string(trim(cells[1]));
      if (!is_code(row.iso3, 3) || row.iso3.size() != 3) {
        problems.push_back(at(line) + "'" + row.iso3 + "' is not an alpha-3 code");
        continue;
      }
      if (!row.code.empty() && !is_code(row.code, 3)) {
        problems.push_back(at(line) + "'" + row.code + "' is not a CAMEO code");
        continue;
      }
      bool bad = false;
      auto items = [&](std::string_view cell, std::vector<std::string>& out) {
        for (std::string_view item : split(cell, ';')) {
          item = trim(item);
          if (item.empty()) continue;
          if (item.find_first_of("[]{}#=") != std::string_view::npos || item.front() == '+' ||
              item.front() == '-') {
            problems.push_back(at(line) + "'" + std::string(item) + "' cannot be an actor phrase");
            bad = true;
            continue;
          }
          out.emplace_back(item);
        }
      };
      for (std::string_view item : split(cells[2], ';')) {
        item = trim(item);
        if (item.size() > 1 && item.front() == '-') row.drop.emplace_back(trim(item.substr(1)));
      }
      std::string names_cell;
      for (std::string_view item : split(cells[2], ';'))
        if (trim(item).empty() || trim(item).front() != '-') names_cell += std::string(item) + ";";
      items(names_cell, row.names);
      items(cells[3], row.adjectives);
      items(cells[4], row.capitals);
      items(cells[6], row.historic);
      for (std::string_view item : split(cells[5], ';')) {
        item = trim(item);
        if (item.empty()) continue;
        std::string name(item), code;
        if (const size_t eq = item.find('='); eq != std::string_view::npos) {
          name = std::string(trim(item.substr(0, eq)));
          code = std::string(trim(item.substr(eq + 1)));
          if (!is_code(code, 3)) {
            problems.push_back(at(line) + "metonym '" + std::string(item) + "': '" + code +
                               "' is not a CAMEO code");
            bad = true;
            continue;
          }
        }
        if (name.empty() || name.find_first_of("[]{}#") != std::string::npos) {
          problems.push_back(at(line) + "metonym '" + std::string(item) + "' cannot be an actor phrase");
          bad = true;
          continue;
        }
        row.metonyms.emplace_back(name, code);
      }
      if (bad) continue;
      if (rows.count(row.iso3)) {
        problems.push_back(at(line) + row.iso3 + " already has a row (line " +
                           std::to_string(rows[row.iso3].line) + ")");
        continue;
      }
      row_order.push_back(row.iso3);
      rows.emplace(row.iso3, std::move(row));
    }
  }

  // ISO 3166-1 and -3.
  const std::string iso1_name = "ISO 3166-1 JSON", iso3_name = "ISO 3166-3 JSON";
  nlohmann::json iso1 = nlohmann::json::parse(in.iso3166_1, nullptr, false);
  if (iso1.is_discarded() || !iso1.contains("3166-1") || !iso1["3166-1"].is_array())
    return Status::Invalid(iso1_name + ": not the iso-codes iso_3166-1.json (no \"3166-1\" list)");
  nlohmann::json iso3 = nlohmann::json::array();
  if (!in.iso3166_3.empty()) {
    nlohmann::json j = nlohmann::json::parse(in.iso3166_3, nullptr, false);
    if (j.is_discarded() || !j.contains("3166-3") || !j["3166-3"].is_array())
      return Status::Invalid(iso3_name + ": not the iso-codes iso_3166-3.json (no \"3166-3\" list)");
    iso3 = j["3166-3"];
  }
  auto str = [](const nlohmann::json& e, const char* key) -> std::string {
    auto it = e.find(key);
    return it != e.end() && it->is_string() ? it->get<std::string>() : std::string();
  };

  std::vector<Country> countries;
  std::set<std::string> seen;
  size_t with_row = 0;
  auto add_row_items = [](Country& c, const Row& r) {
    for (const auto* list : {&r.names, &r.adjectives, &r.capitals, &r.historic})
      for (const std::string& s : *list) c.phrases.push_back(s);
    c.metonyms = r.metonyms;
    c.line = r.line;
  };
  for (const nlohmann::json& e : iso1["3166-1"]) {
    const std::string a3 = str(e, "alpha_3");
    if (a3.empty()) continue;
    Country c;
    c.iso3 = a3;
    c.code = a3;
    c.comment =
        a3 + ": " + str(e, "name") + " (ISO 3166-1 " + str(e, "alpha_2") + ", " + str(e, "numeric") + ")";
    const Row* row = nullptr;
    if (auto it = rows.find(a3); it != rows.end()) row = &it->second;
    if (row && !row->code.empty()) c.code = row->code;
    // Primary phrase: what news calls it, then ISO's names.
    if (row && !row->names.empty()) c.phrases.push_back(row->names.front());
    std::vector<bool> dropped(row ? row->drop.size() : 0, false);
    for (const char* key : {"common_name", "name", "official_name"})
      for (std::string& n : iso_names(str(e, key))) {
        bool keep = true;
        for (size_t d = 0; d < dropped.size(); ++d)
          if (row->drop[d] == n) keep = false, dropped[d] = true;
        if (keep) c.phrases.push_back(std::move(n));
      }
    for (size_t d = 0; d < dropped.size(); ++d)
      if (!dropped[d])
        problems.push_back(at(row->line) + "'-" + row->drop[d] + "' drops no ISO name of " + a3);
    if (row) {
      ++with_row;
      add_row_items(c, *row);
    }
    seen.insert(a3);
    countries.push_back(std::move(c));
  }
  size_t other = 0;
  for (const std::string& key : row_order) {
    if (seen.count(key)) continue;
    const Row& row = rows.at(key);
    Country c;
    c.iso3 = key;
    c.code = row.code.empty() ? key : row.code;
    c.comment = key + ": not in ISO 3166-1";
    for (const nlohmann::json& e : iso3)
      if (str(e, "alpha_3") == key)
        c.comment =
            key + ": " + str(e, "name") + " (ISO 3166-3, withdrawn " + str(e, "withdrawal_date") + ")";
    if (row.names.empty()) {
      problems.push_back(at(row.line) + key + " is not in ISO 3166-1, so its row must give its names");
      continue;
    }
    add_row_items(c, row);
    ++other;
    countries.push_back(std::move(c));
  }

  // Phrases: each once per country, and never for two.
  struct Owner {
    std::string code;
    int line;
  };
  std::map<std::string, Owner> owner;
  auto claim = [&](const std::string& phrase, const std::string& code, int line) -> bool {
    auto [it, inserted] = owner.emplace(phrase, Owner{code, line});
    if (inserted) return true;
    if (it->second.code == code) return false;  // a repeat within one country: dropped
    std::string problem =
        (line ? at(line) : file + ": ") + "'" + phrase + "' is given to both " + it->second.code +
        (it->second.line ? " (line " + std::to_string(it->second.line) + ")" : " (ISO)") + " and " + code;
    if (std::find(problems.begin(), problems.end(), problem) == problems.end()) problems.push_back(problem);
    return false;
  };
  std::string out;
  out += "# dyad-dictionary actors 1\n";
  out += "# GENERATED by `dyad dict countries` from ISO 3166-1 and 3166-3 (Debian's\n";
  out += "# iso-codes package) and dyad's table data/dict/countries.tsv. Do not edit:\n";
  out += "# change the table and run scripts/countries.sh.\n";
  CountryStats st;
  for (Country& c : countries) {
    std::vector<std::string> phrases;
    for (const std::string& name : c.phrases) {
      std::string p = phrase_of(name);
      if (std::find(phrases.begin(), phrases.end(), p) != phrases.end()) continue;
      if (!claim(p, c.code, c.line)) continue;
      phrases.push_back(std::move(p));
    }
    std::vector<std::pair<std::string, std::string>> metonyms;
    for (const auto& [name, code] : c.metonyms) {
      std::string p = phrase_of(name);
      if (code.empty()) {
        if (std::find(phrases.begin(), phrases.end(), p) == phrases.end() && claim(p, c.code, c.line))
          phrases.push_back(std::move(p));
      } else if (claim(p, code, c.line)) {
        metonyms.emplace_back(std::move(p), code);
      }
    }
    if (phrases.empty()) continue;
    out += "\n# " + c.comment + "\n";
    out += phrases[0] + " [" + c.code + "]\n";
    for (size_t i = 1; i < phrases.size(); ++i) out += "+" + phrases[i] + "\n";
    for (const auto& [p, code] : metonyms) out += p + " [" + code + "]\n";
    st.phrases += phrases.size() + metonyms.size();
    st.metonym_entries += metonyms.size();
  }
  if (!problems.empty()) {
    std::string msg;
    for (const std::string& p : problems) msg += (msg.empty() ? "" : "\n") + p;
    return Status::Invalid(msg);
  }
  st.countries = countries.size() - other;
  st.with_row = with_row;
  st.other = other;
  if (stats) *stats = st;
  return out;
}

}  // namespace dyad::dict
