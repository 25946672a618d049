#include "kind/chart_kind.h"

namespace folio::kind {

const ChartKind& line_chart_kind();
const ChartKind& bar_chart_kind();
const ChartKind& timeline_chart_kind();
const ChartKind& stats_chart_kind();
const ChartKind& donut_chart_kind();
const ChartKind& area_chart_kind();
const ChartKind& lollipop_chart_kind();
const ChartKind& scatter_chart_kind();
const ChartKind& pie_chart_kind();
const ChartKind& table_chart_kind();
const ChartKind& waterfall_chart_kind();

const std::vector<ChartKind>& chart_kinds() {
  static const std::vector<ChartKind> kinds = {
      line_chart_kind(),  bar_chart_kind(),   timeline_chart_kind(),  stats_chart_kind(),
      donut_chart_kind(), area_chart_kind(),  lollipop_chart_kind(),  scatter_chart_kind(),
      pie_chart_kind(),   table_chart_kind(), waterfall_chart_kind(),
  };
  return kinds;
}

const ChartKind* find_chart_kind(std::string_view name) {
  for (const auto& kind : chart_kinds())
    if (kind.name == name) return &kind;
  return nullptr;
}

const std::vector<std::string_view>& common_keys() {
  static const std::vector<std::string_view> keys = {
      "type", "id",   "kind",  "title",  "subtitle", "source",
      "note", "data", "width", "height", "language", "aspectRatio"};
  return keys;
}

}  // namespace folio::kind
