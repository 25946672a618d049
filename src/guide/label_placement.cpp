#include "guide/label_placement.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace folio::guide {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();
constexpr double kStemClearance = 3;  // between a stem and the box beside it
// How far left of its anchor a box in the row nearest the axis may be pushed: further, and the
// label reads as another date's; the timeline lists such events together instead.
constexpr double kLongestBend = 40;

// What is already placed in one row: its leftmost box and its leftmost stem.
struct Row {
  double left_edge = kInfinity;
  double leftmost_stem = kInfinity;
};

// The left edge for `label` in row `tier`, or NaN when it cannot go there. A label's stem rises
// from the axis at its anchor through every lower row into its box, so it must pass left of
// everything already placed in those rows, and the box must end before any stem from a higher
// row. With `bend`, the box may lie wholly left of its anchor (row 0 only: its leader bends
// across the leader gap, where nothing else is).
double left_edge_in(const std::vector<Row>& rows, size_t tier, const PlacedLabel& label,
                    double left, double right, double gap, bool bend) {
  double a = label.anchor_x, w = label.size.width;
  for (size_t lower = 0; lower < tier && lower < rows.size(); ++lower)
    if (a > rows[lower].left_edge - kStemClearance) return NAN;
  double limit = right;
  if (tier < rows.size()) limit = std::min(limit, rows[tier].left_edge - gap);
  for (size_t higher = tier + 1; higher < rows.size(); ++higher)
    limit = std::min(limit, rows[higher].leftmost_stem - kStemClearance);
  double x = std::min({a, right - w, limit - w});
  if (x < left - 1e-6) return NAN;
  bool covers_anchor = x + w >= a - 1e-6;
  // A bent leader must not start under the next label's box, or it reads as that one's.
  bool anchor_free = rows.empty() || a <= rows[0].left_edge - kStemClearance;
  if (!covers_anchor && (!bend || !anchor_free || a - (x + w) > kLongestBend)) return NAN;
  return x;
}

void place(std::vector<Row>& rows, size_t tier, PlacedLabel& label, double x) {
  if (tier == rows.size()) rows.emplace_back();
  label.tier = static_cast<int>(tier);
  label.x = x;
  rows[tier].left_edge = x;
  rows[tier].leftmost_stem = std::min(rows[tier].leftmost_stem, label.anchor_x);
}

// One side's labels in rows, right to left so each goes as low as it can: a label that would
// cover the anchor of the one after it climbs above it, its stem passing to the left. This
// staircase keeps every stem clear of every box. A label that fits nowhere with its stem clear
// is pushed left in the row nearest the axis; when there is no room even there it takes a row
// of its own on top and is marked as crossing.
void place_side(std::vector<PlacedLabel*>& side, double left, double right, double gap) {
  std::vector<Row> rows;
  for (size_t i = side.size(); i-- > 0;) {
    auto& label = *side[i];
    bool done = false;
    for (size_t tier = 0; tier <= rows.size() && !done; ++tier) {
      double x = left_edge_in(rows, tier, label, left, right, gap, false);
      if (!std::isnan(x)) place(rows, tier, label, x), done = true;
    }
    if (done) continue;
    double x = left_edge_in(rows, 0, label, left, right, gap, true);
    if (!std::isnan(x)) {
      place(rows, 0, label, x);
      continue;
    }
    place(rows, rows.size(), label,
          std::max(left, std::min(label.anchor_x, right - label.size.width)));
    label.stem_clear = false;
  }
}

// Lays out the labels with the given sides.
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
    place_side(side, left, right, gap_x);
    int tiers = 0;
    for (auto* label : side) tiers = std::max(tiers, label->tier + 1);
    // Each label stands just beyond the lower-row labels it would meet (a skyline), not
    // beyond the tallest of the whole row: one tall cluster does not push every label of the
    // rows above it far from the axis.
    double height = 0;
    for (int tier = 0; tier < tiers; ++tier) {
      for (auto* label : side) {
        if (label->tier != tier) continue;
        label->distance = leader_length;
        for (auto* below : side) {
          if (below->tier >= tier) continue;
          double lo = std::min(below->x, below->anchor_x) - gap_x;
          double hi = std::max(below->x + below->size.width, below->anchor_x) + gap_x;
          if (label->x < hi && label->x + label->size.width > lo)
            label->distance =
                std::max(label->distance, below->distance + below->size.height + gap_y);
        }
        height = std::max(height, label->distance + label->size.height);
      }
    }
    (side_above ? layout.above_height : layout.below_height) = side.empty() ? 0 : height;
    layout.tiers = std::max(layout.tiers, tiers);
  }
  return layout;
}

}  // namespace

size_t crossings(const AxisLabelLayout& layout) {
  return static_cast<size_t>(std::count_if(layout.labels.begin(), layout.labels.end(),
                                           [](const PlacedLabel& l) { return !l.stem_clear; }));
}

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
  // one side. For a dozen labels or fewer every assignment is tried; the layout with the fewest
  // crossing stems, then the fewest rows, then the shortest wins (ties keep the alternation, tried
  // first).
  if (labels.size() <= 12) {
    for (unsigned mask = 0; mask < (1u << labels.size()); ++mask) {
      std::vector<bool> above(labels.size());
      for (size_t i = 0; i < labels.size(); ++i) above[i] = (mask >> i) & 1u;
      auto candidate = layout_with_sides(labels, above, left, right, gap_x, gap_y, leader_length);
      auto rank = [](const AxisLabelLayout& l) { return std::make_pair(crossings(l), l.tiers); };
      if (rank(candidate) < rank(best) ||
          (rank(candidate) == rank(best) && cost(candidate) < cost(best) - 0.01))
        best = std::move(candidate);
    }
  }
  return best;
}

}  // namespace folio::guide
