// The part-of-speech tagger: UPOS and Penn Treebank XPOS for each word of a
// sentence with gold (or dyad's) tokenisation.
//
// Algorithm: a greedy left-to-right averaged perceptron (Collins 2002; the
// feature set of Ratnaparkhi 1996 as popularised by Honnibal's
// "A good part-of-speech tagger in about 200 lines of Python"). Greedy
// decoding with rich context features is within a few tenths of a point of
// Viterbi or beam search on English and is several times faster, which
// matters because tagging and parsing share a 5,000 sentences/s budget.
//
// Joint UPOS+XPOS: each class is one (UPOS, XPOS) pair seen in training
// (102 in EWT train). XPOS alone does not determine UPOS in UD English
// (IN is ADP or SCONJ, DT is DET or PRON, VBZ is AUX or VERB), so a
// deterministic XPOS->UPOS map would cap UPOS accuracy; one classifier over
// pairs learns both with one set of weights and keeps the pair consistent.
//
// Features (tagger_features in tagger.cc): bias; form; lower-cased form;
// prefixes and suffixes of 1-4 bytes; word shape (Xx, dd, compressed runs);
// hyphen/digit/upper/all-upper flags; sentence-initial and -final position;
// lower-cased forms of the two words either side and suffixes of the
// neighbours; the two previous predicted tags and their conjunction; previous
// tag with the current word and with its suffix; word bigrams; the ambiguity
// class (the set of tags seen in training, for words seen 5+ times) of the
// current word and the next two, which stands in for the right-context tags
// greedy decoding cannot see; and word clusters (k-means over neighbour
// counts in unlabeled text, tagger_train.cc) of the current, previous and
// next two words, which tell the tagger about words it never saw tagged.
// Frequent, practically unambiguous words are tagged from a tag dictionary
// without scoring. Every feature is a 64-bit hash (XXH3) of its template and
// values, so no feature strings are stored.
//
// What measured best on EWT dev (UPOS): the base set 94.89; the extra
// suffix/cluster conjunctions and clusters from BBC news + EWT train
// 95.05 (256 clusters; 100 gave 94.90, 600 gave 94.84). More context
// conjunctions, a looser ambiguity threshold and no tag dictionary did not
// help; nor did (one pass, 10 iterations) clusters two to the left with
// cluster bigrams (95.01), neighbours' shapes (95.01) or previous tag with
// the next word / two previous tags with this word (94.98).
//
// Second pass (stacking): the same features plus the first pass's tags of
// this and the next two words, trained on jackknifed first-pass tags. Run on
// every word it reaches 95.20 but halves the speed; the bundled model runs
// it only on the words whose first-pass margin (best score minus runner-up)
// is below a threshold stored in the model: on dev, margin 4 gave 95.09,
// 8 95.17, 10 95.16, 12 95.18, 16 95.20, every word 95.20, so a small
// share of the words carries the whole gain at a fraction of the cost.
//
// Storage: per pass, model_io::SparseWeights (the parser's table: a slot
// holds the feature hash and its first entries, so a lookup costs one cache
// miss); ~45 features per word touch a few hundred weights. Weights are the
// perceptron's averaged weights as float.
//
// Speed: the tables are far larger than the cache, so tagging is bound by
// memory latency, not arithmetic. tag() therefore hashes each word's
// features that do not depend on the predicted tags for the whole sentence
// first and prefetches the slots of the next words' features while it
// scores the current one; only the 7-9 features that read the previous tags
// wait for the decision before them. Scores are still summed feature by
// feature in extract()'s order, so the float sums (and the tags) are those
// of the plain loop training uses. The lexicon and clusters are looked up
// through flat tables keyed by the 64-bit hashes describe() computes anyway
// (a collision, like one between features, is accepted as practically
// impossible).
//
// Model file (versioned, see kTaggerFormatVersion): a text header line
// "dyad-tagger <version>\n", then the payload size and a zstd frame holding
// the classes, the lexicon (ambiguity classes, tag dictionary), the word
// clusters, each pass's features sorted by hash, and self-test sentences with
// the tags the model gave them when saved; load re-tags them and refuses a
// model that disagrees (a corrupt or misread file). A newer version is
// refused with a message saying what to do; trailing bytes are an error.
//
// Thread-safety: a loaded Tagger is immutable; tag() is const and may be
// called from any number of threads, each with its own TagScratch.
// Results depend only on the model and the words, never on thread count.
#pragma once

#include <cstdint>
#include <functional>
#include <limits>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/status.h"
#include "syntax/model_io.h"
#include "syntax/treebank.h"

