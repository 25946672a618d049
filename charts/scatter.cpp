// Scatter: one marker per row at (x, y); an optional size field scales the marker's area, a
// series field colours it, and a label field names it. Labels go where they meet nothing
// (guide/point_labels), biggest markers first; one that fits nowhere is left out.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numeric>

#include "chart/density.h"
#include "chart/native_chart.h"
#include "chart/plot_layout.h"
#include "chart/series.h"
#include "chart/xy_request.h"
#include "guide/point_labels.h"
#include "kind/chart_kind.h"
#include "text/number_format.h"

namespace folio::kind {
namespace {

// 32 bytes: a scatter plot may have a million. Its series and label are read from its row.
struct Dot {
  double x = 0, y = 0, size = 0;
  std::uint32_t row = 0;
};

std::vector<Dot> dots_of(const model::Chart& chart) {
  std::vector<Dot> dots;
  if (!chart.data) return dots;
  size_t count = 0;
  for (size_t row = 0; row < chart.data->rows; ++row)
    count += chart.x->number(row) && chart.y->number(row);
  dots.reserve(count);
  for (size_t row = 0; row < chart.data->rows; ++row) {
    auto x = chart.x->number(row), y = chart.y->number(row);
    if (!x || !y) continue;  // a point needs both coordinates
    dots.push_back({*x, *y, chart.size ? chart.size->number(row).value_or(0) : 0,
                    static_cast<std::uint32_t>(row)});
  }
  return dots;
}

std::string series_of(const model::Chart& chart, const Dot& dot) {
  return chart.series ? chart.series->text(dot.row).value_or("") : "";
}

std::string label_of(const model::Chart& chart, const Dot& dot) {
  return chart.label ? chart.label->text(dot.row).value_or("") : "";
}

// Too many points for a marker each: each series' points counted in bins and shaded by
// their number (chart/density.h), series over series. Sizes and labels are not drawn: no
// one could tell them apart.
void draw_density(const DrawContext& ctx, chart::Plot& plot, const std::vector<Dot>& dots,
                  const std::vector<std::uint32_t>& series_index,
                  const std::vector<std::string>& series) {
  for (size_t index = 0; index < series.size(); ++index) {
    std::vector<Point> points;
    for (size_t k = 0; k < dots.size(); ++k)
      if (series_index[k] == index)
        points.push_back({plot.position(dots[k].x), plot.value(dots[k].y)});
    auto density = chart::bin_density(points, plot.area);
    auto color = ctx.theme.series(index).color;
    for (int level = 0; level < chart::kDensityLevels; ++level) {
      if (density.levels[level].empty()) continue;
      scene::Path bins;
      for (const auto& r : density.levels[level]) {
        bins.move_to(r.left(), r.top()).line_to(r.right(), r.top());
        bins.line_to(r.right(), r.bottom()).line_to(r.left(), r.bottom()).close();
        plot.plane.taken.push_back(r);
      }
      ctx.frame.fill(bins, color.with_alpha(chart::density_alpha(level)));
    }
  }
}

void draw_scatter(const DrawContext& ctx) {
  const auto& theme = ctx.theme;
  const auto& chart = ctx.chart;
  auto dots = dots_of(chart);
  // A log axis has no place for zero or less: such dots are left out of the plot (and said so
  // in the description).
  auto log_axis = [](const std::optional<spec::Axis>& axis) {
    return axis && axis->scale == spec::Scale::log;
  };
  std::erase_if(dots, [&](const Dot& d) {
    return (log_axis(chart.spec.x) && d.x <= 0) || (log_axis(chart.spec.y) && d.y <= 0);
  });
  // Series in the order their first dot comes; each dot's index among them.
  std::vector<std::string> series;
  std::vector<std::uint32_t> series_index;
  series_index.reserve(dots.size());
  std::string last_name;
  for (const auto& dot : dots) {
    std::string name = series_of(chart, dot);
    if (series_index.empty() || name != last_name) {
      last_name = name;
      auto at = std::find(series.begin(), series.end(), name);
      if (at == series.end()) series.push_back(name), at = series.end() - 1;
      series_index.push_back(static_cast<std::uint32_t>(at - series.begin()));
    } else {
      series_index.push_back(series_index.back());
    }
  }

  double x_lo = INFINITY, x_hi = -INFINITY, y_lo = INFINITY, y_hi = -INFINITY, s_max = 0;
  for (const auto& d : dots) {
    x_lo = std::min(x_lo, d.x), x_hi = std::max(x_hi, d.x);
    y_lo = std::min(y_lo, d.y), y_hi = std::max(y_hi, d.y);
    s_max = std::max(s_max, d.size);
  }
  if (dots.empty()) x_lo = y_lo = 0, x_hi = y_hi = 1;
  chart::widen_to_axis(chart.spec.x, x_lo, x_hi);

  chart::PlotRequest request;
  request.position.kind = chart::PositionKind::numeric;
  request.position.lo = x_lo, request.position.hi = x_hi;
  request.position.format = chart::axis_format(chart.spec.x, {});
  request.position.log = log_axis(chart.spec.x);
  request.position.title = chart.spec.x ? chart.spec.x->title : "";
  request.value = chart::value_request(chart, y_lo, y_hi);
  request.value.from_zero = false;  // positions, not amounts
  request.value.positive_lo = y_lo;
  if (series.size() > 1)
    for (size_t i = 0; i < series.size(); ++i)
      request.legend.push_back(
          {series[i], theme.series(i).color, {}, theme.series(i).marker, true});
  request.legend_side = guide::legend_side(chart.spec.legend);
  constexpr double kMaxRadius = 14, kMinRadius = 3.5;
  double pad = s_max > 0 ? kMaxRadius : kMinRadius;
  request.edge_pad = pad;
  request.top_pad = pad + 2;  // the largest marker at the top must not reach the title above
  auto plot = chart::layout_plot(ctx, request);
  const auto& x = plot.position;
  const auto& y = plot.value;

  if (dots.size() > chart::kDensityPoints) {
    draw_density(ctx, plot, dots, series_index, series);
    chart::finish_plot(ctx, plot);
    return;
  }
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
    size_t index = series_index[i];
    auto style = theme.series(index);
    Point at{x(d.x), y(d.y)};
    ctx.frame.add(scene::Shape{scene::Path::marker(style.marker, at, radius(d)),
                               style.color.with_alpha(0.75),
                               scene::Stroke{theme.colors().background, 0.8}});
    plot.plane.taken.push_back({at.x - radius(d), at.y - radius(d), 2 * radius(d), 2 * radius(d)});
    auto label = label_of(chart, d);
    runs.push_back(label.empty()
                       ? nullptr
                       : text::shape_text(label, theme.text(model::TextRole::label_point)));
    requests.push_back({at, radius(d), runs.back() ? runs.back()->size() : Size{0, 0}});
  }
  // Labels stay inside the plot, clear of the axes' labels.
  auto placed = guide::place_point_labels(requests, plot.area);
  for (size_t k = 0; k < placed.size(); ++k)
    if (runs[k] && placed[k]) {
      ctx.frame.text({placed[k]->x, placed[k]->y}, runs[k]);
      plot.plane.taken.push_back(*placed[k]);
    }
  chart::finish_plot(ctx, plot);
}

// A text alternative reads out this many points at most.
constexpr size_t kListedPoints = 50;

std::string describe_scatter(const model::Chart& chart) {
  auto dots = dots_of(chart);
  auto x_format = chart::axis_format(chart.spec.x, {});
  auto y_format = chart::axis_format(chart.spec.y, {});
  std::string text = chart::count_phrase(dots.size(), "point", "points", chart.language) + ": ";
  if (dots.size() > kListedPoints) {
    // Too many to read out one by one: their extent instead.
    auto [x_low, x_high] = std::minmax_element(
        dots.begin(), dots.end(), [](const Dot& a, const Dot& b) { return a.x < b.x; });
    auto [y_low, y_high] = std::minmax_element(
        dots.begin(), dots.end(), [](const Dot& a, const Dot& b) { return a.y < b.y; });
    return text + fmt::format("x from {} to {}, y from {} to {}.",
                              text::format_number(x_low->x, x_format, chart.language),
                              text::format_number(x_high->x, x_format, chart.language),
                              text::format_number(y_low->y, y_format, chart.language),
                              text::format_number(y_high->y, y_format, chart.language));
  }
  for (size_t i = 0; i < dots.size(); ++i) {
    auto label = label_of(chart, dots[i]);
    text += fmt::format("{}{}({}, {})", i ? "; " : "", label.empty() ? "" : label + " ",
                        text::format_number(dots[i].x, x_format, chart.language),
                        text::format_number(dots[i].y, y_format, chart.language));
  }
  return text + ".";
}

}  // namespace

const ChartKind& scatter_chart_kind() {
  static const ChartKind kind{
      "scatter",
      {"x", "y", "series", "label", "size", "legend", "annotations", "facet"},
      {.data = Need::required,
       .x = Need::required,
       .x_use = model::FieldUse::numeric,
       .y = Need::required,
       .series = Need::optional,
       .label = Need::optional,
       .size = Need::optional},
      {.facets = true,
       .log_x = true,
       .log_y = true,
       .annotations = true,
       .numeric_x = true,
       .dots = true},
      draw_scatter,
      describe_scatter,
      nullptr,
      nullptr,
      [](const model::Chart& chart, const model::Theme& theme) {
        return chart::native_xy(chart, theme, NativeChart::Kind::scatter);
      }};
  return kind;
}

}  // namespace folio::kind
