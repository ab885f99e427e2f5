// Shared pieces of the subcommands: input options, loading models, reporting
// problems, buffered output. The CLI is the only part of dyad that prints or
// exits; exit status: 0 success, 1 input errors (after doing all that could be
// done), 2 usage errors.
#pragma once

#include <CLI/CLI.hpp>
#include <cstdio>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/status.h"
#include "ingest/reader.h"
#include "pipeline.h"
#include "syntax/treebank.h"

namespace dyad::cli {

constexpr int kExitOk = 0;
constexpr int kExitInput = 1;
constexpr int kExitUsage = 2;

struct InputArgs {
  std::vector<std::string> paths;
  std::string format;  // "" = detect
  std::string date;    // "" = none
};

void add_input_options(CLI::App& cmd, InputArgs& args);
Result<ReaderOptions> reader_options(const InputArgs& args);

// Counts and prints problems, one line each: "dyad: <message>".
class Problems {
 public:
  void report(const Status& s);
  // Printed as "dyad: warning: ..."; does not change the exit status.
  void warn(const std::string& message);
  size_t count() const { return count_; }
  int exit_code() const { return count_ ? kExitInput : kExitOk; }

 private:
  size_t count_ = 0;
};

// Finds the data directory and loads the models; on failure prints the
// problem and returns nullopt.
std::optional<Models> load_models_or_report(Problems& problems, ModelNeeds needs = {});

// Buffered stdout: one write per 64 KiB instead of per record.
class Out {
 public:
  ~Out() { flush(); }
  void line(std::string_view s) {
    buf_.append(s);
    buf_.push_back('\n');
    if (buf_.size() >= (64u << 10)) flush();
  }
  void raw(std::string_view s) {
    buf_.append(s);
    if (buf_.size() >= (64u << 10)) flush();
  }
  void flush() {
    if (!buf_.empty()) std::fwrite(buf_.data(), 1, buf_.size(), stdout);
    buf_.clear();
    std::fflush(stdout);
  }

 private:
  std::string buf_;
};

// The body of every story-reading command: checks the input options, loads
// the models, reads every story, runs the pipeline on it and hands it to
// `each` with the output; bad records are reported and skipped. Returns the
// exit status.
int run_over_stories(const InputArgs& args, const std::function<void(Story&, Out&)>& each);
// The same with models already loaded (commands that also load dictionaries).
int run_over_stories(const InputArgs& args, const Models& models, Problems& problems,
                     const std::function<void(Story&, Out&)>& each);

// The ordered parallel body of a story-reading command. One thread reads
// stories in input order, `threads` workers run the pipeline on them and
// call `format`, and the calling thread writes each story's output in input
// order, so the output is byte-identical for any number of threads. At most
// a few stories per worker are in memory at once, however long the input.
// Bad records and warnings are reported in order, as run_over_stories does.
struct StoryTasks {
  // On a worker, concurrently with other stories, so it may only read shared
  // state: appends the story's output to `out` (empty on entry).
  std::function<void(const Story&, std::string& out)> format;
  // Optional: on the writing thread, in input order, after the story's
  // output was written (totals, progress).
  std::function<void(const Story&)> done;
};
// 0 = one worker per core; 1 runs everything on the calling thread.
int run_over_stories_parallel(const InputArgs& args, const Models& models, Problems& problems,
                              unsigned threads, const StoryTasks& tasks);
// The number of workers `--threads N` asks for (0 = all cores).
unsigned worker_count(unsigned threads);

// A subcommand: set up its options on `app`, then run if it was chosen.
struct Command {
  CLI::App* app = nullptr;
  std::function<int()> run;
};

Command add_sentences(CLI::App& app);
Command add_tokens(CLI::App& app);
Command add_parse(CLI::App& app);
Command add_code(CLI::App& app);
Command add_throughput(CLI::App& app);
Command add_info(CLI::App& app);
Command add_eval(CLI::App& app);
Command add_dict(CLI::App& app);
Command add_train(CLI::App& app);
// What `dyad train tagger|parser` learn from: every --train file in the order
// given, concatenated, and the --dev file when one is named. A file that
// cannot be read is reported and nullopt returned.
struct TrainingTreebanks {
  std::vector<TreebankSentence> train;
  std::optional<std::vector<TreebankSentence>> dev;
};
std::optional<TrainingTreebanks> read_training_treebanks(const std::vector<std::string>& train,
                                                         const std::string& dev, Problems& problems);
// `dyad train parser`, a subcommand of `train`.
Command add_train_parser(CLI::App& train);
// `dyad eval coding`, a subcommand of `eval`: sets `cmd`, returns its action.
std::function<int()> add_eval_coding(CLI::App& eval, CLI::App*& cmd);

}  // namespace dyad::cli
