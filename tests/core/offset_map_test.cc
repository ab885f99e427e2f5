#include "core/offset_map.h"

#include <gtest/gtest.h>

#include <random>

namespace dyad {
namespace {

// A reference: one entry per norm byte, built alongside the map.
struct Built {
  OffsetMap map;
  std::vector<uint32_t> flat;
};

Built random_map(std::mt19937& rng) {
  Built b;
  uint32_t norm = 0, text = 0;
  const int pieces = static_cast<int>(rng() % 200);
  for (int i = 0; i < pieces; ++i) {
    const auto n = static_cast<uint32_t>(1 + rng() % 6);
    if (rng() % 2) {
      b.map.add_run(norm, text, n);
      for (uint32_t k = 0; k < n; ++k) b.flat.push_back(text + k);
      text += n;
    } else {
      b.map.add_fixed(norm, text, n);
      b.flat.insert(b.flat.end(), n, text);
      text += 1 + static_cast<uint32_t>(rng() % 3);
    }
    norm += n;
  }
  b.map.finish(text);
  b.flat.push_back(text);
  return b;
}

TEST(OffsetMapTest, LookupsMatchAFlatTable) {
  std::mt19937 rng(3);
  for (int round = 0; round < 300; ++round) {
    const Built b = random_map(rng);
    ASSERT_EQ(b.map.size() + 1, b.flat.size());
    for (uint32_t i = 0; i < b.flat.size(); ++i) ASSERT_EQ(b.map[i], b.flat[i]) << round << " at " << i;
  }
}

// Regression: going back to a sentence's first token once reset the cursor to
// the first piece and walked forward, quadratic on a long story.
TEST(OffsetMapTest, CursorAgreesInAnyOrder) {
  std::mt19937 rng(5);
  for (int round = 0; round < 300; ++round) {
    const Built b = random_map(rng);
    OffsetMap::Cursor c(b.map);
    uint32_t at = 0;
    for (int step = 0; step < 500; ++step) {
      const auto size = static_cast<uint32_t>(b.flat.size());
      switch (rng() % 3) {
        case 0:
          at = std::min(size - 1, at + static_cast<uint32_t>(rng() % 4));
          break;  // forward
        case 1:
          at = at > 10 ? at - static_cast<uint32_t>(rng() % 10) : 0;
          break;  // back a little
        default:
          at = static_cast<uint32_t>(rng() % size);
          break;  // anywhere
      }
      ASSERT_EQ(c[at], b.flat[at]) << round << " at " << at;
    }
  }
}

TEST(OffsetMapTest, AdjacentRunsMergeAndTruncateForgets) {
  OffsetMap m;
  m.add_run(0, 0, 5);
  m.add_run(5, 5, 5);
  EXPECT_EQ(m.pieces(), 1u);
  m.add_fixed(10, 10, 3);
  m.add_run(13, 13, 2);
  EXPECT_EQ(m.pieces(), 3u);
  m.truncate(10);
  EXPECT_EQ(m.size(), 10u);
  EXPECT_EQ(m.pieces(), 1u);
  m.finish(10);
  EXPECT_EQ(m[9], 9u);
  EXPECT_EQ(m[10], 10u);
}

}  // namespace
}  // namespace dyad
