#include "chart/density.h"

#include <algorithm>
#include <cmath>

namespace folio::chart {

Density bin_density(const std::vector<Point>& points, Rect plot, double bin) {
  Density density;
  size_t columns = std::max<size_t>(1, static_cast<size_t>(std::ceil(plot.width / bin)));
  size_t rows = std::max<size_t>(1, static_cast<size_t>(std::ceil(plot.height / bin)));
  std::vector<size_t> counts(columns * rows, 0);
  for (const auto& p : points) {
    if (!(p.x >= plot.left() && p.x <= plot.right() && p.y >= plot.top() && p.y <= plot.bottom()))
      continue;  // also NaN
    size_t column = std::min(columns - 1, static_cast<size_t>((p.x - plot.left()) / bin));
    size_t row = std::min(rows - 1, static_cast<size_t>((p.y - plot.top()) / bin));
    density.fullest = std::max(density.fullest, ++counts[row * columns + column]);
  }
  if (density.fullest == 0) return density;
  // Level by the logarithm of the count, so that a bin of one point and one of ten thousand
  // both read: 1 point is level 0, the fullest bin the top level.
  double top = std::log(static_cast<double>(density.fullest));
  auto level_of = [&](size_t count) {
    if (top <= 0) return kDensityLevels - 1;
    int level = static_cast<int>(std::log(static_cast<double>(count)) / top * kDensityLevels);
    return std::min(level, kDensityLevels - 1);
  };
  for (size_t row = 0; row < rows; ++row) {
    size_t column = 0;
    while (column < columns) {
      size_t count = counts[row * columns + column];
      if (count == 0) {
        ++column;
        continue;
      }
      int level = level_of(count);
      size_t end = column + 1;
      while (end < columns && counts[row * columns + end] > 0 &&
             level_of(counts[row * columns + end]) == level)
        ++end;
      // Bins at the plot's right and bottom edge are cut to it.
      double x = plot.left() + column * bin, y = plot.top() + row * bin;
      density.levels[level].push_back({x, y, std::min(plot.right(), plot.left() + end * bin) - x,
                                       std::min(plot.bottom(), y + bin) - y});
      column = end;
    }
  }
  return density;
}

double density_alpha(int level) {
  return 0.2 + 0.8 * level / (kDensityLevels - 1);
}

}  // namespace folio::chart
