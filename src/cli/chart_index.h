#pragma once
#include <set>
#include <string>
#include <vector>

#include "model/document.h"

namespace folio::cli {

// charts/index.json: for web pages and scripts that place the charts, each chart's files,
// title, text alternative, source line and size in points and (for PNG) pixels, in document
// order. `formats` are those written ("svg", "png").
std::string chart_index_json(const std::vector<const model::Chart*>& charts,
                             const model::Theme& theme, const std::set<std::string>& formats,
                             double dpi);

}  // namespace folio::cli
