#pragma once
// Content hashes of resolved inputs, for caches that must never serve a stale result: two
// charts with the same fingerprint lay out and render to the same bytes.
#include <string>

#include "model/document.h"

namespace folio::model {

// A hex digest of everything a chart's layout reads: its spec as written, its texts as
// resolved (expressions evaluated), its bound data cell by cell, and its source line.
std::string chart_fingerprint(const Chart& chart);

// A hex digest of a dataset's fields and cells.
std::string dataset_fingerprint(const Dataset& data);

}  // namespace folio::model
