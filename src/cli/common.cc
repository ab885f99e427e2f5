#include "cli/common.h"

#include "core/data_dir.h"

namespace dyad::cli {

void add_input_options(CLI::App& cmd, InputArgs& args) {
  cmd.add_option("inputs", args.paths,
                 "Story files or directories; '-' reads standard input. .gz and .zst are read transparently")
      ->required();
  cmd.add_option("--input", args.format, "Input format, overriding detection: text, jsonl or xml");
  cmd.add_option("--date", args.date, "Date (YYYY-MM-DD) for stories whose record gives none");
}

Result<ReaderOptions> reader_options(const InputArgs& args) {
  ReaderOptions o;
  if (!args.format.empty()) {
    auto f = parse_input_format(args.format);
    if (!f) return Status::Usage("--input: unknown format \"" + args.format + "\" (text, jsonl, xml)");
    o.format = *f;
  }
  if (!args.date.empty()) {
    auto d = Date::parse(args.date);
    if (!d) return Status::Usage("--date: \"" + args.date + "\" is not a date (want YYYY-MM-DD)");
    o.default_date = *d;
  }
  return o;
}

void Problems::report(const Status& s) {
  ++count_;
  std::fflush(stdout);
  std::fprintf(stderr, "dyad: %s\n", s.message().c_str());
}

void Problems::warn(const std::string& message) {
  std::fflush(stdout);
  std::fprintf(stderr, "dyad: warning: %s\n", message.c_str());
}

std::optional<Models> load_models_or_report(Problems& problems) {
  auto dir = find_data_dir();
  if (!dir.ok()) {
    problems.report(dir.status());
    return std::nullopt;
  }
  auto models = load_models(*dir);
  if (!models.ok()) {
    problems.report(models.status());
    return std::nullopt;
  }
  return std::move(models).value();
}

int run_over_stories(const InputArgs& args, const std::function<void(Story&, Out&)>& each) {
  Problems problems;
  auto options = reader_options(args);
  if (!options.ok()) {
    problems.report(options.status());
    return kExitUsage;
  }
  auto models = load_models_or_report(problems);
  if (!models) return kExitInput;
  return run_over_stories(args, *models, problems, each);
}

int run_over_stories(const InputArgs& args, const Models& models, Problems& problems,
                     const std::function<void(Story&, Out&)>& each) {
  auto options = reader_options(args);
  if (!options.ok()) {
    problems.report(options.status());
    return kExitUsage;
  }
  const Pipeline pipeline(models);
  Out out;
  auto reader = open_stories(args.paths, *options);
  Story story;
  Status problem;
  for (;;) {
    const auto next = reader->next(story, problem);
    if (next == StoryReader::Next::kEnd) break;
    if (next == StoryReader::Next::kSkipped) {
      out.flush();
      problems.report(problem);
      continue;
    }
    pipeline.process(story);
    if (story.decoded_cp1252) {
      out.flush();
      problems.warn(story.origin + ": not UTF-8; read as Windows-1252");
    }
    if (story.utf8_repairs) {
      out.flush();
      problems.warn(story.origin + ": " + std::to_string(story.utf8_repairs) +
                    " invalid UTF-8 byte(s) replaced by U+FFFD");
    }
    each(story, out);
  }
  out.flush();
  return problems.exit_code();
}

}  // namespace dyad::cli
