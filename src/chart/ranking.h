#pragma once
// Sorted horizontal rankings, shared by the bar kind (bars) and the lollipop kind (a stem and
// a dot), drawn in the one plot layout with categories down the left.
#include <string>
#include <vector>

#include "chart/bars.h"
#include "kind/chart_kind.h"

namespace folio::chart {

enum class RankingMark { bar, lollipop };
void draw_ranking(const kind::DrawContext& ctx, const std::vector<Bar>& bars, RankingMark mark);

// "6 bars: China US$13.5 billion; ...": every category with its value.
std::string describe_bars(const model::Chart& chart, const char* one, const char* other);

// The body height a ranking needs at this width.
double ranking_height_of(const model::Chart& chart, const model::Theme& theme, double width);

}  // namespace folio::chart
