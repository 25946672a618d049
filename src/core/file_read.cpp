#include "core/file_read.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <iterator>

namespace folio {
namespace {

std::string kind_of(mode_t mode) {
  if (S_ISDIR(mode)) return "a folder";
  if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
  return "something other than a regular file";
}

std::string open_failure(int error) {
  switch (error) {
    case ENOENT:
    case ENOTDIR:
      return "no such file";
    case ELOOP:
      return "a loop of symbolic links";
    case EACCES:
    case EPERM:
      return "a file that cannot be read (permission denied)";
    default:
      return fmt::format("a file that cannot be read ({})", std::strerror(error));
  }
}

// Closes the descriptor however the read ends.
struct Descriptor {
  int fd;
  explicit Descriptor(int descriptor) : fd(descriptor) {}
  Descriptor(Descriptor&& other) noexcept : fd(other.fd) { other.fd = -1; }
  Descriptor(const Descriptor&) = delete;
  Descriptor& operator=(const Descriptor&) = delete;
  ~Descriptor() {
    if (fd >= 0) ::close(fd);
  }
};

}  // namespace

std::string describe_bytes(std::uint64_t bytes) {
  const char* units[] = {"bytes", "KiB", "MiB", "GiB", "TiB"};
  int unit = 0;
  double amount = static_cast<double>(bytes);
  while (amount >= 1024 && unit < 4) {
    amount /= 1024;
    ++unit;
  }
  if (unit == 0) return fmt::format("{} bytes", bytes);
  return amount == static_cast<double>(static_cast<std::uint64_t>(amount))
             ? fmt::format("{} {}", static_cast<std::uint64_t>(amount), units[unit])
             : fmt::format("{:.1f} {}", amount, units[unit]);
}

InputError file_changed_error(const std::string& file, const std::string& pointer) {
  return InputError({file, 0, 0, pointer}, "the file as it was when folio opened it",
                    "a file that changed while it was being read", "render again");
}

OpenFile::~OpenFile() {
  ::close(fd_);
}

bool OpenFile::read(std::uint64_t offset, std::uint64_t length, std::string& into) const {
  if (offset >= size_) return true;  // nothing there to read
  length = std::min(length, size_ - offset);
  size_t start = into.size();
  into.resize(start + static_cast<size_t>(length));
  std::uint64_t done = 0;
  while (done < length) {
    ssize_t got = ::pread(fd_, into.data() + start + done, static_cast<size_t>(length - done),
                          static_cast<off_t>(offset + done));
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) {
      into.resize(start + static_cast<size_t>(done));
      return false;
    }
    done += static_cast<std::uint64_t>(got);
  }
  return true;
}

namespace {

std::string too_large(std::uint64_t size, std::uint64_t limit) {
  return fmt::format("a file of {}, over the limit of {}", describe_bytes(size),
                     describe_bytes(limit));
}

// The file opened and checked: its descriptor (-1, with `found` saying why, when it is no
// regular file of at most `limit` bytes) and its size.
Descriptor open_checked(const std::filesystem::path& path, std::uint64_t limit, std::uint64_t& size,
                        std::string& found) {
  Descriptor file{::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)};
  if (file.fd < 0) {
    found = open_failure(errno);
    return file;
  }
  struct stat status {};
  if (::fstat(file.fd, &status) != 0) {
    found = open_failure(errno);
  } else if (!S_ISREG(status.st_mode)) {
    found = kind_of(status.st_mode);
  } else if (static_cast<std::uint64_t>(status.st_size) > limit) {
    found = too_large(static_cast<std::uint64_t>(status.st_size), limit);
  } else {
    size = static_cast<std::uint64_t>(status.st_size);
    return file;
  }
  return Descriptor(-1);  // `file` closes as it goes
}

FileRead read_or_check(const std::filesystem::path& path, std::uint64_t limit, bool read) {
  FileRead result;
  std::uint64_t size = 0;
  Descriptor file = open_checked(path, limit, size, result.found);
  if (file.fd < 0 || !read) return result;
  std::string bytes;
  bytes.reserve(static_cast<size_t>(size));
  char buffer[1 << 16];
  while (true) {
    ssize_t got = ::read(file.fd, buffer, sizeof buffer);
    if (got < 0) {
      if (errno == EINTR) continue;
      result.found = open_failure(errno);
      return result;
    }
    if (got == 0) break;
    bytes.append(buffer, static_cast<size_t>(got));
    if (bytes.size() > limit) {  // it grew while being read
      result.found = too_large(bytes.size(), limit);
      return result;
    }
  }
  result.bytes = std::move(bytes);
  return result;
}

}  // namespace

FileOpen open_regular_file(const std::filesystem::path& path, std::uint64_t limit) {
  FileOpen result;
  std::uint64_t size = 0;
  Descriptor file = open_checked(path, limit, size, result.found);
  if (file.fd < 0) return result;
  result.file = std::make_shared<const OpenFile>(file.fd, size);
  file.fd = -1;  // the OpenFile closes it now
  return result;
}

FileRead read_regular_file(const std::filesystem::path& path, std::uint64_t limit) {
  return read_or_check(path, limit, true);
}

std::string regular_file_problem(const std::filesystem::path& path, std::uint64_t limit) {
  return read_or_check(path, limit, false).found;
}

Placement placement_of(const std::filesystem::path& path,
                       const std::vector<std::filesystem::path>& folders) {
  std::error_code error;
  auto resolved = std::filesystem::weakly_canonical(std::filesystem::absolute(path, error), error);
  if (error) return Placement::unresolved;
  for (const auto& folder : folders) {
    auto root = std::filesystem::weakly_canonical(std::filesystem::absolute(folder, error), error);
    if (error) continue;
    auto root_end = std::mismatch(root.begin(), root.end(), resolved.begin(), resolved.end()).first;
    // "a/b/" canonicalises with an empty last element: both count as the folder itself.
    if (root_end == root.end() || (std::next(root_end) == root.end() && root_end->empty()))
      return Placement::inside;
  }
  return Placement::outside;
}

}  // namespace folio
