// open_stories: paths in, one Story at a time out. Directories are listed (not
// read) when reached and their files read in sorted order so that runs are
// reproducible whatever order the file system returns; each file gets its own
// format detection because a directory may mix formats.
#include "ingest/reader.h"

#include <algorithm>
#include <filesystem>

#include "ingest/formats.h"

namespace dyad {
namespace fs = std::filesystem;

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// Drops `suffix` (case-insensitively) when `name` ends with it and is more than it.
bool strip_suffix(std::string_view& name, std::string_view suffix) {
  if (name.size() <= suffix.size() || lower(name.substr(name.size() - suffix.size())) != suffix) return false;
  name.remove_suffix(suffix.size());
  return true;
}

std::string_view base_name(std::string_view path) {
  const size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

std::string_view without_compression(std::string_view name) {
  while (strip_suffix(name, ".gz") || strip_suffix(name, ".zst")) {
  }
  return name;
}

// The regular files under `dir`, sorted, leaving out hidden files and directories.
Status list_directory(const std::string& dir, std::vector<std::string>& out) {
  std::vector<fs::path> files;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (it->path().filename().string().starts_with('.')) {
      it.disable_recursion_pending();
      continue;
    }
    std::error_code type_ec;  // a file that vanished meanwhile is simply not listed
    if (it->is_regular_file(type_ec)) files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  out.clear();
  for (const auto& f : files) out.push_back(f.string());
  if (ec) return Status::Io(dir + ": " + ec.message());
  return Status::Ok();
}

Result<std::unique_ptr<StoryReader>> open_file(const std::string& path, const ReaderOptions& options) {
  auto in = ingest::open_input(path);
  if (!in.ok()) return in.status();
  std::optional<InputFormat> format = options.format;
  if (!format) format = ingest::format_from_name(path == "-" ? "" : path);
  if (!format) {
    // Read until the first non-space byte, or a chunk of spaces.
    while (in->window().find_first_not_of(" \t\r\n") == std::string_view::npos &&
           in->window().size() < ingest::kChunkBytes && in->more()) {
    }
    if (!in->error().ok()) return in->error();
    format = ingest::format_from_content(in->window());
  }
  switch (*format) {
    case InputFormat::kJsonl:
      return ingest::jsonl_reader(std::move(*in), options);
    case InputFormat::kXml:
      return ingest::xml_reader(std::move(*in), options);
    case InputFormat::kText:
      break;
  }
  return ingest::text_reader(std::move(*in), options);
}

class PathsReader : public StoryReader {
 public:
  PathsReader(std::vector<std::string> paths, const ReaderOptions& options)
      : paths_(std::move(paths)), options_(options) {}

  Next next(Story& story, Status& problem) override {
    for (;;) {
      if (current_) {
        const Next n = current_->next(story, problem);
        if (n != Next::kEnd) return n;
        current_.reset();
      }
      std::string path;
      if (next_listed_ < listed_.size()) {
        path = std::move(listed_[next_listed_++]);
      } else if (next_path_ < paths_.size()) {
        path = paths_[next_path_++];
        std::error_code ec;
        if (path != "-" && fs::is_directory(path, ec)) {
          next_listed_ = 0;
          problem = list_directory(path, listed_);
          if (!problem.ok()) return Next::kSkipped;
          continue;
        }
      } else {
        return Next::kEnd;
      }
      auto reader = open_file(path, options_);
      if (!reader.ok()) {
        problem = reader.status();
        return Next::kSkipped;
      }
      current_ = std::move(*reader);
    }
  }

 private:
  std::vector<std::string> paths_;
  size_t next_path_ = 0;
  std::vector<std::string> listed_;  // files of the directory being read
  size_t next_listed_ = 0;
  ReaderOptions options_;
  std::unique_ptr<StoryReader> current_;
};

}  // namespace

namespace ingest {

std::optional<InputFormat> format_from_name(std::string_view path) {
  const std::string_view name = without_compression(base_name(path));
  const size_t dot = name.rfind('.');
  if (dot == std::string_view::npos) return std::nullopt;
  const std::string ext = lower(name.substr(dot + 1));
  if (ext == "jsonl" || ext == "ndjson" || ext == "json") return InputFormat::kJsonl;
  if (ext == "xml") return InputFormat::kXml;
  if (ext == "txt") return InputFormat::kText;
  return std::nullopt;
}

InputFormat format_from_content(std::string_view head) {
  const size_t first = head.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return InputFormat::kText;
  if (head[first] == '{') return InputFormat::kJsonl;
  if (head[first] == '<') return InputFormat::kXml;
  return InputFormat::kText;
}

std::string text_story_id(std::string_view path) {
  std::string_view name = without_compression(base_name(path));
  strip_suffix(name, ".txt");
  return std::string(name);
}

}  // namespace ingest

std::optional<InputFormat> parse_input_format(std::string_view name) {
  const std::string n = lower(name);
  if (n == "text" || n == "txt") return InputFormat::kText;
  if (n == "jsonl" || n == "json" || n == "ndjson") return InputFormat::kJsonl;
  if (n == "xml") return InputFormat::kXml;
  return std::nullopt;
}

const char* input_format_name(InputFormat f) {
  switch (f) {
    case InputFormat::kJsonl:
      return "jsonl";
    case InputFormat::kXml:
      return "xml";
    case InputFormat::kText:
      break;
  }
  return "text";
}

std::unique_ptr<StoryReader> open_stories(const std::vector<std::string>& paths,
                                          const ReaderOptions& options) {
  return std::make_unique<PathsReader>(paths, options);
}

Story story_from_text(std::string text, std::string id, Date date) {
  Story s;
  if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
  s.origin = id;
  s.id = std::move(id);
  s.text = std::move(text);
  s.date = date;
  return s;
}

}  // namespace dyad
