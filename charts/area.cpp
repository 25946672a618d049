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

// The chart's x values in order, each once, with every series' value there: the series' rows,
// each sorted by x, merged as they are read. Nothing is kept for an x, so an area of a
// million points holds what its line would. Of rows at the same x the last in the data
// counts; an x a series lacks reads as its null would (no edge alone, zero in a stack).
class XMerge {
 public:
  XMerge(const model::Chart& chart, const std::vector<chart::SeriesRows>& series)
      : chart_(chart), series_(series), next_(series.size(), 0), point_(series.size()) {
    for (size_t s = 0; s < series.size(); ++s) read_point(s);
  }

  // The next x and each series' value at it; false when every row has been read.
  bool next(double& x, std::vector<OptionalNumber>& values) {
    bool any = false;
    x = INFINITY;
    for (size_t s = 0; s < series_.size(); ++s)
      if (next_[s] < series_[s].rows.size()) any = true, x = std::min(x, point_[s].x);
    if (!any) return false;
    values.assign(series_.size(), std::nullopt);
    // "Not above x" rather than "equal": a row whose x is no number is read, not waited on.
    for (size_t s = 0; s < series_.size(); ++s)
      while (next_[s] < series_[s].rows.size() && !(point_[s].x > x)) {
        values[s] = point_[s].y;
        ++next_[s];
        read_point(s);
      }
    return true;
  }

 private:
  // Each row is read once (a date x is parsed from its text on every read).
  void read_point(size_t s) {
    if (next_[s] < series_[s].rows.size())
      point_[s] = chart::point_at(chart_, series_[s].rows[next_[s]]);
  }

  const model::Chart& chart_;
  const std::vector<chart::SeriesRows>& series_;
  std::vector<size_t> next_;             // each series' next row
  std::vector<chart::DataPoint> point_;  // and its point
};

using Edge = std::optional<std::pair<double, double>>;  // lower, upper

// Each series' edges at one x from its values there. Stacks diverge: positive parts stack up
// from zero, negative ones down. Shares of 100% are of the sum of the sizes, so negative
// parts keep their place below zero.
void edges_at(const std::vector<OptionalNumber>& values, spec::Stack stack,
              std::vector<Edge>& edges) {
  edges.assign(values.size(), std::nullopt);
  double total = 0;
  for (auto v : values) total += std::fabs(v.value_or(0));
  double above = 0, below = 0;
  for (size_t s = 0; s < values.size(); ++s) {
    if (stack == spec::Stack::none) {
      if (values[s]) edges[s] = std::make_pair(0.0, *values[s]);
      continue;
    }
    double part = values[s].value_or(0);
    if (stack == spec::Stack::percent) part = total > 0 ? part / total : 0;
    double& base = part >= 0 ? above : below;
    edges[s] = std::make_pair(base, base + part);
    base += part;
  }
}

spec::Stack stack_of(const model::Chart& chart, size_t series) {
  return series > 1 ? chart.spec.stack : spec::Stack::none;
}

// One series' unbroken run as it is read: both edges in device space, each decimated to the
// drawing's resolution as a line is, so a million x values fill the same shape as the few
// thousand the plot's width shows. The fill's edge lies under the outer line and may be
// coarser: within a column of half the line's width it strays no further than the line covers.
struct RunReader {
  explicit RunReader(double fill_column)
      : upper_fill(fill_column), lower_fill(fill_column), upper_coarse(4) {}
  chart::PolylineDecimator upper_fill, lower_fill, upper_line, upper_coarse;
  size_t xs = 0;
  Point first{};
};

// A finished run, drawn once every run of every series is read so that the series are
// painted one after another.
struct Run {
  scene::Path fill, outer;
  std::vector<Point> coarse;
  std::optional<Point> lone;  // a single x has no width to fill: its value is a marker
};

Run finish_run(RunReader& reader) {
  Run run;
  auto fill_upper = reader.upper_fill.finish();
  auto fill_lower = reader.lower_fill.finish();
  run.fill.move_to(fill_upper.front().x, fill_upper.front().y);
  for (size_t k = 1; k < fill_upper.size(); ++k) run.fill.line_to(fill_upper[k].x, fill_upper[k].y);
  for (size_t k = fill_lower.size(); k-- > 0;) run.fill.line_to(fill_lower[k].x, fill_lower[k].y);
  run.fill.close();
  auto drawn = reader.upper_line.finish();
  run.outer.move_to(drawn.front().x, drawn.front().y);
  for (size_t k = 1; k < drawn.size(); ++k) run.outer.line_to(drawn[k].x, drawn[k].y);
  run.coarse = reader.upper_coarse.finish();
  if (reader.xs == 1) run.lone = reader.first;
  return run;
}

