#pragma once
// Sorted horizontal rankings, shared by the bar kind (bars) and the lollipop kind (a stem and a
// dot).
#include <optional>
#include <string>
#include <vector>

#include "charts/chart_kind.h"

namespace folio::chart {

struct Bar {
  std::string category;
  std::optional<double> value;
  bool estimated = false;
  bool highlighted = false;
};

// The chart's first series as bars, highlighted and sorted as the spec says.
std::vector<Bar> bars_of(const model::Chart& chart);
// Highlighted categories in the highlight colour, the rest in the base colour; estimated ones
// lighter.
Color bar_color(const Bar& bar, const model::Chart& chart, const model::Theme& theme);
// The value domain: always including zero, never empty.
void value_range(const std::vector<Bar>& bars, const std::optional<spec::Axis>& axis, double& lo,
                 double& hi);

enum class RankingMark { bar, lollipop };
void draw_ranking(const charts::DrawContext& ctx, const std::vector<Bar>& bars, RankingMark mark);

}  // namespace folio::chart
