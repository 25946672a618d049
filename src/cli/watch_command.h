#pragma once
#include "cli/render_command.h"

namespace folio::cli {

struct WatchRequest {
  RenderRequest render;
  int debounce_ms = 15;    // saves closer together than this make one render
  bool timings = false;    // print each render's stage times
};

// Renders, then renders again whenever a file the render read changes, until interrupted
// (SIGINT or SIGTERM; returns 0). A render that fails prints its error and leaves the last
// good outputs as they were; the next good save renders again. Charts whose inputs did not
// change are neither laid out nor rendered again.
int run_watch(const WatchRequest& request);

}  // namespace folio::cli
