// dyad throughput: end-to-end speed over a corpus of any size, on one
// thread. `--stage text` (default): reading + normalising + splitting +
// tokenising. `--stage code`: everything `dyad code` does, with the time
// split between the pipeline (text + tagging + parsing) and the coder
// (matching + rules), so the coder's cost can be compared with the parse's.
// Streams: one story in memory at a time, so peak memory does not grow with
// the corpus.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <memory>

#include "cli/common.h"
#include "cli/dict_options.h"
#include "coding/coder.h"
#include "dict/matcher.h"

namespace dyad::cli {
namespace {

struct Args {
  InputArgs in;
  DictArgs dict;
  int passes = 1;
  std::string stage = "text";
};

double peak_rss_mb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return static_cast<double>(ru.ru_maxrss) / 1024.0;
}

int run_code_stage(const InputArgs& in, const DictArgs& dict_args) {
  using Clock = std::chrono::steady_clock;
  Problems problems;
  auto options = reader_options(in);
  if (!options.ok()) {
    problems.report(options.status());
    return kExitUsage;
  }
  const auto t_load = Clock::now();
  auto setup = load_coding_or_report(dict_args, problems);
  if (!setup) return kExitInput;
  coding::CoderOptions coder_options;
  coder_options.ontology = &*setup->models.ontology;
  const coding::Coder coder(setup->lexicon, coder_options);
  const Pipeline pipeline(setup->models);
  const double load_s = std::chrono::duration<double>(Clock::now() - t_load).count();
  auto reader = open_stories(in.paths, *options);
  Story story;
  Status problem;
  Pipeline::Scratch scratch;
  coding::CoderScratch coder_scratch;
  std::vector<Event> events;
  size_t stories = 0, sentences = 0, tokens = 0, n_events = 0;
  double pipeline_s = 0, coder_s = 0;
  for (;;) {
    const auto next = reader->next(story, problem);
    if (next == StoryReader::Next::kEnd) break;
    if (next == StoryReader::Next::kSkipped) {
      problems.report(problem);
      continue;
    }
    const auto t0 = Clock::now();
    pipeline.process(story, scratch);
    const auto t1 = Clock::now();
    events.clear();
    coder.code(story, coder_scratch, events);
    const auto t2 = Clock::now();
    pipeline_s += std::chrono::duration<double>(t1 - t0).count();
    coder_s += std::chrono::duration<double>(t2 - t1).count();
    ++stories;
    sentences += story.sentences.size();
    tokens += story.tokens.size();
    n_events += events.size();
  }
  const double total = pipeline_s + coder_s;
  const auto rate = [](size_t n, double secs) { return secs > 0 ? static_cast<double>(n) / secs : 0.0; };
  std::printf(
      "stories %zu  sentences %zu  tokens %zu  events %zu\n"
      "load (models, dictionaries) %.3f s\n"
      "pipeline (text, tags, parse) %.3f s  %.0f sentences/s\n"
      "coder (matching, rules)      %.3f s  %.0f sentences/s  (%.1f%% of the pipeline's time)\n"
      "end to end                   %.3f s  %.0f sentences/s  %.0f tokens/s  peak RSS %.1f MB\n",
      stories, sentences, tokens, n_events, load_s, pipeline_s, rate(sentences, pipeline_s), coder_s,
      rate(sentences, coder_s), pipeline_s > 0 ? 100 * coder_s / pipeline_s : 0.0, total,
      rate(sentences, total), rate(tokens, total), peak_rss_mb());
  return problems.exit_code();
}

}  // namespace

Command add_throughput(CLI::App& app) {
  auto args = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand(
      "throughput",
      "Measure throughput on one thread (MB/s, sentences/s, peak memory) of the text stage, "
      "or with --stage code of everything dyad code does");
  add_input_options(*cmd, args->in);
  cmd->add_option("--passes", args->passes, "Read the inputs this many times (for small corpora)")
      ->check(CLI::Range(1, 1000));
  cmd->add_option("--stage", args->stage,
                  "text (default): the text stage alone; code: everything dyad code does, the coder's time "
                  "apart from the pipeline's")
      ->check(CLI::IsMember({"text", "code"}));
  add_dictionary_options(*cmd, args->dict);
  return {cmd, [args]() {
            // Several passes are the same inputs listed several times.
            InputArgs in = args->in;
            for (int pass = 1; pass < args->passes; ++pass)
              in.paths.insert(in.paths.end(), args->in.paths.begin(), args->in.paths.end());
            if (args->stage == "code") return run_code_stage(in, args->dict);
            size_t stories = 0, bytes = 0, sentences = 0, tokens = 0, repeats = 0;
            const auto t0 = std::chrono::steady_clock::now();
            const int status = run_over_stories(in, [&](Story& s, Out&) {
              ++stories;
              bytes += s.text.size();
              sentences += s.sentences.size();
              tokens += s.tokens.size();
              repeats += s.repeats.size();
            });
            if (status == kExitUsage) return status;
            const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
            auto rate = [secs](size_t n) { return secs > 0 ? static_cast<double>(n) / secs : 0.0; };
            std::printf(
                "stories %zu  bytes %zu  sentences %zu  tokens %zu  repeats dropped %zu\n"
                "time %.3f s  %.1f MB/s  %.0f sentences/s  %.0f tokens/s  peak RSS %.1f MB\n",
                stories, bytes, sentences, tokens, repeats, secs, rate(bytes) / 1e6, rate(sentences),
                rate(tokens), peak_rss_mb());
            return status;
          }};
}

}  // namespace dyad::cli
