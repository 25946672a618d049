#include "spec/file_reference.h"

#include <fmt/format.h>

#include "core/file_read.h"

namespace folio::spec {
namespace {

[[noreturn]] void fail_unreadable(const Node& name, const std::string& what,
                                  const std::string& shown, const std::string& found) {
  name.fail_found(what + " relative to the document",
                  found == "no such file" ? fmt::format("no file \"{}\"", shown)
                                          : fmt::format("\"{}\", which is {}", shown, found));
}

}  // namespace

std::vector<std::filesystem::path> readable_folders(
    const std::filesystem::path& document, const std::vector<std::filesystem::path>& allowed) {
  std::vector<std::filesystem::path> folders{
      document.parent_path().empty() ? std::filesystem::path(".") : document.parent_path()};
  folders.insert(folders.end(), allowed.begin(), allowed.end());
  return folders;
}

std::filesystem::path confined_reference(const Node& name, const Inputs& inputs,
                                         const std::string& what) {
  std::string written = name.as_nonempty_string();
  std::filesystem::path path = name.document().path().parent_path() / written;
  auto folders = inputs.readable_folders.empty() ? readable_folders(name.document().path(), {})
                                                 : inputs.readable_folders;
  // Judged with every symbolic link followed, so that a link inside the folder cannot
  // reach a file outside it.
  if (placement_of(path, folders) == Placement::outside)
    name.fail_found(what + " inside the document's folder (or a folder given with --allow-path)",
                    fmt::format("\"{}\", which leads outside it", written));
  return path;
}

void require_regular_file(const Node& name, const std::filesystem::path& path,
                          const std::string& what, std::uint64_t limit) {
  if (std::string problem = regular_file_problem(path, limit); !problem.empty())
    fail_unreadable(name, what, path.string(), problem);
}

std::filesystem::path checked_reference(const Node& name, const Inputs& inputs,
                                        const std::string& what, std::uint64_t limit) {
  auto path = confined_reference(name, inputs, what);
  if (std::string problem = regular_file_problem(path, limit); !problem.empty())
    fail_unreadable(name, what, name.as_string(), problem);
  return path;
}

std::shared_ptr<const OpenFile> open_file(const Node& name, const std::filesystem::path& path,
                                          const std::string& what, std::uint64_t limit) {
  FileOpen opened = open_regular_file(path, limit);
  if (!opened.file) fail_unreadable(name, what, path.string(), opened.found);
  return opened.file;
}

std::string read_file(const Node& name, const std::filesystem::path& path, const std::string& what,
                      std::uint64_t limit) {
  FileRead read = read_regular_file(path, limit);
  if (!read.bytes) fail_unreadable(name, what, path.string(), read.found);
  return std::move(*read.bytes);
}

std::string read_reference(const Node& name, const Inputs& inputs, const std::string& what,
                           std::uint64_t limit) {
  FileRead read = read_regular_file(confined_reference(name, inputs, what), limit);
  if (!read.bytes) fail_unreadable(name, what, name.as_string(), read.found);
  return std::move(*read.bytes);
}

std::shared_ptr<JsonDocument> load_reference(const Node& name, const Inputs& inputs,
                                             const std::string& what, std::uint64_t limit) {
  auto path = name.document().path().parent_path() / name.as_string();
  return std::make_shared<JsonDocument>(
      JsonDocument::parse_file(read_reference(name, inputs, what, limit), path));
}

}  // namespace folio::spec
