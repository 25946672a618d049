#include "guide/label_placement.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>
#include <random>

namespace folio::guide {
namespace {

// Boxes in page coordinates: above the axis they grow upwards from its top edge.
std::vector<Rect> boxes_of(const AxisLabelLayout& layout) {
  std::vector<Rect> boxes;
  for (const auto& label : layout.labels) {
    double y = label.above ? -label.distance - label.size.height : 20 + label.distance;
    boxes.push_back({label.x, y, label.size.width, label.size.height});
  }
  return boxes;
}

void expect_no_overlap(const AxisLabelLayout& layout, const std::string& context) {
  auto boxes = boxes_of(layout);
  for (size_t i = 0; i < boxes.size(); ++i)
    for (size_t j = i + 1; j < boxes.size(); ++j)
      EXPECT_FALSE(boxes[i].intersects(boxes[j])) << context << ": labels " << i << " and " << j;
}

TEST(AxisLabels, SampleTimelineFitsInOneRowPerSide) {
  // The Korea–Cambodia timeline at PDF width: 6 labels (two merged clusters), 481 pt wide.
  std::vector<AxisLabel> labels{{55, {110, 30}},  {103, {115, 30}}, {302, {115, 60}},
                                {350, {110, 30}}, {373, {110, 30}}, {445, {110, 120}}};
  auto layout = place_axis_labels(labels, 0, 481, 8, 7, 12);
  expect_no_overlap(layout, "sample");
  for (const auto& label : layout.labels) {
    EXPECT_EQ(label.tier, 0);
    EXPECT_GE(label.x, 0);
    EXPECT_LE(label.x + label.size.width, 481.001);
  }
  // A label that fits at its anchor starts there.
  EXPECT_DOUBLE_EQ(layout.labels[0].x, 55);
  // Each side is as tall as its own tallest label, and the two tall labels share a side: the
  // timeline is 30 pt shorter than with strict alternation (60 above, 120 below).
  for (bool above : {true, false}) {
    double tallest = 0;
    for (const auto& label : layout.labels)
      if (label.above == above) tallest = std::max(tallest, label.size.height);
    EXPECT_DOUBLE_EQ(above ? layout.above_height : layout.below_height, 12 + tallest);
  }
  EXPECT_EQ(layout.labels[2].above, layout.labels[5].above);
  EXPECT_DOUBLE_EQ(layout.above_height + layout.below_height, 12 + 30 + 12 + 120);
}

TEST(AxisLabels, KeepOrderSoLeadersNeverCross) {
  std::vector<AxisLabel> labels;
  for (int i = 0; i < 8; ++i) labels.push_back({300.0 + i * 5, {60, 20}});
  auto layout = place_axis_labels(labels, 0, 400, 6, 6, 10);
  for (bool above : {true, false}) {
    double previous = -1e9;
    for (const auto& label : layout.labels) {
      if (label.above != above || label.tier != 0) continue;
      EXPECT_GT(label.x, previous);
      previous = label.x;
    }
  }
  expect_no_overlap(layout, "crowded");
}

TEST(AxisLabels, RandomDataNeverOverlaps) {
  for (unsigned seed = 1; seed <= 200; ++seed) {
    std::mt19937 random(seed);
    std::uniform_real_distribution<double> anchor(0, 500), width(20, 160), height(10, 80);
    std::vector<AxisLabel> labels(1 + random() % 30);
    for (auto& label : labels) label = {anchor(random), {width(random), height(random)}};
    std::sort(labels.begin(), labels.end(),
              [](auto& a, auto& b) { return a.anchor_x < b.anchor_x; });
    auto layout = place_axis_labels(labels, 0, 500, 6, 6, 10);
    expect_no_overlap(layout, "seed " + std::to_string(seed));
    for (const auto& label : layout.labels) {
      EXPECT_GE(label.x, -1e-6) << "seed " << seed;
      EXPECT_LE(label.x + label.size.width, 500 + 1e-6) << "seed " << seed;
    }
    // Every stem rises from its anchor to its own box clear of all other boxes on its side.
    auto boxes = boxes_of(layout);
    for (size_t i = 0; i < layout.labels.size(); ++i) {
      const auto& label = layout.labels[i];
      if (!label.stem_clear) continue;
      Rect stem{label.anchor_x, label.above ? -label.distance : 20, 0.01, label.distance};
      for (size_t j = 0; j < boxes.size(); ++j) {
        if (j == i || layout.labels[j].above != label.above) continue;
        EXPECT_FALSE(stem.intersects(boxes[j]))
            << "seed " << seed << ": stem " << i << " box " << j;
      }
    }
  }
}

}  // namespace
}  // namespace folio::guide

