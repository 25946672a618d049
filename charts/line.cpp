// Line chart: one line per series over a numeric x (often years), value axis from zero,
// legend on top when there are several series. Estimated points have open markers.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>

#include "chart/series.h"
#include "charts/chart_kind.h"
#include "guide/annotations.h"
#include "guide/axis.h"
#include "guide/direct_labels.h"
#include "guide/legend.h"
#include "text/number_format.h"

namespace folio::charts {
namespace {

struct Extent {
  double min = std::numeric_limits<double>::infinity();
  double max = -std::numeric_limits<double>::infinity();
  void add(double v) { min = std::min(min, v), max = std::max(max, v); }
  bool empty() const { return min > max; }
};

void draw_line(const DrawContext& ctx) {
  const auto& theme = ctx.theme;
  auto series = chart::group_series(ctx.chart);
  Extent xs, ys;
  ys.add(0);  // value axes start at zero so that slopes and sizes are not exaggerated
  for (const auto& s : series)
    for (const auto& p : s.points) {
      xs.add(p.x);
      if (p.y) ys.add(*p.y);
    }
  if (xs.empty()) xs.add(0), xs.add(1);
  if (ctx.chart.spec.y && ctx.chart.spec.y->min) ys.add(*ctx.chart.spec.y->min);
  if (ctx.chart.spec.y && ctx.chart.spec.y->max) ys.add(*ctx.chart.spec.y->max);

  Rect body = ctx.body;
  const std::string& legend_mode = ctx.chart.spec.legend;
  bool direct = series.size() > 1 &&
                (legend_mode == "direct" || (legend_mode == "auto" && series.size() <= 4));
  std::vector<guide::LegendEntry> legend;
  if (series.size() > 1 && !direct && legend_mode != "none")
    for (size_t i = 0; i < series.size(); ++i) {
      auto style = theme.series(i);
      legend.push_back({series[i].name, style.color, style.dash, style.marker});
    }
  body.y += guide::draw_legend_top(ctx.frame, body, legend, theme);
  // Direct labels take a column right of the plot as wide as the longest name (at most a
  // quarter of the chart), in each series' colour, so the eye need not travel to a legend.
  std::vector<text::ShapedTextPtr> end_labels;
  double end_width = 0;
  if (direct) {
    for (size_t i = 0; i < series.size(); ++i) {
      auto style = theme.text("label.series");
      style.color = theme.series(i).color;
      end_labels.push_back(text::shape_text(series[i].name, style, {body.width / 4}));
      end_width = std::max(end_width, end_labels.back()->size().width);
    }
    body.width -= end_width + 8;
  }
  double title_height = guide::draw_axis_title_top(
      ctx.frame, body, ctx.chart.spec.y ? ctx.chart.spec.y->title : "", theme);
  body.y += title_height;
  body.height = ctx.body.bottom() - body.y;

  auto y_ticks = scale::nice_ticks(ys.min, ys.max, std::max(3, static_cast<int>(body.height / 45)));
  auto y_format = chart::axis_format(ctx.chart.spec.y, {});
  auto y_axis =
      guide::shape_axis_labels(y_ticks.values, text::format_ticks(y_ticks.values, y_format), theme);

  auto x_format = chart::axis_format(ctx.chart.spec.x, chart::default_x_format(ctx.chart.x));
  double min_step = x_format.style == "year" ? 1 : 0;
  auto x_ticks = scale::nice_ticks_at_least(
      xs.min, xs.max, std::max(2, static_cast<int>(body.width / 60)), min_step);
  std::vector<double> x_values;
  for (double v : x_ticks.values)
    if (v >= xs.min - 1e-9 && v <= xs.max + 1e-9) x_values.push_back(v);
  auto x_axis = guide::shape_axis_labels(x_values, text::format_ticks(x_values, x_format), theme);

  double marker = theme.size("marker");
  Rect plot{body.x + y_axis.max_width() + guide::kLabelGap, body.y + y_axis.max_height() / 2, 0, 0};
  double right_pad =
      std::max(marker + 2, x_axis.labels.empty() ? 0.0 : x_axis.labels.back()->size().width / 2);
  plot.width = body.right() - plot.x - right_pad;
  plot.height = body.bottom() - plot.y - x_axis.max_height() - guide::kLabelGap;
  // Keep the first year label clear of the value labels.
  double inset = x_axis.labels.empty()
                     ? 0
                     : std::max(0.0, x_axis.labels.front()->size().width / 2 - y_axis.max_width());
  plot.x += inset + marker;
  plot.width -= inset + marker;

  scale::LinearScale x{xs.min, xs.max, plot.x, plot.right()};
  scale::LinearScale y{y_ticks.min, y_ticks.max, plot.bottom(), plot.y};
  guide::draw_value_gridlines_y(
      ctx.frame,
      Rect{body.x + y_axis.max_width() + guide::kLabelGap, plot.y,
           plot.right() - body.x - y_axis.max_width() - guide::kLabelGap, plot.height},
      y, y_axis, theme);
  std::vector<double> x_positions;
  for (double v : x_values) x_positions.push_back(x(v));
  guide::draw_category_axis_x(ctx.frame, plot, x_positions, x_axis, theme);

  guide::AnnotationPlane plane{plot, x, y};
  guide::draw_annotation_ranges(ctx.frame, plane, ctx.chart.spec.annotations, theme);
  std::vector<std::pair<size_t, double>> ends;  // series, y of its last value
  for (size_t i = 0; i < series.size(); ++i) {
    auto style = theme.series(i);
    Color color = style.color;
    auto points = series[i].points;
    std::stable_sort(points.begin(), points.end(),
                     [](const auto& a, const auto& b) { return a.x < b.x; });
    scene::Path path;
    bool pen_down = false;
    for (const auto& p : points) {
      if (!p.y) {
        pen_down = false;  // a null leaves a gap
        continue;
      }
      if (pen_down)
        path.line_to(x(p.x), y(*p.y));
      else
        path.move_to(x(p.x), y(*p.y));
      pen_down = true;
    }
    ctx.frame.stroke(path, {color, theme.size("line"), style.dash, true});
    if (direct)
      for (auto it = points.rbegin(); it != points.rend(); ++it)
        if (it->y) {
          ends.push_back({i, y(*it->y)});
          break;
        }
    for (const auto& p : points) {
      if (!p.y) continue;
      auto dot = scene::Path::marker(style.marker, {x(p.x), y(*p.y)}, marker);
      ctx.frame.add(scene::Shape{dot, p.estimated ? theme.color("background") : color,
                                 scene::Stroke{color, 1.2}});
    }
  }
  guide::draw_annotation_marks(ctx.frame, plane, ctx.chart.spec.annotations, theme);
  if (!ends.empty()) {
    std::vector<double> wanted, heights;
    for (const auto& [index, end_y] : ends) {
      wanted.push_back(end_y);
      heights.push_back(end_labels[index]->size().height);
    }
    auto centres = guide::dodge_vertically(wanted, heights, ctx.body.y, plot.bottom(), 2);
    for (size_t k = 0; k < ends.size(); ++k) {
      const auto& label = end_labels[ends[k].first];
      ctx.frame.text({plot.right() + marker + 6, centres[k] - label->size().height / 2}, label);
    }
  }
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
    text += fmt::format(
        "{}: {} values from {} to {}; lowest {} ({}), highest {} ({}). ", s.name, known.size(),
        text::format_number(known.front().x, x_format),
        text::format_number(known.back().x, x_format), text::format_number(*low->y, y_format),
        text::format_number(low->x, x_format), text::format_number(*high->y, y_format),
        text::format_number(high->x, x_format));
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
                              describe_line};
  return kind;
}

}  // namespace folio::charts
