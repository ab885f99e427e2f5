// Dictionary and coder benchmarks on the Phoenix set from ../shared: reading
// the text files (load_dictionaries), compiling them into a Lexicon, matching
// the BBC corpus's sentences, which the text stage cuts once before timing,
// and coding events (BM_Code) from stories tagged and parsed once before
// timing. Compare BM_DictMatch's ns per sentence with BM_TextStage
// (bench_text.cc), and BM_Code's with BM_ParseNewsLength (bench_parser.cc):
// the coder must cost less than the parse. Without ../shared each benchmark
// reports an error and is skipped.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <vector>

#include "coding/coder.h"
#include "dict/load.h"
#include "dict/matcher.h"
#include "pipeline.h"

namespace {

namespace fs = std::filesystem;

const fs::path kShared = fs::path(DYAD_BENCH_SOURCE_DIR) / ".." / "shared";

std::optional<dyad::dict::DictionaryPaths> phoenix_paths() {
  const fs::path dir = kShared / "dictionaries" / "phoenix";
  if (!fs::is_directory(dir)) return std::nullopt;
  dyad::dict::DictionaryPaths p;
  p.verbs = (dir / "CAMEO.2.0.txt").string();
  for (const char* f :
       {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"})
    p.actors.push_back((dir / f).string());
  p.agents = (dir / "Phoenix.agents.txt").string();
  p.discards = (dir / "Phoenix.discards.txt").string();
  p.issues = (dir / "Phoenix.IssueCoding.txt").string();
  return p;
}

const dyad::Models& models() {
  static const dyad::Models m = [] {
    auto r = dyad::load_models(DYAD_BENCH_SOURCE_DIR "/data");
    if (!r.ok()) {
      std::fprintf(stderr, "%s\n", r.status().message().c_str());
      std::exit(1);
    }
    return std::move(r).value();
  }();
  return m;
}

// The Phoenix dictionaries, read once; nullptr without ../shared.
const dyad::dict::Dictionaries* phoenix() {
  static const std::optional<dyad::dict::Dictionaries> d = []() -> std::optional<dyad::dict::Dictionaries> {
    auto paths = phoenix_paths();
    if (!paths) return std::nullopt;
    auto r = dyad::dict::load_dictionaries(*paths);
    if (!r.ok()) return std::nullopt;
    return std::move(r).value();
  }();
  return d ? &*d : nullptr;
}

const dyad::dict::Lexicon* lexicon() {
  static const std::optional<dyad::dict::Lexicon> lex = []() -> std::optional<dyad::dict::Lexicon> {
    if (phoenix() == nullptr) return std::nullopt;
    auto r = dyad::dict::Lexicon::compile(*phoenix(), models().text);
    if (!r.ok()) return std::nullopt;
    return std::move(r).value();
  }();
  return lex ? &*lex : nullptr;
}

// The first `limit` BBC stories through `pipeline`, dated inside Phoenix's
// date ranges.
std::vector<dyad::Story> bbc_stories(const dyad::Pipeline& pipeline, size_t limit) {
  std::vector<dyad::Story> v;
  const fs::path bbc = kShared / "corpora" / "bbc-news-2004-2005" / "news";
  if (!fs::is_directory(bbc)) return v;
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(bbc))
    if (e.is_regular_file()) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  if (files.size() > limit) files.resize(limit);
  for (const fs::path& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    dyad::Story s;
    s.id = f.stem().string();
    s.text = ss.str();
    pipeline.process(s);
    s.date = dyad::Date{2005, 3, 1};
    v.push_back(std::move(s));
  }
  return v;
}

// The whole corpus after the text stage.
const std::vector<dyad::Story>& stories() {
  static const std::vector<dyad::Story> out = bbc_stories(dyad::Pipeline(models()), SIZE_MAX);
  return out;
}

// 300 stories tagged and parsed, with the models the coder needs.
const dyad::Models& coding_models() {
  static const dyad::Models m = [] {
    auto r =
        dyad::load_models(DYAD_BENCH_SOURCE_DIR "/data", dyad::ModelNeeds{.syntax = true, .ontology = true});
    if (!r.ok()) {
      std::fprintf(stderr, "%s\n", r.status().message().c_str());
      std::exit(1);
    }
    return std::move(r).value();
  }();
  return m;
}

const std::vector<dyad::Story>& parsed_stories() {
  static const std::vector<dyad::Story> out = bbc_stories(dyad::Pipeline(coding_models()), 300);
  return out;
}

void BM_DictLoadPhoenix(benchmark::State& state) {
  const auto paths = phoenix_paths();
  if (!paths) {
    state.SkipWithError("../shared/dictionaries/phoenix not found");
    return;
  }
  size_t phrases = 0;
  for (auto _ : state) {
    auto r = dyad::dict::load_dictionaries(*paths);
    if (!r.ok()) {
      state.SkipWithError(r.status().message().c_str());
      return;
    }
    phrases = 0;
    for (const auto& a : r->actors) phrases += a.phrases.size();
    benchmark::DoNotOptimize(phrases);
  }
  state.counters["actor_phrases"] = static_cast<double>(phrases);
}
BENCHMARK(BM_DictLoadPhoenix)->Unit(benchmark::kMillisecond);

void BM_DictCompilePhoenix(benchmark::State& state) {
  if (phoenix() == nullptr) {
    state.SkipWithError("Phoenix dictionaries not found in ../shared or not loadable");
    return;
  }
  dyad::dict::LexiconStats stats;
  for (auto _ : state) {
    state.PauseTiming();
    dyad::dict::Dictionaries copy = *phoenix();
    state.ResumeTiming();
    auto r = dyad::dict::Lexicon::compile(std::move(copy), models().text);
    if (!r.ok()) {
      state.SkipWithError(r.status().message().c_str());
      return;
    }
    stats = r->stats();
    state.PauseTiming();
    std::optional<dyad::dict::Lexicon> freed(std::move(r).value());
    freed.reset();
    state.ResumeTiming();
  }
  size_t phrases = 0;
  for (size_t n : stats.phrases) phrases += n;
  state.counters["phrases"] = static_cast<double>(phrases);
  state.counters["words"] = static_cast<double>(stats.words);
  state.counters["stems"] = static_cast<double>(stats.stems);
  state.counters["nodes"] = static_cast<double>(stats.nodes);
  state.counters["edges"] = static_cast<double>(stats.edges + stats.stem_edges);
  state.counters["variants"] = static_cast<double>(stats.variants);
  state.counters["max_depth"] = static_cast<double>(stats.max_depth);
  state.counters["trie_MB"] = static_cast<double>(stats.bytes) / 1e6;
}
BENCHMARK(BM_DictCompilePhoenix)->Unit(benchmark::kMillisecond);

void BM_DictMatch(benchmark::State& state) {
  const dyad::dict::Lexicon* lex = lexicon();
  if (lex == nullptr || stories().empty()) {
    state.SkipWithError("Phoenix dictionaries or the BBC corpus not found in ../shared");
    return;
  }
  dyad::dict::MatchScratch scratch;
  std::vector<dyad::dict::Match> out;
  size_t tokens = 0, sentences = 0, matches = 0;
  for (auto _ : state) {
    for (const dyad::Story& s : stories()) {
      for (const dyad::Sentence& sent : s.sentences) {
        out.clear();
        lex->match(s, sent, scratch, out);
        matches += out.size();
        tokens += sent.size();
      }
      sentences += s.sentences.size();
    }
    benchmark::DoNotOptimize(out.data());
  }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
  state.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
  state.counters["ns/sentence"] = benchmark::Counter(
      static_cast<double>(sentences) * 1e-9, benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
  state.counters["matches/sentence"] = static_cast<double>(matches) / static_cast<double>(sentences);
}
BENCHMARK(BM_DictMatch)->Unit(benchmark::kMillisecond);

void BM_Code(benchmark::State& state) {
  const dyad::dict::Lexicon* lex = lexicon();
  if (lex == nullptr || parsed_stories().empty()) {
    state.SkipWithError("Phoenix dictionaries or the BBC corpus not found in ../shared");
    return;
  }
  dyad::coding::CoderOptions options;
  options.ontology = &*coding_models().ontology;
  const dyad::coding::Coder coder(*lex, options);
  dyad::coding::CoderScratch scratch;
  std::vector<dyad::Event> events;
  size_t sentences = 0, n_events = 0;
  for (auto _ : state) {
    for (const dyad::Story& s : parsed_stories()) {
      events.clear();
      coder.code(s, scratch, events);
      n_events += events.size();
      sentences += s.sentences.size();
    }
    benchmark::DoNotOptimize(events.data());
  }
  state.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
  state.counters["us/sentence"] = benchmark::Counter(
      static_cast<double>(sentences) * 1e-6, benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
  state.counters["events/sentence"] = static_cast<double>(n_events) / static_cast<double>(sentences);
}
BENCHMARK(BM_Code)->Unit(benchmark::kMillisecond);

void BM_CoderCompile(benchmark::State& state) {
  const dyad::dict::Lexicon* lex = lexicon();
  if (lex == nullptr) {
    state.SkipWithError("Phoenix dictionaries not found in ../shared");
    return;
  }
  for (auto _ : state) {
    const dyad::coding::Coder coder(*lex);
    benchmark::DoNotOptimize(&coder);
  }
}
BENCHMARK(BM_CoderCompile)->Unit(benchmark::kMillisecond);

}  // namespace
