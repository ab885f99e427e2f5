// Byte sources for ingest. POSIX read() rather than iostreams so a short read
// from a pipe returns at once and errors carry errno; zlib and libzstd in their
// streaming modes so a compressed file of any size decodes in constant memory.
#include "ingest/byte_source.h"

#include <fcntl.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <vector>

namespace dyad::ingest {
namespace {

std::string errno_text(int err) {
  if (err == ENOENT) return "no such file or directory";
  return std::strerror(err);
}

class FileSource : public ByteSource {
 public:
  FileSource(int fd, bool owned, std::string name) : fd_(fd), owned_(owned), name_(std::move(name)) {}
  ~FileSource() override {
    if (owned_) ::close(fd_);
  }
  FileSource(const FileSource&) = delete;
  FileSource& operator=(const FileSource&) = delete;

  Result<size_t> read(char* dst, size_t cap) override {
    for (;;) {
      const ssize_t n = ::read(fd_, dst, cap);
      if (n >= 0) return static_cast<size_t>(n);
      if (errno != EINTR) return Status::Io(name_ + ": " + errno_text(errno));
    }
  }

 private:
  int fd_;
  bool owned_;
  std::string name_;
};

// Compressed bytes for a decoder: the file's first bytes (already read to sniff
// the magic) and then the file itself.
class CompressedInput {
 public:
  CompressedInput(std::unique_ptr<ByteSource> file, std::string head)
      : file_(std::move(file)), buf_(std::move(head)) {}

  std::string_view pending() const { return std::string_view(buf_).substr(pos_); }
  void consume(size_t n) { pos_ += n; }
  bool at_end() const { return eof_ && pos_ == buf_.size(); }
  // Replaces the consumed input with the next chunk of the file.
  Status refill() {
    if (pos_ < buf_.size() || eof_) return Status::Ok();
    buf_.resize(kChunkBytes);
    auto n = file_->read(buf_.data(), buf_.size());
    if (!n.ok()) return n.status();
    buf_.resize(*n);
    pos_ = 0;
    eof_ = *n == 0;
    return Status::Ok();
  }

 private:
  std::unique_ptr<ByteSource> file_;
  std::string buf_;
  size_t pos_ = 0;
  bool eof_ = false;
};

class PlainSource : public ByteSource {
 public:
  PlainSource(std::unique_ptr<ByteSource> file, std::string head)
      : file_(std::move(file)), head_(std::move(head)) {}

  Result<size_t> read(char* dst, size_t cap) override {
    if (head_pos_ < head_.size()) {
      const size_t n = std::min(cap, head_.size() - head_pos_);
      std::memcpy(dst, head_.data() + head_pos_, n);
      head_pos_ += n;
      return n;
    }
    return file_->read(dst, cap);
  }

 private:
  std::unique_ptr<ByteSource> file_;
  std::string head_;
  size_t head_pos_ = 0;
};

class GzipSource : public ByteSource {
 public:
  GzipSource(std::unique_ptr<ByteSource> file, std::string head, std::string name)
      : in_(std::move(file), std::move(head)), name_(std::move(name)) {
    ok_ = inflateInit2(&z_, 15 + 16) == Z_OK;  // 15 + 16: a gzip header, not zlib's
  }
  ~GzipSource() override { inflateEnd(&z_); }
  GzipSource(const GzipSource&) = delete;
  GzipSource& operator=(const GzipSource&) = delete;

  Result<size_t> read(char* dst, size_t cap) override {
    if (!ok_) return Status::Internal(name_ + ": cannot initialise zlib");
    const auto out_cap = static_cast<uInt>(std::min<size_t>(cap, kChunkBytes));
    z_.next_out = reinterpret_cast<Bytef*>(dst);
    z_.avail_out = out_cap;
    while (z_.avail_out == out_cap) {
      if (Status s = in_.refill(); !s.ok()) return s;
      if (in_.at_end()) {
        if (member_done_) return size_t{0};
        return Status::Invalid(name_ + ": truncated gzip data");
      }
      // gzip allows several members back to back (cat a.gz b.gz); each is
      // decoded by resetting the stream at the end of the previous one.
      if (member_done_) {
        inflateReset(&z_);
        member_done_ = false;
      }
      const std::string_view pending = in_.pending();
      z_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(pending.data()));
      z_.avail_in = static_cast<uInt>(std::min<size_t>(pending.size(), kChunkBytes));
      const uInt before = z_.avail_in;
      const int rc = inflate(&z_, Z_NO_FLUSH);
      in_.consume(before - z_.avail_in);
      if (rc == Z_STREAM_END) {
        member_done_ = true;
      } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
        return Status::Invalid(name_ + ": corrupt gzip data (" +
                               (z_.msg ? z_.msg : "error " + std::to_string(rc)) + ")");
      }
    }
    return size_t{out_cap - z_.avail_out};
  }

 private:
  z_stream z_{};
  CompressedInput in_;
  std::string name_;
  bool ok_ = false;
  bool member_done_ = false;
};

class ZstdSource : public ByteSource {
 public:
  ZstdSource(std::unique_ptr<ByteSource> file, std::string head, std::string name)
      : in_(std::move(file), std::move(head)), name_(std::move(name)), z_(ZSTD_createDStream()) {}
  ~ZstdSource() override { ZSTD_freeDStream(z_); }
  ZstdSource(const ZstdSource&) = delete;
  ZstdSource& operator=(const ZstdSource&) = delete;

