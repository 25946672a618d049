// Lollipop (dot plot): a ranking drawn as a stem and a dot instead of a bar, for long lists
// where solid bars would darken the page. Sorting and highlighting work as for bars.
#include "chart/ranking.h"
#include "core/limits.h"
#include "kind/chart_kind.h"

namespace folio::kind {
namespace {

void draw_lollipop(const DrawContext& ctx) {
  chart::draw_ranking(ctx, chart::bars_of(ctx.chart), chart::RankingMark::lollipop);
}

std::string describe_lollipop(const model::Chart& chart) {
  return chart::describe_bars(chart, "value, ranked", "values, ranked");
}

}  // namespace

const ChartKind& lollipop_chart_kind() {
  static const ChartKind kind{
      "lollipop",
      {"x", "y", "estimated", "sort", "highlight", "top", "annotations", "facet"},
      {.data = Need::required,
       .x = Need::required,
       .x_use = model::FieldUse::any,
       .y = Need::required,
       .estimated = Need::optional},
      {.facets = true,
       .annotations = true,
       .max_rows = limits::kCategoryMarks,
       .rows_are = "lollipops"},
      draw_lollipop,
      describe_lollipop,
      chart::ranking_height_of,
      chart::require_highlights};
  return kind;
}

}  // namespace folio::kind
