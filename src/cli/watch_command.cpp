#include "cli/watch_command.h"

#include <fmt/format.h>
#include <gio/gio.h>
#include <glib-unix.h>
#include <sys/stat.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string_view>
#include <tuple>
#include <vector>

#include "chart/chart_cache.h"
#include "core/errors.h"

namespace folio::cli {
namespace {

std::filesystem::path absolute_normal(const std::filesystem::path& path) {
  std::error_code error;
  auto absolute = std::filesystem::absolute(path, error);
  return (error ? path : absolute).lexically_normal();
}

// What a file held at one moment: its status and, for files small enough to read again at
// once, a hash of its bytes. The modification time alone is too coarse (the kernel stamps it
// from a clock that ticks every few milliseconds), and an editor's save keeps the size.
struct Fingerprint {
  bool exists = false;
  long long size = 0, modified_ns = 0, changed_ns = 0, inode = 0;
  size_t content_hash = 0;
  bool operator==(const Fingerprint&) const = default;
};

Fingerprint fingerprint_of(const std::filesystem::path& path) {
  constexpr long long kHashedBytes = 16 << 20;
  Fingerprint print;
  struct stat status {};
  if (::stat(path.c_str(), &status) != 0) return print;
  print.exists = true;
  print.size = status.st_size;
  print.modified_ns = status.st_mtim.tv_sec * 1000000000LL + status.st_mtim.tv_nsec;
  print.changed_ns = status.st_ctim.tv_sec * 1000000000LL + status.st_ctim.tv_nsec;
  print.inode = static_cast<long long>(status.st_ino);
  if (S_ISREG(status.st_mode) && status.st_size <= kHashedBytes) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    print.content_hash = std::hash<std::string_view>{}(bytes.view());
  }
  return print;
}

long long coarse_now_ns() {
  timespec now{};
  clock_gettime(CLOCK_REALTIME_COARSE, &now);
  return now.tv_sec * 1000000000LL + now.tv_nsec;
}

using Fingerprints = std::map<std::filesystem::path, Fingerprint>;

Fingerprints fingerprints_of(const std::set<std::filesystem::path>& paths) {
  Fingerprints prints;
  for (const auto& path : paths) prints[path] = fingerprint_of(path);
  return prints;
}

// Folders are watched rather than files: editors that save by writing a new file and
// renaming it over the old one (vim, VS Code, most others) replace the file, which a watch on
// the file itself would lose.
class Watcher {
 public:
  explicit Watcher(const WatchRequest& request) : request_(request) {
    loop_ = g_main_loop_new(nullptr, FALSE);
  }
  ~Watcher() {
    drop_pending_failure();
    clear_monitors();
    g_main_loop_unref(loop_);
  }

  int run() {
    render();
    g_unix_signal_add(SIGINT, &Watcher::on_signal, this);
    g_unix_signal_add(SIGTERM, &Watcher::on_signal, this);
    g_main_loop_run(loop_);
    return 0;
  }

 private:
  static gboolean on_signal(gpointer self) {
    g_main_loop_quit(static_cast<Watcher*>(self)->loop_);
    return G_SOURCE_REMOVE;
  }

  static void on_change(GFileMonitor*, GFile* file, GFile* other, GFileMonitorEvent event,
                        gpointer self) {
    auto* watcher = static_cast<Watcher*>(self);
    if (event == G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED ||
        event == G_FILE_MONITOR_EVENT_PRE_UNMOUNT || event == G_FILE_MONITOR_EVENT_UNMOUNTED)
      return;
    bool relevant = false;
    for (GFile* f : {file, other}) {
      if (!f) continue;
      gchar* path = g_file_get_path(f);
      if (path && watcher->inputs_.count(absolute_normal(path))) relevant = true;
      g_free(path);
    }
    if (!relevant) return;
    // A file closed after writing, or moved into place, is complete: render almost at once.
    // A mere change may be followed by more writes: wait for the burst to end.
    bool complete = event != G_FILE_MONITOR_EVENT_CHANGED;
    watcher->schedule(complete ? std::min(watcher->request_.debounce_ms, 2)
                               : watcher->request_.debounce_ms);
  }

  static gboolean on_debounced(gpointer self) {
    auto* watcher = static_cast<Watcher*>(self);
    watcher->timer_ = 0;
    watcher->render();
    return G_SOURCE_REMOVE;
  }

  // Every change restarts the wait, so a burst of saves makes one render after the last.
  void schedule(int delay_ms) {
    if (timer_) g_source_remove(timer_);
    timer_ = g_timeout_add(static_cast<guint>(delay_ms), &Watcher::on_debounced, this);
  }

