// Scatter: one marker per row at (x, y); an optional size field scales the marker's area, a
// series field colours it, and a label field names it. Labels go where they meet nothing
// (guide/point_labels), biggest markers first; one that fits nowhere is left out.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numeric>

#include "chart/series.h"
#include "chart/value_axis.h"
#include "charts/chart_kind.h"
#include "guide/axis.h"
#include "guide/legend.h"
#include "guide/point_labels.h"
#include "scale/linear_scale.h"
#include "scale/ticks.h"
#include "text/number_format.h"

namespace folio::charts {
namespace {

struct Dot {
  double x = 0, y = 0, size = 0;
  std::string series, label;
};

std::vector<Dot> dots_of(const model::Chart& chart) {
  std::vector<Dot> dots;
  if (!chart.data) return dots;
  for (size_t row = 0; row < chart.data->rows; ++row) {
    auto x = chart.x->numbers[row], y = chart.y->numbers[row];
    if (!x || !y) continue;  // a point needs both coordinates
    Dot dot{*x, *y, chart.size ? chart.size->numbers[row].value_or(0) : 0, "", ""};
    if (chart.series) dot.series = chart.series->texts[row].value_or("");
    if (chart.label) dot.label = chart.label->texts[row].value_or("");
    dots.push_back(dot);
  }
  return dots;
}

void draw_scatter(const DrawContext& ctx) {
  const auto& theme = ctx.theme;
  auto dots = dots_of(ctx.chart);
  // A log axis has no place for zero or less: such dots are left out of the plot.
  auto log_axis = [](const std::optional<spec::Axis>& axis) {
    return axis && axis->scale == "log";
  };
  std::erase_if(dots, [&](const Dot& d) {
    return (log_axis(ctx.chart.spec.x) && d.x <= 0) || (log_axis(ctx.chart.spec.y) && d.y <= 0);
  });
  std::vector<std::string> series;
  for (const auto& dot : dots)
    if (std::find(series.begin(), series.end(), dot.series) == series.end())
      series.push_back(dot.series);

  Rect body = ctx.body;
  std::vector<guide::LegendEntry> legend;
  if (series.size() > 1)
    for (size_t i = 0; i < series.size(); ++i)
      legend.push_back({series[i], theme.series(i).color, {}, theme.series(i).marker, true});
  guide::place_legend(ctx.frame, body, legend, guide::legend_position(ctx.chart.spec.legend),
                      theme);
  guide::take_axis_title(ctx.frame, body, ctx.chart.spec.y ? ctx.chart.spec.y->title : "", theme);

  double x_lo = INFINITY, x_hi = -INFINITY, y_lo = INFINITY, y_hi = -INFINITY, s_max = 0;
  for (const auto& d : dots) {
    x_lo = std::min(x_lo, d.x), x_hi = std::max(x_hi, d.x), y_lo = std::min(y_lo, d.y),
    y_hi = std::max(y_hi, d.y);
    s_max = std::max(s_max, d.size);
  }
  if (dots.empty()) x_lo = y_lo = 0, x_hi = y_hi = 1;
  chart::widen_to_axis(ctx.chart.spec.x, x_lo, x_hi);
  chart::widen_to_axis(ctx.chart.spec.y, y_lo, y_hi);
  auto y_value_axis =
      chart::value_axis(ctx.chart.spec.y, chart::axis_format(ctx.chart.spec.y, {}), y_lo, y_hi,
                        y_lo, std::max(3, static_cast<int>(body.height / 45)), ctx.chart.language);
  auto x_value_axis =
      chart::value_axis(ctx.chart.spec.x, chart::axis_format(ctx.chart.spec.x, {}), x_lo, x_hi,
                        x_lo, std::max(2, static_cast<int>(body.width / 70)), ctx.chart.language);
  const auto& y_ticks = y_value_axis.ticks;
  const auto& x_ticks = x_value_axis.ticks;
  auto y_axis = guide::shape_axis_labels(y_ticks.values, y_value_axis.labels, theme);
  y_axis.drawn = ctx.chart.value_axis_labels;
  auto x_axis = guide::shape_axis_labels(x_ticks.values, x_value_axis.labels, theme);
  // The x title sits under the tick labels, at the right end, where the values grow.
  std::string x_title = ctx.chart.spec.x ? ctx.chart.spec.x->title : "";
  if (!x_title.empty()) {
    auto run =
        text::shape_text(x_title, theme.text("axis.title"), {body.width, text::Align::right});
    ctx.frame.text({body.right() - run->size().width, body.bottom() - run->size().height}, run);
    body.height -= run->size().height + 4;
  }
  constexpr double kMaxRadius = 14, kMinRadius = 3.5;
  double pad = s_max > 0 ? kMaxRadius : kMinRadius;
  // The largest marker at the top of the axis must not reach the axis title above the plot.
  Rect plot{body.x + y_axis.max_width() + guide::kLabelGap + pad,
            body.y + std::max(y_axis.max_height() / 2, pad + 2), 0, 0};
  plot.width = body.right() - plot.x -
               std::max(pad, x_axis.labels.empty() ? 0.0 : x_axis.labels.back()->size().width / 2);
  plot.height = body.bottom() - plot.y - x_axis.max_height() - guide::kLabelGap - 2;
  auto x = x_value_axis.scale(plot.x, plot.right());
  auto y = y_value_axis.scale(plot.bottom(), plot.y);
  double grid_left = body.x + y_axis.max_width() + guide::kLabelGap;
  guide::draw_value_gridlines_y(
      ctx.frame, {grid_left, plot.y, plot.right() - grid_left, plot.height}, y, y_axis, theme);
  std::vector<double> x_positions;
  for (double v : x_ticks.values) x_positions.push_back(x(v));
  guide::draw_category_axis_x(ctx.frame, {grid_left, plot.y, plot.right() - grid_left, plot.height},
                              x_positions, x_axis, theme);

  // Area, not radius, follows the size field; big markers are drawn first so small ones stay
  // visible.
  auto radius = [&](const Dot& d) {
    return s_max > 0
               ? kMinRadius + (kMaxRadius - kMinRadius) * std::sqrt(std::max(0.0, d.size) / s_max)
               : kMinRadius;
  };
  std::vector<size_t> order(dots.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return dots[a].size > dots[b].size; });
  std::vector<guide::PointLabel> requests;
  std::vector<text::ShapedTextPtr> runs;
  for (size_t i : order) {
    const auto& d = dots[i];
    size_t index = std::find(series.begin(), series.end(), d.series) - series.begin();
    auto style = theme.series(index);
    Color color = style.color;
    ctx.frame.add(scene::Shape{scene::Path::marker(style.marker, {x(d.x), y(d.y)}, radius(d)),
                               color.with_alpha(0.75),
                               scene::Stroke{theme.color("background"), 0.8}});
    runs.push_back(d.label.empty() ? nullptr
                                   : text::shape_text(d.label, theme.text("label.point")));
    requests.push_back(
        {{x(d.x), y(d.y)}, radius(d), runs.back() ? runs.back()->size() : Size{0, 0}});
  }
  auto placed = guide::place_point_labels(
      requests, {ctx.body.x, body.y, ctx.body.width, plot.bottom() - body.y});
  for (size_t k = 0; k < placed.size(); ++k)
    if (runs[k] && placed[k]) ctx.frame.text({placed[k]->x, placed[k]->y}, runs[k]);
}

std::string describe_scatter(const model::Chart& chart) {
  auto dots = dots_of(chart);
  auto x_format = chart::axis_format(chart.spec.x, {});
  auto y_format = chart::axis_format(chart.spec.y, {});
  std::string text = fmt::format("{} points: ", dots.size());
  for (size_t i = 0; i < dots.size(); ++i) {
    text += fmt::format(
        "{}{}({}, {})", i ? "; " : "", dots[i].label.empty() ? "" : dots[i].label + " ",
        text::format_number(dots[i].x, x_format, chart.language),
        text::format_number(dots[i].y, y_format, chart.language));
  }
  return text + ".";
}

}  // namespace

const ChartKind& scatter_chart_kind() {
  static const ChartKind kind{"scatter",
                              {.data = Need::required,
                               .x = Need::required,
                               .x_use = model::FieldUse::numeric,
                               .y = Need::required,
                               .series = Need::optional,
                               .label = Need::optional,
                               .size = Need::optional},
                              draw_scatter,
                              describe_scatter};
  return kind;
}

}  // namespace folio::charts
