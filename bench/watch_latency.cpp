// How long a user waits, in `folio watch`, from saving a data file to a fresh briefing: the
// time from the write to the watcher's "rendered" line, which it prints once every output
// is in place. Each iteration edits one number of the FDI ranking (one chart), as in
// issue #8's target: median at most 100 ms for the sample.
//
//   ./build/bench/folio_bench_watch --benchmark_repetitions=1
#include <benchmark/benchmark.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

extern char** environ;

namespace {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

class Watcher {
 public:
  Watcher(const std::filesystem::path& document, const std::filesystem::path& out) {
    int fds[2];
    if (pipe(fds) != 0) std::abort();
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], 1);
    posix_spawn_file_actions_addclose(&actions, fds[0]);
    std::vector<std::string> args = {FOLIO_BINARY, "watch", document.string(), "--out", out.string()};
    std::vector<char*> argv;
    for (auto& arg : args) argv.push_back(arg.data());
    argv.push_back(nullptr);
    posix_spawn(&pid_, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(fds[1]);
    fd_ = fds[0];
  }
  ~Watcher() {
    kill(pid_, SIGTERM);
    waitpid(pid_, nullptr, 0);
    close(fd_);
  }
  // Blocks until the watcher prints a line; false after 10 s without one.
  bool wait_for_line() {
    for (;;) {
      auto newline = buffer_.find('\n');
      if (newline != std::string::npos) {
        buffer_.erase(0, newline + 1);
        return true;
      }
      pollfd fd{fd_, POLLIN, 0};
      if (poll(&fd, 1, 10000) <= 0) return false;
      char chunk[4096];
      ssize_t n = read(fd_, chunk, sizeof chunk);
      if (n <= 0) return false;
      buffer_.append(chunk, static_cast<size_t>(n));
    }
  }

 private:
  pid_t pid_ = -1;
  int fd_ = -1;
  std::string buffer_;
};

void BM_SaveToFreshBriefing(benchmark::State& state) {
  auto dir = std::filesystem::temp_directory_path() / ("folio-bench-watch-" + std::to_string(getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::filesystem::copy(std::filesystem::path(FOLIO_SOURCE_DIR) / "samples/korea-cambodia", dir / "doc",
                        std::filesystem::copy_options::recursive);
  auto fdi = dir / "doc/data/fdi.json";
  std::string original = read_file(fdi);
  auto at = original.find("\"usd_bn\": 13.5");
  Watcher watcher(dir / "doc/briefing.json", dir / "out");
  if (at == std::string::npos || !watcher.wait_for_line()) {
    state.SkipWithError("the watcher did not start");
    return;
  }
  int edit = 0;
  std::vector<double> latencies_ms;
  for (auto _ : state) {
    std::string edited = original;
    edited.replace(at, 14, "\"usd_bn\": " + std::to_string(14 + edit++ % 20) + ".5");
    auto start = std::chrono::steady_clock::now();
    std::ofstream(fdi, std::ios::binary | std::ios::trunc) << edited;
    if (!watcher.wait_for_line()) {
      state.SkipWithError("no render after a save");
      break;
    }
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    state.SetIterationTime(seconds);
    latencies_ms.push_back(seconds * 1000);
  }
  if (!latencies_ms.empty()) {
    std::sort(latencies_ms.begin(), latencies_ms.end());
    state.counters["median_ms"] = latencies_ms[latencies_ms.size() / 2];
    state.counters["p90_ms"] = latencies_ms[latencies_ms.size() * 9 / 10];
  }
  std::filesystem::remove_all(dir);
}
BENCHMARK(BM_SaveToFreshBriefing)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(50);

}  // namespace

BENCHMARK_MAIN();
