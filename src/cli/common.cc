#include "cli/common.h"

#include <algorithm>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <thread>

#include "core/data_dir.h"

namespace dyad::cli {
namespace {

void warn_about(const Story& story, Out& out, Problems& problems) {
  if (story.decoded_cp1252) {
    out.flush();
    problems.warn(story.origin + ": not UTF-8; read as Windows-1252");
  }
  if (story.utf8_repairs) {
    out.flush();
    problems.warn(story.origin + ": " + std::to_string(story.utf8_repairs) +
                  " invalid UTF-8 byte(s) replaced by U+FFFD");
  }
}

// One record in flight between the reader, a worker and the writer.
struct Slot {
  Story story;
  StoryReader::Next next = StoryReader::Next::kEnd;
  Status problem;
  std::string output;
  bool done = false;  // processed; the writer may take it
};

}  // namespace

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

std::optional<Models> load_models_or_report(Problems& problems, ModelNeeds needs) {
  auto dir = find_data_dir();
  if (!dir.ok()) {
    problems.report(dir.status());
    return std::nullopt;
  }
  auto models = load_models(*dir, needs);
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
  Pipeline::Scratch scratch;
  for (;;) {
    const auto next = reader->next(story, problem);
    if (next == StoryReader::Next::kEnd) break;
    if (next == StoryReader::Next::kSkipped) {
      out.flush();
      problems.report(problem);
      continue;
    }
    pipeline.process(story, scratch);
    warn_about(story, out, problems);
    each(story, out);
  }
  out.flush();
  return problems.exit_code();
}

unsigned worker_count(unsigned threads) {
  if (threads > 0) return threads;
  return std::max(1u, std::thread::hardware_concurrency());
}

int run_over_stories_parallel(const InputArgs& args, const Models& models, Problems& problems,
                              unsigned threads, const StoryTasks& tasks) {
  auto options = reader_options(args);
  if (!options.ok()) {
    problems.report(options.status());
    return kExitUsage;
  }
  const Pipeline pipeline(models);
  Out out;
  auto process = [&](Slot& slot, Pipeline::Scratch& scratch) {
    if (slot.next != StoryReader::Next::kStory) return;
    pipeline.process(slot.story, scratch);
    slot.output.clear();
    tasks.format(slot.story, slot.output);
  };
  auto write = [&](Slot& slot) {
    if (slot.next == StoryReader::Next::kSkipped) {
      out.flush();
      problems.report(slot.problem);
      return;
    }
    warn_about(slot.story, out, problems);
    out.raw(slot.output);
    if (tasks.done) tasks.done(slot.story);
  };
  auto reader = open_stories(args.paths, *options);
  const unsigned workers = worker_count(threads);
  if (workers == 1) {
    Slot slot;
    Pipeline::Scratch scratch;
    while ((slot.next = reader->next(slot.story, slot.problem)) != StoryReader::Next::kEnd) {
      process(slot, scratch);
      write(slot);
    }
    out.flush();
    return problems.exit_code();
  }

  // Sequence numbers count records in input order; record n lives in
  // slots[n % slots.size()] from when it is read until it is written, and
  // the reader waits for a free slot, which is what bounds memory.
  std::vector<Slot> slots(size_t{4} * workers);
  const uint64_t capacity = slots.size();
  std::mutex mu;
  std::condition_variable slot_freed, record_read, record_done;
  uint64_t read = 0, taken = 0, written = 0;
  bool eof = false;

  std::thread reading([&] {
    for (;;) {
      uint64_t seq;
      {
        std::unique_lock lock(mu);
        slot_freed.wait(lock, [&] { return read - written < capacity; });
        seq = read;
      }
      Slot& slot = slots[seq % capacity];
      slot.next = reader->next(slot.story, slot.problem);
      const bool end = slot.next == StoryReader::Next::kEnd;
      {
        std::lock_guard lock(mu);
        if (end)
          eof = true;
        else
          ++read;
      }
      if (end) {
        record_read.notify_all();
        record_done.notify_one();
        return;
      }
      record_read.notify_one();
    }
  });
  std::vector<std::thread> pool;
  pool.reserve(workers);
  for (unsigned w = 0; w < workers; ++w)
    pool.emplace_back([&] {
      Pipeline::Scratch scratch;
      for (;;) {
        uint64_t seq;
        {
          std::unique_lock lock(mu);
          record_read.wait(lock, [&] { return taken < read || eof; });
          if (taken == read) return;  // end of input and nothing left to take
          seq = taken++;
        }
        Slot& slot = slots[seq % capacity];
        process(slot, scratch);
        {
          std::lock_guard lock(mu);
          slot.done = true;
        }
        record_done.notify_one();  // only the writer waits on it
      }
    });

  // Only this thread prints, so stdout and stderr keep input order.
  for (;;) {
    Slot* slot;
    {
      std::unique_lock lock(mu);
      record_done.wait(lock, [&] { return slots[written % capacity].done || (eof && written == read); });
      if (!slots[written % capacity].done) break;
      slot = &slots[written % capacity];
    }
    write(*slot);
    {
      std::lock_guard lock(mu);
      slot->done = false;
      ++written;
    }
    slot_freed.notify_one();
  }
  reading.join();
  for (std::thread& t : pool) t.join();
  out.flush();
  return problems.exit_code();
}

std::optional<TrainingTreebanks> read_training_treebanks(const std::vector<std::string>& train,
                                                         const std::string& dev, Problems& problems) {
  TrainingTreebanks out;
  for (const std::string& path : train) {
    auto part = read_treebank(path);
    if (!part.ok()) {
      problems.report(part.status());
      return std::nullopt;
    }
    out.train.insert(out.train.end(), std::make_move_iterator(part->begin()),
                     std::make_move_iterator(part->end()));
  }
  if (!dev.empty()) {
    auto d = read_treebank(dev);
    if (!d.ok()) {
      problems.report(d.status());
      return std::nullopt;
    }
    out.dev = std::move(d).value();
  }
  return out;
}

}  // namespace dyad::cli
