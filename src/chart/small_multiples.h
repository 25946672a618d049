#pragma once
// Small multiples: one panel per value of the chart's facet field, each drawn by the chart's
// kind, all on the same scales so that the panels compare at a glance.
#include <memory>
#include <string>
#include <vector>

#include "kind/chart_kind.h"
#include "model/document.h"

namespace folio::chart {

struct Panel {
  std::string name;                      // the facet value
  std::shared_ptr<model::Dataset> data;  // this panel's rows
  model::Chart chart;                    // bound to `data`, on the shared scales
};

// The panels in the facet's first-appearance order. Each panel's axes carry the extent of the
// whole dataset as their min and max, and its series list every series of the whole chart, so
// scales and colours agree between panels.
std::vector<Panel> facet_panels(const model::Chart& chart);

// Draws the panels in a grid inside ctx.body, with one legend above them for all.
void draw_small_multiples(const kind::DrawContext& ctx, const kind::ChartKind& kind);

// The body height the grid needs at this width: panels a little wider than tall.
double small_multiples_height(const model::Chart& chart, const model::Theme& theme, double width);

// Each panel's name with its kind's description.
std::string describe_small_multiples(const model::Chart& chart, const kind::ChartKind& kind);

}  // namespace folio::chart
