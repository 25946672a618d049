// Scatter: one marker per row at (x, y); an optional size field scales the marker's area, a
// series field colours it, and a label field names it. Labels go where they meet nothing
// (guide/point_labels), biggest markers first; one that fits nowhere is left out.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>
#include <unordered_map>

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

// Every row with both coordinates, in order, handed to `take` as a dot.
template <class Take>
void for_each_dot(const model::Chart& chart, Take&& take) {
  if (!chart.data) return;
  for (size_t row = 0; row < chart.data->rows; ++row) {
    auto x = chart.x->number(row), y = chart.y->number(row);
    if (!x || !y) continue;  // a point needs both coordinates
    take(Dot{*x, *y, chart.size ? chart.size->number(row).value_or(0) : 0,
             static_cast<std::uint32_t>(row)});
  }
}

std::vector<Dot> dots_of(const model::Chart& chart) {
  std::vector<Dot> dots;
  size_t count = 0;
  for_each_dot(chart, [&](const Dot&) { ++count; });
  dots.reserve(count);
  for_each_dot(chart, [&](const Dot& dot) { dots.push_back(dot); });
  return dots;
}

std::string series_of(const model::Chart& chart, const Dot& dot) {
  return chart.series ? chart.series->text(dot.row).value_or("") : "";
}

std::string label_of(const model::Chart& chart, const Dot& dot) {
  return chart.label ? chart.label->text(dot.row).value_or("") : "";
}

// Series in the order their first dot comes. Rows of one series come together, as a rule, so
// the last one's name is compared first.
struct SeriesOrder {
  std::vector<std::string> names;
  std::unordered_map<std::string, std::uint32_t> indices;
  std::string last_name;
  std::uint32_t last = 0;

  std::uint32_t index_of(const std::string& name) {
    if (!names.empty() && name == last_name) return last;
    auto [at, added] = indices.try_emplace(name, static_cast<std::uint32_t>(names.size()));
    if (added) names.push_back(name);
    last_name = name;
    return last = at->second;
  }
};

// What the plot must hold: the dots' extent and their largest size.
struct Extent {
  double x_lo = INFINITY, x_hi = -INFINITY, y_lo = INFINITY, y_hi = -INFINITY, s_max = 0;
  bool any = false;
  void add(const Dot& d) {
    x_lo = std::min(x_lo, d.x), x_hi = std::max(x_hi, d.x);
    y_lo = std::min(y_lo, d.y), y_hi = std::max(y_hi, d.y);
    s_max = std::max(s_max, d.size);
    any = true;
  }
};

constexpr double kMaxRadius = 14, kMinRadius = 3.5;

bool log_axis(const std::optional<spec::Axis>& axis) {
  return axis && axis->scale == spec::Scale::log;
}

// The plot for dots of `extent` in `series`, laid out with its axes and legend.
chart::Plot scatter_plot(const DrawContext& ctx, Extent extent,
                         const std::vector<std::string>& series) {
  const auto& theme = ctx.theme;
  const auto& chart = ctx.chart;
  if (!extent.any) extent.x_lo = extent.y_lo = 0, extent.x_hi = extent.y_hi = 1;
  chart::widen_to_axis(chart.spec.x, extent.x_lo, extent.x_hi);
  chart::PlotRequest request;
  request.position.kind = chart::PositionKind::numeric;
  request.position.lo = extent.x_lo, request.position.hi = extent.x_hi;
  request.position.format = chart::axis_format(chart.spec.x, {});
  request.position.log = log_axis(chart.spec.x);
  request.position.title = chart.spec.x ? chart.spec.x->title : "";
  request.value = chart::value_request(chart, extent.y_lo, extent.y_hi);
  request.value.from_zero = false;  // positions, not amounts
  request.value.positive_lo = extent.y_lo;
  if (series.size() > 1)
    for (size_t i = 0; i < series.size(); ++i)
      request.legend.push_back(
          {series[i], theme.series(i).color, {}, theme.series(i).marker, true});
  request.legend_side = guide::legend_side(chart.spec.legend);
  double pad = extent.s_max > 0 ? kMaxRadius : kMinRadius;
  request.edge_pad = pad;
  request.top_pad = pad + 2;  // the largest marker at the top must not reach the title above
  return chart::layout_plot(ctx, request);
}

