#include "chart/xy_plot.h"

#include <algorithm>
#include <limits>

#include "chart/value_axis.h"
#include "guide/axis.h"
#include "guide/direct_labels.h"
#include "guide/legend.h"
#include "scale/ticks.h"
#include "scale/time_ticks.h"
#include "text/date_format.h"
#include "text/number_format.h"

namespace folio::chart {

XyPlot layout_xy_plot(const charts::DrawContext& ctx, const std::vector<Series>& series,
                      double y_min, double y_max, double edge_pad) {
  const auto& theme = ctx.theme;
  const auto& spec = ctx.chart.spec;
  double x_min = std::numeric_limits<double>::infinity(), x_max = -x_min;
  for (const auto& s : series)
    for (const auto& p : s.points) x_min = std::min(x_min, p.x), x_max = std::max(x_max, p.x);
  if (x_min > x_max) x_min = 0, x_max = 1;
  widen_to_axis(spec.x, x_min, x_max);
  // Linear value axes start at zero so that slopes and sizes are not exaggerated.
  y_min = std::min(y_min, 0.0), y_max = std::max(y_max, 0.0);
  widen_to_axis(spec.y, y_min, y_max);

  XyPlot xy;
  Rect body = ctx.body;
  const std::string& mode = spec.legend;
  xy.direct = series.size() > 1 && (mode == "direct" || (mode == "auto" && series.size() <= 4));
  std::vector<guide::LegendEntry> legend;
  if (series.size() > 1 && !xy.direct && mode != "none")
    for (size_t i = 0; i < series.size(); ++i) {
      auto style = theme.series(i);
      legend.push_back({series[i].name, style.color, style.dash, style.marker});
    }
  guide::place_legend(ctx.frame, body, legend, guide::legend_position(mode), theme);
  // Direct labels take a column right of the plot as wide as the longest name (at most a
  // quarter of the chart), in each series' colour, so the eye need not travel to a legend.
  if (xy.direct) {
    double widest = 0;
    for (size_t i = 0; i < series.size(); ++i) {
      auto style = theme.text("label.series");
      style.color = readable_on(theme.series(i).color, theme.color("background"));
      xy.end_labels.push_back(text::shape_text(series[i].name, style, {body.width / 4}));
      widest = std::max(widest, xy.end_labels.back()->size().width);
    }
    body.width -= widest + 8;
  }
  guide::take_axis_title(ctx.frame, body, spec.y ? spec.y->title : "", theme);

  double positive_min = std::numeric_limits<double>::infinity();
  for (const auto& s : series)
    for (const auto& p : s.points)
      if (p.y && *p.y > 0) positive_min = std::min(positive_min, *p.y);
  xy.y_axis = value_axis(spec.y, axis_format(spec.y, {}), y_min, y_max, positive_min,
                         std::max(3, static_cast<int>(body.height / 45)), ctx.chart.language);
  const auto& y_ticks = xy.y_axis.ticks;
  auto y_axis = guide::shape_axis_labels(y_ticks.values, xy.y_axis.labels, theme);
  y_axis.drawn = ctx.chart.value_axis_labels;
  std::vector<double> x_values;
  std::vector<std::string> x_texts;
  int x_target = std::max(2, static_cast<int>(body.width / 60));
  if (ctx.chart.x && ctx.chart.x->type == model::ColumnType::text) {
    // Dates ("2019-03"): ticks on calendar boundaries, written as the axis's "date" asks.
    auto ticks = scale::time_ticks(x_min, x_max, x_target, date_precision(*ctx.chart.x));
    x_values = ticks.values;
    x_texts = text::format_time_ticks(ticks, axis_format(spec.x, {}).date, ctx.chart.language);
  } else {
    auto x_format = axis_format(spec.x, default_x_format(ctx.chart.x));
    double min_step = x_format.style == "year" ? 1 : 0;
    auto x_ticks = scale::nice_ticks_at_least(x_min, x_max, x_target, min_step);
    for (double v : x_ticks.values)
      if (v >= x_min - 1e-9 && v <= x_max + 1e-9) x_values.push_back(v);
    x_texts = text::format_ticks(x_values, x_format, ctx.chart.language);
  }
  auto x_axis = guide::shape_axis_labels(x_values, x_texts, theme);

  Rect& plot = xy.plot;
  plot = {body.x + y_axis.max_width() + guide::kLabelGap, body.y + y_axis.max_height() / 2, 0, 0};
  double right_pad =
      std::max(edge_pad + 2, x_axis.labels.empty() ? 0.0 : x_axis.labels.back()->size().width / 2);
  plot.width = body.right() - plot.x - right_pad;
  plot.height = body.bottom() - plot.y - x_axis.max_height() - guide::kLabelGap;
  // Keep the first x label clear of the value labels.
  double inset = x_axis.labels.empty()
                     ? 0
                     : std::max(0.0, x_axis.labels.front()->size().width / 2 - y_axis.max_width());
  plot.x += inset + edge_pad;
  plot.width -= inset + edge_pad;

  xy.x = {x_min, x_max, plot.x, plot.right()};
  xy.y = xy.y_axis.scale(plot.bottom(), plot.y);
  double grid_left = body.x + y_axis.max_width() + guide::kLabelGap;
  guide::draw_value_gridlines_y(
      ctx.frame, {grid_left, plot.y, plot.right() - grid_left, plot.height}, xy.y, y_axis, theme);
  std::vector<double> x_positions;
  for (double v : x_values) x_positions.push_back(xy.x(v));
  guide::draw_category_axis_x(ctx.frame, plot, x_positions, x_axis, theme);
  return xy;
}

void draw_end_labels(const charts::DrawContext& ctx, const XyPlot& xy,
                     const std::vector<std::pair<size_t, double>>& ends) {
  if (ends.empty()) return;
  std::vector<double> wanted, heights;
  for (const auto& [index, end_y] : ends) {
    wanted.push_back(end_y);
    heights.push_back(xy.end_labels[index]->size().height);
  }
  auto centres = guide::dodge_vertically(wanted, heights, ctx.body.y, xy.plot.bottom(), 2);
  double marker = ctx.theme.size("marker");
  for (size_t k = 0; k < ends.size(); ++k) {
    const auto& label = xy.end_labels[ends[k].first];
    ctx.frame.text({xy.plot.right() + marker + 6, centres[k] - label->size().height / 2}, label);
  }
}

}  // namespace folio::chart
