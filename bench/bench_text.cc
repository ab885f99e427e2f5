// Text-stage benchmarks: normalisation alone and the whole stage
// (normalise + dateline + tokenise + split + repeats), on the bundled example
// and, when ../shared is there, on the BBC corpus. Bytes/s and sentences/s are
// reported as counters. Run: build/bench/dyad_bench
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include "pipeline.h"
#include "text/normalize.h"

namespace {

std::string read(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

dyad::Models load() {
  auto r = dyad::load_models(DYAD_BENCH_SOURCE_DIR "/data");
  if (!r.ok()) {
    std::fprintf(stderr, "%s\n", r.status().message().c_str());
    std::exit(1);
  }
  return std::move(r).value();
}

const dyad::Models& models() {
  static const dyad::Models m = load();
  return m;
}

// The corpus: BBC stories if ../shared is present, else the example story.
const std::vector<std::string>& corpus() {
  static const std::vector<std::string> texts = [] {
    std::vector<std::string> out;
    const std::filesystem::path bbc = std::filesystem::path(DYAD_BENCH_SOURCE_DIR) / ".." / "shared" /
                                      "corpora" / "bbc-news-2004-2005" / "news";
    if (std::filesystem::is_directory(bbc)) {
      std::vector<std::filesystem::path> files;
      for (const auto& e : std::filesystem::recursive_directory_iterator(bbc))
        if (e.is_regular_file()) files.push_back(e.path());
      std::sort(files.begin(), files.end());
      for (const auto& f : files) out.push_back(read(f));
    } else {
      out.push_back(read(std::filesystem::path(DYAD_BENCH_SOURCE_DIR) / "data" / "examples" / "example.txt"));
    }
    return out;
  }();
  return texts;
}

void BM_Normalize(benchmark::State& state) {
  dyad::Story s;
  size_t bytes = 0;
  for (auto _ : state) {
    for (const std::string& t : corpus()) {
      s.text = t;
      dyad::normalize(s);
      bytes += t.size();
      benchmark::DoNotOptimize(s.norm.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_Normalize)->Unit(benchmark::kMillisecond);

void BM_TextStage(benchmark::State& state) {
  const dyad::Pipeline pipeline(models());
  dyad::Story s;
  size_t bytes = 0, sentences = 0;
  for (auto _ : state) {
    for (const std::string& t : corpus()) {
      s.text = t;
      s.source.clear();
      pipeline.process(s);
      bytes += t.size();
      sentences += s.sentences.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TextStage)->Unit(benchmark::kMillisecond);

// One long story full of typographic characters (many offset-map pieces):
// guards against anything quadratic in a story's length.
void BM_TextStageLongStory(benchmark::State& state) {
  const dyad::Pipeline pipeline(models());
  std::string text;
  const char* words[] = {
      "the",    "army",  "Nov.",    "U.S.",         "said",         "\xE2\x80\x9Cquoted\xE2\x80\x9D",
      "rebels", "fled.", "300,000", "\xE2\x80\x94", "\xE2\x80\xA6", "Syria\xE2\x80\x99s"};
  uint32_t x = 12345;
  while (text.size() < static_cast<size_t>(state.range(0))) {
    x = x * 1103515245u + 12345u;
    text += words[(x >> 16) % std::size(words)];
    text += ' ';
  }
  dyad::Story s;
  size_t sentences = 0;
  for (auto _ : state) {
    s.text = text;
    pipeline.process(s);
    sentences += s.sentences.size();
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
  state.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TextStageLongStory)->Arg(1 << 20)->Arg(8 << 20)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