#include "guide/direct_labels.h"

namespace folio::guide {
namespace {

TEST(DirectLabels, DodgeKeepsOrderGapsAndBounds) {
  for (unsigned seed = 1; seed <= 200; ++seed) {
    std::mt19937 random(seed);
    std::uniform_real_distribution<double> position(-20, 320), height(8, 24);
    size_t count = 1 + random() % 8;
    std::vector<double> wanted(count), heights(count);
    for (size_t i = 0; i < count; ++i) wanted[i] = position(random), heights[i] = height(random);
    auto centres = dodge_vertically(wanted, heights, 0, 300, 2);
    std::vector<size_t> order(count);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return wanted[a] < wanted[b]; });
    double total = 0;
    for (double h : heights) total += h + 2;
    for (size_t k = 0; k + 1 < count; ++k) {
      size_t a = order[k], b = order[k + 1];
      // In order, and no two boxes overlap.
      EXPECT_LE(centres[a] + heights[a] / 2 + 2, centres[b] - heights[b] / 2 + 1e-9)
          << "seed " << seed;
    }
    if (total <= 300) {
      for (size_t i = 0; i < count; ++i) {
        EXPECT_GE(centres[i] - heights[i] / 2, -1e-9) << "seed " << seed;
        EXPECT_LE(centres[i] + heights[i] / 2, 300 + 1e-9) << "seed " << seed;
      }
    }
  }
}

TEST(DirectLabels, LabelsThatFitStayAtTheirLines) {
  auto centres = dodge_vertically({50, 150, 250}, {10, 10, 10}, 0, 300, 2);
  EXPECT_EQ(centres, (std::vector<double>{50, 150, 250}));
}

}  // namespace
}  // namespace folio::guide

#include "guide/point_labels.h"

namespace folio::guide {
namespace {

TEST(PointLabels, NeverOverlapMarkersOrEachOtherOnRandomData) {
  Rect bounds{0, 0, 600, 340};
  int placed_total = 0, dropped_total = 0;
  for (unsigned seed = 1; seed <= 200; ++seed) {
    std::mt19937 random(seed);
    std::uniform_real_distribution<double> x(20, 580), y(20, 320), r(3, 14), w(20, 90);
    std::vector<PointLabel> labels(1 + random() % 40);
    for (auto& label : labels) label = {{x(random), y(random)}, r(random), {w(random), 11}};
    auto placed = place_point_labels(labels, bounds);
    std::vector<Rect> boxes;
    for (size_t i = 0; i < placed.size(); ++i) {
      if (!placed[i]) {
        ++dropped_total;
        continue;
      }
      ++placed_total;
      const Rect& box = *placed[i];
      EXPECT_TRUE(box.x >= 0 && box.y >= 0 && box.right() <= 600 && box.bottom() <= 340)
          << "seed " << seed;
      for (const auto& other : boxes) EXPECT_FALSE(box.intersects(other)) << "seed " << seed;
      for (const auto& label : labels) {
        Rect marker{label.anchor.x - label.radius, label.anchor.y - label.radius, 2 * label.radius,
                    2 * label.radius};
        EXPECT_FALSE(box.intersects(marker)) << "seed " << seed;
      }
      boxes.push_back(box);
    }
  }
  EXPECT_GT(placed_total, dropped_total * 3);  // most labels find a place
}

TEST(PointLabels, PreferTheRightOfTheirMarker) {
  auto placed = place_point_labels({{{100, 100}, 5, {40, 10}}}, {0, 0, 600, 300});
  ASSERT_TRUE(placed[0]);
  EXPECT_DOUBLE_EQ(placed[0]->x, 108);
  EXPECT_DOUBLE_EQ(placed[0]->y, 95);
}

}  // namespace
}  // namespace folio::guide
