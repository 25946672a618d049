#pragma once
// Legends measured first and drawn second, so that chart layout can give them their room
// before it sizes the plot.
#include <string>
#include <vector>

#include "model/theme.h"
#include "scene/scene.h"
#include "spec/document.h"
#include "text/shaped_text.h"

namespace folio::guide {

struct LegendEntry {
  std::string label;
  Color color;
  std::vector<double> dash;  // the series' dash pattern; empty for solid
  std::string marker;        // drawn on the swatch when set
  bool dot = false;          // a dot alone (scatter), instead of a line
};

enum class LegendSide { top, right, bottom, none };

// Where a chart's `legend` setting puts a legend box ("auto" and "direct" mean top for kinds
// that have no direct labels).
LegendSide legend_side(spec::Legend setting);

// A legend measured for a side of an area `width` wide: its size, and each entry's label and
// place inside it.
struct LegendLayout {
  LegendSide side = LegendSide::none;
  Size size;
  std::vector<text::ShapedTextPtr> labels;
  std::vector<Point> at;  // each entry's swatch, from the legend's top-left
  bool empty() const { return labels.empty(); }
};
LegendLayout measure_legend(const std::vector<LegendEntry>& entries, LegendSide side, double width,
                            const model::Theme& theme);

// Draws a measured legend with its top-left at `origin`.
void draw_legend(scene::Frame& frame, Point origin, const LegendLayout& layout,
                 const std::vector<LegendEntry>& entries);

// Measures and draws a legend at `side` of `body`, and takes its room (and a gap) from it.
void place_legend(scene::Frame& frame, Rect& body, const std::vector<LegendEntry>& entries,
                  LegendSide side, const model::Theme& theme);

}  // namespace folio::guide
