// Bar chart: columns over categories (one series, or several side by side, stacked or stacked
// to 100%), or a horizontal ranking (sorted, with chosen categories highlighted). Bars start
// at zero; stacks diverge, positive parts up from zero and negative ones down; nulls draw no
// bar; values label each bar where they fit.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <functional>

#include "chart/bars.h"
#include "chart/native_chart.h"
#include "chart/plot_layout.h"
#include "chart/ranking.h"
#include "chart/series.h"
#include "chart/value_labels.h"
#include "chart/xy_request.h"
#include "core/limits.h"
#include "kind/chart_kind.h"
#include "text/number_format.h"

namespace folio::kind {
namespace {

using chart::Bar;
using chart::value_writer;

double value_label_height(const model::Theme& theme) {
  return text::shape_text("0", theme.text(model::TextRole::label_value))->size().height;
}

// A value label over a positive bar, under the end of a negative one (inside it, in the
// background colour, when it is long enough, so it does not meet the category names).
void label_bar(const DrawContext& ctx, chart::Plot& plot, const Rect& bar, double value,
               const std::string& text, double centre) {
  auto style = ctx.theme.text(model::TextRole::label_value);
  auto label = text::shape_text(text, style);
  double y = bar.y - label->size().height - 1;
  if (value < 0) {
    bool inside = bar.height > label->size().height + 4;
    y = inside ? bar.bottom() - label->size().height - 2 : bar.bottom() + 1;
    if (inside) {
      style.color = ctx.theme.colors().background;
      label = text::shape_text(text, style);
    } else if (y + label->size().height > plot.area.bottom()) {
      y = bar.y - label->size().height - 1;  // no room under it: above the zero line instead
    }
  }
  Point at{centre - label->size().width / 2, y};
  ctx.frame.text(at, label);
  plot.plane.taken.push_back({at.x, at.y, label->size().width, label->size().height});
}

chart::PlotRequest column_request(const DrawContext& ctx,
                                  const std::vector<std::string>& categories, double lo,
                                  double hi) {
  chart::PlotRequest request;
  request.position.kind = chart::PositionKind::band;
  request.position.categories = categories;
  request.position.title = ctx.chart.spec.x ? ctx.chart.spec.x->title : "";
  request.value = chart::value_request(ctx.chart, lo, hi);
  request.top_pad = value_label_height(ctx.theme) + 1;
  return request;
}

void draw_columns(const DrawContext& ctx, const std::vector<Bar>& bars) {
  double lo, hi;
  chart::value_extent(bars, lo, hi);
  auto plot = chart::layout_plot(ctx, column_request(ctx, chart::categories_of(bars), lo, hi));
  std::vector<double> values;
  for (const auto& bar : bars)
    if (bar.value) values.push_back(*bar.value);
  auto write = value_writer(values, plot.value_format, ctx.theme.text(model::TextRole::label_value),
                            plot.band.step(), ctx.chart.language);
  for (size_t i = 0; i < bars.size(); ++i) {
    if (!bars[i].value) continue;
    double y0 = plot.value(0), y1 = plot.value(*bars[i].value);
    Rect r{plot.band.start(static_cast<int>(i)), std::min(y0, y1), plot.band.bandwidth(),
           std::fabs(y1 - y0)};
    ctx.frame.fill(scene::Path::rectangle(r), chart::bar_color(bars[i], ctx.chart, ctx.theme));
    plot.plane.taken.push_back(r);
    // A value too wide for its band stays out (the description has it) rather than collide.
    std::string text = write(*bars[i].value);
    if (text::shape_text(text, ctx.theme.text(model::TextRole::label_value))->size().width <=
        plot.band.step() - 2)
      label_bar(ctx, plot, r, *bars[i].value, text, plot.band_centre(i));
  }
  chart::finish_plot(ctx, plot);
}

// Columns for several series over shared categories: side by side, stacked, or stacked to
// 100% of each category's sizes. Categories keep their first appearance; nulls draw nothing.
void draw_series_columns(const DrawContext& ctx) {
  const auto& theme = ctx.theme;
  auto series = chart::group_series(ctx.chart);
  std::vector<std::string> categories;
  for (const auto& s : series)
    for (const auto& p : s.points)
      if (std::find(categories.begin(), categories.end(), chart::category(ctx.chart, p)) ==
          categories.end())
        categories.push_back(chart::category(ctx.chart, p));
  // value[s][c], nullopt where series s has no value for category c
  std::vector<std::vector<std::optional<double>>> value(
      series.size(), std::vector<std::optional<double>>(categories.size()));
  for (size_t s = 0; s < series.size(); ++s)
    for (const auto& p : series[s].points) {
      size_t c = std::find(categories.begin(), categories.end(), chart::category(ctx.chart, p)) -
                 categories.begin();
      value[s][c] = p.y;
    }
  spec::Stack stack = ctx.chart.spec.stack;
  if (stack == spec::Stack::percent) {
    for (size_t c = 0; c < categories.size(); ++c) {
      double total = 0;
      for (size_t s = 0; s < series.size(); ++s) total += std::fabs(value[s][c].value_or(0));
      for (size_t s = 0; s < series.size(); ++s)
        if (value[s][c]) value[s][c] = total > 0 ? *value[s][c] / total : 0.0;
    }
  }
  double lo = 0, hi = 0;
  for (size_t c = 0; c < categories.size(); ++c) {
    double up = 0, down = 0;
    for (size_t s = 0; s < series.size(); ++s) {
      double v = value[s][c].value_or(0);
      if (stack == spec::Stack::none)
        lo = std::min(lo, v), hi = std::max(hi, v);
      else
        (v >= 0 ? up : down) += v;
    }
    lo = std::min(lo, down), hi = std::max(hi, up);
  }
  auto request = column_request(ctx, categories, lo, hi);
  if (stack == spec::Stack::percent) {
    request.value.format = chart::percent_format(request.value.format);
    request.value.percent = lo >= 0;
    request.value.min = request.value.max = std::nullopt;
  }
  for (size_t s = 0; s < series.size(); ++s)
    request.legend.push_back({series[s].name, theme.series(s).color, {}, ""});
  request.legend_side = guide::legend_side(ctx.chart.spec.legend);
  if (stack != spec::Stack::none) request.top_pad = 0;
  auto plot = chart::layout_plot(ctx, request);

  double slot = plot.band.bandwidth() / static_cast<double>(series.size());
  std::vector<double> values;
  for (const auto& row : value)
    for (const auto& v : row)
      if (v) values.push_back(*v);
  auto write = value_writer(values, plot.value_format, theme.text(model::TextRole::label_value),
                            slot + 2, ctx.chart.language);
  for (size_t c = 0; c < categories.size(); ++c) {
    double up = 0, down = 0;
    for (size_t s = 0; s < series.size(); ++s) {
      if (!value[s][c]) continue;
      double v = *value[s][c];
      bool side_by_side = stack == spec::Stack::none;
      double base = side_by_side ? 0 : (v >= 0 ? up : down);
      double x =
          plot.band.start(static_cast<int>(c)) + (side_by_side ? slot * static_cast<double>(s) : 0);
      double width = side_by_side ? slot * 0.92 : plot.band.bandwidth();
      double y0 = plot.value(base), y1 = plot.value(base + v);
      Rect r{x, std::min(y0, y1), width, std::fabs(y1 - y0)};
      // Stacked segments are parted by a hairline of the background so that equal colours do
      // not merge.
      ctx.frame.add(scene::Shape{scene::Path::rectangle(r), theme.series(s).color,
                                 side_by_side ? std::nullopt
                                              : std::optional<scene::Stroke>(scene::Stroke{
                                                    theme.colors().background, 0.8})});
      plot.plane.taken.push_back(r);
      if (!side_by_side) {
        (v >= 0 ? up : down) += v;
      } else if (text::shape_text(write(v), theme.text(model::TextRole::label_value))
                     ->size()
                     .width <= slot + 2) {
        label_bar(ctx, plot, r, v, write(v), x + width / 2);
      }
    }
  }
  chart::finish_plot(ctx, plot);
}

void draw_bar(const DrawContext& ctx) {
  bool horizontal = ctx.chart.spec.orientation == spec::Orientation::horizontal;
  if (ctx.chart.series && !horizontal) {
    draw_series_columns(ctx);
    return;
  }
  auto bars = chart::bars_of(ctx.chart);
  if (horizontal)
    chart::draw_ranking(ctx, bars, chart::RankingMark::bar);
  else
    draw_columns(ctx, bars);
}

std::string describe_bar(const model::Chart& chart) {
  if (chart.series && chart.spec.orientation == spec::Orientation::vertical) {
    auto format = chart::axis_format(chart.spec.y, {});
    std::string text;
    for (const auto& s : chart::group_series(chart)) {
      text += s.name + ": ";
      for (size_t i = 0; i < s.points.size(); ++i)
        text +=
            fmt::format("{}{} {}", i ? "; " : "", chart::category(chart, s.points[i]),
                        s.points[i].y ? text::format_number(*s.points[i].y, format, chart.language)
                                      : "no value");
      text += ". ";
    }
    return text;
  }
  return chart::describe_bars(chart, "bar", "bars");
}

// Rankings grow with their categories; columns follow the chart's aspect ratio.
double bar_height(const model::Chart& chart, const model::Theme& theme, double width) {
  if (chart.spec.orientation != spec::Orientation::horizontal) return 0;
  return chart::ranking_height_of(chart, theme, width);
}

}  // namespace

const ChartKind& bar_chart_kind() {
  static const ChartKind kind{
      "bar",
      {"x", "y", "series", "estimated", "orientation", "sort", "stack", "legend", "highlight",
       "top", "annotations", "facet"},
      {.data = Need::required,
       .x = Need::required,
       .x_use = model::FieldUse::any,
       .y = Need::required,
       .series = Need::optional,
       .estimated = Need::optional},
      {.facets = true, .annotations = true, .max_rows = limits::kCategoryMarks, .rows_are = "bars"},
      draw_bar,
      describe_bar,
      bar_height,
      chart::require_highlights,
      chart::native_bars};
  return kind;
}

}  // namespace folio::kind
