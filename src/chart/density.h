#pragma once
// Points too many to draw a marker each (a scatter plot of a million rows) are counted in
// square bins of the plot instead, and each bin is shaded by how many points it holds: the
// picture shows where the points are dense, which a million overlapping markers cannot, in
// a file whose size depends on the plot's size, not on the points.
#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/geometry.h"

namespace folio::chart {

// Above this many points a scatter plot is drawn as a density.
inline constexpr std::size_t kDensityPoints = 10'000;
// A bin's side: small enough to show structure, large enough that a page-wide plot has a
// few thousand bins at most.
inline constexpr double kDensityBin = 5;
// Shades from one point to the fullest bin, on a logarithmic scale.
inline constexpr int kDensityLevels = 8;

struct Density {
  // The bins of each level (0: the fewest points), neighbouring bins of one level in a row
  // joined into one rectangle.
  std::array<std::vector<Rect>, kDensityLevels> levels;
  std::size_t fullest = 0;  // points in the fullest bin
};

// Counts device-space points inside `plot` in bins of `bin` points square, from the plot's top
// left corner, one point at a time, so that a million of them need not be kept anywhere;
// points outside the plot are not counted.
class DensityCounter {
 public:
  explicit DensityCounter(Rect plot, double bin = kDensityBin);
  void add(Point p);
  Density finish() const;
  // The bins of a plot: what one counter holds, 4 bytes each.
  static std::size_t bins(Rect plot, double bin = kDensityBin);

 private:
  Rect plot_;
  double bin_;
  std::size_t columns_, rows_;
  std::vector<std::uint32_t> counts_;
  std::size_t fullest_ = 0;
};

// All of `points` counted by one DensityCounter.
Density bin_density(const std::vector<Point>& points, Rect plot, double bin = kDensityBin);

// The opacity a level is filled with: a bin of one point still shows.
double density_alpha(int level);

}  // namespace folio::chart
