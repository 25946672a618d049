#pragma once
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "render/svg_text.h"

namespace folio::chart {
class ChartCache;
}

namespace folio::scene {
struct MissingGlyphs;
}
namespace folio::spec {
class JsonDocument;
}

namespace folio::cli {

struct RenderRequest {
  std::filesystem::path document;
  std::filesystem::path out_dir;  // empty: out/<document stem>
  std::set<std::string> formats = {"pdf", "svg", "png"};
  double dpi = 200;
  std::string theme;                          // overrides the document's "style" when set
  std::map<std::string, std::string> params;  // --param NAME=VALUE
  std::map<std::string, std::filesystem::path> replaced_data;  // --set data.NAME=FILE
  std::vector<std::filesystem::path> allowed_folders;          // --allow-path DIR
  std::filesystem::path deps_file;         // --deps: a Makefile rule, outputs: every input read
  bool missing_glyphs_are_errors = false;  // --missing-glyphs error, --strict
  bool strict = false;                     // --strict: every warning is an error
  render::SvgText svg_text = render::SvgText::layer;  // --svg-text
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
  std::vector<std::string> warnings;    // one line each, for stderr
};

// parse -> resolve -> layout -> render, all in memory; files are written only when every
// output rendered, each through a temporary file renamed into place. With a cache (watch
// mode), charts whose inputs did not change are neither laid out nor rendered again.
// `inputs` receives every file the render read, even when it then fails (so that a watcher
// knows what to watch). Throws InputError (exit 2) or RenderError (exit 1).
RenderResult run_render(const RenderRequest& request, chart::ChartCache* cache = nullptr,
                        std::vector<std::filesystem::path>* inputs = nullptr);

// Missing glyphs as warning lines, or (as_errors) as one InputError for the first of them.
void report_missing_glyphs(const std::vector<scene::MissingGlyphs>& missing,
                           const spec::JsonDocument& json, bool as_errors,
                           std::vector<std::string>& warnings);

// "parse 2.1 ms, resolve 0.4 ms, ...; charts: 1 of 6 laid out anew", for --timings.
std::string describe_timings(const RenderResult& result);

}  // namespace folio::cli
