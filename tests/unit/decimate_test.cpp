#include "chart/decimate.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

namespace folio::chart {
namespace {

TEST(Decimate, ShortRunsComeBackUnchanged) {
  std::vector<Point> run{{0, 1}, {10, 2}, {20, 0}, {30, 5}, {40, 4}, {50, 1}};
  auto kept = decimate_polyline(run);
  ASSERT_EQ(kept.size(), run.size());
  for (size_t i = 0; i < run.size(); ++i) EXPECT_EQ(kept[i].y, run[i].y);
}

TEST(Decimate, KeepsAtMostFourPointsPerColumnAndEveryExtreme) {
  std::mt19937 random(7);
  std::normal_distribution<double> step(0, 1);
  std::vector<Point> run;
  double y = 0;
  for (int i = 0; i < 1000000; ++i) run.push_back({i * 500.0 / 1000000, y += step(random)});
  run[123456].y = 1e4;  // a spike one point wide
  run[765432].y = -1e4;
  auto kept = decimate_polyline(run);
  EXPECT_LE(kept.size(), 4 * 2000u);
  EXPECT_GE(kept.size(), 2 * 2000u);
  EXPECT_EQ(kept.front().x, run.front().x);
  EXPECT_EQ(kept.back().x, run.back().x);
  auto [low, high] =
      std::minmax_element(kept.begin(), kept.end(), [](auto& a, auto& b) { return a.y < b.y; });
  EXPECT_EQ(high->y, 1e4);
  EXPECT_EQ(low->y, -1e4);
  for (size_t i = 1; i < kept.size(); ++i) EXPECT_LE(kept[i - 1].x, kept[i].x);
}

}  // namespace
}  // namespace folio::chart
