#pragma once
#include <string>
#include <vector>

#include "model/theme.h"
#include "scene/scene.h"

namespace folio::guide {

struct LegendEntry {
  std::string label;
  Color color;
  std::vector<double> dash;  // the series' dash pattern; empty for solid
  std::string marker;        // drawn on the swatch when set
  bool dot = false;          // a dot alone (scatter), instead of a line
};

// A legend set in one or more rows across the top of `area`; returns the height it takes.
double draw_legend_top(scene::Frame& frame, const Rect& area,
                       const std::vector<LegendEntry>& entries, const model::Theme& theme);

// Places a legend at "top", "bottom" or "right" of `body` (anything else draws none) and
// shrinks `body` by the room it takes. For a chart's `legend` setting, where "auto" and
// "direct" mean "top" for kinds without direct labels, see legend_position.
void place_legend(scene::Frame& frame, Rect& body, const std::vector<LegendEntry>& entries,
                  const std::string& position, const model::Theme& theme);
std::string legend_position(const std::string& setting);

}  // namespace folio::guide
