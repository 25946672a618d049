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
};

struct AxisLabelLayout {
  std::vector<PlacedLabel> labels;  // in the order given
  double above_height = 0;          // room the rows take on each side, leader gap included
  double below_height = 0;
  int tiers = 1;  // rows on the fuller side
};

// Sets labels in rows above and below an axis. Within a row boxes keep the anchors' order,
// start at their anchor where they can and are pushed apart and back inside [left, right], so
// no two boxes intersect and leaders never cross. Sides alternate in anchor order unless
// another assignment is shorter; a side gets more rows only when one row cannot hold its
// labels. Labels must be sorted by anchor_x.
AxisLabelLayout place_axis_labels(const std::vector<AxisLabel>& labels, double left, double right,
                                  double gap_x, double gap_y, double leader_length);

}  // namespace folio::guide
