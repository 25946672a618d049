#include "chart/density.h"

#include <algorithm>
#include <cmath>

namespace folio::chart {

namespace {

std::size_t bins_across(double length, double bin) {
  return std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil(length / bin)));
}

}  // namespace

std::size_t DensityCounter::bins(Rect plot, double bin) {
  return bins_across(plot.width, bin) * bins_across(plot.height, bin);
}

DensityCounter::DensityCounter(Rect plot, double bin)
    : plot_(plot),
      bin_(bin),
      columns_(bins_across(plot.width, bin)),
      rows_(bins_across(plot.height, bin)),
      counts_(columns_ * rows_, 0) {}

void DensityCounter::add(Point p) {
  if (!(p.x >= plot_.left() && p.x <= plot_.right() && p.y >= plot_.top() && p.y <= plot_.bottom()))
    return;  // also NaN
  std::size_t column =
      std::min(columns_ - 1, static_cast<std::size_t>((p.x - plot_.left()) / bin_));
  std::size_t row = std::min(rows_ - 1, static_cast<std::size_t>((p.y - plot_.top()) / bin_));
  fullest_ = std::max<std::size_t>(fullest_, ++counts_[row * columns_ + column]);
}

Density DensityCounter::finish() const {
  Density density;
  density.fullest = fullest_;
  if (density.fullest == 0) return density;
  // Level by the logarithm of the count, so that a bin of one point and one of ten thousand
  // both read: 1 point is level 0, the fullest bin the top level.
  double top = std::log(static_cast<double>(density.fullest));
  auto level_of = [&](std::size_t count) {
    if (top <= 0) return kDensityLevels - 1;
    int level = static_cast<int>(std::log(static_cast<double>(count)) / top * kDensityLevels);
    return std::min(level, kDensityLevels - 1);
  };
  for (std::size_t row = 0; row < rows_; ++row) {
    std::size_t column = 0;
    while (column < columns_) {
      std::size_t count = counts_[row * columns_ + column];
      if (count == 0) {
        ++column;
        continue;
      }
      int level = level_of(count);
      std::size_t end = column + 1;
      while (end < columns_ && counts_[row * columns_ + end] > 0 &&
             level_of(counts_[row * columns_ + end]) == level)
        ++end;
      // Bins at the plot's right and bottom edge are cut to it.
      double x = plot_.left() + column * bin_, y = plot_.top() + row * bin_;
      density.levels[level].push_back({x, y, std::min(plot_.right(), plot_.left() + end * bin_) - x,
                                       std::min(plot_.bottom(), y + bin_) - y});
      column = end;
    }
  }
  return density;
}

Density bin_density(const std::vector<Point>& points, Rect plot, double bin) {
  DensityCounter counter(plot, bin);
  for (const auto& p : points) counter.add(p);
  return counter.finish();
}

double density_alpha(int level) {
  return 0.2 + 0.8 * level / (kDensityLevels - 1);
}

}  // namespace folio::chart