  Result<size_t> read(char* dst, size_t cap) override {
    if (!z_) return Status::Internal(name_ + ": cannot initialise zstd");
    ZSTD_outBuffer out{dst, cap, 0};
    while (out.pos == 0) {
      // A full output buffer last time may have left decoded bytes inside
      // the decoder: drain those before asking the file for more.
      if (!flush_pending_) {
        if (Status s = in_.refill(); !s.ok()) return s;
        if (in_.at_end()) {
          if (frame_done_) return size_t{0};
          return Status::Invalid(name_ + ": truncated zstd data");
        }
      }
      const std::string_view pending = in_.pending();
      ZSTD_inBuffer in{pending.data(), pending.size(), 0};
      const size_t rc = ZSTD_decompressStream(z_, &out, &in);
      in_.consume(in.pos);
      if (ZSTD_isError(rc))
        return Status::Invalid(name_ + ": corrupt zstd data (" + ZSTD_getErrorName(rc) + ")");
      frame_done_ = rc == 0;  // 0: a frame ended and everything is flushed
      flush_pending_ = out.pos == out.size;
    }
    return out.pos;
  }

 private:
  CompressedInput in_;
  std::string name_;
  ZSTD_DStream* z_;
  bool frame_done_ = false;
  bool flush_pending_ = false;
};

}  // namespace

Result<std::unique_ptr<ByteSource>> open_byte_source(const std::string& path, const std::string& name) {
  std::unique_ptr<ByteSource> file;
  if (path == "-") {
    file = std::make_unique<FileSource>(STDIN_FILENO, false, name);
  } else {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
      const int err = errno;
      Status::Code code = err == ENOENT ? Status::Code::kNotFound : Status::Code::kIo;
      return Status(code, name + ": " + errno_text(err));
    }
    file = std::make_unique<FileSource>(fd, true, name);
  }
  // Enough bytes for the longest magic number; a pipe may deliver fewer per
  // read. Small, because zero-filling a whole chunk per file showed up in
  // profiles of directories of short stories.
  std::string head(kFirstReadBytes, '\0');  // NOLINT: small and once per file
  size_t got = 0;
  while (got < 4) {
    auto n = file->read(head.data() + got, head.size() - got);
    if (!n.ok()) return n.status();
    if (*n == 0) break;
    got += *n;
  }
  head.resize(got);
  if (head.starts_with("\x1f\x8b"))
    return std::unique_ptr<ByteSource>(std::make_unique<GzipSource>(std::move(file), std::move(head), name));
  if (head.starts_with("\x28\xb5\x2f\xfd"))
    return std::unique_ptr<ByteSource>(std::make_unique<ZstdSource>(std::move(file), std::move(head), name));
  return std::unique_ptr<ByteSource>(std::make_unique<PlainSource>(std::move(file), std::move(head)));
}

Result<Input> open_input(const std::string& path) {
  const std::string name = path == "-" ? "stdin" : path;
  auto source = open_byte_source(path, name);
  if (!source.ok()) return source.status();
  Input in(name, std::move(*source));
  in.skip_bom();
  if (!in.error().ok()) return in.error();
  return in;
}

bool Input::more() {
  if (eof_ || !error_.ok()) return false;
  buf_.erase(0, pos_);
  pos_ = 0;
  // Read into an uninitialised chunk and append what came: growing buf_ by a
  // whole chunk would zero-fill 64 KB for every 2 KB story.
  if (!chunk_) chunk_.reset(new char[kChunkBytes]);
  auto n = source_->read(chunk_.get(), kChunkBytes);
  if (n.ok()) buf_.append(chunk_.get(), *n);
  if (!n.ok()) {
    error_ = n.status();
    return false;
  }
  eof_ = *n == 0;
  return !eof_;
}

bool Input::ensure(size_t n) {
  while (window().size() < n)
    if (!more()) return false;
  return true;
}

void Input::consume(size_t n) {
  n = std::min(n, buf_.size() - pos_);
  // memchr jumps from newline to newline; a byte-by-byte count was half of
  // all reading time on JSONL, whose lines are long.
  const char* p = buf_.data() + pos_;
  const char* const end = p + n;
  while ((p = static_cast<const char*>(std::memchr(p, '\n', static_cast<size_t>(end - p)))) != nullptr) {
    ++line_;
    ++p;
  }
  pos_ += n;
}

size_t Input::find(std::string_view needle, size_t limit) {
  size_t from = 0;  // where a match may still start: no rescanning after more()
  for (;;) {
    const size_t at = window().find(needle, from);
    if (at != std::string_view::npos) return at;
    const size_t size = window().size();
    if (size > limit || !more()) return std::string_view::npos;
    from = size >= needle.size() ? size - needle.size() + 1 : 0;
  }
}

bool Input::skip_past(std::string_view needle) {
  for (;;) {
    const std::string_view w = window();
    if (const size_t at = w.find(needle); at != std::string_view::npos) {
      consume(at + needle.size());
      return true;
    }
    // Keep a tail that may be the start of a match split across chunks.
    if (w.size() >= needle.size()) consume(w.size() - needle.size() + 1);
    if (!more()) return false;
  }
}

void Input::skip_bom() {
  ensure(3);
  if (window().starts_with("\xEF\xBB\xBF")) pos_ += 3;
}

std::string Input::take() {
  std::string out = pos_ == 0 ? std::move(buf_) : std::string(window());
  buf_.clear();
  pos_ = 0;
  return out;
}

}  // namespace dyad::ingest
