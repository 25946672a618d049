// Area chart: the space between a line and zero filled. With several series the areas are
// stacked (stack: "stacked", totals read off the edges), stacked to 100% of each x
// ("percent"), or overlaid translucently ("none"). Stacks diverge: positive values stack up
// from zero and negative ones down from it, so no value is ever drawn as zero. Nulls count as
// zero in stacks and leave gaps otherwise.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "chart/decimate.h"
#include "chart/native_chart.h"
#include "chart/plot_layout.h"
#include "chart/series.h"
#include "chart/xy_request.h"
#include "kind/chart_kind.h"
#include "text/number_format.h"

namespace folio::kind {
namespace {

// For each series, its lower and upper edge at every x of the chart, in x order.
struct Bands {
  std::vector<double> xs;
  std::vector<std::vector<std::optional<std::pair<double, double>>>> edges;  // [series][x]
};

Bands bands_of(const std::vector<chart::Series>& series, spec::Stack stack) {
  Bands bands;
  for (const auto& s : series)
    for (const auto& p : s.points) bands.xs.push_back(p.x);
  std::sort(bands.xs.begin(), bands.xs.end());
  bands.xs.erase(std::unique(bands.xs.begin(), bands.xs.end()), bands.xs.end());
  // Each series' value at every x, walking its points in x order beside the chart's xs (no
  // map of a million nodes); of points at the same x the last in the data counts. An x the
  // series lacks reads as its null would: no edge alone, zero in a stack.
  std::vector<std::vector<OptionalNumber>> at_x(series.size());
  for (size_t s = 0; s < series.size(); ++s) {
    std::vector<const chart::DataPoint*> order;
    order.reserve(series[s].points.size());
    for (const auto& p : series[s].points) order.push_back(&p);
    std::stable_sort(order.begin(), order.end(),
                     [](const auto* a, const auto* b) { return a->x < b->x; });
    at_x[s].assign(bands.xs.size(), std::nullopt);
    size_t i = 0;
    for (const auto* p : order) {
      while (bands.xs[i] < p->x) ++i;
      at_x[s][i] = p->y;
    }
  }
  // Shares of 100% are of the sum of the sizes, so negative parts keep their place below zero.
  std::vector<double> totals(bands.xs.size(), 0);
  for (size_t i = 0; i < bands.xs.size(); ++i)
    for (size_t s = 0; s < series.size(); ++s) totals[i] += std::fabs(at_x[s][i].value_or(0));
  bands.edges.assign(series.size(),
                     std::vector<std::optional<std::pair<double, double>>>(bands.xs.size()));
  // The running tops above zero and below it, per x: positive parts stack up, negative down.
  std::vector<std::pair<double, double>> reach(bands.xs.size(), {0.0, 0.0});
  for (size_t s = 0; s < series.size(); ++s) {
    for (size_t i = 0; i < bands.xs.size(); ++i) {
      std::optional<double> v = at_x[s][i];
      if (stack == spec::Stack::none) {
        if (v) bands.edges[s][i] = std::make_pair(0.0, *v);
        continue;
      }
      double part = v.value_or(0);
      if (stack == spec::Stack::percent) part = totals[i] > 0 ? part / totals[i] : 0;
      double& base = part >= 0 ? reach[i].first : reach[i].second;
      bands.edges[s][i] = std::make_pair(base, base + part);
      base += part;
    }
  }
  return bands;
}

spec::Stack stack_of(const model::Chart& chart, size_t series) {
  return series > 1 ? chart.spec.stack : spec::Stack::none;
}

void draw_area(const DrawContext& ctx) {
  const auto& theme = ctx.theme;
  const auto& chart = ctx.chart;
  auto series = chart::group_series(chart);
  auto stack = stack_of(chart, series.size());
  auto bands = bands_of(series, stack);
  double lo = 0, hi = 0;
  for (const auto& edges : bands.edges)
    for (const auto& edge : edges)
      if (edge)
        lo = std::min({lo, edge->first, edge->second}),
        hi = std::max({hi, edge->first, edge->second});
  chart::PlotRequest request;
  request.position = chart::position_request(chart, series);
  request.value = chart::value_request(chart, lo, hi);
  request.value.percent = stack == spec::Stack::percent && lo >= 0;
  if (stack == spec::Stack::percent)
    request.value.format = chart::percent_format(request.value.format);
  chart::name_series(request, chart, series, theme, ctx.body, true, false);
  request.edge_pad = 1;
  auto plot = chart::layout_plot(ctx, request);

  std::vector<std::pair<size_t, double>> ends;
  for (size_t s = 0; s < series.size(); ++s) {
    auto style = theme.series(s);
    // One closed shape per unbroken run: along the outer edge, back along the inner edge.
    size_t i = 0;
    while (i < bands.xs.size()) {
      if (!bands.edges[s][i]) {
        ++i;
        continue;
      }
      size_t end = i;
      while (end < bands.xs.size() && bands.edges[s][end]) ++end;
      // Both edges in device space, each decimated to the drawing's resolution as a line is:
      // a million x values fill the same shape as the few thousand the plot's width shows.
      // The fill's edge lies under the outer line, so it may be coarser: within a column of
      // half the line's width it strays no further than the line covers.
      double edge_width = theme.sizes().line * 0.75;
      double fill_column = std::max(chart::kDecimationColumn, edge_width / 2);
      chart::PolylineDecimator upper_fill(fill_column), lower_fill(fill_column), upper_line,
          upper_coarse(4);
      for (size_t k = i; k < end; ++k) {
        double x = plot.position(bands.xs[k]);
        Point upper{x, plot.value(bands.edges[s][k]->second)};
        upper_fill.add(upper), upper_line.add(upper), upper_coarse.add(upper);
        lower_fill.add({x, plot.value(bands.edges[s][k]->first)});
      }
      auto fill_upper = upper_fill.finish();
      auto fill_lower = lower_fill.finish();
      scene::Path fill;
      fill.move_to(fill_upper.front().x, fill_upper.front().y);
      for (size_t k = 1; k < fill_upper.size(); ++k) fill.line_to(fill_upper[k].x, fill_upper[k].y);
      for (size_t k = fill_lower.size(); k-- > 0;) fill.line_to(fill_lower[k].x, fill_lower[k].y);
      fill.close();
      auto drawn = upper_line.finish();
      scene::Path outer;
      outer.move_to(drawn.front().x, drawn.front().y);
      for (size_t k = 1; k < drawn.size(); ++k) outer.line_to(drawn[k].x, drawn[k].y);
      // Annotation labels keep clear of the edge at the plane's coarser grain.
      for (const auto& at : upper_coarse.finish())
        plot.plane.taken.push_back({at.x - 1.5, at.y - 1.5, 3, 3});
      ctx.frame.fill(fill, style.color.with_alpha(stack == spec::Stack::none ? 0.35 : 0.85));
      ctx.frame.stroke(outer, {style.color, edge_width, style.dash, true});
      // A single x has no width to fill: its value is shown as a marker.
      if (end - i == 1)
        ctx.frame.fill(
            scene::Path::marker(style.marker,
                                {plot.position(bands.xs[i]), plot.value(bands.edges[s][i]->second)},
                                theme.sizes().marker),
            style.color);
      i = end;
    }
    for (size_t k = bands.xs.size(); k-- > 0;)
      if (bands.edges[s][k]) {
        ends.push_back({s, plot.value((bands.edges[s][k]->first + bands.edges[s][k]->second) / 2)});
        break;
      }
  }
  chart::finish_plot(ctx, plot, ends);
}

std::string describe_area(const model::Chart& chart) {
  auto series = chart::group_series(chart);
  auto y_format = chart::axis_format(chart.spec.y, {});
  auto stack = stack_of(chart, series.size());
  std::string text = stack == spec::Stack::stacked   ? "Stacked areas. "
                     : stack == spec::Stack::percent ? "Shares of 100%. "
                                                     : "";
  for (const auto& s : series) {
    // One pass, no copy: the values at the first and last x (ties in x going as a stable
    // sort would order them) and the lowest and highest.
    const chart::DataPoint *first = nullptr, *last = nullptr;
    double low = INFINITY, high = -INFINITY;
    size_t count = 0;
    for (const auto& p : s.points) {
      if (!p.y) continue;
      ++count;
      if (!first || p.x < first->x) first = &p;
      if (!last || p.x >= last->x) last = &p;
      low = std::min(low, *p.y), high = std::max(high, *p.y);
    }
    if (count == 0) continue;
    auto value = [&](double v) { return text::format_number(v, y_format, chart.language); };
    text += fmt::format("{}: {} from {} to {}; lowest {}, highest {}. ", s.name,
                        chart::count_phrase(count, "value", "values", chart.language),
                        value(*first->y), value(*last->y), value(low), value(high));
  }
  return text;
}

}  // namespace

const ChartKind& area_chart_kind() {
  static const ChartKind kind{"area",
                              {"x", "y", "series", "stack", "legend", "annotations", "facet"},
                              {.data = Need::required,
                               .x = Need::required,
                               .x_use = model::FieldUse::any,
                               .y = Need::required,
                               .series = Need::optional},
                              {.facets = true, .annotations = true, .numeric_x = true},
                              draw_area,
                              describe_area,
                              nullptr,
                              chart::require_dates,
                              [](const model::Chart& chart, const model::Theme& theme) {
                                return chart::native_xy(chart, theme, NativeChart::Kind::area);
                              }};
  return kind;
}

}  // namespace folio::kind
