// Ingest internals: bytes from a file, stdin, or a gzip/zstd stream, and the
// window that the format readers scan.
//
// Compression is recognised by magic bytes, not by name, so a renamed or
// extension-less .gz still reads. Everything streams in fixed-size chunks:
// memory is bounded by what a reader chooses to keep in the window.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "core/status.h"

namespace dyad::ingest {

inline constexpr size_t kChunkBytes = 64u << 10;
inline constexpr size_t kFirstReadBytes = 8u << 10;

class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Up to `cap` bytes into `dst`; 0 only at the end of the data.
  virtual Result<size_t> read(char* dst, size_t cap) = 0;
};

// "-" is standard input. `name` is what messages call the input.
Result<std::unique_ptr<ByteSource>> open_byte_source(const std::string& path, const std::string& name);

// A sliding window over a ByteSource. Readers look at window(), consume() what
// they are done with, and call more() when they need further bytes; consumed
// bytes are dropped at the next more(), so the window holds only what the
// reader has not yet consumed.
class Input {
 public:
  Input(std::string name, std::unique_ptr<ByteSource> source)
      : name_(std::move(name)), source_(std::move(source)) {}

  // The path as given, or "stdin": what messages and origins name.
  const std::string& name() const { return name_; }
  std::string_view window() const { return std::string_view(buf_).substr(pos_); }
  // 1-based line number of window()[0].
  size_t line() const { return line_; }

  // Appends the next chunk to the window. False at the end of the input or on
  // a read error, which error() then holds.
  bool more();
  // more() until the window holds at least `n` bytes; false if it cannot.
  bool ensure(size_t n);
  void consume(size_t n);
  // Offset of `needle` in the window, reading on as needed; npos at the end of
  // the input or once the window exceeds `limit` bytes without a match.
  size_t find(std::string_view needle, size_t limit);
  // Consumes up to and including `needle`, holding no more than a chunk at a
  // time; false if the input ends first.
  bool skip_past(std::string_view needle);
  // Drops a UTF-8 byte order mark at the start of the input.
  void skip_bom();
  // The rest of the window as a string (moved out when possible); empties it.
  // For the last read of an input: line() no longer counts what it took.
  std::string take();

  const Status& error() const { return error_; }

 private:
  std::string name_;
  std::unique_ptr<ByteSource> source_;
  std::string buf_;
  std::unique_ptr<char[]> chunk_;  // read target, allocated on first use
  size_t pos_ = 0;
  size_t line_ = 1;
  bool eof_ = false;
  Status error_;
};

// An Input over `path` ("-" for stdin), decompressing when the magic bytes say so.
Result<Input> open_input(const std::string& path);

}  // namespace dyad::ingest
