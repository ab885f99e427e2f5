// Parser benchmarks: parsing EWT dev sentences (gold tokens, the bundled
// tagger's tags, computed before timing), all of them and only those of 20
// words or more (news length), as sentences/s on one thread; and loading
// the model. Skipped with a message when ../shared (EWT) is absent.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "syntax/parser.h"
#include "syntax/tagger.h"
#include "syntax/treebank.h"

namespace {

const std::string kTagger = DYAD_BENCH_SOURCE_DIR "/data/syntax/tagger-en-ewt.dyt";
const std::string kParser = DYAD_BENCH_SOURCE_DIR "/data/syntax/parser-en-ewt.dyp";

template <typename M>
const M& load_or_die(const std::string& path) {
  static const M m = [&] {
    auto r = M::load(path);
    if (!r.ok()) {
      std::fprintf(stderr, "%s\n", r.status().message().c_str());
      std::exit(1);
    }
    return std::move(r).value();
  }();
  return m;
}

struct Tagged {
  std::vector<std::string> form, upos, xpos;
};

// EWT dev, tagged; empty without ../shared.
const std::vector<Tagged>& dev() {
  static const std::vector<Tagged> s = [] {
    std::vector<Tagged> out;
    const std::string path = DYAD_BENCH_SOURCE_DIR "/../shared/treebanks/UD_English-EWT/en_ewt-ud-dev.conllu";
    if (!std::filesystem::exists(path)) return out;
    auto r = dyad::read_treebank(path);
    if (!r.ok()) return out;
    const dyad::Tagger& tagger = load_or_die<dyad::Tagger>(kTagger);
    std::vector<dyad::TagResult> tags;
    for (const auto& sent : *r) {
      std::vector<std::string_view> words;
      for (const auto& w : sent.words) words.push_back(w.form);
      tagger.tag(words, tags);
      Tagged t;
      for (size_t i = 0; i < words.size(); ++i) {
        t.form.emplace_back(words[i]);
        t.upos.emplace_back(tags[i].upos);
        t.xpos.emplace_back(tags[i].xpos);
      }
      out.push_back(std::move(t));
    }
    return out;
  }();
  return s;
}

void parse_bench(benchmark::State& state, size_t min_words) {
  if (dev().empty()) {
    state.SkipWithError("../shared/treebanks/UD_English-EWT not found");
    return;
  }
  const dyad::Parser& parser = load_or_die<dyad::Parser>(kParser);
  std::vector<std::vector<dyad::ParserInput>> inputs;
  for (const Tagged& t : dev()) {
    if (t.form.size() < min_words) continue;
    inputs.emplace_back();
    for (size_t i = 0; i < t.form.size(); ++i) inputs.back().push_back({t.form[i], t.upos[i], t.xpos[i]});
  }
  dyad::ParseScratch scratch;
  std::vector<dyad::Dependency> out;
  size_t sentences = 0, words = 0;
  for (auto _ : state) {
    for (const auto& in : inputs) {
      parser.parse(in, out, scratch);
      benchmark::DoNotOptimize(out.data());
      words += in.size();
    }
    sentences += inputs.size();
  }
  state.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
  state.counters["words/s"] = benchmark::Counter(static_cast<double>(words), benchmark::Counter::kIsRate);
}

// News-length: EWT dev sentences of this many words or more.
constexpr size_t kNewsLength = 20;

// What the bar counts: tagging and parsing together, from words, on
// the same news-length sentences as BM_ParseNewsLength, one thread.
void BM_TagAndParseNewsLength(benchmark::State& state) {
  if (dev().empty()) {
    state.SkipWithError("../shared/treebanks/UD_English-EWT not found");
    return;
  }
  const dyad::Tagger& tagger = load_or_die<dyad::Tagger>(kTagger);
  const dyad::Parser& parser = load_or_die<dyad::Parser>(kParser);
  std::vector<std::vector<std::string_view>> sentences;
  for (const Tagged& t : dev())
    if (t.form.size() >= kNewsLength) sentences.emplace_back(t.form.begin(), t.form.end());
  dyad::TagScratch tag_scratch;
  dyad::ParseScratch scratch;
  std::vector<dyad::TagResult> tags;
  std::vector<dyad::ParserInput> in;
  std::vector<dyad::Dependency> out;
  size_t done = 0, words = 0;
  for (auto _ : state) {
    for (const auto& words_of : sentences) {
      tagger.tag(words_of, tags, tag_scratch);
      in.clear();
      for (size_t i = 0; i < words_of.size(); ++i) in.push_back({words_of[i], tags[i].upos, tags[i].xpos});
      parser.parse(in, out, scratch);
      benchmark::DoNotOptimize(out.data());
      words += words_of.size();
    }
    done += sentences.size();
  }
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(done), benchmark::Counter::kIsRate);
  state.counters["words/s"] = benchmark::Counter(static_cast<double>(words), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TagAndParseNewsLength)->Unit(benchmark::kMillisecond);

void BM_Parse(benchmark::State& state) { parse_bench(state, 0); }
void BM_ParseNewsLength(benchmark::State& state) { parse_bench(state, kNewsLength); }
BENCHMARK(BM_Parse)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ParseNewsLength)->Unit(benchmark::kMillisecond);

void BM_ParserLoad(benchmark::State& state) {
  for (auto _ : state) {
    auto r = dyad::Parser::load(kParser);
    if (!r.ok()) {
      state.SkipWithError(r.status().message().c_str());
      return;
    }
    benchmark::DoNotOptimize(r->labels().data());
  }
}
BENCHMARK(BM_ParserLoad)->Unit(benchmark::kMillisecond);

}  // namespace
