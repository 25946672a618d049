// Nothing lost: renders killed (SIGKILL) at random moments leave every output either its old
// or its new complete file, and the next render removes any temporaries a killed run left.
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include <chrono>
#include <map>
#include <random>
#include <set>
#include <thread>

#include "e2e_support.h"

extern char** environ;

namespace folio::e2e {
namespace {

std::map<std::string, std::string> outputs_in(const std::filesystem::path& dir) {
  std::map<std::string, std::string> files;
  if (!std::filesystem::exists(dir)) return files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir))
    if (entry.is_regular_file())
      files[std::filesystem::relative(entry.path(), dir).string()] = read_file(entry.path());
  return files;
}

pid_t spawn(const std::vector<std::string>& args) {
  std::vector<char*> argv;
  for (const auto& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  pid_t pid = -1;
  posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  return pid;
}

TEST(KilledRenders, LeaveEachOutputOldOrNewAndNoTemporariesAfterTheNextRun) {
  ScratchDir dir("kill");
  auto sample = std::filesystem::path(FOLIO_SOURCE_DIR) / "samples/korea-cambodia";
  std::filesystem::copy(sample, dir.path / "doc", std::filesystem::copy_options::recursive);
  // Version B differs in its trade data, so every output of B differs from A's.
  std::string trade = read_file(dir.path / "doc/data/trade.json");
  auto at = trade.find("\"usd_m\": 1031");
  ASSERT_NE(at, std::string::npos);
  trade.replace(at, 13, "\"usd_m\": 1480");
  std::ofstream(dir.path / "trade-b.json") << trade;
  std::string doc = (dir.path / "doc/briefing.json").string();
  auto args = [&](bool b, const std::filesystem::path& out) {
    std::vector<std::string> a = {FOLIO_BINARY, "render", doc,         "--dpi",
                                  "40",         "--out",  out.string()};
    if (b) a.insert(a.end(), {"--set", "data.trade=" + (dir.path / "trade-b.json").string()});
    return a;
  };
  // The two complete versions every output must match, and that real tools accept.
  std::map<std::string, std::string> versions[2];
  double render_us = 1e12;
  for (int v = 0; v < 2; ++v) {
    auto out = dir.path / ("ref-" + std::to_string(v));
    auto start = std::chrono::steady_clock::now();
    pid_t pid = spawn(args(v == 1, out));
    int status = 0;
    waitpid(pid, &status, 0);
    // The fastest render sets the kill window, so that kills land while folio runs even when
    // the machine is less busy later than now.
    render_us =
        std::min(render_us,
                 std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start)
                     .count());
    ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    versions[v] = outputs_in(out);
    ASSERT_EQ(versions[v].size(), 14u);  // the PDF, 6 SVGs, 6 PNGs, charts/index.json
    EXPECT_EQ(run("qpdf --check " + shell_quote((out / "briefing.pdf").string())).exit_code, 0);
    EXPECT_EQ(run("xmllint --noout " + shell_quote(out.string()) + "/charts/*.svg").exit_code, 0);
    EXPECT_EQ(run("pngcheck -q " + shell_quote(out.string()) + "/charts/*.png").exit_code, 0);
  }
  // The PDF and the trade chart differ between the versions (charts of other data do not).
  ASSERT_TRUE(versions[0]["briefing.pdf"] != versions[1]["briefing.pdf"]);
  ASSERT_TRUE(versions[0]["charts/trade-growth.svg"] != versions[1]["charts/trade-growth.svg"]);

  auto target = dir.path / "out";
  unsigned seed = 20261201;
  std::mt19937 random(seed);
  // The kills spread over a render's whole run, which the reference renders just timed.
  std::uniform_int_distribution<long> delay_us(0, static_cast<long>(render_us));
  int kills = 60, mixed_sets = 0, killed_before_exit = 0;
  for (int i = 0; i < kills; ++i) {
    pid_t pid = spawn(args(i % 2 == 1, target));
    std::this_thread::sleep_for(std::chrono::microseconds(delay_us(random)));
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    if (WIFSIGNALED(status)) ++killed_before_exit;
    std::set<int> seen;
    for (const auto& [name, bytes] : outputs_in(target)) {
      bool temporary = name.find(".folio-") != std::string::npos;
      if (temporary) continue;  // a killed run's leftover: the next run removes it
      int version = bytes == versions[0][name] ? 0 : bytes == versions[1][name] ? 1 : -1;
      ASSERT_NE(version, -1) << "seed " << seed << ", kill " << i << ": " << name
                             << " is neither the old nor the new file";
      if (versions[0][name] != versions[1][name]) seen.insert(version);
    }
    if (seen.size() > 1) ++mixed_sets;
  }
  // Many kills must land while folio runs, or the test proves nothing (how many depends on
  // the machine's load, which changes render times between runs).
  EXPECT_GE(killed_before_exit, kills / 4);
  // A completed run afterwards leaves exactly the outputs: no temporaries of killed runs.
  pid_t pid = spawn(args(false, target));
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  auto final_outputs = outputs_in(target);
  EXPECT_TRUE(final_outputs == versions[0])
      << "the outputs after the last run differ from a clean run's";
  for (const auto& [name, bytes] : final_outputs)
    EXPECT_EQ(name.find(".folio-"), std::string::npos) << name;
  RecordProperty("kills", kills);
  RecordProperty("killed_before_exit", killed_before_exit);
  RecordProperty("mixed_sets", mixed_sets);
  std::printf("%d kills, %d before the render ended, %d left old and new files side by side\n",
              kills, killed_before_exit, mixed_sets);
}

}  // namespace
}  // namespace folio::e2e
