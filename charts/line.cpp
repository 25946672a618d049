// Line chart: one line per series over numbers or dates (often years), value axis from zero
// (or a log axis), series named at their ends or in a legend. Markers show the data points
// unless they are too dense to tell apart; estimated points have open markers.
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

// Marks keep annotation labels clear of themselves: the line is sampled every few points.
void take_segment(guide::AnnotationPlane& plane, Point from, Point to) {
  double length = std::hypot(to.x - from.x, to.y - from.y);
  for (double t = 0; t < length; t += 4) {
    double px = from.x + (to.x - from.x) * t / length, py = from.y + (to.y - from.y) * t / length;
    plane.taken.push_back({px - 1.5, py - 1.5, 3, 3});
  }
}

void draw_line(const DrawContext& ctx) {
  const auto& theme = ctx.theme;
  const auto& chart = ctx.chart;
  // Rows, not points: a line of ten million rows reads each point from its columns as it
  // goes and keeps only what survives decimation.
  auto series = chart::group_rows(chart);
  double lo = 0, hi = 0, positive_lo = INFINITY;
  double x_lo = INFINITY, x_hi = -INFINITY;
  size_t most_points = 0;
  std::vector<std::string> names;
  for (const auto& s : series) {
    names.push_back(s.name);
    most_points = std::max(most_points, s.rows.size());
    for (auto row : s.rows) {
      auto p = chart::point_at(chart, row);
      x_lo = std::min(x_lo, p.x), x_hi = std::max(x_hi, p.x);
      if (p.y) {
        lo = std::min(lo, *p.y), hi = std::max(hi, *p.y);
        if (*p.y > 0) positive_lo = std::min(positive_lo, *p.y);
      }
    }
  }
  double marker = theme.sizes().marker;
  chart::PlotRequest request;
  request.position = chart::position_request(chart, x_lo, x_hi);
  request.value = chart::value_request(chart, lo, hi);
  request.value.positive_lo = positive_lo;
  chart::name_series(request, chart, names, theme, ctx.body, true, false);
  bool markers = chart::markers_shown(chart.spec.markers, most_points, ctx.body.width, marker);
  request.edge_pad = markers ? marker : 1;
  auto plot = chart::layout_plot(ctx, request);

  std::vector<std::pair<size_t, double>> ends;  // series, y of its last value
  for (size_t i = 0; i < series.size(); ++i) {
    auto style = theme.series(i);
    auto& rows = series[i].rows;  // sorted in place: the series are this function's own
    chart::sort_rows_by_x(chart, rows);
    // Runs between gaps, in device space, decimated to the drawing's resolution as they are
    // read: a million points draw the same line as the few thousand a plot's width can show.
    scene::Path path;
    std::optional<Point> last, run_last;
    chart::PolylineDecimator drawn_points, coarse_points(4);
    auto end_run = [&] {
      if (drawn_points.empty()) return;
      auto drawn = drawn_points.finish();
      path.move_to(drawn.front().x, drawn.front().y);
      for (size_t k = 1; k < drawn.size(); ++k) path.line_to(drawn[k].x, drawn[k].y);
      // Annotation labels keep clear of the line at the plane's coarser grain.
      auto coarse = coarse_points.finish();
      for (size_t k = 1; k < coarse.size(); ++k) take_segment(plot.plane, coarse[k - 1], coarse[k]);
      last = run_last;
    };
    for (auto row : rows) {
      auto p = chart::point_at(chart, row);
      if (!p.y || !plot.value_axis.shows(*p.y)) {
        // A null (or a value a log axis cannot show) leaves a gap.
        end_run();
        continue;
      }
      Point at{plot.position(p.x), plot.value(*p.y)};
      drawn_points.add(at), coarse_points.add(at);
      run_last = at;
    }
    end_run();
    ctx.frame.stroke(path, {style.color, theme.sizes().line, style.dash, true});
    if (last && !plot.end_labels.empty()) ends.push_back({i, last->y});
    for (auto row : rows) {
      auto p = chart::point_at(chart, row);
      if (!p.y || !plot.value_axis.shows(*p.y)) continue;
      // A lone point (between gaps) is shown even without markers, or it would vanish.
      if (!markers && !p.estimated && rows.size() > 1) continue;
      Point at{plot.position(p.x), plot.value(*p.y)};
      plot.plane.taken.push_back(
          {at.x - marker - 1, at.y - marker - 1, 2 * marker + 2, 2 * marker + 2});
      // Estimated points are hollow: the eye separates reported from illustrative values.
      ctx.frame.add(scene::Shape{scene::Path::marker(style.marker, at, marker),
                                 p.estimated ? theme.colors().background : style.color,
                                 scene::Stroke{style.color, 1.2}});
    }
  }
  chart::finish_plot(ctx, plot, ends);
}

std::string describe_line(const model::Chart& chart) {
  auto series = chart::group_rows(chart);
  auto y_format = chart::axis_format(chart.spec.y, {});
  auto x_format = chart::axis_format(chart.spec.x, chart::default_x_format(chart.x));
  std::string text;
  for (const auto& s : series) {
    // One pass, no copy (a series may have millions of points): the first and last point in
    // x, and the lowest and highest value, ties going as a stable sort by x would order them
    // (the lowest to the earliest, the highest to the latest).
    std::optional<chart::DataPoint> first, last, low, high;
    size_t count = 0;
    for (auto row : s.rows) {
      auto p = chart::point_at(chart, row);
      if (!p.y) continue;
      ++count;
      if (!first || p.x < first->x) first = p;
      if (!last || p.x >= last->x) last = p;
      if (!low || *p.y < *low->y || (*p.y == *low->y && p.x < low->x)) low = p;
      if (!high || *p.y > *high->y || (*p.y == *high->y && p.x >= high->x)) high = p;
    }
    if (count == 0) continue;
    // Dates are described as written ("Mar 2019"), numbers in the axis format.
    bool dates = chart.x && chart.x->type == model::ColumnType::text;
    auto when = [&](const chart::DataPoint& p) {
      return dates
                 ? chart::format_date_label(chart::category(chart, p), chart.spec.x, chart.language)
                 : text::format_number(p.x, x_format, chart.language);
    };
    auto value = [&](double v) { return text::format_number(v, y_format, chart.language); };
    text += fmt::format("{}: {} from {} to {}; lowest {} ({}), highest {} ({}). ", s.name,
                        chart::count_phrase(count, "value", "values", chart.language), when(*first),
                        when(*last), value(*low->y), when(*low), value(*high->y), when(*high));
  }
  return text;
}

}  // namespace

const ChartKind& line_chart_kind() {
  static const ChartKind kind{
      "line",
      {"x", "y", "series", "estimated", "legend", "annotations", "facet", "markers"},
      {.data = Need::required,
       .x = Need::required,
       .x_use = model::FieldUse::any,
       .y = Need::required,
       .series = Need::optional,
       .estimated = Need::optional},
      {.facets = true,
       .log_x = false,
       .log_y = true,
       .annotations = true,
       .figure = true,
       .numeric_x = true},
      draw_line,
      describe_line,
      nullptr,
      chart::require_dates,
      [](const model::Chart& chart, const model::Theme& theme) {
        return chart::native_xy(chart, theme, NativeChart::Kind::line);
      }};
  return kind;
}

}  // namespace folio::kind
