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

Status write_whole_file(const std::string& path, std::string_view bytes) {
  const std::string tmp = path + ".incomplete";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return Status::Io(tmp + ": cannot write: " + std::strerror(errno));
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) return Status::Io(tmp + ": write error");
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0)
    return Status::Io(path + ": cannot rename " + tmp + " to it");
  return Status::Ok();
}

}  // namespace dyad
