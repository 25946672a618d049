#pragma once
#include "cli/render_command.h"

namespace folio::cli {

struct CheckRequest {
  RenderRequest document;  // what render would read: the document, --param, --set, --allow-path
  bool json = false;       // --format json
};

// `folio check`: reads and checks the document, its data and the files it names, without
// laying out or rendering anything, and reports every input error it finds rather than the
// first (stderr, one line each; or one JSON object on stdout). Returns the exit code: 2 when
// any error was found (or, with --strict, any warning), else 0.
int run_check(const CheckRequest& request);

}  // namespace folio::cli
