#pragma once
#include "cli/render_command.h"

namespace folio::cli {

struct BatchRequest {
  RenderRequest render;             // its out_dir may hold {param} names: out/{country}
  std::filesystem::path params_file;  // CSV: a header of parameter names, one row per briefing
  int jobs = 1;                     // briefings rendered at once, each on its own thread
};

// One briefing per row of the parameters file, in parallel, in this process (the font set-up
// is shared). Prints each row's outputs on stdout, a progress line on stderr when it is a
// terminal, and every failure; returns the worst exit code (2 bad input, 1 a render failure).
int run_batch(const BatchRequest& request);

// `pattern` with each {name} replaced by the parameter's value. Throws UsageError for a
// name that is no column of the parameters file.
std::string fill_out_pattern(const std::string& pattern,
                             const std::map<std::string, std::string>& params);

}  // namespace folio::cli
