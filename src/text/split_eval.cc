#include "text/split_eval.h"

#include <fstream>
#include <set>
#include <vector>

namespace dyad {
namespace {

struct Document {
  std::string text;
  std::set<uint32_t> ends;       // gold sentence end offsets (exclusive)
  std::set<uint32_t> starts;     // gold sentence start offsets
  std::set<uint32_t> para_ends;  // the subset of ends that close a paragraph
};

void score(const Document& d, const Pipeline& pipeline, SplitScore& out) {
  Story s;
  s.id = "eval";
  s.text = d.text;
  pipeline.process(s);
  ++out.documents;
  out.gold_sentences += d.ends.size();
  out.predicted_sentences += s.sentences.size();
  for (uint32_t e : d.ends)
    if (!d.para_ends.count(e)) ++out.gold_inner;
  for (const Sentence& sent : s.sentences) {
    if (d.starts.count(sent.span.start) && d.ends.count(sent.span.end)) ++out.exact_sentences;
    if (d.para_ends.count(sent.span.end)) continue;
    // Ends at a paragraph's end come free with the blank line; only the
    // others measure the splitter.
    ++out.predicted_inner;
    if (d.ends.count(sent.span.end)) ++out.correct_inner;
  }
}

}  // namespace

Result<SplitScore> evaluate_splitting(const std::string& path, const Pipeline& pipeline) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": cannot open treebank");
  SplitScore out;
  Document doc;
  bool any = false;
  std::string line;
  size_t n = 0;
  auto close_paragraph = [&] {
    if (!doc.text.empty() && !doc.ends.empty()) doc.para_ends.insert(*doc.ends.rbegin());
  };
  auto flush = [&] {
    close_paragraph();
    if (!doc.text.empty()) score(doc, pipeline, out);
    doc = Document{};
  };
  bool new_paragraph = false;
  while (std::getline(in, line)) {
    ++n;
    if (line.rfind("# newdoc", 0) == 0) {
      flush();
      new_paragraph = false;
    } else if (line.rfind("# newpar", 0) == 0) {
      new_paragraph = true;
    } else if (line.rfind("# text = ", 0) == 0) {
      any = true;
      const std::string sentence = line.substr(9);
      if (!doc.text.empty()) {
        if (new_paragraph) {
          close_paragraph();
          doc.text += "\n\n";
        } else {
          doc.text += " ";
        }
      }
      new_paragraph = false;
      doc.starts.insert(static_cast<uint32_t>(doc.text.size()));
      doc.text += sentence;
      doc.ends.insert(static_cast<uint32_t>(doc.text.size()));
    }
  }
  flush();
  if (!any)
    return Status::Invalid(path + ":" + std::to_string(n) + ": no \"# text =\" comments in this treebank");
  return out;
}

}  // namespace dyad
