#include "text/normalize.h"

#include <utf8proc.h>

#include <cstdlib>
#include <string_view>

#include "text/chars.h"

namespace dyad {
namespace {

constexpr char kReplacement[] = "\xEF\xBF\xBD";  // U+FFFD

// What a single code point becomes; nullptr means "no special rule".
const char* replacement_for(utf8proc_int32_t cp) {
  switch (cp) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
      return "'";
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x00AB:
    case 0x00BB:
    case 0x2033:
      return "\"";
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2212:
    case 0xFE63:
    case 0xFF0D:
      return "-";
    case 0x2014:
    case 0x2015:
      return "--";
    case 0x2026:
      return "...";
    case 0x00A0:
    case 0x1680:
    case 0x202F:
    case 0x205F:
    case 0x3000:
      return " ";
    case 0x2028:
    case 0x2029:
    case 0x0085:
      return "\n";
    case 0x00AD:
    case 0x200B:
    case 0x2060:
    case 0xFEFF:
      return "";
    default:
      if (cp >= 0x2000 && cp <= 0x200A) return " ";
      if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) return " ";
      return nullptr;
  }
}

// Text with bytes >= 0x80, none of which form a valid UTF-8 sequence, is an
// 8-bit legacy encoding (old wire archives are Windows-1252), not UTF-8 with
// errors. One valid multi-byte sequence is enough to decide it is UTF-8.
bool looks_like_cp1252(std::string_view in) {
  bool high = false;
  for (size_t i = 0; i < in.size();) {
    const auto c = static_cast<unsigned char>(in[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    high = true;
    utf8proc_int32_t cp = -1;
    const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(in.data() + i),
                                    static_cast<utf8proc_ssize_t>(in.size() - i), &cp);
    if (n > 0 && cp >= 0) return false;
    ++i;
  }
  return high;
}

bool is_combining(utf8proc_int32_t cp) { return utf8proc_get_property(cp)->combining_class != 0; }

bool has_decomposition(utf8proc_int32_t cp) {
  return utf8proc_get_property(cp)->decomp_seqindex != UINT16_MAX;
}

class Normalizer {
 public:
  explicit Normalizer(Story& s) : s_(s), in_(s.text) {
    s_.norm.clear();
    s_.norm_to_text.clear();
    s_.norm.reserve(in_.size() + in_.size() / 16);
    s_.utf8_repairs = 0;
    s_.decoded_cp1252 = false;
  }

  void run() {
    size_t i = 0;
    while (i < in_.size()) {
      const auto c = static_cast<unsigned char>(in_[i]);
      if (plain(c)) {
        i = ascii_run(i);
        continue;
      }
      if (c < 0x80) {
        i = ascii(i, c);
        continue;
      }
      // Decided at the first high byte: everything before it is ASCII, so
      // the rest of the text tells the encoding, and a pure-ASCII story pays
      // for no extra pass.
      if (!encoding_known_) {
        encoding_known_ = true;
        cp1252_ = looks_like_cp1252(in_.substr(i));
        s_.decoded_cp1252 = cp1252_;
      }
      if (cp1252_) {
        legacy(i, c);
        ++i;
        continue;
      }
      utf8proc_int32_t cp = -1;
      const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(in_.data() + i),
                                      static_cast<utf8proc_ssize_t>(in_.size() - i), &cp);
      if (n <= 0 || cp < 0) {
        emit(kReplacement, i);
        ++s_.utf8_repairs;
        starter_ = kNone;
        ++i;
        continue;
      }
      const auto len = static_cast<size_t>(n);
      if (const char* r = replacement_for(cp)) {
        emit(r, i);
        starter_ = kNone;
      } else if (is_combining(cp)) {
        combine(i, len);
      } else {
        starter_ = s_.norm.size();
        starter_text_ = i;
        if (has_decomposition(cp)) {
          compose(in_.substr(i, len), i);
        } else {
          emit(in_.substr(i, len), i);
        }
      }
      i += len;
    }
    s_.norm_to_text.finish(static_cast<uint32_t>(in_.size()));
  }

 private:
  static constexpr size_t kNone = static_cast<size_t>(-1);

  // One byte of Windows-1252 text: its character, normalised like any other.
  void legacy(size_t i, unsigned char c) {
    starter_ = kNone;
    const utf8proc_int32_t cp = chars::cp1252(c);
    if (cp == 0) {
      emit(kReplacement, i);
      ++s_.utf8_repairs;
      return;
    }
    if (const char* r = replacement_for(cp)) {
      emit(r, i);
      return;
    }
    utf8proc_uint8_t buf[4];
    const auto n = utf8proc_encode_char(cp, buf);
    emit(std::string_view(reinterpret_cast<const char*>(buf), static_cast<size_t>(n)), i);
  }

  static bool plain(unsigned char c) { return (c >= 0x20 && c < 0x7F) || c == '\n'; }

  // Printable ASCII and newlines pass through unchanged: copy the whole run.
  size_t ascii_run(size_t i) {
    size_t j = i;
    while (j < in_.size() && plain(static_cast<unsigned char>(in_[j]))) ++j;
    s_.norm_to_text.add_run(static_cast<uint32_t>(s_.norm.size()), static_cast<uint32_t>(i),
                            static_cast<uint32_t>(j - i));
    s_.norm.append(in_.substr(i, j - i));
    if (in_[j - 1] == '\n') {
      starter_ = kNone;
    } else {
      starter_ = s_.norm.size() - 1;
      starter_text_ = j - 1;
    }
    return j;
  }

  size_t ascii(size_t i, unsigned char c) {
    if (c == '\r') {
      emit("\n", i);
      starter_ = kNone;
      return i + 1 < in_.size() && in_[i + 1] == '\n' ? i + 2 : i + 1;
    }
    if (c < 0x20 && c != '\n') {
      emit(" ", i);
      starter_ = kNone;
      return i + 1;
    }
    if (c == 0x7F) {
      emit(" ", i);
      starter_ = kNone;
      return i + 1;
    }
    starter_ = c == '\n' ? kNone : s_.norm.size();
    starter_text_ = i;
    s_.norm_to_text.add_run(static_cast<uint32_t>(s_.norm.size()), static_cast<uint32_t>(i), 1);
    s_.norm.push_back(static_cast<char>(c));
    return i + 1;
  }

  // Bytes of `out` all come from the character at text_pos. A copied
  // character is a run (so runs of non-ASCII text stay one piece); a changed
  // one is fixed.
  void emit(std::string_view out, size_t text_pos) {
    const auto at = static_cast<uint32_t>(s_.norm.size());
    const auto n = static_cast<uint32_t>(out.size());
    if (in_.substr(text_pos, out.size()) == out)
      s_.norm_to_text.add_run(at, static_cast<uint32_t>(text_pos), n);
    else
      s_.norm_to_text.add_fixed(at, static_cast<uint32_t>(text_pos), n);
    s_.norm.append(out);
  }

  // A combining mark composes with the starter before it ("e" + U+0301 ->
  // "é"), so the starter is taken back out of norm and the whole sequence is
  // composed again.
  void combine(size_t i, size_t len) {
    if (starter_ == kNone) {
      emit(in_.substr(i, len), i);
      return;
    }
    const size_t text_begin = starter_text_;
    std::string seq = s_.norm.substr(starter_);
    seq.append(in_.substr(i, len));
    s_.norm.resize(starter_);
    s_.norm_to_text.truncate(static_cast<uint32_t>(starter_));
    compose(seq, text_begin);
  }

  void compose(std::string_view seq, size_t text_pos) {
    utf8proc_uint8_t* out = nullptr;
    const auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(seq.data()),
                                static_cast<utf8proc_ssize_t>(seq.size()), &out,
                                static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
    if (n < 0 || out == nullptr) {
      emit(seq, text_pos);
    } else {
      emit(std::string_view(reinterpret_cast<const char*>(out), static_cast<size_t>(n)), text_pos);
    }
    std::free(out);
  }

  Story& s_;
  std::string_view in_;
  bool encoding_known_ = false;  // set at the first byte >= 0x80
  bool cp1252_ = false;          // the text is Windows-1252, not UTF-8
  size_t starter_ = kNone;       // norm offset of the last starter a mark may join
  size_t starter_text_ = 0;
};

}  // namespace

void normalize(Story& story) { Normalizer(story).run(); }

}  // namespace dyad
