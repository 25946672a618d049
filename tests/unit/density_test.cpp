// Scatter plots of more points than markers can show are drawn as densities: points counted
// in bins of the plot, each bin shaded by the logarithm of its count.
#include "chart/density.h"

#include <gtest/gtest.h>

#include <cmath>
#include <nlohmann/json.hpp>
#include <numeric>
#include <random>

#include "chart/layout_chart.h"
#include "model/document.h"
#include "model/theme.h"
#include "test_support.h"

namespace folio::chart {
namespace {

double area_of(const std::vector<Rect>& rects) {
  return std::accumulate(rects.begin(), rects.end(), 0.0,
                         [](double sum, const Rect& r) { return sum + r.width * r.height; });
}

TEST(Density, CountsPointsInBinsAndShadesByTheLogarithmOfTheCount) {
  Rect plot{10, 20, 100, 50};  // 20 × 10 bins of 5
  std::vector<Point> points;
  for (int i = 0; i < 1000; ++i) points.push_back({12, 22});  // bin (0, 0)
  for (int i = 0; i < 31; ++i) points.push_back({57, 47});    // bin (9, 5)
  points.push_back({109.9, 69.9});                            // the last bin
  points.push_back({5, 30});                                  // left of the plot: not counted
  points.push_back({NAN, 30});
  auto density = bin_density(points, plot);
  EXPECT_EQ(density.fullest, 1000u);
  // log(1000) is the top: one point is level 0, 31 points log(31)/log(1000) · 8 = level 3.
  ASSERT_EQ(density.levels[7].size(), 1u);
  EXPECT_EQ(density.levels[7][0].x, 10);
  EXPECT_EQ(density.levels[7][0].y, 20);
  ASSERT_EQ(density.levels[3].size(), 1u);
  EXPECT_EQ(density.levels[3][0].x, 55);
  EXPECT_EQ(density.levels[3][0].y, 45);
  ASSERT_EQ(density.levels[0].size(), 1u);
  EXPECT_EQ(density.levels[0][0].right(), 110);
  EXPECT_EQ(density.levels[0][0].bottom(), 70);
  size_t shaded = 0;
  for (const auto& level : density.levels) shaded += level.size();
  EXPECT_EQ(shaded, 3u);
  EXPECT_GT(density_alpha(0), 0.1);  // a bin of one point shows
  EXPECT_EQ(density_alpha(kDensityLevels - 1), 1);
}

TEST(Density, NeighbouringBinsOfOneLevelAreOneRectangle) {
  std::vector<Point> points;
  for (double x = 0.5; x < 100; x += 1) points.push_back({x, 2});  // 5 a bin, 20 bins
  auto density = bin_density(points, {0, 0, 100, 10});
  ASSERT_EQ(density.levels[7].size(), 1u);
  EXPECT_EQ(density.levels[7][0].width, 100);
  EXPECT_EQ(density.levels[7][0].height, 5);
}

// Every shaded bin holds points: the shaded area is at most the bins the points fall in, and
// a million points cost as many rectangles as the plot has bins.
TEST(Density, AMillionPointsShadeAtMostThePlotsBins) {
  std::mt19937 random(11);
  std::normal_distribution<double> x(250, 60), y(150, 40);
  std::vector<Point> points;
  for (int i = 0; i < 1000000; ++i) points.push_back({x(random), y(random)});
  Rect plot{0, 0, 500, 300};
  auto density = bin_density(points, plot);
  size_t rects = 0;
  double area = 0;
  for (const auto& level : density.levels) rects += level.size(), area += area_of(level);
  EXPECT_LE(rects, 100u * 60u);
  EXPECT_LE(area, plot.width * plot.height);
  EXPECT_GT(area, 0.5 * plot.width * plot.height);
}

// The chart's frame: how many marker shapes and how many density fills it draws.
struct Marks {
  size_t stroked_markers = 0;  // markers have a background-coloured outline
  size_t fills = 0;
};

Marks marks_of(const scene::Frame& frame) {
  Marks marks;
  for (const auto& item : frame.items) {
    if (const auto* group = std::get_if<scene::Group>(&item)) {
      auto inner = marks_of(*group->frame);
      marks.stroked_markers += inner.stroked_markers, marks.fills += inner.fills;
    } else if (const auto* shape = std::get_if<scene::Shape>(&item)) {
      if (shape->fill && shape->stroke) ++marks.stroked_markers;
      if (shape->fill && !shape->stroke) ++marks.fills;
    }
  }
  return marks;
}

model::Document scatter_of(size_t points) {
  nlohmann::json values = nlohmann::json::array();
  for (size_t i = 0; i < points; ++i)
    values.push_back({{"x", static_cast<double>(i % 997)}, {"y", static_cast<double>(i % 101)}});
  nlohmann::json doc = {{"meta", {{"title", "T"}}},
                        {"blocks",
                         {{{"type", "chart"},
                           {"id", "s"},
                           {"kind", "scatter"},
                           {"x", "x"},
                           {"y", "y"},
                           {"data", {{"values", values}}}}}}};
  return model::resolve_document(folio::testing::parse_text(doc.dump()));
}

TEST(Density, AScatterPlotPastTenThousandPointsBecomesADensity) {
  auto theme = model::load_theme("briefing");
  auto at_limit = scatter_of(kDensityPoints);
  auto markers = marks_of(layout_chart(*model::charts_of(at_limit).front(), theme, {640, 360}));
  EXPECT_EQ(markers.stroked_markers, kDensityPoints);
  auto past = scatter_of(kDensityPoints + 1);
  const auto& chart = *model::charts_of(past).front();
  auto density = marks_of(layout_chart(chart, theme, {640, 360}));
  EXPECT_EQ(density.stroked_markers, 0u);
  EXPECT_GE(density.fills, 1u);
  EXPECT_LE(density.fills, static_cast<size_t>(kDensityLevels) + 4);  // levels, and the frame's
  // Read out, the points are too many to list: their extent instead.
  EXPECT_EQ(describe_chart_data(chart), "10,001 points: x from 0 to 996, y from 0 to 100.");
}

// Counted one point at a time, or all at once: the same bins.
TEST(Density, ACounterFedPointByPointIsTheDensityOfThemAll) {
  std::mt19937 random(5);
  std::uniform_real_distribution<double> x(-20, 520), y(-20, 320);
  std::vector<Point> points;
  Rect plot{0, 0, 500, 300};
  DensityCounter counter(plot);
  for (int i = 0; i < 20000; ++i) {
    points.push_back({x(random), y(random)});
    counter.add(points.back());
  }
  auto one_by_one = counter.finish();
  auto all = bin_density(points, plot);
  EXPECT_EQ(one_by_one.fullest, all.fullest);
  for (int level = 0; level < kDensityLevels; ++level)
    EXPECT_EQ(one_by_one.levels[level].size(), all.levels[level].size()) << level;
  EXPECT_EQ(DensityCounter::bins(plot), 100u * 60u);
}

// Series are counted as many at a time as a bounded number of counts allows: with more of
// them than one batch holds, every series is still shaded.
TEST(Density, EverySeriesIsShadedHoweverManyThereAre) {
  const size_t series = 900, each = 12;
  nlohmann::json values = nlohmann::json::array();
  for (size_t s = 0; s < series; ++s)
    for (size_t i = 0; i < each; ++i)
      values.push_back({{"x", static_cast<double>(s)}, {"y", static_cast<double>(i)},
                        {"g", "series " + std::to_string(s)}});
  nlohmann::json doc = {{"meta", {{"title", "T"}}},
                        {"blocks",
                         {{{"type", "chart"},
                           {"id", "s"},
                           {"kind", "scatter"},
                           {"x", "x"},
                           {"y", "y"},
                           {"series", "g"},
                           {"legend", "none"},
                           {"data", {{"values", values}}}}}}};
  auto document = model::resolve_document(folio::testing::parse_text(doc.dump()));
  auto theme = model::load_theme("briefing");
  const auto& chart = *model::charts_of(document).front();
  ASSERT_GT(series * each, kDensityPoints);
  auto frame = layout_chart(chart, theme, {640, 360});
  auto marks = marks_of(frame);
  EXPECT_EQ(marks.stroked_markers, 0u);
  // One fill at least for each series (its points, all of one level), and the frame's few.
  EXPECT_GE(marks.fills, series);
  EXPECT_LE(marks.fills, series + 4);
}

}  // namespace
}  // namespace folio::chart
