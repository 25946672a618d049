#pragma once
#include <set>
#include <string>
#include <vector>

#include "core/geometry.h"
#include "model/document.h"

namespace folio::cli {

// One chart's entry of charts/index.json, as compact JSON: its files, title, text alternative
// (`description`), source line and size in points (`size`) and, for PNG, pixels. `formats` are
// those written ("svg", "png").
std::string chart_index_entry(const model::Chart& chart, Size size, const std::string& description,
                              const std::set<std::string>& formats, double dpi);

// charts/index.json, for web pages and scripts that place the charts: the entries in
// document order.
std::string chart_index_json(const std::vector<std::string>& entries);

}  // namespace folio::cli
