#pragma once
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>
#include <unordered_map>

#include "core/errors.h"
#include "core/file_read.h"
#include "core/limits.h"

namespace folio::spec {

// Objects keep their keys in document order, so fields list and tabulate as written.
using Json = nlohmann::ordered_json;

// A parsed JSON file that remembers where every value and key stands in the text, so that
// errors found by any later check can name FILE:LINE:COL and the JSON pointer.
class JsonDocument {
 public:
  // Throws InputError for unreadable files, files past `limit` bytes and syntax errors
  // (with line:column).
  static JsonDocument load(const std::filesystem::path& path, const std::string& display_name,
                           std::uint64_t limit = limits::kDocumentBytes);
  static JsonDocument parse(std::string text, std::string display_name);
  // The text of a file already read (and checked) by its caller.
  static JsonDocument parse_file(std::string text, const std::filesystem::path& path);
  // A file whose root is an array, held open and read a piece at a time, never whole, and
  // without keeping its values: each element is built, handed to `each` with its index and
  // where its text starts and ends in the file, as soon as it is complete, and let go, so a
  // data file of ten million records costs what its consumer keeps. The same checks and
  // errors as parse_file. The document returned only locates offsets (locate_offset).
  using EachElement =
      std::function<void(const Json& element, size_t index, size_t start, size_t end)>;
  static std::shared_ptr<const JsonDocument> scan_array_file(std::shared_ptr<const OpenFile> file,
                                                             const std::filesystem::path& path,
                                                             const EachElement& each);
  // A piece of a file's text (one element of a root array) as a document of its own, whose
  // locations and pointers are the file's: it starts at `start` (line, column and pointer
  // of its root there).
  static JsonDocument parse_piece(std::string text, const SourceLocation& start);

  const Json& root() const { return root_; }
  const std::string& file() const { return file_; }
  const std::filesystem::path& path() const { return path_; }

  // Location of the value at `pointer`; of its key instead when `key` is true.
  SourceLocation locate(const std::string& pointer, bool key = false) const;
  // Location of byte `index` of the decoded string at `pointer` (escapes such as \n or
  // \u00e9 counted as the characters they stand for): where an expression inside a string
  // went wrong. The string's start when `pointer` is no string.
  SourceLocation locate_in_string(const std::string& pointer, size_t index) const;
  // Location of byte `offset` of the text (a byte-order mark counted as three spaces), as the
  // file's: for a piece, with its start's line, column and pointer added.
  SourceLocation locate_offset(size_t offset, const std::string& pointer) const;

 private:
  friend class JsonScanner;
  std::string file_;
  std::filesystem::path path_;
  // Where every value and key starts, by JSON pointer: found by a second scan of the text the
  // first time a location is asked for, which is when something is wrong. A data file of a
  // million records holds five million values; keeping a pointer string for each of them
  // cost more time and memory than the values themselves.
  struct Offsets {
    std::once_flag found;
    std::unordered_map<std::string, size_t> values, keys;
  };
  const Offsets& offsets() const;

  std::shared_ptr<const std::string> text_;  // shared: a data file's bytes are read once
  std::shared_ptr<const OpenFile> open_;     // instead of text_: a file read in pieces
  // Where text_ starts in its file, for a piece of one (parse_piece): its root's pointer and
  // its first byte's line and column.
  SourceLocation start_{"", 1, 1, ""};
  Json root_;
  std::shared_ptr<Offsets> offsets_ = std::make_shared<Offsets>();
};

// Escapes one reference token for a JSON pointer (RFC 6901).
std::string pointer_token(const std::string& key);

}  // namespace folio::spec
