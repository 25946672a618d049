// Timeline: dated events on a time axis with shaded spans (e.g. years without relations).
// The axis picks its unit from the span it covers (days to centuries) on an exact calendar,
// so events within one year spread by their dates. Labels stand in tiers above and below the
// axis, joined by stems, placed so no two overlap and no stem crosses a label; events whose
// labels cannot stand apart that way are listed in one label. A span's label sits inside the span
// when it fits there, else it is placed like an event's, beside the axis with a leader to the
// span's middle. With a `series`, each series is a lane of its own, one under the other on the same
// time scale.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "chart/series.h"
#include "core/limits.h"
#include "guide/axis.h"
#include "guide/label_placement.h"
#include "kind/chart_kind.h"
#include "scale/linear_scale.h"
#include "scale/ticks.h"
#include "scale/time_ticks.h"
#include "text/date_format.h"
#include "text/number_format.h"

namespace folio::kind {
namespace {

struct Event {
  double when = 0;
  std::string date;  // as written in the data
  std::string label;
  std::string lane;  // the series value; "" without lanes
};

struct Cluster {
  std::vector<Event> events;
  double anchor_x = 0;
  scene::Frame label{};  // the stacked dates and texts, drawn at the placed box
};

constexpr double kBandHeight = 16;
constexpr double kLeaderLength = 12;
constexpr double kRowGap = 7;
constexpr double kLabelGapX = 8;
constexpr double kMergeDistancePt = 14;
constexpr double kPoleIndent = 5;  // room for the pole between a label's edge and its text
constexpr double kLaneGap = 12;

std::vector<Event> events_of(const model::Chart& chart) {
  std::vector<Event> events;
  if (!chart.data || !chart.x) return events;
  for (size_t row = 0; row < chart.data->rows; ++row) {
    Event event;
    if (chart.x->numbers()[row]) {
      event.when = *chart.x->numbers()[row];
      event.date = fmt::format("{:.0f}", event.when);
    } else if (chart.x->text(row)) {
      event.date = *chart.x->text(row);
      auto when = chart::parse_date_years(event.date);
      if (!when) continue;  // resolve checked the types; unparsable dates were reported there
      event.when = *when;
    } else {
      continue;
    }
    event.label = chart.label ? chart.label->text(row).value_or("") : "";
    event.lane = chart.series ? chart.series->text(row).value_or("") : "";
    events.push_back(event);
  }
  std::stable_sort(events.begin(), events.end(), [](auto& a, auto& b) { return a.when < b.when; });
  return events;
}

// The time axis over the events and spans, with a little room either side so that the
// first and last events are not on the edge; ticks on calendar boundaries, never finer than
// the dates are written.
struct TimeAxis {
  scale::TimeTicks ticks;
  double lo = 0, hi = 1;
};

TimeAxis time_axis(const model::Chart& chart, const std::vector<Event>& events, double width) {
  double lo = INFINITY, hi = -INFINITY;
  for (const auto& e : events) lo = std::min(lo, e.when), hi = std::max(hi, e.when);
  for (const auto& span : chart.spec.spans) {
    if (auto s = chart::parse_date_years(span.start)) lo = std::min(lo, *s);
    if (auto e = chart::parse_date_years(span.end)) hi = std::max(hi, *e);
  }
  if (!std::isfinite(lo)) lo = 2000, hi = 2001;
  auto precision = chart.x && chart.x->type == model::ColumnType::text
                       ? chart::date_precision(*chart.x)
                       : scale::TimeUnit::year;
  double unit = precision == scale::TimeUnit::year    ? 1.0
                : precision == scale::TimeUnit::month ? 1.0 / 12
                                                      : 1.0 / 365;
  double pad = std::max(unit / 2, (hi - lo) * 0.04);
  TimeAxis axis;
  axis.lo = lo - pad, axis.hi = hi + pad;
  axis.ticks =
      scale::time_ticks(axis.lo, axis.hi, std::max(2, static_cast<int>(width / 70)), precision);
  return axis;
}

// Events closer on the axis than a dot's width share a cluster.
std::vector<std::vector<Event>> group_close_events(const std::vector<Event>& events,
                                                   const scale::ContinuousScale& x) {
  std::vector<std::vector<Event>> groups;
  for (const auto& event : events) {
    if (!groups.empty() && x(event.when) - x(groups.back().back().when) < kMergeDistancePt)
      groups.back().push_back(event);
    else
      groups.push_back({event});
  }
  return groups;
}

// A cluster's label: each event's date over its text, stacked.
Cluster cluster_of(const std::vector<Event>& events, const scale::ContinuousScale& x,
                   const model::Theme& theme, double label_width,
                   const std::optional<spec::Axis>& x_axis) {
  Cluster cluster{events, (x(events.front().when) + x(events.back().when)) / 2, {}};
  auto date_style = theme.text(model::TextRole::label_date);
  auto text_style = theme.text(model::TextRole::label_event);
  double y = 0, width = 0;
  for (const auto& event : events) {
    auto date = text::shape_text(chart::format_date_label(event.date, x_axis, theme.language()),
                                 date_style);
    auto text = text::shape_text(event.label, text_style, {label_width});
    cluster.label.text({0, y}, date);
    cluster.label.text({0, y + date->size().height}, text);
    y += date->size().height + text->size().height + 3;
    width = std::max({width, date->size().width, text->size().width});
  }
  cluster.label.size = {width, y - 3};
  return cluster;
}

struct TimelineLayout {
  TimeAxis axis;
  scale::ContinuousScale x;
  std::vector<Cluster> clusters;
  std::vector<bool> span_inside;  // per span: its label fits inside it
  guide::AxisLabelLayout labels;
  double height() const { return labels.above_height + kBandHeight + labels.below_height; }
};

// The lanes in series order (then first appearance); one unnamed lane without a series.
std::vector<std::string> lanes_of(const model::Chart& chart, const std::vector<Event>& events) {
  std::vector<std::string> lanes;
  if (!chart.series) return {""};
  for (const auto& name : chart.spec.series_order) lanes.push_back(name);
  for (const auto& event : events)
    if (std::find(lanes.begin(), lanes.end(), event.lane) == lanes.end())
      lanes.push_back(event.lane);
  return lanes;
}

std::vector<Event> in_lane(const std::vector<Event>& events, const std::string& lane) {
  std::vector<Event> selected;
  for (const auto& event : events)
    if (event.lane == lane) selected.push_back(event);
  return selected;
}

// Where a span's label goes: inside the span when it fits there on one line.
bool span_label_fits(const spec::Span& span, const scale::ContinuousScale& x, const TimeAxis& axis,
                     const model::Theme& theme) {
  double x0 = x(chart::parse_date_years(span.start).value_or(axis.lo));
  double x1 = x(chart::parse_date_years(span.end).value_or(axis.hi));
  return text::shape_text(span.label, theme.text(model::TextRole::label_span))->size().width <=
         x1 - x0 - 6;
}

// One lane's layout; every lane shares the axis of all events. Spans whose labels do not fit
// inside them are labelled like events (first lane only).
TimelineLayout plan_lane(const std::vector<Event>& events, const std::vector<spec::Span>& spans,
                         const TimeAxis& axis, const model::Theme& theme, const Rect& body,
                         const std::optional<spec::Axis>& x_axis) {
  TimelineLayout layout;
  layout.axis = axis;
  layout.x = {axis.lo, axis.hi, body.x, body.right()};
  double label_width = std::clamp(body.width / 3.8, 80.0, 150.0);
  std::vector<Cluster> span_clusters;
  for (const auto& span : spans) {
    bool inside = span.label.empty() || span_label_fits(span, layout.x, axis, theme);
    layout.span_inside.push_back(inside);
    if (inside) continue;
    double x0 = layout.x(chart::parse_date_years(span.start).value_or(axis.lo));
    double x1 = layout.x(chart::parse_date_years(span.end).value_or(axis.hi));
    Cluster cluster{{}, (x0 + x1) / 2, {}};
    auto label =
        text::shape_text(span.label, theme.text(model::TextRole::label_span), {label_width});
    cluster.label.text({0, 0}, label);
    cluster.label.size = label->size();
    span_clusters.push_back(std::move(cluster));
  }
  // Events whose labels cannot stand apart with every stem clear of the labels it passes are
  // listed together: the cluster whose stem would cross joins its neighbour, until none does.
  auto groups = group_close_events(events, layout.x);
  for (;;) {
    layout.clusters.clear();
    for (const auto& group : groups)
      layout.clusters.push_back(cluster_of(group, layout.x, theme, label_width, x_axis));
    for (const auto& cluster : span_clusters) layout.clusters.push_back(cluster);
    // The placer takes labels in anchor order.
    std::stable_sort(layout.clusters.begin(), layout.clusters.end(),
                     [](const Cluster& a, const Cluster& b) { return a.anchor_x < b.anchor_x; });
    std::vector<guide::AxisLabel> requests;
    for (const auto& cluster : layout.clusters)
      requests.push_back(
          {cluster.anchor_x, {cluster.label.size.width + kPoleIndent, cluster.label.size.height}});
    layout.labels = guide::place_axis_labels(requests, body.x, body.right(), kLabelGapX, kRowGap,
                                             kLeaderLength);
    auto crossing = std::find_if(layout.labels.labels.begin(), layout.labels.labels.end(),
                                 [](const guide::PlacedLabel& l) { return !l.stem_clear; });
    if (crossing == layout.labels.labels.end() || groups.size() < 2) break;
    // Merge the crossing event cluster with the event cluster after it (before it at the end).
    const auto& stuck =
        layout.clusters[static_cast<size_t>(crossing - layout.labels.labels.begin())];
    if (stuck.events.empty()) break;  // a span's label: nothing to merge it with
    size_t g = 0;
    while (g < groups.size() && groups[g].front().when != stuck.events.front().when) ++g;
    if (g == groups.size()) break;
    size_t into = g + 1 < groups.size() ? g : g - 1;
    groups[into].insert(groups[into].end(), groups[into + 1].begin(), groups[into + 1].end());
    groups.erase(groups.begin() + static_cast<std::ptrdiff_t>(into) + 1);
  }
  return layout;
}

// Tick labels sit inside the band; those a span's label or edge would cover are left out.
void draw_band(const DrawContext& ctx, const TimelineLayout& layout, double band_top,
               bool span_labels) {
  const auto& theme = ctx.theme;
  auto& frame = ctx.frame;
  double mid = band_top + kBandHeight / 2;
  frame.fill(scene::Path::rectangle({ctx.body.x, band_top, ctx.body.width, kBandHeight}),
             theme.colors().tile);
  std::vector<Rect> occupied;
  for (size_t k = 0; k < ctx.chart.spec.spans.size(); ++k) {
    const auto& span = ctx.chart.spec.spans[k];
    double x0 = layout.x(chart::parse_date_years(span.start).value_or(layout.axis.lo));
    double x1 = layout.x(chart::parse_date_years(span.end).value_or(layout.axis.hi));
    frame.fill(scene::Path::rectangle({x0, band_top, x1 - x0, kBandHeight}), theme.colors().span);
    frame.stroke(scene::Path::rectangle({x0, band_top, x1 - x0, kBandHeight}),
                 {theme.colors().axis, 0.5});
    // The span's edges are lines across the band: year labels keep clear of them.
    occupied.push_back({x0 - 2, band_top, 4, kBandHeight});
    occupied.push_back({x1 - 2, band_top, 4, kBandHeight});
    if (span.label.empty() || !span_labels || !layout.span_inside[k]) continue;
    auto label = text::shape_text(span.label, theme.text(model::TextRole::label_span));
    Point at{(x0 + x1) / 2 - label->size().width / 2, mid - label->size().height / 2};
    frame.text(at, label);
    occupied.push_back({at.x - 4, at.y, label->size().width + 8, label->size().height});
  }
  // Year labels sit between the span edges and labels. A tick hidden there may be the one that
  // names the year, so the labels are written again for the ticks that stay, until stable.
  const std::string skeleton =
      ctx.chart.spec.x && ctx.chart.spec.x->format ? ctx.chart.spec.x->format->date : "";
  scale::TimeTicks shown = layout.axis.ticks;
  std::vector<Rect> boxes;
  std::vector<text::ShapedTextPtr> labels;
  for (int round = 0; round < 4; ++round) {
    auto texts = text::format_time_ticks(shown, skeleton, theme.language());
    scale::TimeTicks kept{shown.unit, {}, {}};
    boxes.clear();
    labels.clear();
    for (size_t i = 0; i < texts.size(); ++i) {
      auto label = text::shape_text(texts[i], theme.text(model::TextRole::axis_label));
      Rect box{layout.x(shown.values[i]) - label->size().width / 2, mid - label->size().height / 2,
               label->size().width, label->size().height};
      if (box.x < ctx.body.x || box.right() > ctx.body.right()) continue;
      if (std::any_of(occupied.begin(), occupied.end(),
                      [&](const Rect& r) { return r.intersects(box); }))
        continue;
      kept.dates.push_back(shown.dates[i]);
      kept.values.push_back(shown.values[i]);
      boxes.push_back(box);
      labels.push_back(label);
    }
    bool stable = kept.values.size() == shown.values.size();
    shown = std::move(kept);
    if (stable) break;
  }
  for (size_t i = 0; i < labels.size(); ++i) frame.text({boxes[i].x, boxes[i].y}, labels[i]);
}

struct Lane {
  std::string name;
  text::ShapedTextPtr title;  // null without lanes
  TimelineLayout layout;
  double height() const { return (title ? title->size().height + 4 : 0) + layout.height(); }
};

std::vector<Lane> plan(const model::Chart& chart, const model::Theme& theme, const Rect& body) {
  auto events = events_of(chart);
  auto axis = time_axis(chart, events, body.width);
  std::vector<Lane> lanes;
  for (const auto& name : lanes_of(chart, events)) {
    // Span labels that leave their span are placed with the first lane's labels.
    const std::vector<spec::Span> none;
    const auto& spans = lanes.empty() ? chart.spec.spans : none;
    Lane lane{name, nullptr,
              plan_lane(in_lane(events, name), spans, axis, theme, body, chart.spec.x)};
    if (chart.series) {
      auto style = theme.text(model::TextRole::label_series);
      style.color = readable_on(theme.series(lanes.size()).color, theme.colors().background);
      lane.title = text::shape_text(name, style, {body.width});
    }
    lanes.push_back(std::move(lane));
  }
  return lanes;
}

double total_height(const std::vector<Lane>& lanes) {
  double height = 0;
  for (const auto& lane : lanes) height += lane.height();
  return height + kLaneGap * static_cast<double>(lanes.empty() ? 0 : lanes.size() - 1);
}

void draw_lane(const DrawContext& ctx, const TimelineLayout& layout, double band_top, Color dot,
               bool span_labels) {
  const auto& theme = ctx.theme;
  auto& frame = ctx.frame;
  double band_bottom = band_top + kBandHeight;
  draw_band(ctx, layout, band_top, span_labels);
  scene::Stroke leader{theme.colors().axis, 0.6};
  for (size_t i = 0; i < layout.clusters.size(); ++i) {
    const auto& cluster = layout.clusters[i];
    const auto& placed = layout.labels.labels[i];
    double edge = placed.above ? band_top : band_bottom;
    double direction = placed.above ? -1 : 1;
    double near_y = edge + direction * placed.distance;
    double box_y = placed.above ? near_y - placed.size.height : near_y;
    // A label that starts at its anchor hangs from a pole along its edge; a label pushed aside
    // is reached by a leader bent towards it.
    double text_x = placed.x + kPoleIndent;
    scene::Path path;
    path.move_to(cluster.anchor_x, edge + direction * 3);
    if (std::fabs(placed.x - cluster.anchor_x) < 0.5) {
      path.line_to(cluster.anchor_x, placed.above ? box_y : box_y + placed.size.height);
    } else {
      double end_x = std::clamp(cluster.anchor_x, text_x, placed.x + placed.size.width);
      path.line_to(cluster.anchor_x, edge + direction * (kLeaderLength * 0.5))
          .line_to(end_x, near_y - direction * 2);
    }
    frame.stroke(path, leader);
    if (cluster.events.empty()) {  // a span's label: its leader reaches the span's middle
      frame.group({text_x, box_y}, cluster.label, "label:span");
      continue;
    }
    if (cluster.events.size() > 1) {
      double first = layout.x(cluster.events.front().when),
             last = layout.x(cluster.events.back().when);
      frame.stroke(scene::Path::segment({first, edge}, {last, edge}), {dot, 1.5});
    }
    for (const auto& event : cluster.events)
      frame.add(scene::Shape{scene::Path::circle({layout.x(event.when), edge}, 3.2), dot,
                             scene::Stroke{theme.colors().background, 1}});
    frame.group({text_x, box_y}, cluster.label, "label:event");
  }
}

void draw_timeline(const DrawContext& ctx) {
  const auto& theme = ctx.theme;
  auto lanes = plan(ctx.chart, theme, ctx.body);
  double y = ctx.body.y + std::max(0.0, (ctx.body.height - total_height(lanes)) / 2);
  for (size_t i = 0; i < lanes.size(); ++i) {
    const auto& lane = lanes[i];
    if (lane.title) {
      ctx.frame.text({ctx.body.x, y}, lane.title);
      y += lane.title->size().height + 4;
    }
    // Lanes are told apart by their dots' colour; one lane keeps the palette's first.
    Color dot = theme.series(ctx.chart.series ? i : 0).color;
    draw_lane(ctx, lane.layout, y + lane.layout.labels.above_height, dot, i == 0);
    y += lane.layout.height() + kLaneGap;
  }
}

std::string describe_timeline(const model::Chart& chart) {
  auto events = events_of(chart);
  std::string text = chart::count_phrase(events.size(), "event", "events", chart.language) + ".";
  for (const auto& span : chart.spec.spans)
    text += fmt::format(
        " {} to {}: {}.", chart::format_date_label(span.start, chart.spec.x, chart.language),
        chart::format_date_label(span.end, chart.spec.x, chart.language), span.label);
  for (const auto& event : events)
    text += fmt::format(" {}{}: {}.", event.lane.empty() ? "" : event.lane + ", ",
                        chart::format_date_label(event.date, chart.spec.x, chart.language),
                        event.label);
  return text;
}

double timeline_natural_height(const model::Chart& chart, const model::Theme& theme, double width) {
  return total_height(plan(chart, theme, {0, 0, width, 0}));
}

}  // namespace

const ChartKind& timeline_chart_kind() {
  static const ChartKind kind{
      "timeline",
      {"x", "label", "series", "spans"},
      {.data = Need::required,
       .x = Need::required,
       .x_use = model::FieldUse::any,
       .y = Need::none,
       .series = Need::optional,
       .label = Need::required},
      {.numeric_x = true, .max_rows = limits::kTimelineEvents, .rows_are = "events"},
      draw_timeline,
      describe_timeline,
      timeline_natural_height,
      chart::require_dates};
  return kind;
}

}  // namespace folio::kind
