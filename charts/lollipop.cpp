// Lollipop (dot plot): a ranking drawn as a stem and a dot instead of a bar, for long lists
// where solid bars would darken the page. Sorting and highlighting work as for bars.
#include <fmt/format.h>

#include "chart/ranking.h"
#include "chart/series.h"
#include "charts/chart_kind.h"
#include "text/number_format.h"

namespace folio::charts {
namespace {

void draw_lollipop(const DrawContext& ctx) {
  chart::draw_ranking(ctx, chart::bars_of(ctx.chart), chart::RankingMark::lollipop);
}

std::string describe_lollipop(const model::Chart& chart) {
  auto bars = chart::bars_of(chart);
  auto format = chart::axis_format(chart.spec.y, {});
  std::string text = fmt::format("{} values, ranked: ", bars.size());
  for (size_t i = 0; i < bars.size(); ++i)
    text += fmt::format("{}{} {}", i ? "; " : "", bars[i].category,
                        bars[i].value ? text::format_number(*bars[i].value, format, chart.language) : "no value");
  return text + ".";
}

double lollipop_height(const model::Chart& chart, const model::Theme&, double) {
  bool titled = chart.spec.y && !chart.spec.y->title.empty();
  return static_cast<double>(chart::bars_of(chart).size()) * 20 + (titled ? 16 : 0);
}

}  // namespace

const ChartKind& lollipop_chart_kind() {
  static const ChartKind kind{"lollipop",
                              {.data = Need::required,
                               .x = Need::required,
                               .x_use = model::FieldUse::any,
                               .y = Need::required,
                               .estimated = Need::optional},
                              draw_lollipop,
                              describe_lollipop,
                              lollipop_height};
  return kind;
}

}  // namespace folio::charts
