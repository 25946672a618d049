// Area chart: the space under a line filled. With several series the areas are stacked
// (stack: "stacked", totals read off the top edge), stacked to 100% of each x ("percent"),
// or overlaid translucently ("none"). Nulls count as zero in stacks and leave gaps otherwise.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "chart/series.h"
#include "chart/xy_plot.h"
#include "charts/chart_kind.h"
#include "text/number_format.h"

namespace folio::charts {
namespace {

// For each series, its lower and upper edge at every x of the chart, in x order.
struct Band {
  std::vector<double> xs;
  std::vector<std::vector<std::optional<std::pair<double, double>>>> edges;  // [series][x]
};

Band bands_of(const std::vector<chart::Series>& series, const std::string& stack) {
  Band band;
  for (const auto& s : series)
    for (const auto& p : s.points) band.xs.push_back(p.x);
  std::sort(band.xs.begin(), band.xs.end());
  band.xs.erase(std::unique(band.xs.begin(), band.xs.end()), band.xs.end());
  std::vector<std::map<double, std::optional<double>>> values(series.size());
  for (size_t s = 0; s < series.size(); ++s)
    for (const auto& p : series[s].points) values[s][p.x] = p.y;
  std::vector<double> totals(band.xs.size(), 0);
  for (size_t i = 0; i < band.xs.size(); ++i)
    for (size_t s = 0; s < series.size(); ++s)
      if (values[s].count(band.xs[i]))
        totals[i] += std::max(0.0, values[s][band.xs[i]].value_or(0));
  band.edges.assign(series.size(),
                    std::vector<std::optional<std::pair<double, double>>>(band.xs.size()));
  std::vector<double> base(band.xs.size(), 0);
  for (size_t s = 0; s < series.size(); ++s) {
    for (size_t i = 0; i < band.xs.size(); ++i) {
      auto it = values[s].find(band.xs[i]);
      std::optional<double> v = it == values[s].end() ? std::nullopt : it->second;
      if (stack == "none") {
        if (v) band.edges[s][i] = std::make_pair(0.0, *v);
        continue;
      }
      double share = std::max(0.0, v.value_or(0));
      if (stack == "percent") share = totals[i] > 0 ? share / totals[i] : 0;
      band.edges[s][i] = std::make_pair(base[i], base[i] + share);
      base[i] += share;
    }
  }
  return band;
}

void draw_area(const DrawContext& ctx) {
  const auto& theme = ctx.theme;
  auto series = chart::group_series(ctx.chart);
  std::string stack = series.size() > 1 ? ctx.chart.spec.stack : "none";
  auto band = bands_of(series, stack);
  double y_min = 0, y_max = 0;
  for (const auto& edges : band.edges)
    for (const auto& edge : edges)
      if (edge)
        y_min = std::min({y_min, edge->first, edge->second}),
        y_max = std::max({y_max, edge->first, edge->second});
  auto xy = chart::layout_xy_plot(ctx, series, y_min, y_max, 0);
  std::vector<std::pair<size_t, double>> ends;
  for (size_t s = 0; s < series.size(); ++s) {
    auto style = theme.series(s);
    // One closed shape per unbroken run: along the top edge, back along the bottom edge.
    size_t i = 0;
    while (i < band.xs.size()) {
      if (!band.edges[s][i]) {
        ++i;
        continue;
      }
      size_t end = i;
      while (end < band.xs.size() && band.edges[s][end]) ++end;
      scene::Path fill, top;
      for (size_t k = i; k < end; ++k) {
        double px = xy.x(band.xs[k]), py = xy.y(band.edges[s][k]->second);
        if (k == i)
          fill.move_to(px, py), top.move_to(px, py);
        else
          fill.line_to(px, py), top.line_to(px, py);
      }
      for (size_t k = end; k-- > i;) fill.line_to(xy.x(band.xs[k]), xy.y(band.edges[s][k]->first));
      fill.close();
      ctx.frame.fill(fill, style.color.with_alpha(stack == "none" ? 0.35 : 0.85));
      ctx.frame.stroke(top, {style.color, theme.size("line") * 0.75, style.dash, true});
      i = end;
    }
    for (size_t k = band.xs.size(); k-- > 0;)
      if (band.edges[s][k]) {
        ends.push_back({s, xy.y((band.edges[s][k]->first + band.edges[s][k]->second) / 2)});
        break;
      }
  }
  if (xy.direct) chart::draw_end_labels(ctx, xy, ends);
}

std::string describe_area(const model::Chart& chart) {
  auto series = chart::group_series(chart);
  auto y_format = chart::axis_format(chart.spec.y, {});
  std::string text = chart.spec.stack == "stacked"   ? "Stacked areas. "
                     : chart.spec.stack == "percent" ? "Shares of 100%. "
                                                     : "";
  for (const auto& s : series) {
    std::vector<double> values;
    for (const auto& p : s.points)
      if (p.y) values.push_back(*p.y);
    if (values.empty()) continue;
    text += fmt::format("{}: {} values from {} to {}. ", s.name, values.size(),
                        text::format_number(values.front(), y_format, chart.language),
                        text::format_number(values.back(), y_format, chart.language));
  }
  return text;
}

}  // namespace

const ChartKind& area_chart_kind() {
  static const ChartKind kind{"area",
                              {.data = Need::required,
                               .x = Need::required,
                               .x_use = model::FieldUse::any,
                               .y = Need::required,
                               .series = Need::optional},
                              draw_area,
                              describe_area,
                              nullptr,
                              chart::require_dates};
  return kind;
}

}  // namespace folio::charts
