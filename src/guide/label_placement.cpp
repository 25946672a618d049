#include "guide/label_placement.h"

#include <algorithm>
#include <cmath>

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

// Lays out the labels with the given sides, adding rows on a side only when one row cannot
// hold its labels.
AxisLabelLayout layout_with_sides(const std::vector<AxisLabel>& labels,
                                  const std::vector<bool>& above, double left, double right,
                                  double gap_x, double gap_y, double leader_length) {
  AxisLabelLayout layout;
  layout.labels.resize(labels.size());
  for (size_t i = 0; i < labels.size(); ++i) {
    layout.labels[i].anchor_x = labels[i].anchor_x;
    layout.labels[i].size = labels[i].size;
    layout.labels[i].above = above[i];
  }
  for (bool side_above : {true, false}) {
    std::vector<PlacedLabel*> side;
    for (auto& label : layout.labels)
      if (label.above == side_above) side.push_back(&label);
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
        (side_above ? layout.above_height : layout.below_height) =
            side.empty() ? 0 : distance - gap_y;
        layout.tiers = std::max(layout.tiers, static_cast<int>(tiers));
        break;
      }
    }
  }
  return layout;
}

}  // namespace

// Height, plus how far labels had to move off their anchors: a label pushed far along the
// axis reads as belonging to another date.
double cost(const AxisLabelLayout& layout) {
  double displacement = 0;
  for (const auto& label : layout.labels) {
    double nearest = std::clamp(label.anchor_x, label.x, label.x + label.size.width);
    displacement += std::fabs(nearest - label.anchor_x);
  }
  return layout.above_height + layout.below_height + 0.5 * displacement;
}

AxisLabelLayout place_axis_labels(const std::vector<AxisLabel>& labels, double left, double right,
                                  double gap_x, double gap_y, double leader_length) {
  std::vector<bool> alternate(labels.size());
  for (size_t i = 0; i < labels.size(); ++i) alternate[i] = i % 2 == 0;
  AxisLabelLayout best =
      layout_with_sides(labels, alternate, left, right, gap_x, gap_y, leader_length);
  // The height is the tallest row above plus the tallest below, so tall labels are best kept on
  // one side. For a dozen labels or fewer every assignment is tried; the shortest layout with
  // the fewest rows wins (ties keep the alternation, tried first).
  if (labels.size() <= 12) {
    for (unsigned mask = 0; mask < (1u << labels.size()); ++mask) {
      std::vector<bool> above(labels.size());
      for (size_t i = 0; i < labels.size(); ++i) above[i] = (mask >> i) & 1u;
      auto candidate = layout_with_sides(labels, above, left, right, gap_x, gap_y, leader_length);
      if (candidate.tiers < best.tiers ||
          (candidate.tiers == best.tiers && cost(candidate) < cost(best) - 0.01))
        best = std::move(candidate);
    }
  }
  return best;
}

}  // namespace folio::guide
