#include "chart/ranking.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "chart/plot_layout.h"
#include "chart/series.h"
#include "chart/value_labels.h"
#include "chart/xy_request.h"
#include "text/number_format.h"

namespace folio::chart {

void draw_ranking(const kind::DrawContext& ctx, const std::vector<Bar>& bars, RankingMark mark) {
  const auto& theme = ctx.theme;
  auto format = axis_format(ctx.chart.spec.y, {});
  auto value_style = theme.text(model::TextRole::label_value);
  std::vector<double> numbers;
  for (const auto& bar : bars)
    if (bar.value) numbers.push_back(*bar.value);
  // Values take at most a quarter of the width beside the bars, in the form that fits there.
  auto write = value_writer(numbers, format, value_style, ctx.body.width / 4, ctx.chart.language);
  std::vector<text::ShapedTextPtr> values;
  double value_width = 0, negative_width = 0;  // labels right of bars, and left of negative ones
  for (const auto& bar : bars) {
    values.push_back(text::shape_text(bar.value ? write(*bar.value) : "n/a", value_style));
    double& widest = bar.value && *bar.value < 0 ? negative_width : value_width;
    widest = std::max(widest, values.back()->size().width);
  }
  double lo, hi;
  value_extent(bars, lo, hi);
  PlotRequest request;
  request.horizontal = true;
  request.position.kind = PositionKind::band;
  request.position.categories = categories_of(bars);
  for (const auto& bar : bars) request.position.emphasized.push_back(bar.highlighted);
  request.value = value_request(ctx.chart, lo, hi);
  request.end_pad = value_width + 4;
  request.start_pad = negative_width > 0 ? negative_width + 4 : 0;
  auto plot = layout_plot(ctx, request);
  // Thick bars look heavy in short rankings: their thickness is capped.
  double thickness = std::min(plot.band.bandwidth(), 22.0);
  for (size_t i = 0; i < bars.size(); ++i) {
    double centre = plot.band_centre(i);
    if (!bars[i].value) {
      ctx.frame.text({plot.value(0) + 4, centre - values[i]->size().height / 2}, values[i]);
      continue;
    }
    double x0 = plot.value(0), x1 = plot.value(*bars[i].value);
    Rect r{std::min(x0, x1), centre - thickness / 2, std::fabs(x1 - x0), thickness};
    Color color = bar_color(bars[i], ctx.chart, theme);
    double end_pad = 0;
    if (mark == RankingMark::bar) {
      ctx.frame.fill(scene::Path::rectangle(r), color);
    } else {
      // A lollipop: a thin stem and a dot, lighter on the page than a bar for long rankings.
      double radius = std::min(5.0, plot.band.bandwidth() / 2);
      ctx.frame.stroke(scene::Path::segment({x0, centre}, {x1, centre}), {color, 1.5});
      ctx.frame.fill(scene::Path::circle({x1, centre}, radius), color);
      end_pad = radius;
    }
    plot.plane.taken.push_back(r);
    double label_x =
        *bars[i].value >= 0 ? r.right() + 4 + end_pad : r.x - 4 - end_pad - values[i]->size().width;
    ctx.frame.text({label_x, centre - values[i]->size().height / 2}, values[i]);
    plot.plane.taken.push_back({label_x, centre - values[i]->size().height / 2,
                                values[i]->size().width, values[i]->size().height});
  }
  finish_plot(ctx, plot);
}

std::string describe_bars(const model::Chart& chart, const char* one, const char* other) {
  auto bars = bars_of(chart);
  auto format = axis_format(chart.spec.y, {});
  std::string text = count_phrase(bars.size(), one, other, chart.language) + ": ";
  for (size_t i = 0; i < bars.size(); ++i)
    text += fmt::format(
        "{}{} {}", i ? "; " : "", bars[i].category,
        bars[i].value ? text::format_number(*bars[i].value, format, chart.language) : "no value");
  return text + ".";
}

double ranking_height_of(const model::Chart& chart, const model::Theme& theme, double width) {
  return ranking_height(categories_of(bars_of(chart)), theme, width,
                        chart.spec.y ? chart.spec.y->title : "");
}

}  // namespace folio::chart
