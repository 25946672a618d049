#include "guide/label_placement.h"

#include <algorithm>

namespace folio::guide {
namespace {

// Places the boxes of one row in order; false when they cannot all fit between the edges.
bool place_row(std::vector<PlacedLabel*>& row, double left, double right, double gap) {
  for (size_t i = 0; i < row.size(); ++i) {
    auto& label = *row[i];
    double preferred = label.anchor_x + label.size.width <= right
                           ? label.anchor_x
                           : label.anchor_x - label.size.width;
    label.x = std::max(preferred, left);
    if (i > 0) label.x = std::max(label.x, row[i - 1]->x + row[i - 1]->size.width + gap);
  }
  for (size_t i = row.size(); i-- > 0;) {
    auto& label = *row[i];
    double limit = i + 1 < row.size() ? row[i + 1]->x - gap : right;
    label.x = std::min(label.x, limit - label.size.width);
  }
  return row.empty() || row.front()->x >= left - 1e-6;
}

}  // namespace

AxisLabelLayout place_axis_labels(const std::vector<AxisLabel>& labels, double left, double right,
                                  double gap_x, double gap_y, double leader_length) {
  AxisLabelLayout layout;
  layout.labels.resize(labels.size());
  for (size_t i = 0; i < labels.size(); ++i) {
    layout.labels[i].anchor_x = labels[i].anchor_x;
    layout.labels[i].size = labels[i].size;
    layout.labels[i].above = i % 2 == 0;
  }
  for (bool above : {true, false}) {
    std::vector<PlacedLabel*> side;
    for (auto& label : layout.labels)
      if (label.above == above) side.push_back(&label);
    // The fewest rows that hold every label; the last resort is one label a row.
    for (size_t tiers = 1; tiers <= std::max<size_t>(1, side.size()); ++tiers) {
      bool all_fit = true;
      std::vector<std::vector<PlacedLabel*>> rows(tiers);
      for (size_t j = 0; j < side.size(); ++j) {
        side[j]->tier = static_cast<int>(j % tiers);
        rows[j % tiers].push_back(side[j]);
      }
      for (auto& row : rows) all_fit = place_row(row, left, right, gap_x) && all_fit;
      if (all_fit || tiers == side.size()) {
        double distance = leader_length;
        for (auto& row : rows) {
          double height = 0;
          for (auto* label : row) height = std::max(height, label->size.height);
          for (auto* label : row) label->distance = distance;
          distance += height + gap_y;
        }
        (above ? layout.above_height : layout.below_height) = side.empty() ? 0 : distance - gap_y;
        break;
      }
    }
  }
  return layout;
}

}  // namespace folio::guide
