// Line chart: one line per series over a numeric x (often years), value axis from zero,
// legend on top when there are several series. Estimated points have open markers.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>

#include "chart/series.h"
#include "chart/xy_plot.h"
#include "charts/chart_kind.h"
#include "guide/annotations.h"
#include "text/number_format.h"

namespace folio::charts {
namespace {

void draw_line(const DrawContext& ctx) {
  const auto& theme = ctx.theme;
  auto series = chart::group_series(ctx.chart);
  double y_min = 0, y_max = 0;
  for (const auto& s : series)
    for (const auto& p : s.points)
      if (p.y) y_min = std::min(y_min, *p.y), y_max = std::max(y_max, *p.y);
  double marker = theme.size("marker");
  auto xy = chart::layout_xy_plot(ctx, series, y_min, y_max, marker);
  const auto& x = xy.x;
  const auto& y = xy.y;
  guide::AnnotationPlane plane{xy.plot, x, y};
  guide::draw_annotation_ranges(ctx.frame, plane, ctx.chart.spec.annotations, theme);

  std::vector<std::pair<size_t, double>> ends;  // series, y of its last value
  for (size_t i = 0; i < series.size(); ++i) {
    auto style = theme.series(i);
    auto points = series[i].points;
    std::stable_sort(points.begin(), points.end(),
                     [](const auto& a, const auto& b) { return a.x < b.x; });
    scene::Path path;
    bool pen_down = false;
    for (const auto& p : points) {
      if (!p.y || !xy.y_axis.shows(*p.y)) {
        pen_down = false;  // a null (or a value a log axis cannot show) leaves a gap
        continue;
      }
      if (pen_down) {
        // Annotation labels keep clear of the line too: sample it every few points.
        Point from{path.ops.back().v[0], path.ops.back().v[1]}, to{x(p.x), y(*p.y)};
        double length = std::hypot(to.x - from.x, to.y - from.y);
        for (double t = 0; t < length; t += 4) {
          double px = from.x + (to.x - from.x) * t / length,
                 py = from.y + (to.y - from.y) * t / length;
          plane.taken.push_back({px - 1.5, py - 1.5, 3, 3});
        }
        path.line_to(to.x, to.y);
      } else {
        path.move_to(x(p.x), y(*p.y));
      }
      pen_down = true;
    }
    ctx.frame.stroke(path, {style.color, theme.size("line"), style.dash, true});
    if (xy.direct)
      for (auto it = points.rbegin(); it != points.rend(); ++it)
        if (it->y && xy.y_axis.shows(*it->y)) {
          ends.push_back({i, y(*it->y)});
          break;
        }
    for (const auto& p : points) {
      if (!p.y || !xy.y_axis.shows(*p.y)) continue;
      auto dot = scene::Path::marker(style.marker, {x(p.x), y(*p.y)}, marker);
      // Annotation labels keep clear of the data points.
      plane.taken.push_back(
          {x(p.x) - marker - 1, y(*p.y) - marker - 1, 2 * marker + 2, 2 * marker + 2});
      // Estimated points are hollow: the eye separates reported from illustrative values.
      ctx.frame.add(scene::Shape{dot, p.estimated ? theme.color("background") : style.color,
                                 scene::Stroke{style.color, 1.2}});
    }
  }
  guide::draw_annotation_marks(ctx.frame, plane, ctx.chart.spec.annotations, theme);
  chart::draw_end_labels(ctx, xy, ends);
}

std::string describe_line(const model::Chart& chart) {
  auto series = chart::group_series(chart);
  auto y_format = chart::axis_format(chart.spec.y, {});
  auto x_format = chart::axis_format(chart.spec.x, chart::default_x_format(chart.x));
  std::string text;
  for (const auto& s : series) {
    std::vector<chart::DataPoint> known;
    for (const auto& p : s.points)
      if (p.y) known.push_back(p);
    if (known.empty()) continue;
    auto [low, high] = std::minmax_element(known.begin(), known.end(),
                                           [](auto& a, auto& b) { return *a.y < *b.y; });
    // Dates are described as written ("Mar 2019"), numbers in the axis format.
    bool dates = chart.x && chart.x->type == model::ColumnType::text;
    auto when = [&](const chart::DataPoint& p) {
      return dates ? chart::format_date_label(p.category, chart.spec.x, chart.language)
                   : text::format_number(p.x, x_format, chart.language);
    };
    text += fmt::format("{}: {} values from {} to {}; lowest {} ({}), highest {} ({}). ", s.name,
                        known.size(), when(known.front()), when(known.back()),
                        text::format_number(*low->y, y_format, chart.language), when(*low),
                        text::format_number(*high->y, y_format, chart.language), when(*high));
  }
  return text;
}

}  // namespace

const ChartKind& line_chart_kind() {
  static const ChartKind kind{"line",
                              {.data = Need::required,
                               .x = Need::required,
                               .x_use = model::FieldUse::any,
                               .y = Need::required,
                               .series = Need::optional,
                               .estimated = Need::optional},
                              draw_line,
                              describe_line,
                              nullptr,
                              chart::require_dates};
  return kind;
}

}  // namespace folio::charts
