// dyad throughput: end-to-end speed of reading + normalising + splitting +
// tokenising over a corpus of any size. Streams: one story in memory at a
// time, so peak memory does not grow with the corpus.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <memory>

#include "cli/common.h"

namespace dyad::cli {
namespace {

struct Args {
  InputArgs in;
  int passes = 1;
};

}  // namespace

Command add_throughput(CLI::App& app) {
  auto args = std::make_shared<Args>();
  CLI::App* cmd =
      app.add_subcommand("throughput", "Measure text-stage throughput (MB/s, sentences/s, peak memory)");
  add_input_options(*cmd, args->in);
  cmd->add_option("--passes", args->passes, "Read the inputs this many times (for small corpora)")
      ->check(CLI::Range(1, 1000));
  return {cmd, [args]() {
            // Several passes are the same inputs listed several times.
            InputArgs in = args->in;
            for (int pass = 1; pass < args->passes; ++pass)
              in.paths.insert(in.paths.end(), args->in.paths.begin(), args->in.paths.end());
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
            rusage ru{};
            getrusage(RUSAGE_SELF, &ru);
            auto rate = [secs](size_t n) { return secs > 0 ? static_cast<double>(n) / secs : 0.0; };
            std::printf(
                "stories %zu  bytes %zu  sentences %zu  tokens %zu  repeats dropped %zu\n"
                "time %.3f s  %.1f MB/s  %.0f sentences/s  %.0f tokens/s  peak RSS %.1f MB\n",
                stories, bytes, sentences, tokens, repeats, secs, rate(bytes) / 1e6, rate(sentences),
                rate(tokens), static_cast<double>(ru.ru_maxrss) / 1024.0);
            return status;
          }};
}

}  // namespace dyad::cli
