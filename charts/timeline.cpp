// Timeline: dated events on a time axis with shaded spans (e.g. years without relations).
// Labels stand in tiers above the axis, joined by leaders, placed so none overlap; events
// closer together than a label can separate are listed in one label. With a `series`, each
// series is a lane of its own, one under the other on the same time scale.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "chart/series.h"
#include "kind/chart_kind.h"
#include "scale/linear_scale.h"
#include "scale/ticks.h"
#include "scale/time_ticks.h"
#include "guide/axis.h"
#include "guide/label_placement.h"
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
    if (chart.x->numbers[row]) {
      event.when = *chart.x->numbers[row];
      event.date = fmt::format("{:.0f}", event.when);
    } else if (chart.x->texts[row]) {
      event.date = *chart.x->texts[row];
      auto when = chart::parse_date_years(event.date);
      if (!when) continue;  // resolve checked the types; unparsable dates were reported there
      event.when = *when;
    } else {
      continue;
    }
    event.label = chart.label ? chart.label->texts[row].value_or("") : "";
    event.lane = chart.series ? chart.series->texts[row].value_or("") : "";
    events.push_back(event);
  }
  std::stable_sort(events.begin(), events.end(), [](auto& a, auto& b) { return a.when < b.when; });
  return events;
}

scale::Ticks time_ticks(const model::Chart& chart, const std::vector<Event>& events, double width) {
  double lo = INFINITY, hi = -INFINITY;
  for (const auto& e : events) lo = std::min(lo, e.when), hi = std::max(hi, e.when);
  for (const auto& span : chart.spec.spans) {
    if (auto s = chart::parse_date_years(span.start)) lo = std::min(lo, *s);
    if (auto e = chart::parse_date_years(span.end)) hi = std::max(hi, *e);
  }
  if (!std::isfinite(lo)) lo = 2000, hi = 2001;
  // A little room either side so that the first and last events are not on the edge.
  double pad = std::max(1.0, (hi - lo) * 0.04);
  return scale::nice_ticks_at_least(lo - pad, hi + pad, std::max(2, static_cast<int>(width / 70)),
                                    1);
}

std::vector<Cluster> cluster_events(const std::vector<Event>& events,
                                    const scale::ContinuousScale& x, const model::Theme& theme,
                                    double label_width, const std::optional<spec::Axis>& x_axis) {
  std::vector<Cluster> clusters;
  for (const auto& event : events) {
    if (!clusters.empty() &&
        x(event.when) - x(clusters.back().events.back().when) < kMergeDistancePt)
      clusters.back().events.push_back(event);
    else
      clusters.push_back({{event}, 0, {}});
  }
  auto date_style = theme.text("label.date");
  auto text_style = theme.text("label.event");
  for (auto& cluster : clusters) {
    cluster.anchor_x = (x(cluster.events.front().when) + x(cluster.events.back().when)) / 2;
    double y = 0, width = 0;
    for (const auto& event : cluster.events) {
      auto date =
          text::shape_text(chart::format_date_label(event.date, x_axis, theme.language()), date_style);
      auto text = text::shape_text(event.label, text_style, {label_width});
      cluster.label.text({0, y}, date);
      cluster.label.text({0, y + date->size().height}, text);
      y += date->size().height + text->size().height + 3;
      width = std::max({width, date->size().width, text->size().width});
    }
    cluster.label.size = {width, y - 3};
  }
  return clusters;
}

