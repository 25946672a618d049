// Waterfall: how a total is built up, one category at a time. Each column floats from the
// running total before it to the total after it, rising in the theme's positive colour or
// falling in its negative one; thin rules carry each level to the next column; an optional
// last column ("total": "Net change") stands on zero and shows the sum.
#include <fmt/format.h>

#include <cmath>

#include "chart/plot_layout.h"
#include "chart/series.h"
#include "chart/xy_request.h"
#include "core/limits.h"
#include "kind/chart_kind.h"
#include "text/number_format.h"

namespace folio::kind {
namespace {

struct Step {
  std::string category;
  std::optional<double> change;  // null: no step (the running total carries on)
  double from = 0, to = 0;       // the running total before and after
  bool total = false;
};

std::vector<Step> steps_of(const model::Chart& chart) {
  std::vector<Step> steps;
  auto series = chart::group_series(chart);
  if (series.empty()) return steps;
  double level = 0;
  for (const auto& p : series.front().points) {
    Step step{chart::category(chart, p), p.y, level, level + p.y.value_or(0), false};
    level = step.to;
    steps.push_back(step);
  }
  if (!chart.spec.total.empty()) steps.push_back({chart.spec.total, level, 0, level, true});
  return steps;
}

// "+12", "-5": a change carries its sign; a total does not need one.
std::string written(double value, bool signed_change, const spec::NumberFormat& format,
                    const std::string& language) {
  std::string text = text::format_number(value, format, language);
  return signed_change && value > 0 ? "+" + text : text;
}

void draw_waterfall(const DrawContext& ctx) {
  const auto& theme = ctx.theme;
  auto steps = steps_of(ctx.chart);
  double lo = 0, hi = 0;
  std::vector<std::string> categories;
  for (const auto& step : steps) {
    lo = std::min({lo, step.from, step.to}), hi = std::max({hi, step.from, step.to});
    categories.push_back(step.category);
  }
  chart::PlotRequest request;
  request.position.kind = chart::PositionKind::band;
  request.position.categories = categories;
  request.position.title = ctx.chart.spec.x ? ctx.chart.spec.x->title : "";
  request.value = chart::value_request(ctx.chart, lo, hi);
  request.top_pad =
      text::shape_text("0", theme.text(model::TextRole::label_value))->size().height + 1;
  auto plot = chart::layout_plot(ctx, request);

  auto value_style = theme.text(model::TextRole::label_value);
  scene::Stroke rule{theme.colors().axis, theme.sizes().gridline, {2, 2}};
  for (size_t i = 0; i < steps.size(); ++i) {
    const auto& step = steps[i];
    double x = plot.band.start(static_cast<int>(i)), width = plot.band.bandwidth();
    // The level this column ends at, carried to the next column.
    if (i + 1 < steps.size()) {
      double y = plot.value(step.to);
      ctx.frame.stroke(
          scene::Path::segment({x + width, y}, {plot.band.start(static_cast<int>(i + 1)), y}),
          rule);
    }
    if (!step.change) continue;
    double y0 = plot.value(step.from), y1 = plot.value(step.to);
    Rect bar{x, std::min(y0, y1), width, std::max(std::fabs(y1 - y0), 0.8)};
    Color color = step.total
                      ? theme.palette().front()
                      : (*step.change >= 0 ? theme.colors().positive : theme.colors().negative);
    ctx.frame.fill(scene::Path::rectangle(bar), color);
    plot.plane.taken.push_back(bar);
    // The label goes above a rising column; a falling one carries it inside its lower end, in
    // the background colour, when it is tall enough (below it the label would meet the
    // category names), else under it.
    double shown = step.total ? step.to : *step.change;
    std::string text = written(shown, !step.total, plot.value_format, ctx.chart.language);
    auto label = text::shape_text(text, value_style);
    bool above = step.total ? step.to >= 0 : *step.change >= 0;
    double y = above ? bar.y - label->size().height - 1 : bar.bottom() + 1;
    if (!above && bar.height > label->size().height + 4) {
      auto inside = value_style;
      inside.color = readable_on(theme.colors().background, color);
      label = text::shape_text(text, inside);
      y = bar.bottom() - label->size().height - 2;
    } else if (!above && y + label->size().height > plot.area.bottom()) {
      y = bar.y - label->size().height - 1;  // no room under it: above the column instead
    }
    Point at{plot.band_centre(i) - label->size().width / 2, y};
    if (label->size().width <= plot.band.step()) {
      ctx.frame.text(at, label);
      plot.plane.taken.push_back({at.x, at.y, label->size().width, label->size().height});
    }
  }
  chart::finish_plot(ctx, plot);
}

std::string describe_waterfall(const model::Chart& chart) {
  auto steps = steps_of(chart);
  auto format = chart::axis_format(chart.spec.y, {});
  std::string text = chart::count_phrase(steps.size() - (chart.spec.total.empty() ? 0 : 1), "step",
                                         "steps", chart.language) +
                     ": ";
  for (size_t i = 0; i < steps.size(); ++i) {
    const auto& s = steps[i];
    if (s.total) {
      text += fmt::format("; {} {}", s.category, text::format_number(s.to, format, chart.language));
      continue;
    }
    text += fmt::format(
        "{}{} {}", i ? "; " : "", s.category,
        s.change ? written(*s.change, true, format, chart.language) +
                       fmt::format(" (to {})", text::format_number(s.to, format, chart.language))
                 : "no value");
  }
  return text + ".";
}

}  // namespace

const ChartKind& waterfall_chart_kind() {
  static const ChartKind kind{
      "waterfall",
      {"x", "y", "total", "annotations"},
      {.data = Need::required,
       .x = Need::required,
       .x_use = model::FieldUse::any,
       .y = Need::required},
      {.annotations = true, .max_rows = limits::kCategoryMarks, .rows_are = "steps"},
      draw_waterfall,
      describe_waterfall};
  return kind;
}

}  // namespace folio::kind