// Too many points for a marker each: each series' points counted in bins and shaded by their
// number (chart/density.h), series over series. Sizes and labels are not drawn: no one could
// tell them apart. The points are read from the columns as they are counted, never copied:
// once for the extent and the series, then for the bins, as many series at a time as 16 MB of
// counts hold.
void draw_density(const DrawContext& ctx, const std::function<bool(const Dot&)>& kept) {
  const auto& chart = ctx.chart;
  Extent extent;
  SeriesOrder order;
  for_each_dot(chart, [&](const Dot& d) {
    if (!kept(d)) return;
    extent.add(d);
    order.index_of(series_of(chart, d));
  });
  auto plot = scatter_plot(ctx, extent, order.names);
  const size_t series = order.names.size();
  constexpr size_t kCounts = 4 << 20;
  const size_t batch = std::max<size_t>(1, kCounts / chart::DensityCounter::bins(plot.area));
  for (size_t first = 0; first < series; first += batch) {
    const size_t end = std::min(series, first + batch);
    std::vector<chart::DensityCounter> counters(end - first, chart::DensityCounter(plot.area));
    for_each_dot(chart, [&](const Dot& d) {
      if (!kept(d)) return;
      size_t index = order.index_of(series_of(chart, d));
      if (index >= first && index < end)
        counters[index - first].add({plot.position(d.x), plot.value(d.y)});
    });
    for (size_t index = first; index < end; ++index) {
      auto density = counters[index - first].finish();
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
  chart::finish_plot(ctx, plot);
}

void draw_scatter(const DrawContext& ctx) {
  const auto& theme = ctx.theme;
  const auto& chart = ctx.chart;
  // A log axis has no place for zero or less: such dots are left out of the plot (and said so
  // in the description).
  const bool log_x = log_axis(chart.spec.x), log_y = log_axis(chart.spec.y);
  const std::function<bool(const Dot&)> kept = [&](const Dot& d) {
    return !((log_x && d.x <= 0) || (log_y && d.y <= 0));
  };
  size_t count = 0;
  for_each_dot(chart, [&](const Dot& d) { count += kept(d); });
  if (count > chart::kDensityPoints) return draw_density(ctx, kept);

  auto dots = dots_of(chart);
  std::erase_if(dots, [&](const Dot& d) { return !kept(d); });
  Extent extent;
  SeriesOrder series_order;
  std::vector<std::uint32_t> series_index;  // each dot's index among the series
  series_index.reserve(dots.size());
  for (const auto& dot : dots) {
    extent.add(dot);
    series_index.push_back(series_order.index_of(series_of(chart, dot)));
  }
  const double s_max = extent.s_max;
  auto plot = scatter_plot(ctx, extent, series_order.names);
  const auto& x = plot.position;
  const auto& y = plot.value;

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
  auto x_format = chart::axis_format(chart.spec.x, {});
  auto y_format = chart::axis_format(chart.spec.y, {});
  size_t count = 0;
  Extent extent;
  for_each_dot(chart, [&](const Dot& d) { ++count, extent.add(d); });
  std::string text = chart::count_phrase(count, "point", "points", chart.language) + ": ";
  if (count > kListedPoints)  // too many to read out one by one: their extent instead
    return text + fmt::format("x from {} to {}, y from {} to {}.",
                              text::format_number(extent.x_lo, x_format, chart.language),
                              text::format_number(extent.x_hi, x_format, chart.language),
                              text::format_number(extent.y_lo, y_format, chart.language),
                              text::format_number(extent.y_hi, y_format, chart.language));
  auto dots = dots_of(chart);
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
