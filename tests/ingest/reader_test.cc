// Ingest: format detection, the text and JSONL readers, gzip/zstd sources and
// directories. Fixtures are written to a fresh temp directory by each test;
// compressed ones are made here with zlib and libzstd so nothing is checked in.
#include "ingest/reader.h"

#include <gtest/gtest.h>
#include <stdlib.h>
#include <zlib.h>
#include <zstd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "ingest/formats.h"
#include "ingest/ingest_test_util.h"
#include "test_paths.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;
using testing::Output;
using testing::read_all;

std::string gzip(std::string_view data) {
  z_stream z{};
  EXPECT_EQ(deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY), Z_OK);
  std::string out(deflateBound(&z, static_cast<uLong>(data.size())), '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&z, Z_FINISH), Z_STREAM_END);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

// With a content checksum, as the zstd tool writes by default, so that a
// flipped byte in stored data is caught.
std::string zstd(std::string_view data) {
  std::string out(ZSTD_compressBound(data.size()), '\0');
  ZSTD_CCtx* c = ZSTD_createCCtx();
  ZSTD_CCtx_setParameter(c, ZSTD_c_checksumFlag, 1);
  const size_t n = ZSTD_compress2(c, out.data(), out.size(), data.data(), data.size());
  ZSTD_freeCCtx(c);
  EXPECT_FALSE(ZSTD_isError(n));
  out.resize(n);
  return out;
}

std::vector<std::string> ids(const Output& out) {
  std::vector<std::string> v;
  for (const Story& s : out.stories) v.push_back(s.id);
  return v;
}

class IngestTest : public testing::TempDirTest {};

// --- Formats and names ------------------------------------------------------

TEST(IngestFormatTest, ParseAndName) {
  const std::pair<const char*, std::optional<InputFormat>> cases[] = {
      {"text", InputFormat::kText},   {"txt", InputFormat::kText},     {"jsonl", InputFormat::kJsonl},
      {"json", InputFormat::kJsonl},  {"ndjson", InputFormat::kJsonl}, {"xml", InputFormat::kXml},
      {"JSONL", InputFormat::kJsonl}, {"csv", std::nullopt},           {"", std::nullopt}};
  for (const auto& [name, want] : cases) EXPECT_EQ(parse_input_format(name), want) << name;
  for (InputFormat f : {InputFormat::kText, InputFormat::kJsonl, InputFormat::kXml})
    EXPECT_EQ(parse_input_format(input_format_name(f)), f);
  EXPECT_STREQ(input_format_name(InputFormat::kJsonl), "jsonl");
}

TEST(IngestFormatTest, FromName) {
  const std::pair<const char*, std::optional<InputFormat>> cases[] = {
      {"a.jsonl", InputFormat::kJsonl},
      {"a.ndjson", InputFormat::kJsonl},
      {"a.json", InputFormat::kJsonl},
      {"dir/A.JSONL", InputFormat::kJsonl},
      {"a.jsonl.gz", InputFormat::kJsonl},
      {"a.xml.zst", InputFormat::kXml},
      {"records.xml", InputFormat::kXml},
      {"000_b9754c49934786a1.txt", InputFormat::kText},
      {"a.txt.gz", InputFormat::kText},
      {"a.gz", std::nullopt},
      {"README", std::nullopt},
      {"a.csv", std::nullopt},
      {"x.jsonl/story", std::nullopt},  // the directory's name says nothing
  };
  for (const auto& [name, want] : cases) EXPECT_EQ(ingest::format_from_name(name), want) << name;
}

TEST(IngestFormatTest, FromContent) {
  const std::pair<const char*, InputFormat> cases[] = {{"{\"id\":1}", InputFormat::kJsonl},
                                                       {"\n\t  {", InputFormat::kJsonl},
                                                       {"<Validation>", InputFormat::kXml},
                                                       {"\r\n<?xml", InputFormat::kXml},
                                                       {"ATHENS, Nov 2", InputFormat::kText},
                                                       {"[1,2]", InputFormat::kText},
                                                       {"", InputFormat::kText},
                                                       {"   ", InputFormat::kText}};
  for (const auto& [head, want] : cases) EXPECT_EQ(ingest::format_from_content(head), want) << head;
}

TEST(IngestFormatTest, TextStoryId) {
  const std::pair<const char*, const char*> cases[] = {
      {"000_b9754c49934786a1.txt", "000_b9754c49934786a1"},
      {"/data/stories/000_b9754c49934786a1.txt", "000_b9754c49934786a1"},
      {"news/001.txt.gz", "001"},
      {"news/001.TXT.zst", "001"},
      {"story", "story"},
      {"report.v2.txt", "report.v2"},
      {"notes.md", "notes.md"},  // only .txt and compression suffixes go
      {"stdin", "stdin"},
      {".txt", ".txt"},  // never an empty id
  };
  for (const auto& [path, want] : cases) EXPECT_EQ(ingest::text_story_id(path), want) << path;
}

TEST(IngestFormatTest, StoryFromText) {
  const Story s = story_from_text("\xEF\xBB\xBFHello.", "s1", *Date::parse("2016-11-02"));
  EXPECT_EQ(s.id, "s1");
  EXPECT_EQ(s.origin, "s1");
  EXPECT_EQ(s.text, "Hello.");
  EXPECT_EQ(s.date.iso(), "2016-11-02");
  EXPECT_FALSE(story_from_text("x", "s2").date.known());
}

// --- Detection across files -------------------------------------------------

TEST_F(IngestTest, DetectsEachFileByNameThenContent) {
  const std::string jsonl = write("a", "{\"id\":\"j1\",\"text\":\"From JSON.\"}\n");
  const std::string xml = write("b", "<Sentence id=\"x1\"><Text>From XML.</Text></Sentence>\n");
  const std::string text = write("c", "From text.\n");
  // A name that says text wins over JSON-looking content.
  const std::string named = write("d.txt", "{\"id\":\"no\",\"text\":\"not parsed\"}");
  const Output out = read_all({jsonl, xml, text, named});
  ASSERT_TRUE(out.problems.empty()) << out.problems[0];
  EXPECT_EQ(ids(out), (std::vector<std::string>{"j1", "x1", "c", "d"}));
  EXPECT_EQ(out.stories[0].text, "From JSON.");
  EXPECT_EQ(out.stories[1].text, "From XML.");
  EXPECT_EQ(out.stories[2].text, "From text.\n");
  EXPECT_EQ(out.stories[3].text, "{\"id\":\"no\",\"text\":\"not parsed\"}");
}

TEST_F(IngestTest, ForcedFormatOverridesDetection) {
  const std::string p = write("x.jsonl", "{\"id\":\"a\",\"text\":\"t\"}\n");
  ReaderOptions o;
  o.format = InputFormat::kText;
  const Output out = read_all({p}, o);
  ASSERT_EQ(out.stories.size(), 1u);
  EXPECT_EQ(out.stories[0].id, "x.jsonl");
  EXPECT_EQ(out.stories[0].text, "{\"id\":\"a\",\"text\":\"t\"}\n");

  const std::string q = write("y.txt", "{\"id\":\"a\",\"text\":\"t\"}\n");
  o.format = InputFormat::kJsonl;
  EXPECT_EQ(ids(read_all({q}, o)), std::vector<std::string>{"a"});
}

// --- Text -------------------------------------------------------------------

TEST_F(IngestTest, TextFileIsOneStoryByteForByte) {
  const std::string body = "ATHENS, Nov 2 (AFP) -\r\nA line.\n\nBad \xC3( UTF-8 \xFF.\n";
  const std::string p = write("000_b9754c49934786a1.txt", body);
  ReaderOptions o;
  o.default_date = *Date::parse("2016-11-02");
  const Output out = read_all({p}, o);
  ASSERT_EQ(out.stories.size(), 1u);
  const Story& s = out.stories[0];
  EXPECT_EQ(s.id, "000_b9754c49934786a1");
  EXPECT_EQ(s.origin, p);
  EXPECT_EQ(s.text, body);
  EXPECT_EQ(s.date.iso(), "2016-11-02");
  EXPECT_TRUE(s.source.empty() && s.url.empty() && s.title.empty());
}

TEST_F(IngestTest, TextDropsLeadingBomOnly) {
  const Output out = read_all({write("bom.txt", "\xEF\xBB\xBFOne.\xEF\xBB\xBF")});
  ASSERT_EQ(out.stories.size(), 1u);
  EXPECT_EQ(out.stories[0].text, "One.\xEF\xBB\xBF");
}

TEST_F(IngestTest, EmptyTextFileIsAnEmptyStory) {
  const Output out = read_all({write("empty.txt", "")});
  ASSERT_EQ(out.stories.size(), 1u);
  EXPECT_EQ(out.stories[0].id, "empty");
  EXPECT_EQ(out.stories[0].text, "");
  EXPECT_TRUE(out.problems.empty());
}

TEST_F(IngestTest, TextOverTheLimitIsSkipped) {
  const std::string big = write("big.txt", std::string(300000, 'x'));
  const std::string small = write("small.txt", "ok");
  ReaderOptions o;
  o.max_story_bytes = 100000;
  const Output out = read_all({big, small}, o);
  ASSERT_EQ(out.problems.size(), 1u);
  EXPECT_EQ(out.problems[0], big + ": story is larger than 100000 bytes; skipped");
  EXPECT_EQ(ids(out), std::vector<std::string>{"small"});
  // Exactly at the limit is fine.
  o.max_story_bytes = 300000;
  EXPECT_EQ(read_all({big}, o).stories.size(), 1u);
}

// --- Compression -------------------------------------------------------------

TEST_F(IngestTest, GzipAndZstdByMagicNotName) {
  const std::string body = "ATHENS, Nov 2 (AFP) - Greece said...\n";
  const std::string jsonl = "{\"id\":\"j\",\"text\":\"T\"}\n";
  const Output out =
      read_all({write("a.txt.gz", gzip(body)), write("b.txt.zst", zstd(body)), write("c.bin", gzip(jsonl)),
                write("d.txt", zstd(body)), write("e.jsonl.gz", zstd(jsonl))});
  ASSERT_TRUE(out.problems.empty()) << out.problems[0];
  EXPECT_EQ(ids(out), (std::vector<std::string>{"a", "b", "j", "d", "j"}));
  for (size_t i : {0, 1, 3}) EXPECT_EQ(out.stories[i].text, body);
}

TEST_F(IngestTest, ConcatenatedGzipMembersAndZstdFrames) {
  const std::string a = "{\"id\":\"1\",\"text\":\"one\"}\n";
  const std::string b = "{\"id\":\"2\",\"text\":\"two\"}\n";
  EXPECT_EQ(ids(read_all({write("m.jsonl.gz", gzip(a) + gzip(b) + gzip(""))})),
            (std::vector<std::string>{"1", "2"}));
  EXPECT_EQ(ids(read_all({write("m.jsonl.zst", zstd(a) + zstd(b))})), (std::vector<std::string>{"1", "2"}));
}

// Many chunks of compressed and decompressed data, with lines across chunk
// boundaries; highly compressible so one read expands to many outputs.
TEST_F(IngestTest, LargeCompressedStreams) {
  std::string jsonl;
  constexpr int kLines = 20000;
  for (int i = 0; i < kLines; ++i)
    jsonl += "{\"id\":" + std::to_string(i) + ",\"text\":\"" +
             std::string(static_cast<size_t>(i % 300), 'w') + "\"}\n";
  for (const std::string& file :
       {write("big.jsonl.gz", gzip(jsonl)), write("big.jsonl.zst", zstd(jsonl)), write("big.jsonl", jsonl)}) {
    const Output out = read_all({file});
    EXPECT_TRUE(out.problems.empty()) << file;
    ASSERT_EQ(out.stories.size(), size_t{kLines}) << file;
    EXPECT_EQ(out.stories.back().id, std::to_string(kLines - 1));
    EXPECT_EQ(out.stories.back().text.size(), size_t{(kLines - 1) % 300});
    EXPECT_EQ(out.stories.back().origin, file + ":" + std::to_string(kLines));
  }
}

struct BadStream {
  const char* name;
  std::string bytes;
  const char* message;  // after "PATH: "
};

TEST_F(IngestTest, CorruptOrTruncatedCompressionIsAnErrorNotACrash) {
  const std::string text(200000, 'a');
  std::string noisy;  // incompressible, so truncation cuts real data
  uint32_t x = 12345;
  for (int i = 0; i < 200000; ++i) noisy += static_cast<char>((x = x * 1103515245u + 12345u) >> 24);
  const std::string gz = gzip(noisy), zs = zstd(noisy);
  std::string gz_flipped = gz, zs_flipped = zs;
  gz_flipped[gz.size() / 2] = static_cast<char>(gz_flipped[gz.size() / 2] ^ 0x55);
  zs_flipped[zs.size() / 2] = static_cast<char>(zs_flipped[zs.size() / 2] ^ 0x55);
  std::string gz_crc = gzip(text);
  gz_crc[gz_crc.size() - 6] = static_cast<char>(gz_crc[gz_crc.size() - 6] ^ 1);  // CRC-32 trailer
  const BadStream cases[] = {
      {"half.gz", gz.substr(0, gz.size() / 2), "truncated gzip data"},
      {"header.gz", gz.substr(0, 5), "truncated gzip data"},
      {"notrailer.gz", gz.substr(0, gz.size() - 4), "truncated gzip data"},
      {"flipped.gz", gz_flipped, "corrupt gzip data"},
      {"crc.gz", gz_crc, "corrupt gzip data (incorrect data check)"},
      {"garbage.gz", gzip(text) + "garbage", "corrupt gzip data (incorrect header check)"},
      {"half.zst", zs.substr(0, zs.size() / 2), "truncated zstd data"},
      {"magic.zst", zs.substr(0, 4), "truncated zstd data"},
      {"flipped.zst", zs_flipped, "corrupt zstd data"},
      {"garbage.zst", zstd(text) + "garbage!", "corrupt zstd data"},
  };
  for (const BadStream& c : cases) {
    const std::string p = write(c.name, c.bytes);
    const Output out = read_all({p, write("after.txt", "after")});
    ASSERT_EQ(out.problems.size(), 1u) << c.name;
    EXPECT_EQ(out.problems[0].rfind(p + ": " + c.message, 0), 0u) << out.problems[0];
    ASSERT_FALSE(out.stories.empty()) << c.name;
    EXPECT_EQ(out.stories.back().id, "after") << c.name;  // reading carries on
  }
}

TEST_F(IngestTest, CorruptGzipAfterGoodLinesKeepsThem) {
  std::string jsonl;
  for (int i = 0; i < 5000; ++i) jsonl += "{\"id\":" + std::to_string(i) + ",\"text\":\"t\"}\n";
  const std::string gz = gzip(jsonl);
  const std::string p = write("cut.jsonl.gz", gz.substr(0, gz.size() - 100));
  const Output out = read_all({p});
  ASSERT_EQ(out.problems.size(), 1u);
  EXPECT_EQ(out.problems[0], p + ": truncated gzip data");
  EXPECT_GT(out.stories.size(), 4000u);
  EXPECT_LT(out.stories.size(), 5000u);
}

// --- JSONL -------------------------------------------------------------------

TEST_F(IngestTest, JsonlFields) {
  const std::string p = write("s.jsonl",
                              "{\"id\":\"a1\",\"text\":\"Alpha.\",\"date\":\"2016-11-02\",\"source\":\"AFP\","
                              "\"url\":\"http://x/1\",\"title\":\"T\",\"extra\":[1,{\"k\":2}]}\r\n"
                              "\n   \n"
                              "{\"id\":42,\"text\":\"\",\"date\":null,\"source\":null,\"url\":null}\n"
                              "  {\"text\":\"\\u00e9t\\u00e9 \\\"q\\\"\",\"id\":-7}  \n"
                              "{\"id\":\"last\",\"text\":\"no newline\",\"date\":\"20161103\"}");
  ReaderOptions o;
  o.default_date = *Date::parse("2000-01-01");
  const Output out = read_all({p}, o);
  ASSERT_TRUE(out.problems.empty()) << out.problems[0];
  ASSERT_EQ(out.stories.size(), 4u);
  const Story& a = out.stories[0];
  EXPECT_EQ(a.id, "a1");
  EXPECT_EQ(a.origin, p + ":1");
  EXPECT_EQ(a.text, "Alpha.");
  EXPECT_EQ(a.date.iso(), "2016-11-02");
  EXPECT_EQ(a.source, "AFP");
  EXPECT_EQ(a.url, "http://x/1");
  EXPECT_EQ(a.title, "T");
  const Story& b = out.stories[1];
  EXPECT_EQ(b.id, "42");
  EXPECT_EQ(b.origin, p + ":4");
  EXPECT_EQ(b.text, "");
  EXPECT_EQ(b.date.iso(), "2000-01-01");  // null date: the default
  EXPECT_TRUE(b.source.empty() && b.url.empty() && b.title.empty());
  EXPECT_EQ(out.stories[2].id, "-7");
  EXPECT_EQ(out.stories[2].text, "\xC3\xA9t\xC3\xA9 \"q\"");
  EXPECT_EQ(out.stories[3].origin, p + ":6");
  EXPECT_EQ(out.stories[3].date.iso(), "2016-11-03");
}

TEST_F(IngestTest, JsonlBadLinesAreSkippedWithTheirLineNumbers) {
  const std::string kBadStructure =
      "bad structure (missing or extra comma, colon, bracket or brace, unquoted key, or text after the "
      "value)";
  struct Case {
    std::string line;
    std::string message;  // after "PATH:LINE: "
  };
  const Case cases[] = {
      {"{\"id\":\"x\",\"text\":\"t\",\"date\":\"2016-13-45\"}", "bad date \"2016-13-45\" (want YYYY-MM-DD)"},
      {"{\"id\":\"x\",\"text\":\"t\",\"date\":\"soon\"}", "bad date \"soon\" (want YYYY-MM-DD)"},
      {"{\"id\":\"x\",\"text\":\"t\",\"date\":20161102}", "\"date\" must be a string"},
      {"{\"text\":\"t\"}", "missing \"id\""},
      {"{\"id\":null,\"text\":\"t\"}", "missing \"id\""},
      {"{\"id\":\"\",\"text\":\"t\"}", "empty \"id\""},
      {"{\"id\":1.5,\"text\":\"t\"}", "\"id\" must be a string or an integer"},
      {"{\"id\":[1],\"text\":\"t\"}", "\"id\" must be a string or an integer"},
      {"{\"id\":\"x\"}", "missing \"text\""},
      {"{\"id\":\"x\",\"text\":7}", "\"text\" must be a string"},
      {"{\"id\":\"x\",\"text\":\"t\",\"source\":1}", "\"source\" must be a string"},
      {"{\"id\":\"x\",\"text\":\"t\",\"title\":{}}", "\"title\" must be a string"},
      {"[1,2]", "expected a JSON object"},
      {"\"just a string\"", "expected a JSON object"},
      {"{\"id\":\"x\",\"text\":\"t\"", "invalid JSON: " + kBadStructure},
      {"{\"id\":\"x\",\"text\":\"t\"} trailing", "invalid JSON: " + kBadStructure},
      {"{id:1}", "invalid JSON: " + kBadStructure},
      {"{\"id\":\"x\",\"text\":\"bad \xFF utf8\"}", "invalid JSON: ill-formed UTF-8"},
  };
  for (const Case& c : cases) {
    const std::string p = write("bad.jsonl", "{\"id\":\"before\",\"text\":\"t\"}\n\n" + c.line +
                                                 "\n{\"id\":\"after\",\"text\":\"t\"}\n");
    const Output out = read_all({p});
    EXPECT_EQ(ids(out), (std::vector<std::string>{"before", "after"})) << c.line;
    ASSERT_EQ(out.problems.size(), 1u) << c.line;
    EXPECT_EQ(out.problems[0], p + ":3: " + c.message);
  }
}

TEST_F(IngestTest, JsonlHostileInputDoesNotCrash) {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  const std::string control("\0\1", 2);
  const std::string p = write("hostile.jsonl", deep + "\n" + std::string(100000, '{') + "\n" + control +
                                                   "\n{\"id\":\"ok\",\"text\":\"t\"}\n");
  const Output out = read_all({p});
  EXPECT_EQ(ids(out), std::vector<std::string>{"ok"});
  ASSERT_EQ(out.problems.size(), 3u);
  EXPECT_EQ(out.problems[0], p + ":1: expected a JSON object");
}

TEST_F(IngestTest, JsonlLongLineSkippedWithoutBufferingIt) {
  const std::string long_line = "{\"id\":\"big\",\"text\":\"" + std::string(500000, 'x') + "\"}";
  const std::string p = write("long.jsonl", "{\"id\":\"a\",\"text\":\"t\"}\n" + long_line + "\n" + long_line +
                                                "\n{\"id\":\"b\",\"text\":\"t\"}\n" + long_line);
  ReaderOptions o;
  o.max_story_bytes = 1000;
  const Output out = read_all({p}, o);
  EXPECT_EQ(ids(out), (std::vector<std::string>{"a", "b"}));
  ASSERT_EQ(out.problems.size(), 3u);
  EXPECT_EQ(out.problems[0], p + ":2: line is longer than 1000 bytes; skipped");
  EXPECT_EQ(out.problems[1], p + ":3: line is longer than 1000 bytes; skipped");
  EXPECT_EQ(out.problems[2], p + ":5: line is longer than 1000 bytes; skipped");
}

TEST_F(IngestTest, JsonlTruncatedLastLine) {
  const std::string p = write("cut.jsonl", "{\"id\":\"a\",\"text\":\"t\"}\n{\"id\":\"b\",\"te");
  const Output out = read_all({p});
  EXPECT_EQ(ids(out), std::vector<std::string>{"a"});
  ASSERT_EQ(out.problems.size(), 1u);
  EXPECT_EQ(out.problems[0].rfind(p + ":2: invalid JSON: ", 0), 0u) << out.problems[0];
}

TEST_F(IngestTest, JsonlBomAndEmptyFile) {
  EXPECT_EQ(ids(read_all({write("bom.jsonl", "\xEF\xBB\xBF{\"id\":\"a\",\"text\":\"t\"}\n")})),
            std::vector<std::string>{"a"});
  const Output empty = read_all({write("empty.jsonl", "")});
  EXPECT_TRUE(empty.stories.empty());
  EXPECT_TRUE(empty.problems.empty());
}

// --- Paths and directories ----------------------------------------------------

TEST_F(IngestTest, DirectoriesAreReadRecursivelyInSortedOrder) {
  write("in/b.txt", "b");
  write("in/a.txt", "a");
  write("in/sub/c.txt", "c");
  write("in/a/z.txt", "z");
  write("in/m.jsonl", "{\"id\":\"m1\",\"text\":\"t\"}\n{\"id\":\"m2\",\"text\":\"t\"}\n");
  write("in/n.xml.gz", gzip("<Sentence id=\"n1\"><Text>t</Text></Sentence>"));
  write("in/.hidden.txt", "hidden");
  write("in/.git/x.txt", "hidden");
  write("in/sub/.cache/y.txt", "hidden");
  const Output out = read_all({path("in")});
  EXPECT_TRUE(out.problems.empty());
  EXPECT_EQ(ids(out), (std::vector<std::string>{"z", "a", "b", "m1", "m2", "n1", "c"}));
  EXPECT_EQ(out.stories[0].origin, path("in/a/z.txt"));
}

TEST_F(IngestTest, MissingPathIsReportedAndReadingGoesOn) {
  const std::string a = write("a.txt", "a");
  const std::string missing = path("nope.txt");
  const Output out = read_all({missing, a, path("no/dir"), a});
  EXPECT_EQ(ids(out), (std::vector<std::string>{"a", "a"}));
  ASSERT_EQ(out.problems.size(), 2u);
  EXPECT_EQ(out.problems[0], missing + ": no such file or directory");
  EXPECT_EQ(out.problems[1], path("no/dir") + ": no such file or directory");
}

TEST_F(IngestTest, ExplicitHiddenFileAndEmptyDirectory) {
  const std::string hidden = write(".notes.txt", "n");
  fs::create_directories(dir_ / "empty");
  const Output out = read_all({hidden, path("empty")});
  EXPECT_EQ(ids(out), std::vector<std::string>{".notes"});
  EXPECT_TRUE(out.problems.empty());
}

TEST(IngestPathsTest, NoPathsNoStories) {
  const Output out = read_all({});
  EXPECT_TRUE(out.stories.empty());
  EXPECT_TRUE(out.problems.empty());
}

}  // namespace
}  // namespace dyad
