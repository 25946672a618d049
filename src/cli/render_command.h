#pragma once
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace folio::chart {
class ChartCache;
}

namespace folio::cli {

struct RenderRequest {
  std::filesystem::path document;
  std::filesystem::path out_dir;  // empty: out/<document stem>
  std::set<std::string> formats = {"pdf", "svg", "png"};
  double dpi = 200;
  std::string theme;  // overrides the document's "style" when set
  std::map<std::string, std::string> params;                   // --param NAME=VALUE
  std::map<std::string, std::filesystem::path> replaced_data;  // --set data.NAME=FILE
  std::filesystem::path deps_file;  // --deps: a Makefile rule, outputs: every input read
};

// Milliseconds spent in each stage of one render.
struct Timings {
  double parse = 0, resolve = 0, layout = 0, render = 0, write = 0;
  double total() const { return parse + resolve + layout + render + write; }
};

struct RenderResult {
  std::vector<std::filesystem::path> written;
  Timings timings;
  int charts = 0, charts_laid_out = 0;  // charts in the document, and those laid out anew
};

// parse -> resolve -> layout -> render, all in memory; files are written only when every
// output rendered, each through a temporary file renamed into place. With a cache (watch
// mode), charts whose inputs did not change are neither laid out nor rendered again.
// `inputs` receives every file the render read, even when it then fails (so that a watcher
// knows what to watch). Throws InputError (exit 2) or RenderError (exit 1).
RenderResult run_render(const RenderRequest& request, chart::ChartCache* cache = nullptr,
                        std::vector<std::filesystem::path>* inputs = nullptr);

// "parse 2.1 ms, resolve 0.4 ms, ...; charts: 1 of 6 laid out anew", for --timings.
std::string describe_timings(const RenderResult& result);

}  // namespace folio::cli
