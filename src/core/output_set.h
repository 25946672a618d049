#pragma once
// The files one render writes, put in place together: each is first written to a temporary
// file in its own folder, and only when every one of them is written are they renamed over
// the old outputs. A failure, or a kill at any moment, leaves each output either its old or
// its new complete content; temporaries a killed run left behind are removed by the next.
#include <filesystem>
#include <future>
#include <string>
#include <utility>
#include <vector>

namespace folio {

class OutputSet {
 public:
  void add(std::filesystem::path path, std::string bytes);
  // Bytes still being made (a PNG encoded on another core): waited for by commit, before
  // anything is written, so that a failure there leaves every old output as it was.
  void add(std::filesystem::path path, std::shared_future<std::string> bytes);
  std::vector<std::filesystem::path> paths() const;
  // Creates the folders, writes every temporary file, then renames them all into place;
  // returns the paths written. Throws RenderError, having removed its temporaries.
  std::vector<std::filesystem::path> commit();

 private:
  std::vector<std::pair<std::filesystem::path, std::shared_future<std::string>>> outputs_;
};

// Bytes already made, as the future the deferred forms take.
std::shared_future<std::string> made_bytes(std::string bytes);

// Removes temporaries of folio runs that are no longer alive from `folder` (a killed run's).
void remove_stale_temporaries(const std::filesystem::path& folder);

// One file, replaced atomically.
void write_file_atomically(const std::filesystem::path& path, std::string bytes);

}  // namespace folio