namespace dyad {

// 2: adds the second pass's re-tagging margin (version 1 files still load).
constexpr int kTaggerFormatVersion = 2;

struct TagResult {
  uint16_t tag = 0;       // class id, index into Tagger::classes()
  std::string_view upos;  // views into the Tagger: valid while it lives
  std::string_view xpos;
};

// Lets the lexicon be searched with a string_view, without a copy.
struct TaggerStringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

struct TagClass {
  std::string upos, xpos;
};

namespace tagger_features {
// What the features need of one word, hashed once per sentence.
struct WordInfo {
  uint64_t form = 0, lower = 0, shape = 0, flags = 0, ambiguity = 0;
  uint64_t cluster = 0;  // word cluster + 1; 0 when the word has none
  uint64_t prefix[4] = {}, suffix[4] = {};
};
}  // namespace tagger_features

// Per-thread working memory for Tagger::tag, reused across sentences.
struct TagScratch {
  std::vector<tagger_features::WordInfo> words;
  std::vector<int32_t> single;
  std::vector<int> first;      // the first pass's tags
  std::vector<int> tags;       // the current pass's tags
  std::vector<float> margin;   // the first pass's best score minus the runner-up's
  std::vector<uint32_t> todo;  // the words a pass scores
  // Per scored word: its feature hashes (history features filled in when
  // it is reached), how many, and where the history features go.
  std::vector<uint64_t> keys;
  std::vector<uint8_t> key_count, history_at;
  struct Hit {
    const model_io::SparseWeights::Slot* slot;
    const float* dense;  // the slot's weights over all classes, or nullptr
  };
  std::vector<Hit> hits;
  std::vector<float> scores;
  std::string buffer;
};

class Tagger {
 public:
  static Result<Tagger> load(const std::string& path);
  Status save(const std::string& path) const;
  // The bytes save() writes (what the determinism test compares).
  std::string serialize() const;
  static Result<Tagger> deserialize(std::string_view bytes, const std::string& name);

  void tag(std::span<const std::string_view> words, std::vector<TagResult>& out, TagScratch& scratch) const;
  void tag(std::span<const std::string_view> words, std::vector<TagResult>& out) const {
    TagScratch scratch;
    tag(words, out, scratch);
  }

  const std::vector<TagClass>& classes() const { return classes_; }
  size_t passes() const { return passes_.size(); }
  size_t feature_count() const {
    size_t n = 0;
    for (const model_io::SparseWeights& p : passes_) n += p.features();
    return n;
  }
  size_t weight_count() const {
    size_t n = 0;
    for (const model_io::SparseWeights& p : passes_) n += p.weights();
    return n;
  }

  // What training builds; not for other callers.
  struct LexEntry {
    uint64_t ambiguity = 0;  // hash of the word's tag set; 0 if too rare to trust
    int32_t single = -1;     // the tag-dictionary class, or -1
  };
  using TaggerLexicon = std::unordered_map<std::string, LexEntry, TaggerStringHash, std::equal_to<>>;
  using Entry = model_io::SparseWeights::Entry;
  using FeatureRow = model_io::SparseWeights::Row;
  struct SelfTest {
    std::vector<std::string> words;
    std::vector<uint16_t> tags;
  };
  // The lexicon entry of a word (its ambiguity class and tag-dictionary class).
  LexEntry lookup(std::string_view word) const;
  // The word clusters (the parser uses the same ones).
  const auto& clusters() const { return clusters_; }
  // Lower-cased word -> distributional cluster learnt from unlabeled text.
  using ClusterMap = std::unordered_map<std::string, uint16_t, TaggerStringHash, std::equal_to<>>;
  // `passes`: the first pass's features, then optionally the second's.
  // `retag_margin`: the second pass re-tags only the words whose first-pass
  // margin is below it (infinity: every word).
  static Tagger build(std::vector<TagClass> classes, TaggerLexicon lexicon, ClusterMap clusters,
                      std::vector<std::vector<FeatureRow>> passes,
                      float retag_margin = std::numeric_limits<float>::infinity());
  float retag_margin() const { return retag_margin_; }
  // Records the tags the model gives to these sentences, re-checked at load.
  void set_self_test(const std::vector<std::vector<std::string>>& sentences);

 private:
  // The lexicon and the clusters as tag() reads them: open addressing keyed
  // by the word's hash (WordInfo::form, resp. ::lower), at most half full.
  struct LexSlot {
    uint64_t key = 0;
    uint64_t ambiguity = 0;
    int32_t single = -1;
    uint16_t cluster = 0;  // cluster + 1; 0: none
    bool used = false;
  };
  struct HashIndex {
    std::vector<LexSlot> slots{1};
    uint64_t mask = 0;
    const LexSlot* find(uint64_t key) const;
    LexSlot& insert(uint64_t key);
    void prefetch(uint64_t key) const { __builtin_prefetch(&slots[key & mask]); }
  };
  void index_lexicon();
  void index_passes();  // dense_ from passes_
  // A pass's features with many entries (the bias, the previous tags,
  // common suffixes and shapes: few features, but most of the weights a
  // word adds up) also as dense rows over all classes, which are added with
  // vector instructions instead of one scattered add per entry. Adding the
  // absent classes' zeros leaves every sum unchanged.
  struct DenseSlot {
    uint64_t key = 0;
    uint32_t row = 0;
    bool used = false;
  };
  struct Dense {
    std::vector<DenseSlot> slots{1};
    uint64_t mask = 0;
    size_t stride = 0;  // classes rounded up to the vector width
    std::vector<float> rows;
    const float* find(uint64_t key) const;
    static Dense build(const model_io::SparseWeights& weights, size_t classes);
  };
  Status run_self_test() const;

