#include "core/file.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace dyad {

Result<std::string> read_whole_file(const std::string& path, std::string_view what) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    const int err = errno;
    std::string message = path + ": cannot open" + (what.empty() ? "" : " " + std::string(what)) + ": " +
                          (err ? std::strerror(err) : "unknown error");
    return err == ENOENT ? Status::NotFound(std::move(message)) : Status::Io(std::move(message));
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Status::Io(path + ": read error");
  return ss.str();
}

}  // namespace dyad
