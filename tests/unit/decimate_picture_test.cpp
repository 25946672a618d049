// Decimation is a drawing-resolution matter: a line stroked through the decimated points
// looks like the line through all of them. Both are rasterised with Cairo at 288 dpi (a
// device pixel per decimation column) and compared pixel by pixel.
#include <cairo.h>
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <memory>
#include <random>

#include "chart/decimate.h"

namespace folio::chart {
namespace {

using Surface = std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)>;

constexpr double kScale = 4;  // 288 dpi: one pixel a quarter point
constexpr int kWidth = 500, kHeight = 200;

// `fill` filled grey down to the foot of the picture (when given), then `line` stroked black
// over it, `width` wide.
Surface draw(const std::vector<Point>& fill, const std::vector<Point>& line, double width) {
  Surface surface(
      cairo_image_surface_create(CAIRO_FORMAT_ARGB32, kWidth * kScale, kHeight * kScale),
      cairo_surface_destroy);
  cairo_t* cr = cairo_create(surface.get());
  cairo_scale(cr, kScale, kScale);
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_paint(cr);
  auto trace = [&](const std::vector<Point>& points) {
    cairo_move_to(cr, points.front().x, points.front().y);
    for (size_t i = 1; i < points.size(); ++i) cairo_line_to(cr, points[i].x, points[i].y);
  };
  if (!fill.empty()) {
    trace(fill);
    cairo_line_to(cr, fill.back().x, kHeight);
    cairo_line_to(cr, fill.front().x, kHeight);
    cairo_close_path(cr);
    cairo_set_source_rgb(cr, 0.6, 0.6, 0.6);
    cairo_fill(cr);
  }
  trace(line);
  cairo_set_source_rgb(cr, 0, 0, 0);
  cairo_set_line_width(cr, width);
  cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke(cr);
  cairo_destroy(cr);
  cairo_surface_flush(surface.get());
  return surface;
}

// The share of pixels whose grey differs by more than `tolerance` (of 255).
double share_differing(cairo_surface_t* a, cairo_surface_t* b, int tolerance) {
  int stride = cairo_image_surface_get_stride(a);
  int width = cairo_image_surface_get_width(a), height = cairo_image_surface_get_height(a);
  const unsigned char* pa = cairo_image_surface_get_data(a);
  const unsigned char* pb = cairo_image_surface_get_data(b);
  size_t differing = 0;
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x)
      if (std::abs(pa[y * stride + 4 * x] - pb[y * stride + 4 * x]) > tolerance) ++differing;
  return static_cast<double>(differing) / (static_cast<double>(width) * height);
}

std::vector<Point> random_walk(int count, unsigned seed) {
  std::mt19937 random(seed);
  std::normal_distribution<double> step(0, 0.4);
  std::vector<Point> points;
  double y = kHeight / 2.0;
  for (int i = 0; i < count; ++i) {
    y = std::clamp(y + step(random), 10.0, kHeight - 10.0);
    points.push_back({5 + i * (kWidth - 10.0) / count, y});
  }
  return points;
}

// Pixels that differ by more than a quarter of the grey scale: antialiased edges where a
// column's points meet at another place, never a missing stretch or spike.
// At most 0.2% of the picture's pixels (measured: 0 at 2000 points, 0.02% at 20,000, 0.12% at
// 200,000; decimating at 8 pt columns differs in 1.6%).
constexpr int kTolerance = 64;
constexpr double kMostDiffering = 0.002;

TEST(DecimatePicture, ALineDrawsAsTheFullLineDoes) {
  for (int count : {2000, 20000, 200000}) {
    auto points = random_walk(count, static_cast<unsigned>(count));
    auto kept = decimate_polyline(points);
    auto full = draw({}, points, 1.5), decimated = draw({}, kept, 1.5);
    double share = share_differing(full.get(), decimated.get(), kTolerance);
    EXPECT_LT(share, kMostDiffering) << count << " points, " << kept.size() << " kept";
    // Four points a column or fewer: nothing is left out, and the picture is the same.
    if (count == 2000) {
      EXPECT_EQ(share, 0);
    }
  }
}

// An area's fill is decimated at half its outline's width (charts/area.cpp): where it strays
// from the full fill, the outline covers it.
TEST(DecimatePicture, AnAreasCoarserFillHidesUnderItsOutline) {
  for (int count : {2000, 20000, 200000}) {
    auto points = random_walk(count, static_cast<unsigned>(count) + 1);
    auto full = draw(points, points, 1.5);
    auto decimated = draw(decimate_polyline(points, 0.75), decimate_polyline(points), 1.5);
    double share = share_differing(full.get(), decimated.get(), kTolerance);
    EXPECT_LT(share, kMostDiffering) << count << " points";
    if (count == 2000) {
      EXPECT_EQ(share, 0);
    }
  }
}

// The test can fail: a line decimated far coarser than the picture's pixels does not pass.
TEST(DecimatePicture, ACoarseDecimationIsSeen) {
  auto points = random_walk(20000, 3);
  auto full = draw({}, points, 1.5), coarse = draw({}, decimate_polyline(points, 8), 1.5);
  EXPECT_GT(share_differing(full.get(), coarse.get(), kTolerance), kMostDiffering);
}

}  // namespace
}  // namespace folio::chart
