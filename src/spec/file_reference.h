#pragma once
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

#include "core/file_read.h"
#include "spec/document.h"
#include "spec/json_document.h"
#include "spec/node.h"

namespace folio::spec {

// The file a reference names ("file", "include", a font), relative to the file the
// reference is written in. Fails, naming the reference, when the file lies outside the
// folders the document may read (an absolute path, "..", or a symbolic link pointing out).
// `what` says what was expected: "a data file".
std::filesystem::path confined_reference(const Node& name, const Inputs& inputs,
                                         const std::string& what);

// Fails, naming `name`, unless `path` is a regular file of at most `limit` bytes (no FIFO,
// device or folder). Reads nothing.
void require_regular_file(const Node& name, const std::filesystem::path& path,
                          const std::string& what, std::uint64_t limit);

// The confined reference, checked to be a regular file within `limit`: for files read
// later (fonts) or whose check should come first (data files, before their format).
std::filesystem::path checked_reference(const Node& name, const Inputs& inputs,
                                        const std::string& what, std::uint64_t limit);

// The same checks as read_file, the file held open to be read later in pieces.
std::shared_ptr<const OpenFile> open_file(const Node& name, const std::filesystem::path& path,
                                          const std::string& what, std::uint64_t limit);

// A file's bytes, at most `limit`; fails naming `name` when it cannot be read as one.
std::string read_file(const Node& name, const std::filesystem::path& path, const std::string& what,
                      std::uint64_t limit);

// The bytes of the file a reference names: confined, then read within `limit`.
std::string read_reference(const Node& name, const Inputs& inputs, const std::string& what,
                           std::uint64_t limit);

// A JSON file a reference names, read and scanned.
std::shared_ptr<JsonDocument> load_reference(const Node& name, const Inputs& inputs,
                                             const std::string& what, std::uint64_t limit);

// The folders a document at `document` may read from, with the ones --allow-path gives.
std::vector<std::filesystem::path> readable_folders(
    const std::filesystem::path& document, const std::vector<std::filesystem::path>& allowed);

}  // namespace folio::spec
