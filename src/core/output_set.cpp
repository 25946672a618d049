#include "core/output_set.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <set>

#include "core/errors.h"
#include "core/text_scan.h"

namespace folio {
namespace {

// ".<name>.folio-<pid>-XXXXXX": hidden, named after the output and the process writing it, so
// that a later run can tell a dead run's leftovers from a live run's work in progress.
std::string temporary_template(const std::filesystem::path& path) {
  return (path.parent_path() /
          fmt::format(".{}.folio-{}-XXXXXX", path.filename().string(), ::getpid()))
      .string();
}

std::string write_temporary(const std::filesystem::path& path, const std::string& bytes) {
  std::string temp = temporary_template(path);
  int fd = mkstemp(temp.data());
  if (fd < 0)
    throw RenderError(
        fmt::format("{}: cannot create a temporary file: {}", path.string(), std::strerror(errno)));
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
  // mkstemp creates 0600; outputs should be readable like any other file the user makes.
  mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(fd, 0666 & ~mask);
  if (::close(fd) != 0) {
    int saved = errno;
    ::unlink(temp.c_str());
    throw RenderError(fmt::format("{}: write failed: {}", path.string(), std::strerror(saved)));
  }
  return temp;
}

}  // namespace

std::shared_future<std::string> made_bytes(std::string bytes) {
  std::promise<std::string> ready;
  ready.set_value(std::move(bytes));
  return ready.get_future().share();
}

void OutputSet::add(std::filesystem::path path, std::string bytes) {
  add(std::move(path), made_bytes(std::move(bytes)));
}

void OutputSet::add(std::filesystem::path path, std::shared_future<std::string> bytes) {
  outputs_.emplace_back(std::move(path), std::move(bytes));
}

std::vector<std::filesystem::path> OutputSet::paths() const {
  std::vector<std::filesystem::path> paths;
  for (const auto& [path, bytes] : outputs_) paths.push_back(path);
  return paths;
}

std::vector<std::filesystem::path> OutputSet::commit() {
  // Every output made first (a failure being made is thrown here, before any file is touched).
  for (const auto& [path, bytes] : outputs_) bytes.get();
  std::set<std::filesystem::path> folders;
  for (const auto& [path, bytes] : outputs_) {
    auto folder = path.parent_path().empty() ? std::filesystem::path(".") : path.parent_path();
    if (!folders.insert(folder).second) continue;
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    if (error)
      throw RenderError(
          fmt::format("{}: cannot create the folder: {}", folder.string(), error.message()));
    remove_stale_temporaries(folder);
  }
  std::vector<std::string> temporaries;
  try {
    for (const auto& [path, bytes] : outputs_)
      temporaries.push_back(write_temporary(path, bytes.get()));
  } catch (...) {
    for (const auto& temp : temporaries) ::unlink(temp.c_str());
    throw;
  }
  std::vector<std::filesystem::path> written;
  for (size_t i = 0; i < outputs_.size(); ++i) {
    const auto& path = outputs_[i].first;
    if (std::rename(temporaries[i].c_str(), path.c_str()) != 0) {
      int saved = errno;
      for (size_t k = i; k < temporaries.size(); ++k) ::unlink(temporaries[k].c_str());
      throw RenderError(fmt::format("{}: cannot move output into place: {}", path.string(),
                                    std::strerror(saved)));
    }
    written.push_back(path);
  }
  outputs_.clear();
  return written;
}

void remove_stale_temporaries(const std::filesystem::path& folder) {
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
    // ".NAME.folio-PID-XXXXXX", as temporary_path() names them.
    std::string name = entry.path().filename().string();
    size_t marker = name.rfind(".folio-");
    if (name.empty() || name[0] != '.' || marker == std::string::npos || marker < 2) continue;
    TextScan scan(std::string_view(name).substr(marker + 7));
    auto pid_number = scan.digits(1, 9);
    if (!pid_number || !scan.take('-') || scan.span(is_ascii_alnum) != 6 || !scan.done()) continue;
    pid_t pid = static_cast<pid_t>(*pid_number);
    // A live process (ours, or another folio writing here now) keeps its temporaries.
    bool alive = pid == ::getpid() || ::kill(pid, 0) == 0 || errno == EPERM;
    if (!alive) std::filesystem::remove(entry.path(), error);
  }
}

void write_file_atomically(const std::filesystem::path& path, std::string bytes) {
  OutputSet one;
  one.add(path, std::move(bytes));
  one.commit();
}

}  // namespace folio
