#pragma once
#include <vector>

#include "core/geometry.h"

namespace folio::guide {

// A label for a point on a horizontal axis, e.g. an event on a timeline.
struct AxisLabel {
  double anchor_x = 0;
  Size size;
};

struct PlacedLabel {
  bool above = true;
  int tier = 0;         // 0 is the row nearest the axis
  double x = 0;         // left edge of the box
  double distance = 0;  // from the axis edge to the box's near edge
  Size size;
  double anchor_x = 0;
  bool stem_clear = true;  // false: no row let its stem pass clear of the boxes below it
};

struct AxisLabelLayout {
  std::vector<PlacedLabel> labels;  // in the order given
  double above_height = 0;          // room the rows take on each side, leader gap included
  double below_height = 0;
  int tiers = 1;  // rows on the fuller side
};

// Sets labels in rows above and below an axis, each box beside a straight stem that rises
// from its anchor. Boxes start at their anchor where they can, else cover it, inside
// [left, right]; no two boxes intersect, and a stem passes clear of every box in the rows it
// crosses (a label that would cover the next one's anchor climbs above it). In the row nearest
// the axis a box may sit a little left of its anchor, reached by a bent leader. A label that
// no placement keeps clear is marked `stem_clear = false` for the caller to merge. Sides
// alternate in anchor order unless another assignment is shorter or clears more stems.
// Labels must be sorted by anchor_x.
AxisLabelLayout place_axis_labels(const std::vector<AxisLabel>& labels, double left, double right,
                                  double gap_x, double gap_y, double leader_length);

}  // namespace folio::guide