void draw_area(const DrawContext& ctx) {
  const auto& theme = ctx.theme;
  const auto& chart = ctx.chart;
  // Rows, not points, as a line reads them: the edges are found as the rows are merged.
  auto series = chart::group_rows(chart);
  for (auto& s : series) chart::sort_rows_by_x(chart, s.rows);
  auto stack = stack_of(chart, series.size());
  std::vector<OptionalNumber> values;
  std::vector<Edge> edges;
  double x = 0, x_lo = INFINITY, x_hi = -INFINITY, lo = 0, hi = 0;
  for (XMerge merge(chart, series); merge.next(x, values);) {
    x_lo = std::min(x_lo, x), x_hi = std::max(x_hi, x);
    edges_at(values, stack, edges);
    for (const auto& edge : edges)
      if (edge)
        lo = std::min({lo, edge->first, edge->second}),
        hi = std::max({hi, edge->first, edge->second});
  }
  std::vector<std::string> names;
  for (const auto& s : series) names.push_back(s.name);
  chart::PlotRequest request;
  request.position = chart::position_request(chart, x_lo, x_hi);
  request.value = chart::value_request(chart, lo, hi);
  request.value.percent = stack == spec::Stack::percent && lo >= 0;
  if (stack == spec::Stack::percent)
    request.value.format = chart::percent_format(request.value.format);
  chart::name_series(request, chart, names, theme, ctx.body, true, false);
  request.edge_pad = 1;
  auto plot = chart::layout_plot(ctx, request);

  double edge_width = theme.sizes().line * 0.75;
  double fill_column = std::max(chart::kDecimationColumn, edge_width / 2);
  std::vector<std::optional<RunReader>> reading(series.size());
  std::vector<std::vector<Run>> runs(series.size());
  std::vector<std::optional<double>> last_middle(series.size());  // for the end labels
  auto end_run = [&](size_t s) {
    if (reading[s]) runs[s].push_back(finish_run(*reading[s])), reading[s].reset();
  };
  for (XMerge merge(chart, series); merge.next(x, values);) {
    edges_at(values, stack, edges);
    double at = plot.position(x);
    for (size_t s = 0; s < series.size(); ++s) {
      if (!edges[s]) {
        end_run(s);
        continue;
      }
      if (!reading[s]) reading[s].emplace(fill_column);
      auto& reader = *reading[s];
      Point upper{at, plot.value(edges[s]->second)};
      if (reader.xs++ == 0) reader.first = upper;
      reader.upper_fill.add(upper), reader.upper_line.add(upper), reader.upper_coarse.add(upper);
      reader.lower_fill.add({at, plot.value(edges[s]->first)});
      last_middle[s] = (edges[s]->first + edges[s]->second) / 2;
    }
  }
  std::vector<std::pair<size_t, double>> ends;
  for (size_t s = 0; s < series.size(); ++s) {
    end_run(s);
    auto style = theme.series(s);
    for (const auto& run : runs[s]) {
      // Annotation labels keep clear of the edge at the plane's coarser grain.
      for (const auto& point : run.coarse)
        plot.plane.taken.push_back({point.x - 1.5, point.y - 1.5, 3, 3});
      ctx.frame.fill(run.fill, style.color.with_alpha(stack == spec::Stack::none ? 0.35 : 0.85));
      ctx.frame.stroke(run.outer, {style.color, edge_width, style.dash, true});
      if (run.lone)
        ctx.frame.fill(scene::Path::marker(style.marker, *run.lone, theme.sizes().marker),
                       style.color);
    }
    runs[s] = {};
    if (last_middle[s]) ends.push_back({s, plot.value(*last_middle[s])});
  }
  chart::finish_plot(ctx, plot, ends);
}

std::string describe_area(const model::Chart& chart) {
  auto series = chart::group_rows(chart);
  auto y_format = chart::axis_format(chart.spec.y, {});
  auto stack = stack_of(chart, series.size());
  std::string text = stack == spec::Stack::stacked   ? "Stacked areas. "
                     : stack == spec::Stack::percent ? "Shares of 100%. "
                                                     : "";
  for (const auto& s : series) {
    // One pass, no copy: the values at the first and last x (ties in x going as a stable
    // sort would order them) and the lowest and highest.
    std::optional<chart::DataPoint> first, last;
    double low = INFINITY, high = -INFINITY;
    size_t count = 0;
    for (auto row : s.rows) {
      auto p = chart::point_at(chart, row);
      if (!p.y) continue;
      ++count;
      if (!first || p.x < first->x) first = p;
      if (!last || p.x >= last->x) last = p;
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
