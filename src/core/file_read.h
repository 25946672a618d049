#pragma once
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/errors.h"

// Reading the files a document names: only regular files, never more than a limit, and
// only from the folders the document may use.
namespace folio {

struct FileRead {
  std::optional<std::string> bytes;  // set when the file was read
  std::string found;                 // otherwise what was there: "no such file", "a FIFO", …
};

// A regular file held open to be read in pieces, so that a data file of millions of rows is
// never held whole. Its size is the one it had when opened: what is appended later is not
// read. Reading from several threads at once is safe (each read says where it reads).
class OpenFile {
 public:
  OpenFile(int fd, std::uint64_t size) : fd_(fd), size_(size) {}
  ~OpenFile();
  OpenFile(const OpenFile&) = delete;
  OpenFile& operator=(const OpenFile&) = delete;

  std::uint64_t size() const { return size_; }
  // Appends bytes [offset, offset + length) to `into`, clipped at size(). False when the file
  // gives fewer than that: it was cut while open, or cannot be read any more.
  bool read(std::uint64_t offset, std::uint64_t length, std::string& into) const;

 private:
  int fd_;
  std::uint64_t size_;
};

// The error for an OpenFile that gave fewer bytes than it had when opened: named by `file`
// (as errors show it) and the document's `pointer` that reads it.
InputError file_changed_error(const std::string& file, const std::string& pointer);

struct FileOpen {
  std::shared_ptr<const OpenFile> file;  // set when the file could be opened
  std::string found;                     // otherwise what was there, as FileRead says it
};

// The checks of read_regular_file, the file left open instead of read.
FileOpen open_regular_file(const std::filesystem::path& path, std::uint64_t limit);

// Opens without blocking (a FIFO would wait for a writer forever), checks that the path is
// a regular file no larger than `limit`, and reads at most `limit` bytes even if it grows.
FileRead read_regular_file(const std::filesystem::path& path, std::uint64_t limit);

// What is wrong with reading `path` as a regular file of at most `limit` bytes, as
// read_regular_file would put it; empty when nothing is. Reads nothing.
std::string regular_file_problem(const std::filesystem::path& path, std::uint64_t limit);

// "64 MiB", "1 GiB", "300 KiB": a byte count as the limits are written.
std::string describe_bytes(std::uint64_t bytes);

// Where `path` lies, with every symbolic link followed, against `folders`. A path that does
// not exist is judged by the part that does; one whose links cannot be followed (a loop)
// is `unresolved`, for the read to say why.
enum class Placement { inside, outside, unresolved };
Placement placement_of(const std::filesystem::path& path,
                       const std::vector<std::filesystem::path>& folders);

}  // namespace folio
