#include "core/atomic_file.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "core/errors.h"

namespace folio {

void write_file_atomically(const std::filesystem::path& path, std::string_view bytes) {
  std::string temp = path.string() + ".tmp-XXXXXX";
  int fd = mkstemp(temp.data());
  if (fd < 0) {
    throw RenderError(
        fmt::format("{}: cannot create a temporary file: {}", path.string(), std::strerror(errno)));
  }
  size_t written = 0;
  while (written < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      int saved = errno;
      ::close(fd);
      ::unlink(temp.c_str());
      throw RenderError(fmt::format("{}: write failed: {}", path.string(), std::strerror(saved)));
    }
    written += static_cast<size_t>(n);
  }
  // mkstemp creates 0600; output files should be readable like any other file the user makes.
  mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(fd, 0666 & ~mask);
  if (::close(fd) != 0 || std::rename(temp.c_str(), path.c_str()) != 0) {
    int saved = errno;
    ::unlink(temp.c_str());
    throw RenderError(
        fmt::format("{}: cannot move output into place: {}", path.string(), std::strerror(saved)));
  }
}

}  // namespace folio
