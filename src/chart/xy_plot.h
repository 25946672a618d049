#pragma once
// The frame shared by charts over a numeric x (line, area): legend or direct-label column,
// value-axis title, ticks and gridlines, x axis. Kinds draw their marks into `plot`.
#include <vector>

#include "chart/series.h"
#include "chart/value_axis.h"
#include "charts/chart_kind.h"
#include "scale/linear_scale.h"
#include "text/shaped_text.h"

namespace folio::chart {

struct XyPlot {
  Rect plot;
  scale::ContinuousScale x;
  scale::ContinuousScale y;
  ValueAxis y_axis;                             // its ticks, labels and whether it is logarithmic
  bool direct = false;                          // series are labelled at their ends
  std::vector<text::ShapedTextPtr> end_labels;  // one per series when direct
};

// `y_min`/`y_max` are the values the kind will draw (sums, for stacks); zero is always
// included. `edge_pad` keeps markers at the ends from being cut.
XyPlot layout_xy_plot(const charts::DrawContext& ctx, const std::vector<Series>& series,
                      double y_min, double y_max, double edge_pad);

// Sets each series' label right of the plot at the height of its last value (`ends`: series
// index and y in points), kept in order and apart.
void draw_end_labels(const charts::DrawContext& ctx, const XyPlot& xy,
                     const std::vector<std::pair<size_t, double>>& ends);

}  // namespace folio::chart