  std::vector<TagClass> classes_;
  TaggerLexicon lexicon_;
  ClusterMap clusters_;
  HashIndex by_form_;                            // lexicon_ by the form's hash
  HashIndex by_lower_;                           // clusters_ by the lower-cased form's hash
  std::vector<model_io::SparseWeights> passes_;  // 1 or 2; the second sees the first's tags
  std::vector<Dense> dense_;                     // per pass
  float retag_margin_ = std::numeric_limits<float>::infinity();
  std::vector<SelfTest> self_test_;
};

// Word-level helpers, exposed for tests.
namespace tagger_features {
// "McDonald's" -> "XxXx'x", "1,234.5" -> "d,d.d": runs of one kind collapse.
std::string shape(std::string_view word);
// ASCII lower-casing (other bytes unchanged): what clusters are keyed by.
std::string lower(std::string_view word);
WordInfo describe(std::string_view word, uint64_t ambiguity, uint64_t cluster);
// describe() with `buffer` as working memory, so a caller describing many
// words allocates nothing.
WordInfo describe(std::string_view word, uint64_t ambiguity, uint64_t cluster, std::string& buffer);
// At most this many features per word (the second pass has the most).
constexpr size_t kMaxFeatures = 64;
// extract() in two steps, for a caller that hashes ahead of decoding: the
// features that do not read the previous tags, in extract()'s order with
// zeros where the history features go (whose positions go to
// `history_at`); returns the count.
size_t extract_static(std::span<const WordInfo> words, size_t i, std::span<const int> first, uint64_t* out,
                      uint8_t* history_at);
// Fills in the history features of what extract_static wrote; returns how
// many there are.
size_t extract_history(std::span<const WordInfo> words, size_t i, int prev1, int prev2,
                       std::span<const int> first, uint64_t* out, const uint8_t* history_at);
// At most this many history features (extract_history's positions).
constexpr size_t kMaxHistory = 9;
// The feature hashes of word `i` given the two previous predicted classes
// (-1 = before the sentence), into `out`. `first`: the first pass's tags of
// the whole sentence when computing the second pass's features, else empty.
void extract(std::span<const WordInfo> words, size_t i, int prev1, int prev2, std::span<const int> first,
             std::vector<uint64_t>& out);
}  // namespace tagger_features

// Training (tagger_train.cc).
struct TaggerIteration {
  int pass = 1;                         // 1 or 2
  int fold = 0;                         // 0: a pass of the model kept; 1..4: a jackknife model
  int iteration = 0;                    // 1-based
  double train_accuracy = 0;            // of the greedy predictions while learning (pair accuracy)
  double dev_upos = -1, dev_xpos = -1;  // -1 without a dev set
  double seconds = 0;
};

struct TaggerTrainOptions {
  int iterations = 10;
  uint64_t seed = 1;
  // Sentences to report accuracy on after each iteration; not used to learn.
  const std::vector<TreebankSentence>* dev = nullptr;
  // Keep the iteration with the best dev UPOS (ties: the earlier) rather
  // than the last; needs `dev`.
  bool keep_best = true;
  // Train a second pass that also sees the first pass's tags of the words
  // to the right (stacking; 4 extra first-pass trainings). On EWT dev it
  // gains 0.15 UPOS but halves tagging speed, so it is off by default.
  bool two_pass = false;
  // With two passes: the second re-tags only the words whose first-pass
  // margin (best score minus runner-up) is below this; infinity: every word.
  double retag_margin = std::numeric_limits<double>::infinity();
  // Iterations of the second pass; 0: `iterations`.
  int second_iterations = 0;
  // Averaged weights smaller than this in magnitude are dropped.
  double prune = 0;
  // Unlabeled sentences (tokenised as dyad tokenises) for word clusters;
  // the training forms are added to them. Empty and no training forms'
  // clusters either when `clusters` is 0.
  std::vector<std::vector<std::string>> unlabeled;
  int clusters = 256;
  // Called after each iteration (the CLI prints from it).
  std::function<void(const TaggerIteration&)> on_iteration;
};

struct TaggerTrainResult {
  Tagger tagger;
  int chosen_iteration = 0;      // of the last pass
  int first_pass_iteration = 0;  // of the first pass, when there are two
  std::vector<TaggerIteration> iterations;
};

Result<TaggerTrainResult> train_tagger(const std::vector<TreebankSentence>& train,
                                       const TaggerTrainOptions& options);

}  // namespace dyad
