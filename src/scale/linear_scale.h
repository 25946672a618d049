#pragma once
#include <algorithm>
#include <cmath>

namespace folio::scale {

// Maps a numeric domain onto a range of points, linearly or logarithmically (`log`: equal
// ratios take equal distances; the domain must then be positive).
struct ContinuousScale {
  double domain_min = 0, domain_max = 1;
  double range_start = 0, range_end = 1;
  bool log = false;

  double operator()(double value) const {
    double lo = domain_min, hi = domain_max;
    if (log) {
      // A value at or below zero has no place on a log axis: it is pinned to the axis's start
      // rather than handed to Cairo as a NaN. Kinds leave such values out before drawing.
      constexpr double kTiny = 1e-300;
      lo = std::log10(std::max(lo, kTiny)), hi = std::log10(std::max(hi, kTiny));
      value = std::log10(std::max(value, std::max(domain_min, kTiny)));
    }
    double span = hi - lo;
    double t = span == 0 ? 0.5 : (value - lo) / span;
    // Across almost the whole range of doubles (-1.7e308 to 1.7e308) the differences overflow;
    // halved, they do not.
    if (!std::isfinite(span) || !std::isfinite(value - lo))
      t = (value / 2 - lo / 2) / (hi / 2 - lo / 2);
    return range_start + t * (range_end - range_start);
  }
};

// Evenly spaced bands for categories, with padding between them as a fraction of the step.
struct BandScale {
  int count = 1;
  double range_start = 0, range_end = 1;
  double padding = 0.25;

  double step() const { return (range_end - range_start) / (count > 0 ? count : 1); }
  double bandwidth() const { return step() * (1 - padding); }
  double start(int index) const { return range_start + step() * index + step() * padding / 2; }
  double center(int index) const { return start(index) + bandwidth() / 2; }
};

}  // namespace folio::scale