struct TimelineLayout {
  scale::Ticks ticks;
  scale::ContinuousScale x;
  std::vector<Cluster> clusters;
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

// One lane's layout; every lane shares the ticks of all events.
TimelineLayout plan_lane(const std::vector<Event>& events, const scale::Ticks& ticks,
                         const model::Theme& theme, const Rect& body,
                         const std::optional<spec::Axis>& x_axis) {
  TimelineLayout layout;
  layout.ticks = ticks;
  layout.x = {layout.ticks.min, layout.ticks.max, body.x, body.right()};
  double label_width = std::clamp(body.width / 3.8, 80.0, 150.0);
  layout.clusters = cluster_events(events, layout.x, theme, label_width, x_axis);
  std::vector<guide::AxisLabel> requests;
  for (const auto& cluster : layout.clusters)
    requests.push_back(
        {cluster.anchor_x, {cluster.label.size.width + kPoleIndent, cluster.label.size.height}});
  layout.labels =
      guide::place_axis_labels(requests, body.x, body.right(), kLabelGapX, kRowGap, kLeaderLength);
  return layout;
}

// Year labels sit inside the band; those a span's label would cover are left out.
void draw_band(const DrawContext& ctx, const TimelineLayout& layout, double band_top,
               bool span_labels) {
  const auto& theme = ctx.theme;
  auto& frame = ctx.frame;
  double mid = band_top + kBandHeight / 2;
  frame.fill(scene::Path::rectangle({ctx.body.x, band_top, ctx.body.width, kBandHeight}),
             theme.color("tile"));
  std::vector<Rect> occupied;
  for (const auto& span : ctx.chart.spec.spans) {
    double x0 = layout.x(chart::parse_date_years(span.start).value_or(layout.ticks.min));
    double x1 = layout.x(chart::parse_date_years(span.end).value_or(layout.ticks.max));
    frame.fill(scene::Path::rectangle({x0, band_top, x1 - x0, kBandHeight}), theme.color("span"));
    frame.stroke(scene::Path::rectangle({x0, band_top, x1 - x0, kBandHeight}),
                 {theme.color("axis"), 0.5});
    // The span's edges are lines across the band: year labels keep clear of them.
    occupied.push_back({x0 - 2, band_top, 4, kBandHeight});
    occupied.push_back({x1 - 2, band_top, 4, kBandHeight});
    if (span.label.empty() || !span_labels) continue;
    auto label =
        text::shape_text(span.label, theme.text("label.span"), {x1 - x0 - 6, text::Align::left, 1});
    Point at{(x0 + x1) / 2 - label->size().width / 2, mid - label->size().height / 2};
    frame.text(at, label);
    occupied.push_back({at.x - 4, at.y, label->size().width + 8, label->size().height});
  }
  spec::NumberFormat years;
  years.style = "year";
  auto texts = text::format_ticks(layout.ticks.values, years, theme.language());
  for (size_t i = 0; i < texts.size(); ++i) {
    auto label = text::shape_text(texts[i], theme.text("axis.label"));
    Rect box{layout.x(layout.ticks.values[i]) - label->size().width / 2,
             mid - label->size().height / 2, label->size().width, label->size().height};
    if (box.x < ctx.body.x || box.right() > ctx.body.right()) continue;
    if (std::any_of(occupied.begin(), occupied.end(),
                    [&](const Rect& r) { return r.intersects(box); }))
      continue;
    frame.text({box.x, box.y}, label);
  }
}

struct Lane {
  std::string name;
  text::ShapedTextPtr title;  // null without lanes
  TimelineLayout layout;
  double height() const { return (title ? title->size().height + 4 : 0) + layout.height(); }
};

std::vector<Lane> plan(const model::Chart& chart, const model::Theme& theme, const Rect& body) {
  auto events = events_of(chart);
  auto ticks = time_ticks(chart, events, body.width);
  std::vector<Lane> lanes;
  for (const auto& name : lanes_of(chart, events)) {
    Lane lane{name, nullptr, plan_lane(in_lane(events, name), ticks, theme, body, chart.spec.x)};
    if (chart.series) {
      auto style = theme.text("label.series");
      style.color = readable_on(theme.series(lanes.size()).color, theme.color("background"));
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
  scene::Stroke leader{theme.color("axis"), 0.6};
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
    if (cluster.events.size() > 1) {
      double first = layout.x(cluster.events.front().when),
             last = layout.x(cluster.events.back().when);
      frame.stroke(scene::Path::segment({first, edge}, {last, edge}), {dot, 1.5});
    }
    for (const auto& event : cluster.events)
      frame.add(scene::Shape{scene::Path::circle({layout.x(event.when), edge}, 3.2), dot,
                             scene::Stroke{theme.color("background"), 1}});
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
  std::string text;
  for (const auto& span : chart.spec.spans)
    text += fmt::format("{} to {}: {}. ", span.start, span.end, span.label);
  for (const auto& event : events_of(chart))
    text += fmt::format("{}{}: {}. ", event.lane.empty() ? "" : event.lane + ", ",
                        chart::format_date_label(event.date, chart.spec.x, chart.language), event.label);
  return text;
}

double timeline_natural_height(const model::Chart& chart, const model::Theme& theme, double width) {
  return total_height(plan(chart, theme, {0, 0, width, 0}));
}

}  // namespace

const ChartKind& timeline_chart_kind() {
  static const ChartKind kind{"timeline",
                              {"x", "label", "series", "spans"},
                              {.data = Need::required,
                               .x = Need::required,
                               .x_use = model::FieldUse::any,
                               .y = Need::none,
                               .series = Need::optional,
                               .label = Need::required},
                              {.numeric_x = true},
                              draw_timeline,
                              describe_timeline,
                              timeline_natural_height,
                              chart::require_dates};
  return kind;
}

}  // namespace folio::kind
