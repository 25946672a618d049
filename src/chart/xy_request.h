#pragma once
// The parts of a plot request that kinds over numbers or dates share (line, area, scatter):
// the position axis from the x field, the value axis from the y field, and how series are
// named.
#include <string>
#include <vector>

#include "chart/plot_layout.h"
#include "chart/series.h"

namespace folio::chart {

// The x axis over the series' positions: dates on a calendar when the x field holds them,
// else numbers (years written as years), widened to the axis's min and max.
PositionAxisRequest position_request(const model::Chart& chart, const std::vector<Series>& series);
// The same over positions from `lo` to `hi`, for kinds that find them as they read their rows.
PositionAxisRequest position_request(const model::Chart& chart, double lo, double hi);

// The y axis over [lo, hi], in the y axis's format, title, min, max and scale.
ValueAxisRequest value_request(const model::Chart& chart, double lo, double hi);

// Series named at the ends of their lines (legend "direct", or "auto" with two to four
// series, when `ends_allowed` and the names fit the height of `body` beside the plot) or in a
// legend at the chart's legend side; one series needs neither.
void name_series(PlotRequest& request, const model::Chart& chart, const std::vector<Series>& series,
                 const model::Theme& theme, const Rect& body, bool ends_allowed, bool dots);
void name_series(PlotRequest& request, const model::Chart& chart,
                 const std::vector<std::string>& names, const model::Theme& theme, const Rect& body,
                 bool ends_allowed, bool dots);

}  // namespace folio::chart
