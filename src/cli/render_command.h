#pragma once
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace folio::cli {

struct RenderRequest {
  std::filesystem::path document;
  std::filesystem::path out_dir;  // empty: out/<document stem>
  std::set<std::string> formats = {"pdf", "svg", "png"};
  double dpi = 200;
  std::string theme;  // overrides the document's "style" when set
  std::map<std::string, std::string> params;                   // --param NAME=VALUE
  std::map<std::string, std::filesystem::path> replaced_data;  // --set data.NAME=FILE
};

struct RenderResult {
  std::vector<std::filesystem::path> written;
};

// parse -> resolve -> layout -> render, all in memory; files are written only when every
// output rendered, each through a temporary file renamed into place.
// Throws InputError (exit 2) or RenderError (exit 1).
RenderResult run_render(const RenderRequest& request);

}  // namespace folio::cli
