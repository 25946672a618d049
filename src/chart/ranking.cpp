#include "chart/ranking.h"

#include <algorithm>
#include <cmath>

#include "chart/series.h"
#include "guide/axis.h"
#include "scale/linear_scale.h"
#include "text/number_format.h"

namespace folio::chart {

std::vector<Bar> bars_of(const model::Chart& chart) {
  std::vector<Bar> bars;
  auto series = chart::group_series(chart);
  if (series.empty()) return bars;
  for (const auto& p : series.front().points) {
    bool highlighted = std::find(chart.spec.highlight.begin(), chart.spec.highlight.end(),
                                 p.category) != chart.spec.highlight.end();
    bars.push_back({p.category, p.y, p.estimated, highlighted});
  }
  if (chart.spec.sort != "none") {
    bool descending = chart.spec.sort == "descending";
    std::stable_sort(bars.begin(), bars.end(), [descending](const Bar& a, const Bar& b) {
      double va = a.value.value_or(-INFINITY), vb = b.value.value_or(-INFINITY);
      return descending ? va > vb : va < vb;
    });
  }
  if (chart.spec.top && bars.size() > static_cast<size_t>(*chart.spec.top))
    bars.resize(*chart.spec.top);
  return bars;
}

Color bar_color(const Bar& bar, const model::Chart& chart, const model::Theme& theme) {
  Color color = chart.spec.highlight.empty() ? theme.palette().front()
                : bar.highlighted            ? theme.color("highlight")
                                             : theme.color("base");
  return bar.estimated ? color.with_alpha(0.55) : color;
}

void value_range(const std::vector<Bar>& bars, const std::optional<spec::Axis>& axis, double& lo,
                 double& hi) {
  lo = 0, hi = 0;  // bars always start at zero
  for (const auto& bar : bars)
    if (bar.value) lo = std::min(lo, *bar.value), hi = std::max(hi, *bar.value);
  widen_to_axis(axis, lo, hi);
  if (lo == hi) hi = 1;
}

void draw_ranking(const charts::DrawContext& ctx, const std::vector<Bar>& bars, RankingMark mark) {
  const auto& theme = ctx.theme;
  auto format = chart::axis_format(ctx.chart.spec.y, {});
  auto category_style = theme.text("axis.label");
  auto value_style = theme.text("label.value");
  std::vector<text::ShapedTextPtr> names, values;
  double name_width = 0, value_width = 0;
  for (const auto& bar : bars) {
    auto style = category_style;
    if (bar.highlighted) style.bold = true, style.color = theme.color("text");
    names.push_back(
        text::shape_text(bar.category, style, {ctx.body.width * 0.35, text::Align::right, 2}));
    name_width = std::max(name_width, names.back()->size().width);
    values.push_back(
        text::shape_text(bar.value ? text::format_number(*bar.value, format, ctx.chart.language) : "n/a", value_style));
    value_width = std::max(value_width, values.back()->size().width);
  }
  Rect body = ctx.body;
  guide::take_axis_title(ctx.frame, body, ctx.chart.spec.y ? ctx.chart.spec.y->title : "", theme);
  Rect plot{body.x + name_width + guide::kLabelGap, body.y, 0, body.height};
  plot.width = body.right() - plot.x - value_width - 6;
  double lo, hi;
  value_range(bars, ctx.chart.spec.y, lo, hi);
  scale::ContinuousScale x{lo, hi, plot.x, plot.right()};
  scale::BandScale band{static_cast<int>(bars.size()), plot.y, plot.bottom(), theme.size("barGap")};
  // Thick bars look heavy in short rankings: cap their thickness.
  double thickness = std::min(band.bandwidth(), 22.0);
  for (size_t i = 0; i < bars.size(); ++i) {
    double center = band.center(static_cast<int>(i));
    ctx.frame.text(
        {plot.x - guide::kLabelGap - names[i]->size().width, center - names[i]->size().height / 2},
        names[i]);
    if (!bars[i].value) continue;
    double x0 = x(0), x1 = x(*bars[i].value);
    Rect r{std::min(x0, x1), center - thickness / 2, std::fabs(x1 - x0), thickness};
    Color color = bar_color(bars[i], ctx.chart, theme);
    double end_pad = 0;
    if (mark == RankingMark::bar) {
      ctx.frame.fill(scene::Path::rectangle(r), color);
    } else {
      // A lollipop: a thin stem and a dot, lighter on the page than a bar for long rankings.
      double radius = std::min(5.0, band.bandwidth() / 2);
      ctx.frame.stroke(scene::Path::segment({x0, center}, {x1, center}), {color, 1.5});
      ctx.frame.fill(scene::Path::circle({x1, center}, radius), color);
      end_pad = radius;
    }
    double label_x =
        *bars[i].value >= 0 ? r.right() + 4 + end_pad : r.x - 4 - end_pad - values[i]->size().width;
    ctx.frame.text({label_x, center - values[i]->size().height / 2}, values[i]);
  }
  ctx.frame.stroke(scene::Path::segment({x(0), plot.y}, {x(0), plot.bottom()}),
                   {theme.color("axis"), theme.size("axisLine")});
}

}  // namespace folio::chart
