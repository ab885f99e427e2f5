// Tagger benchmarks: tagging EWT dev sentences (gold tokens) with the bundled
// model, as sentences/s and words/s on one thread, and loading the model.
// Skipped with a message when ../shared (EWT) is absent.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "syntax/tagger.h"
#include "syntax/treebank.h"

namespace {

const std::string kModel = DYAD_BENCH_SOURCE_DIR "/data/syntax/tagger-en-ewt.dyt";

const dyad::Tagger& tagger() {
  static const dyad::Tagger t = [] {
    // DYAD_BENCH_TAGGER: another model to measure (a candidate before it is bundled).
    const char* other = std::getenv("DYAD_BENCH_TAGGER");
    auto r = dyad::Tagger::load(other && *other ? other : kModel);
    if (!r.ok()) {
      std::fprintf(stderr, "%s\n", r.status().message().c_str());
      std::exit(1);
    }
    return std::move(r).value();
  }();
  return t;
}

// EWT dev as sentences of words; empty without ../shared.
const std::vector<std::vector<std::string>>& dev() {
  static const std::vector<std::vector<std::string>> s = [] {
    std::vector<std::vector<std::string>> out;
    const std::string path = DYAD_BENCH_SOURCE_DIR "/../shared/treebanks/UD_English-EWT/en_ewt-ud-dev.conllu";
    if (!std::filesystem::exists(path)) return out;
    auto r = dyad::read_treebank(path);
    if (!r.ok()) return out;
    for (const auto& sent : *r) {
      out.emplace_back();
      for (const auto& w : sent.words) out.back().push_back(w.form);
    }
    return out;
  }();
  return s;
}

void BM_Tag(benchmark::State& state) {
  const auto& sents = dev();
  if (sents.empty()) {
    state.SkipWithError("../shared/treebanks/UD_English-EWT not found");
    return;
  }
  const dyad::Tagger& t = tagger();
  std::vector<std::vector<std::string_view>> views;
  for (const auto& s : sents) views.emplace_back(s.begin(), s.end());
  dyad::TagScratch scratch;
  std::vector<dyad::TagResult> out;
  size_t sentences = 0, words = 0;
  for (auto _ : state) {
    for (const auto& v : views) {
      t.tag(v, out, scratch);
      benchmark::DoNotOptimize(out.data());
      words += v.size();
    }
    sentences += views.size();
  }
  state.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
  state.counters["words/s"] = benchmark::Counter(static_cast<double>(words), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Tag)->Unit(benchmark::kMillisecond);

void BM_TaggerLoad(benchmark::State& state) {
  for (auto _ : state) {
    auto r = dyad::Tagger::load(kModel);
    if (!r.ok()) {
      state.SkipWithError(r.status().message().c_str());
      return;
    }
    benchmark::DoNotOptimize(r->feature_count());
  }
}
BENCHMARK(BM_TaggerLoad)->Unit(benchmark::kMillisecond);

}  // namespace
