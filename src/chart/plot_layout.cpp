#include "chart/plot_layout.h"

#include <algorithm>
#include <cmath>

#include "chart/series.h"
#include "guide/axis.h"
#include "guide/direct_labels.h"
#include "scale/ticks.h"
#include "scale/time_ticks.h"
#include "text/date_format.h"
#include "text/number_format.h"

namespace folio::chart {
namespace {

constexpr double kEndLabelGap = 8;          // between the plot and labels at line ends
constexpr double kMaxCategoryShare = 0.35;  // of the body's height, for labels under columns
constexpr double kRankingNameShare = 0.35;  // of the body's width, for names left of bars
constexpr double kMinTickSpacing = 40;      // points between value gridlines, at least

// Position ticks and their labels, fewer until the labels stand apart.
struct PositionTicks {
  std::vector<double> values;
  guide::AxisLabels labels;
  double lo = 0, hi = 1;  // the axis's domain
};

PositionTicks position_ticks(const PositionAxisRequest& request, double width,
                             const model::Theme& theme, int most = 1000) {
  PositionTicks best;
  double lo = request.lo, hi = request.hi;
  // A single position gets an axis around it, with one tick: its own.
  bool single = hi <= lo;
  if (single) {
    double half = request.kind == PositionKind::time
                      ? (request.precision == scale::TimeUnit::year    ? 1.0
                         : request.precision == scale::TimeUnit::month ? 1.0 / 12
                                                                       : 1.0 / 365)
                      : (request.whole_steps ? 1.0 : std::max(std::fabs(lo) * 0.1, 1.0));
    lo -= half, hi += half;
    if (request.log) lo = request.lo / 2, hi = request.lo * 2;
    best.lo = lo, best.hi = hi;
    best.values = {request.lo};
    std::vector<std::string> texts;
    if (request.kind == PositionKind::time) {
      scale::TimeTicks one;
      one.unit = request.precision;
      one.values = {request.lo};
      one.dates = {scale::from_years(request.lo)};
      texts = text::format_time_ticks(one, request.format.date, theme.language());
    } else {
      texts = text::format_ticks(best.values, request.format, theme.language());
    }
    best.labels = guide::shape_axis_labels(best.values, texts, theme);
    return best;
  }
  for (int target = std::min(most, std::max(2, static_cast<int>(width / 60))); target >= 1;
       --target) {
    PositionTicks ticks;
    ticks.lo = lo, ticks.hi = hi;
    std::vector<std::string> texts;
    if (request.kind == PositionKind::time) {
      auto time = scale::time_ticks(lo, hi, target, request.precision);
      ticks.values = time.values;
      texts = text::format_time_ticks(time, request.format.date, theme.language());
    } else if (request.log) {
      auto log = scale::log_ticks(std::max(lo, 1e-300), hi, target);
      ticks.values = log.values;
      ticks.lo = log.min, ticks.hi = log.max;
      texts = text::format_log_ticks(ticks.values, request.format, theme.language());
    } else {
      auto nice = scale::nice_ticks_at_least(lo, hi, target, request.whole_steps ? 1 : 0);
      for (double v : nice.values)
        if (v >= lo - 1e-9 && v <= hi + 1e-9) ticks.values.push_back(v);
      texts = text::format_ticks(ticks.values, request.format, theme.language());
    }
    ticks.labels = guide::shape_axis_labels(ticks.values, texts, theme);
    std::vector<double> at;
    scale::ContinuousScale probe{ticks.lo, ticks.hi, 0, width, request.log};
    for (double v : ticks.values) at.push_back(probe(v));
    best = std::move(ticks);
    if (guide::labels_clear(best.labels, at, 8)) break;
  }
  return best;
}

ValueAxis value_ticks_for(const ValueAxisRequest& request, double length, int target,
                          const std::string& language) {
  double lo = request.lo, hi = request.hi;
  if (request.from_zero) lo = std::min(lo, 0.0), hi = std::max(hi, 0.0);
  if (request.min) lo = std::min(lo, *request.min);
  if (request.max) hi = std::max(hi, *request.max);
  (void)length;
  if (request.percent) {
    ValueAxis axis;
    axis.ticks = scale::nice_ticks(0, 1, std::min(target, 5));
    spec::NumberFormat percent = request.format;
    percent.style = spec::NumberStyle::percent;
    axis.labels = text::format_ticks(axis.ticks.values, percent, language);
    return axis;
  }
  std::optional<spec::Axis> axis;
  if (request.log) {
    axis.emplace();
    axis->scale = spec::Scale::log;
    axis->min = request.min, axis->max = request.max;
  }
  if (lo == hi) hi = lo + 1;
  return value_axis(axis, request.format, lo, hi, request.positive_lo, target, language);
}

// Value ticks about every kMinTickSpacing points, fewer while their labels would touch.
ValueAxis value_ticks(const ValueAxisRequest& request, double length, double label_height,
                      const std::string& language) {
  int target = std::max(2, static_cast<int>(length / std::max(kMinTickSpacing, label_height * 2)));
  ValueAxis axis;
  for (; target >= 1; --target) {
    axis = value_ticks_for(request, length, target, language);
    size_t count = axis.ticks.values.size();
    if (count < 2) break;
    // Spacing of neighbouring ticks on the axis (log ticks are unevenly spaced: the closest).
    auto scale = axis.scale(0, length);
    double closest = INFINITY;
    for (size_t i = 1; i < count; ++i)
      closest = std::min(closest,
                         std::fabs(scale(axis.ticks.values[i]) - scale(axis.ticks.values[i - 1])));
    if (closest >= label_height + 2) break;
  }
  return axis;
}

// Labels at the right ends of lines, in each series' colour (darkened where it would not read).
std::vector<text::ShapedTextPtr> shape_end_labels(
    const std::vector<std::pair<std::string, Color>>& names, double width,
    const model::Theme& theme) {
  std::vector<text::ShapedTextPtr> labels;
  for (const auto& [name, color] : names) {
    auto style = theme.text(model::TextRole::label_series);
    style.color = readable_on(color, theme.colors().background);
    labels.push_back(text::shape_label(name, style, width / 4, 2));
  }
  return labels;
}

// A name left of a ranking's bar: right-aligned in at most two lines broken between words,
// else (a word too long for the column) on one line cut short with an ellipsis.
text::ShapedTextPtr ranking_name(const std::string& name, const model::TextStyle& style,
                                 double limit) {
  return text::shape_label(name, style, limit, 2, text::Align::right);
}

void draw_horizontal(const kind::DrawContext& ctx, const PlotRequest& request, Rect body,
                     Plot& plot) {
  const auto& theme = ctx.theme;
  const auto& names = request.position.categories;
  auto style = theme.text(model::TextRole::axis_label);
  std::vector<text::ShapedTextPtr> labels;
  double name_width = 0;
  for (size_t i = 0; i < names.size(); ++i) {
    auto own = style;
    if (i < request.position.emphasized.size() && request.position.emphasized[i])
      own.bold = true, own.color = theme.colors().text;
    labels.push_back(ranking_name(names[i], own, body.width * kRankingNameShare));
    name_width = std::max(name_width, labels.back()->size().width);
  }
  name_width = std::min(name_width, body.width * kRankingNameShare);
  Rect& area = plot.area;
  area = {body.x + name_width + guide::kLabelGap + request.start_pad, body.y, 0, body.height};
  area.width = std::max(10.0, body.right() - area.x - request.end_pad - 6);
  double lo = std::min(request.value.lo, 0.0), hi = std::max(request.value.hi, 0.0);
  if (request.value.min) lo = std::min(lo, *request.value.min);
  if (request.value.max) hi = std::max(hi, *request.value.max);
  if (lo == hi) hi = lo + 1;
  plot.value = {lo, hi, area.x, area.right()};
  plot.band = {static_cast<int>(names.size()), area.y, area.bottom(), theme.sizes().bar_gap};
  for (size_t i = 0; i < labels.size(); ++i) {
    double centre = plot.band_centre(i);
    ctx.frame.text({area.x - request.start_pad - guide::kLabelGap - labels[i]->size().width,
                    centre - labels[i]->size().height / 2},
                   labels[i]);
  }
  plot.plane = {area, plot.value, std::nullopt};
}

// Value labels that would touch a neighbour on a short axis are left blank (their gridlines
// stay): zero first, then the ends, then the rest in order.
void thin_value_labels(guide::AxisLabels& axis, const scale::ContinuousScale& y,
                       const model::Theme& theme) {
  size_t n = axis.values.size();
  std::vector<size_t> order;
  for (size_t i = 0; i < n; ++i)
    if (axis.values[i] == 0) order.push_back(i);
  if (n > 0) order.push_back(n - 1), order.push_back(0);
  for (size_t i = 1; i + 1 < n; ++i) order.push_back(i);
  std::vector<std::pair<double, double>> kept;  // vertical extents
  std::vector<bool> keep(n, false);
  for (size_t i : order) {
    if (keep[i]) continue;
    double h = axis.labels[i]->size().height, centre = y(axis.values[i]);
    bool clear = std::all_of(kept.begin(), kept.end(), [&](const auto& k) {
      return centre + h / 2 + 1 <= k.first || centre - h / 2 - 1 >= k.second;
    });
    if (!clear) continue;
    keep[i] = true;
    kept.push_back({centre - h / 2, centre + h / 2});
  }
  for (size_t i = 0; i < n; ++i)
    if (!keep[i]) axis.labels[i] = text::shape_text("", theme.text(model::TextRole::axis_label));
}

// Where the plot goes once the value axis is known: the x axis measured for the room the
// value labels leave, and the plot rectangle what both leave.
struct Arrangement {
  guide::AxisLabels value_labels;
  double left = 0;  // where gridlines start: right of the value labels
  guide::AxisLabels x_labels;
  guide::CategoryLabels categories;
  Rect area;
  std::vector<double> positions;  // of the x labels (or band centres)
  scale::ContinuousScale position;
  scale::BandScale band;
};

Arrangement arrange(const PlotRequest& request, const Rect& body, const ValueAxis& value_axis,
                    double top, double x_gap, double label_height, const model::Theme& theme) {
  Arrangement a;
  a.value_labels = guide::shape_axis_labels(value_axis.ticks.values, value_axis.labels, theme);
  a.value_labels.drawn = request.value.labels_drawn;
  a.left = body.x + a.value_labels.max_width() + guide::kLabelGap;
  double width = std::max(10.0, body.right() - a.left);
  double x_height = 0, right_pad = request.edge_pad;
  bool band = request.position.kind == PositionKind::band;
  // Slanted category labels reach a little right of the last band's centre.
  double band_right_pad = label_height * 0.5 + 1;
  if (band) {
    size_t n = std::max<size_t>(request.position.categories.size(), 1);
    double step = (width - band_right_pad) / static_cast<double>(n);
    // At most a third of the body, and never so much that the plot has no room left.
    double room = std::min(std::max(label_height * 2, body.height * kMaxCategoryShare),
                           body.height - top - 10 - (x_gap - 5));
    a.categories =
        guide::fit_category_labels(request.position.categories, step, std::max(room, 0.0),
                                   a.left + step / 2, theme.text(model::TextRole::axis_label));
    x_height = a.categories.height - 5 + x_gap;
  } else {
    auto ticks = position_ticks(request.position, width - 2 * request.edge_pad, theme);
    // The plot ends up narrower than the estimate: fewer ticks while the labels would touch
    // at their final places.
    for (int most = static_cast<int>(ticks.values.size()) - 1; most >= 1; --most) {
      double first =
          ticks.labels.labels.empty() ? 0 : ticks.labels.labels.front()->size().width / 2;
      double last = ticks.labels.labels.empty() ? 0 : ticks.labels.labels.back()->size().width / 2;
      double inset = std::max(0.0, first - a.value_labels.max_width()) + request.edge_pad;
      double span = width - inset - std::max(std::max(right_pad, last), request.edge_pad + 2);
      scale::ContinuousScale probe{ticks.lo, ticks.hi, 0, span, request.position.log};
      std::vector<double> at;
      for (double v : ticks.values) at.push_back(probe(v));
      if (guide::labels_clear(ticks.labels, at, 8)) break;
      ticks = position_ticks(request.position, width - 2 * request.edge_pad, theme, most);
    }
    a.x_labels = std::move(ticks.labels);
    x_height = a.x_labels.max_height() + x_gap;
    if (!a.x_labels.labels.empty())
      right_pad = std::max(right_pad, a.x_labels.labels.back()->size().width / 2);
    a.position = {ticks.lo, ticks.hi, 0, 1, request.position.log};
  }
  Rect& area = a.area;
  area = {a.left, body.y + top, 0, 0};
  area.height = std::max(10.0, body.bottom() - area.y - x_height);
  if (!band) {
    // The plot spans the positions: inset past the value labels by half the first x label (so
    // the two stay clear) and the markers' room, and short of the right edge by the same.
    double inset = a.x_labels.labels.empty()
                       ? 0
                       : std::max(0.0, a.x_labels.labels.front()->size().width / 2 -
                                           a.value_labels.max_width());
    area.x += inset + request.edge_pad;
    area.width = std::max(10.0, body.right() - area.x - std::max(right_pad, request.edge_pad + 2));
    a.position.range_start = area.x;
    a.position.range_end = area.right();
    for (double v : a.x_labels.values) a.positions.push_back(a.position(v));
  } else {
    area.width = std::max(10.0, body.right() - a.left - band_right_pad);
    a.band = {static_cast<int>(request.position.categories.size()), area.x, area.right(),
              theme.sizes().bar_gap};
    for (size_t i = 0; i < request.position.categories.size(); ++i)
      a.positions.push_back(a.band.center(static_cast<int>(i)));
  }
  return a;
}

}  // namespace

Plot layout_plot(const kind::DrawContext& ctx, const PlotRequest& request) {
  const auto& theme = ctx.theme;
  Plot plot;
  plot.horizontal = request.horizontal;
  plot.value_format = request.value.format;
  Rect body = ctx.body;
  guide::place_legend(ctx.frame, body, request.legend, request.legend_side, theme);
  // Labels at line ends take a column right of the plot, as wide as the longest name.
  if (!request.end_labels.empty()) {
    plot.end_labels = shape_end_labels(request.end_labels, body.width, theme);
    double widest = 0;
    for (const auto& label : plot.end_labels) widest = std::max(widest, label->size().width);
    body.width -= widest + kEndLabelGap + request.edge_pad;
  }
  if (auto title = guide::shape_axis_title(request.value.title, body.width, theme)) {
    ctx.frame.text({body.x, body.y}, title);
    body.y += title->size().height + guide::kTitleGap;
    body.height -= title->size().height + guide::kTitleGap;
  }
  if (request.horizontal) {
    draw_horizontal(ctx, request, body, plot);
    plot.annotations =
        request.annotations ? ctx.chart.spec.annotations : std::vector<spec::Annotation>{};
    // The value runs along x here: an annotation at a value is at an x.
    for (auto& a : plot.annotations) std::swap(a.x, a.y), std::swap(a.x2, a.y2);
    guide::draw_annotation_ranges(ctx.frame, plot.plane, plot.annotations, theme);
    ctx.frame.stroke(
        scene::Path::segment({plot.value(0), plot.area.y}, {plot.value(0), plot.area.bottom()}),
        {theme.colors().axis, theme.sizes().axis_line});
    return plot;
  }
  // The x title sits under the tick labels, at the right, where the values grow.
  if (auto title = guide::shape_axis_title(request.position.title, body.width, theme, true)) {
    ctx.frame.text({body.right() - title->size().width, body.bottom() - title->size().height},
                   title);
    body.height -= title->size().height + guide::kTitleGap;
  }
  double label_height =
      text::shape_text("0", theme.text(model::TextRole::axis_label))->size().height;
  double top = std::max(request.top_pad, label_height / 2);
  // The lowest value label reaches half its height below the plot: x labels start under it.
  double x_gap = std::max(5.0, label_height / 2 + 1.5);
  // The value axis first, sized for the height a typical x axis leaves; its labels' width
  // gives the x axis its room; then the value axis again for the plot's real height.
  auto value_axis = value_ticks(request.value, body.height - top - label_height * 2, label_height,
                                theme.language());
  auto arranged = arrange(request, body, value_axis, top, x_gap, label_height, theme);
  auto refined = value_ticks(request.value, arranged.area.height, label_height, theme.language());
  if (refined.ticks.values != value_axis.ticks.values) {
    value_axis = refined;
    arranged = arrange(request, body, value_axis, top, x_gap, label_height, theme);
  }
  plot.value_axis = value_axis;
  Rect& area = plot.area;
  area = arranged.area;
  plot.position = arranged.position;
  plot.band = arranged.band;
  auto& value_labels = arranged.value_labels;
  const auto& positions = arranged.positions;
  double left = arranged.left;
  plot.value = plot.value_axis.scale(area.bottom(), area.y);
  thin_value_labels(value_labels, plot.value, theme);

  guide::draw_value_gridlines_y(ctx.frame, area, left, plot.value, value_labels, theme);
  if (request.position.kind == PositionKind::band) {
    guide::draw_axis_x(ctx.frame, area, {}, {}, theme);
    guide::draw_category_labels(ctx.frame, arranged.categories, positions, area.bottom(), x_gap);
  } else {
    guide::draw_axis_x(ctx.frame, area, positions, arranged.x_labels, theme, x_gap);
  }
  std::optional<scale::ContinuousScale> x_scale;
  if (request.position.kind != PositionKind::band) x_scale = plot.position;
  plot.plane = {area, x_scale, plot.value};
  if (request.annotations) plot.annotations = ctx.chart.spec.annotations;
  guide::draw_annotation_ranges(ctx.frame, plot.plane, plot.annotations, theme);
  return plot;
}

void finish_plot(const kind::DrawContext& ctx, Plot& plot,
                 const std::vector<std::pair<size_t, double>>& ends) {
  guide::draw_annotation_marks(ctx.frame, plot.plane, plot.annotations, ctx.theme);
  if (ends.empty() || plot.end_labels.empty()) return;
  std::vector<double> wanted, heights;
  for (const auto& [index, end_y] : ends) {
    wanted.push_back(end_y);
    heights.push_back(plot.end_labels[index]->size().height);
  }
  auto centres = guide::dodge_vertically(wanted, heights, ctx.body.y, plot.area.bottom(), 2);
  for (size_t k = 0; k < ends.size(); ++k) {
    const auto& label = plot.end_labels[ends[k].first];
    ctx.frame.text({plot.area.right() + kEndLabelGap, centres[k] - label->size().height / 2},
                   label);
  }
}

double ranking_height(const std::vector<std::string>& categories, const model::Theme& theme,
                      double width, const std::string& value_title) {
  auto style = theme.text(model::TextRole::axis_label);
  // Rows are equal: each as tall as the tallest name with room to spare, and never less than a
  // comfortable bar.
  double row = 20;
  for (const auto& name : categories) {
    auto bold = style;
    bold.bold = true;  // a highlighted name is set in bold, which may take another line
    row = std::max(row, ranking_name(name, bold, width * kRankingNameShare)->size().height + 8);
  }
  double height = row * static_cast<double>(categories.size());
  if (auto title = guide::shape_axis_title(value_title, width, theme))
    height += title->size().height + guide::kTitleGap;
  return height;
}

double minimum_plot_height(const model::Chart& chart, const model::Theme& theme, double width) {
  double line = text::shape_text("0", theme.text(model::TextRole::axis_label))->size().height;
  double height = line * 7;  // two lines of x labels and a plot of five
  std::vector<guide::LegendEntry> legend;
  if (chart.series)
    for (const auto& s : group_series(chart))
      legend.push_back({s.name, theme.series(0).color, {}, ""});
  if (legend.size() > 1)
    height += measure_legend(legend, guide::LegendSide::top, width, theme).size.height + 8;
  for (const auto* axis : {&chart.spec.x, &chart.spec.y})
    if (*axis)
      if (auto title = guide::shape_axis_title((*axis)->title, width, theme))
        height += title->size().height + guide::kTitleGap;
  return height;
}

bool markers_shown(spec::Markers setting, size_t points, double width, double marker_radius) {
  if (setting == spec::Markers::always) return true;
  if (setting == spec::Markers::never) return false;
  if (points <= 1) return true;
  return width / static_cast<double>(points - 1) >= marker_radius * 3;
}

}  // namespace folio::chart
