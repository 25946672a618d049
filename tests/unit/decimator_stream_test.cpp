// The decimator fed one point at a time keeps what a plain M4 pass over the whole run keeps:
// the first, lowest, highest and last point of each column, in their order, each once; runs
// of four or fewer points come back whole; of three kept points in a row at one height the
// middle one goes. Checked against that plain pass on random runs.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "chart/decimate.h"
#include "random_source.h"

namespace folio::chart {
namespace {

std::vector<Point> plain_m4(const std::vector<Point>& run, double column) {
  if (run.size() <= 4) return run;
  std::vector<Point> kept;
  for (size_t start = 0; start < run.size();) {
    size_t end = start;
    double slot = std::floor(run[start].x / column);
    while (end < run.size() && std::floor(run[end].x / column) == slot) ++end;
    size_t low = start, high = start;
    for (size_t k = start; k < end; ++k) {
      if (run[k].y < run[low].y) low = k;
      if (run[k].y > run[high].y) high = k;
    }
    std::vector<size_t> order{start, std::min(low, high), std::max(low, high), end - 1};
    for (size_t k = 0; k < order.size(); ++k)
      if (k == 0 || order[k] != order[k - 1]) kept.push_back(run[order[k]]);
    start = end;
  }
  // Then a kept point on the segment between its neighbours goes: level with both, or within
  // a sixteenth of a column where the neighbour it merges into stands for no dropped point.
  std::vector<Point> straightened;
  bool stands_in = false;
  for (const auto& p : kept) {
    size_t n = straightened.size();
    if (n >= 2) {
      Point a = straightened[n - 2], m = straightened[n - 1];
      double dx = p.x - a.x, dy = p.y - a.y, length2 = dx * dx + dy * dy;
      double t =
          length2 > 0 ? std::clamp(((m.x - a.x) * dx + (m.y - a.y) * dy) / length2, 0.0, 1.0) : 0;
      double off = std::hypot(m.x - (a.x + t * dx), m.y - (a.y + t * dy));
      if ((a.y == m.y && m.y == p.y) || (!stands_in && off <= column / 16)) {
        straightened[n - 1] = p;
        stands_in = true;
        continue;
      }
    }
    straightened.push_back(p);
    stands_in = false;
  }
  return straightened;
}

TEST(PolylineDecimator, KeepsWhatAPlainM4PassKeeps) {
  for (unsigned seed = 1; seed <= 50; ++seed) {
    folio::testing::RandomSource random(seed);
    PolylineDecimator decimator(0.25);
    for (int run_index = 0; run_index < 3; ++run_index) {  // finish() starts again
      std::vector<Point> run;
      int count = random.between(0, 3) == 0 ? random.between(0, 5) : random.between(5, 3000);
      double x = random.unit() * 10;
      for (int i = 0; i < count; ++i) {
        x += random.chance(0.3) ? 0 : random.unit() * 0.2;
        run.push_back({x, std::round(random.unit() * 20)});  // ties in y on purpose
      }
      for (const auto& p : run) decimator.add(p);
      auto streamed = decimator.finish();
      auto expected = plain_m4(run, 0.25);
      ASSERT_EQ(streamed.size(), expected.size()) << "seed " << seed;
      for (size_t k = 0; k < expected.size(); ++k) {
        ASSERT_EQ(streamed[k].x, expected[k].x) << "seed " << seed << " point " << k;
        ASSERT_EQ(streamed[k].y, expected[k].y) << "seed " << seed << " point " << k;
      }
      EXPECT_TRUE(decimator.empty());
    }
  }
}

// A flat stretch is two points however long, and a step keeps its corners: the line drawn is
// the one the full run draws.
TEST(PolylineDecimator, AFlatStretchIsItsTwoEnds) {
  PolylineDecimator decimator(0.25);
  for (int i = 0; i < 100000; ++i) decimator.add({i * 0.01, i < 50000 ? 3.0 : 7.0});
  auto kept = decimator.finish();
  ASSERT_EQ(kept.size(), 4u);
  EXPECT_EQ(kept[0].x, 0);
  EXPECT_EQ(kept[1].x, 49999 * 0.01);
  EXPECT_EQ(kept[1].y, 3.0);
  EXPECT_EQ(kept[2].x, 50000 * 0.01);
  EXPECT_EQ(kept[2].y, 7.0);
  EXPECT_EQ(kept[3].x, 99999 * 0.01);
}

}  // namespace
}  // namespace folio::chart
