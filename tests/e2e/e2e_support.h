#pragma once
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

namespace folio::e2e {

// The sample briefing's length: a cover, a contents page, then the body pages.
constexpr int kSamplePages = 7;
constexpr int kSampleBodyPages = kSamplePages - 2;

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

inline std::string shell_quote(const std::string& text) {
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// Runs a shell command, capturing stdout and stderr separately.
inline CommandResult run(const std::string& command) {
  static int counter = 0;
  auto err_path = std::filesystem::temp_directory_path() /
                  fmt::format("folio-e2e-{}-{}.err", getpid(), ++counter);
  CommandResult result;
  FILE* pipe = popen((command + " 2>" + shell_quote(err_path.string())).c_str(), "r");
  if (!pipe) return result;
  std::array<char, 4096> buffer;
  size_t n;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
    result.out.append(buffer.data(), n);
  int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.err = read_file(err_path);
  std::filesystem::remove(err_path);
  return result;
}

inline std::string folio(const std::string& args) {
  return shell_quote(FOLIO_BINARY) + " " + args;
}

// A fresh folder under the system's temporary folder, removed by the destructor.
struct ScratchDir {
  std::filesystem::path path;
  explicit ScratchDir(const std::string& name)
      : path(std::filesystem::temp_directory_path() /
             fmt::format("folio-e2e-{}-{}", name, getpid())) {
    std::filesystem::remove_all(path);
    std::filesystem::create_directories(path);
  }
  ~ScratchDir() { std::filesystem::remove_all(path); }
};

// Collapses runs of white space so text extracted from a PDF compares with the source text.
inline std::string squeeze(const std::string& text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r') {
      space = !out.empty();
    } else {
      if (space) out += ' ';
      space = false;
      out += c;
    }
  }
  return out;
}

}  // namespace folio::e2e
