// Bar chart: vertical columns over categories, or a horizontal ranking (sorted, with chosen
// categories highlighted). Bars start at zero; nulls draw no bar; values label each bar.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <functional>

#include "chart/ranking.h"
#include "chart/series.h"
#include "charts/chart_kind.h"
#include "guide/annotations.h"
#include "guide/axis.h"
#include "guide/legend.h"
#include "scale/linear_scale.h"
#include "text/number_format.h"

namespace folio::charts {
namespace {

using chart::Bar;
using chart::bar_color;
using chart::bars_of;
using chart::value_range;

// How a chart writes its value labels: the richest form that fits every label in `width`, so
// that all labels read alike ("US$40 million", else "US$40M", else "40M", else "40").
using ValueWriter = std::function<std::string(double)>;
ValueWriter value_writer(const std::vector<double>& values, const spec::NumberFormat& format,
                         const model::TextStyle& style, double width, const std::string& language) {
  double largest = 0;
  for (double v : values) largest = std::max(largest, std::fabs(v));
  spec::NumberFormat in_short = format, bare = format;
  in_short.notation = "short";
  if (bare.style == "currency") bare.style = "compact";  // the axis names the currency
  bare.notation = "short";
  std::vector<ValueWriter> writers{
      [format, language](double v) { return text::format_number(v, format, language); },
      [in_short, language](double v) { return text::format_number(v, in_short, language); },
      [bare, language](double v) { return text::format_number(v, bare, language); },
      // A bare number in the unit of the largest: the axis's top tick names it.
      [bare, largest, language](double v) {
        return text::format_ticks({0, v, largest * 2}, bare, language)[1];
      }};
  for (const auto& writer : writers) {
    bool fits = std::all_of(values.begin(), values.end(), [&](double v) {
      return text::shape_text(writer(v), style)->size().width <= width;
    });
    if (fits) return writer;
  }
  return writers.back();
}

void draw_vertical(const DrawContext& ctx, const std::vector<Bar>& bars) {
  const auto& theme = ctx.theme;
  auto format = chart::axis_format(ctx.chart.spec.y, {});
  Rect body = ctx.body;
  guide::take_axis_title(ctx.frame, body, ctx.chart.spec.y ? ctx.chart.spec.y->title : "", theme);
  double lo, hi;
  value_range(bars, ctx.chart.spec.y, lo, hi);
  auto ticks = scale::nice_ticks(lo, hi, std::max(3, static_cast<int>(body.height / 45)));
  auto y_axis =
      guide::shape_axis_labels(ticks.values, text::format_ticks(ticks.values, format, ctx.chart.language), theme);
  y_axis.drawn = ctx.chart.value_axis_labels;

  // Category names wrap to their band, so that narrow charts keep them apart.
  scale::BandScale probe{static_cast<int>(bars.size()), body.x, body.right(), theme.size("barGap")};
  guide::AxisLabels x_axis;
  for (const auto& bar : bars)
    x_axis.labels.push_back(text::shape_text(bar.category, theme.text("axis.label"),
                                             {probe.step() - 2, text::Align::center, 3}));
  auto value_style = theme.text("label.value");
  double value_height = text::shape_text("0", value_style)->size().height;

  Rect plot{body.x + y_axis.max_width() + guide::kLabelGap,
            body.y + std::max(value_height, y_axis.max_height() / 2), 0, 0};
  plot.width = body.right() - plot.x;
  plot.height = body.bottom() - plot.y - x_axis.max_height() - guide::kLabelGap - 2;
  scale::ContinuousScale y{ticks.min, ticks.max, plot.bottom(), plot.y};
  scale::BandScale band{static_cast<int>(bars.size()), plot.x, plot.right(), theme.size("barGap")};
  guide::draw_value_gridlines_y(ctx.frame, plot, y, y_axis, theme);
  guide::AnnotationPlane plane{plot, std::nullopt, y};
  guide::draw_annotation_ranges(ctx.frame, plane, ctx.chart.spec.annotations, theme);
  std::vector<double> values;
  for (const auto& bar : bars)
    if (bar.value) values.push_back(*bar.value);
  auto write = value_writer(values, format, value_style, band.step(), ctx.chart.language);
  std::vector<double> centers;
  for (size_t i = 0; i < bars.size(); ++i) {
    centers.push_back(band.center(static_cast<int>(i)));
    if (!bars[i].value) continue;
    double y0 = y(0), y1 = y(*bars[i].value);
    Rect r{band.start(static_cast<int>(i)), std::min(y0, y1), band.bandwidth(), std::fabs(y1 - y0)};
    ctx.frame.fill(scene::Path::rectangle(r), bar_color(bars[i], ctx.chart, theme));
    auto label = text::shape_text(write(*bars[i].value), value_style);
    double label_y = r.y - label->size().height - 1;
    if (*bars[i].value < 0) {
      // Below a negative bar the label would meet the category names: set it inside the bar's
      // end, in the background colour, when the bar is long enough.
      bool inside = r.height > label->size().height + 4;
      label_y = inside ? r.bottom() - label->size().height - 2 : r.bottom() + 1;
      if (inside) {
        auto style = value_style;
        style.color = theme.color("background");
        label = text::shape_text(write(*bars[i].value), style);
      }
    }
    ctx.frame.text({centers.back() - label->size().width / 2, label_y}, label);
  }
  guide::draw_annotation_marks(ctx.frame, plane, ctx.chart.spec.annotations, theme);
  guide::draw_category_axis_x(ctx.frame, plot, centers, x_axis, theme);
}

// Columns for several series over shared categories: side by side, stacked, or stacked to
// 100% of each category. Categories keep their first appearance; nulls draw nothing.
void draw_series_columns(const DrawContext& ctx) {
  const auto& theme = ctx.theme;
  auto series = chart::group_series(ctx.chart);
  std::vector<std::string> categories;
  for (const auto& s : series)
    for (const auto& p : s.points)
      if (std::find(categories.begin(), categories.end(), p.category) == categories.end())
        categories.push_back(p.category);
  // value[s][c], nullopt where series s has no value for category c
  std::vector<std::vector<std::optional<double>>> value(
      series.size(), std::vector<std::optional<double>>(categories.size()));
  for (size_t s = 0; s < series.size(); ++s)
    for (const auto& p : series[s].points) {
      size_t c = std::find(categories.begin(), categories.end(), p.category) - categories.begin();
      value[s][c] = p.y;
    }
  const std::string& stack = ctx.chart.spec.stack;
  if (stack == "percent") {
    for (size_t c = 0; c < categories.size(); ++c) {
      double total = 0;
      for (size_t s = 0; s < series.size(); ++s) total += std::max(0.0, value[s][c].value_or(0));
      for (size_t s = 0; s < series.size(); ++s)
        if (value[s][c]) value[s][c] = total > 0 ? std::max(0.0, *value[s][c]) / total : 0.0;
    }
  }
  double lo = 0, hi = 0;
  for (size_t c = 0; c < categories.size(); ++c) {
    double up = 0, down = 0;
    for (size_t s = 0; s < series.size(); ++s) {
      double v = value[s][c].value_or(0);
      if (stack == "none")
        lo = std::min(lo, v), hi = std::max(hi, v);
      else
        (v >= 0 ? up : down) += v;
    }
    lo = std::min(lo, down), hi = std::max(hi, up);
  }
  if (stack != "percent") chart::widen_to_axis(ctx.chart.spec.y, lo, hi);
  if (lo == hi) hi = 1;

  Rect body = ctx.body;
  std::vector<guide::LegendEntry> legend;
  for (size_t s = 0; s < series.size(); ++s)
    legend.push_back({series[s].name, theme.series(s).color, {}, ""});
  guide::place_legend(ctx.frame, body, legend, guide::legend_position(ctx.chart.spec.legend),
                      theme);
  guide::take_axis_title(ctx.frame, body, ctx.chart.spec.y ? ctx.chart.spec.y->title : "", theme);
  spec::NumberFormat format = chart::axis_format(ctx.chart.spec.y, {});
  if (stack == "percent") format = chart::percent_format(format);
  auto ticks = scale::nice_ticks(lo, hi, std::max(3, static_cast<int>(body.height / 45)));
  if (stack == "percent") ticks = scale::nice_ticks(0, 1, 5);
  auto y_axis =
      guide::shape_axis_labels(ticks.values, text::format_ticks(ticks.values, format, ctx.chart.language), theme);
  y_axis.drawn = ctx.chart.value_axis_labels;
  scale::BandScale probe{static_cast<int>(categories.size()), body.x, body.right(),
                         theme.size("barGap")};
  guide::AxisLabels x_axis;
  for (const auto& category : categories)
    x_axis.labels.push_back(text::shape_text(category, theme.text("axis.label"),
                                             {probe.step() - 2, text::Align::center, 3}));
  Rect plot{body.x + y_axis.max_width() + guide::kLabelGap, body.y + y_axis.max_height() / 2, 0, 0};
  plot.width = body.right() - plot.x;
  plot.height = body.bottom() - plot.y - x_axis.max_height() - guide::kLabelGap - 2;
  scale::ContinuousScale y{ticks.min, ticks.max, plot.bottom(), plot.y};
  scale::BandScale band{static_cast<int>(categories.size()), plot.x, plot.right(),
                        theme.size("barGap")};
  guide::draw_value_gridlines_y(ctx.frame, plot, y, y_axis, theme);

  double slot = band.bandwidth() / static_cast<double>(series.size());
  std::vector<double> values;
  for (const auto& row : value)
    for (const auto& v : row)
      if (v) values.push_back(*v);
  auto write = value_writer(values, format, theme.text("label.value"), slot + 2, ctx.chart.language);
  std::vector<double> centers;
  for (size_t c = 0; c < categories.size(); ++c) {
    centers.push_back(band.center(static_cast<int>(c)));
    double up = 0, down = 0;
    for (size_t s = 0; s < series.size(); ++s) {
      if (!value[s][c]) continue;
      double v = *value[s][c];
      double base = stack == "none" ? 0 : (v >= 0 ? up : down);
      double x = stack == "none" ? band.start(static_cast<int>(c)) + slot * static_cast<double>(s)
                                 : band.start(static_cast<int>(c));
      double width = stack == "none" ? slot * 0.92 : band.bandwidth();
      double y0 = y(base), y1 = y(base + v);
      Rect r{x, std::min(y0, y1), width, std::fabs(y1 - y0)};
      // Stacked segments are parted by a hairline of the background so that equal colours do not
      // merge.
      ctx.frame.add(scene::Shape{scene::Path::rectangle(r), theme.series(s).color,
                                 stack == "none" ? std::nullopt
                                                 : std::optional<scene::Stroke>(scene::Stroke{
                                                       theme.color("background"), 0.8})});
      if (stack != "none") {
        (v >= 0 ? up : down) += v;
      } else {
        // Side by side, each column is labelled where its value fits over it.
        auto label = text::shape_text(write(v), theme.text("label.value"));
        if (label->size().width <= slot + 2)
          ctx.frame.text({x + width / 2 - label->size().width / 2,
                          v >= 0 ? r.y - label->size().height - 1 : r.bottom() + 1},
                         label);
      }
    }
  }
  guide::draw_category_axis_x(ctx.frame, plot, centers, x_axis, theme);
}

void draw_bar(const DrawContext& ctx) {
  if (ctx.chart.series && ctx.chart.spec.orientation == "vertical") {
    draw_series_columns(ctx);
    return;
  }
  auto bars = bars_of(ctx.chart);
  if (ctx.chart.spec.orientation == "horizontal")
    chart::draw_ranking(ctx, bars, chart::RankingMark::bar);
  else
    draw_vertical(ctx, bars);
}

std::string describe_bar(const model::Chart& chart) {
  auto bars = bars_of(chart);
  auto format = chart::axis_format(chart.spec.y, {});
  std::string text = fmt::format("{} bars: ", bars.size());
  for (size_t i = 0; i < bars.size(); ++i)
    text += fmt::format("{}{} {}", i ? "; " : "", bars[i].category,
                        bars[i].value ? text::format_number(*bars[i].value, format, chart.language) : "no value");
  return text + ".";
}

// Rankings grow with their bar count; columns follow the chart's aspect ratio.
double bar_height(const model::Chart& chart, const model::Theme&, double) {
  if (chart.spec.orientation != "horizontal") return 0;
  bool titled = chart.spec.y && !chart.spec.y->title.empty();
  return static_cast<double>(bars_of(chart).size()) * 24 + (titled ? 16 : 0);
}

}  // namespace

const ChartKind& bar_chart_kind() {
  static const ChartKind kind{"bar",
                              {.data = Need::required,
                               .x = Need::required,
                               .x_use = model::FieldUse::any,
                               .y = Need::required,
                               .series = Need::optional,
                               .estimated = Need::optional},
                              draw_bar,
                              describe_bar,
                              bar_height};
  return kind;
}

}  // namespace folio::charts