  // A render whose inputs changed while it ran (a save landing mid-read, or before the
  // folder was watched) is followed by another; if it failed, its error is not reported,
  // since it may describe a file caught half-written, and the next render says what holds.
  void render() {
    drop_pending_failure();
    std::set<std::filesystem::path> known = inputs_;
    known.insert(absolute_normal(request_.render.document));
    Fingerprints before = fingerprints_of(known);
    long long started_ns = coarse_now_ns();
    std::vector<std::filesystem::path> read;
    std::string line;
    bool failed = false;
    try {
      auto result = run_render(request_.render, &cache_, &read);
      for (const auto& warning : result.warnings) report(warning);
      line = fmt::format("folio: rendered {} files in {:.0f} ms", result.written.size(),
                         result.timings.total());
      if (request_.timings) line += " (" + describe_timings(result) + ")";
    } catch (const InputError& error) {
      line = error.what();
      failed = true;
    } catch (const UsageError& error) {
      line = fmt::format("folio: error: {}", error.what());
      failed = true;
    } catch (const RenderError& error) {
      line = fmt::format("folio: error: {}", error.what());
      failed = true;
    }
    // Whatever happened, the files the render read (or tried to) stay watched, so that the
    // next save of a broken or missing file is seen.
    std::set<std::filesystem::path> inputs;
    for (const auto& path : read) inputs.insert(absolute_normal(path));
    inputs.insert(absolute_normal(request_.render.document));
    for (const auto& [name, path] : request_.render.replaced_data)
      inputs.insert(absolute_normal(path));
    // A failed render may have stopped before reading every file: those of the last good
    // render stay watched too.
    if (failed)
      inputs.insert(last_good_.begin(), last_good_.end());
    else
      last_good_ = inputs;
    watch(inputs);
    bool changed_meanwhile = false;
    Fingerprints after = fingerprints_of(inputs);
    for (const auto& [path, print] : after) {
      auto was = before.find(path);
      // A file first read by this render has no earlier print: compare its status time with
      // the moment the render began, on the clock the kernel stamps files with.
      if (was == before.end()) {
        if (print.changed_ns >= started_ns) changed_meanwhile = true;
      } else if (!(was->second == print)) {
        changed_meanwhile = true;
      }
    }
    if (changed_meanwhile) schedule(request_.debounce_ms);
    if (failed && changed_meanwhile) return;
    if (failed) {
      hold_failure(line, std::move(after));
      return;
    }
    std::fprintf(stdout, "%s\n", line.c_str());
    std::fflush(stdout);
  }

  // A save that truncates a file and then writes it can be caught between the two, with
  // the inputs unchanged from the render's start to its end. An error is therefore shown
  // only once its inputs have stayed as they were for a moment longer; if they change, the
  // render their change starts says what holds instead.
  void hold_failure(std::string line, Fingerprints prints) {
    pending_failure_ = std::move(line);
    pending_prints_ = std::move(prints);
    settle_timer_ = g_timeout_add(static_cast<guint>(std::max(request_.debounce_ms * 4, 60)),
                                  &Watcher::on_settled, this);
  }

  static gboolean on_settled(gpointer self) {
    auto* watcher = static_cast<Watcher*>(self);
    watcher->settle_timer_ = 0;
    std::set<std::filesystem::path> paths;
    for (const auto& [path, print] : watcher->pending_prints_) paths.insert(path);
    if (fingerprints_of(paths) == watcher->pending_prints_)
      report(watcher->pending_failure_);
    else
      watcher->schedule(watcher->request_.debounce_ms);
    watcher->pending_failure_.clear();
    watcher->pending_prints_.clear();
    return G_SOURCE_REMOVE;
  }

  void drop_pending_failure() {
    if (settle_timer_) g_source_remove(settle_timer_);
    settle_timer_ = 0;
    pending_failure_.clear();
    pending_prints_.clear();
  }

  static void report(const std::string& line) {
    std::fprintf(stderr, "%s\n", line.c_str());
    std::fflush(stderr);
  }

  void watch(const std::set<std::filesystem::path>& inputs) {
    inputs_ = inputs;
    std::set<std::filesystem::path> folders;
    for (const auto& path : inputs) folders.insert(path.parent_path());
    if (folders == folders_) return;
    clear_monitors();
    folders_ = folders;
    for (const auto& folder : folders) {
      GFile* directory = g_file_new_for_path(folder.c_str());
      GError* error = nullptr;
      GFileMonitor* monitor =
          g_file_monitor_directory(directory, G_FILE_MONITOR_WATCH_MOVES, nullptr, &error);
      g_object_unref(directory);
      if (!monitor) {
        report(fmt::format("folio: error: {}: cannot watch the folder: {}", folder.string(),
                           error ? error->message : "unknown reason"));
        if (error) g_error_free(error);
        continue;
      }
      g_file_monitor_set_rate_limit(monitor, request_.debounce_ms);
      g_signal_connect(monitor, "changed", G_CALLBACK(&Watcher::on_change), this);
      monitors_.push_back(monitor);
    }
  }

  void clear_monitors() {
    for (GFileMonitor* monitor : monitors_) {
      g_file_monitor_cancel(monitor);
      g_object_unref(monitor);
    }
    monitors_.clear();
    folders_.clear();
  }

  const WatchRequest& request_;
  GMainLoop* loop_ = nullptr;
  guint timer_ = 0, settle_timer_ = 0;
  std::string pending_failure_;
  Fingerprints pending_prints_;
  chart::ChartCache cache_;
  std::set<std::filesystem::path> inputs_, folders_, last_good_;
  std::vector<GFileMonitor*> monitors_;
};

}  // namespace

int run_watch(const WatchRequest& request) {
  Watcher watcher(request);
  return watcher.run();
}

}  // namespace folio::cli
