#include "scale/ticks.h"

#include <algorithm>
#include <cmath>

namespace folio::scale {
namespace {

// i * step computed so that decimal steps give exact decimals: 3 * 0.1 -> 0.3.
double multiple_of(long long i, double step) {
  int exponent = static_cast<int>(std::floor(std::log10(step)));
  if (exponent >= 0) return static_cast<double>(i) * step;
  double scale = std::pow(10.0, -exponent);
  return static_cast<double>(i) * std::round(step * scale) / scale;
}

}  // namespace

double nice_step(double span, int target_count) {
  if (!(span > 0) || !std::isfinite(span)) return 1;
  double raw = span / std::max(1, target_count);
  double power = std::pow(10.0, std::floor(std::log10(raw)));
  double fraction = raw / power;
  // The same thresholds as d3's tickIncrement: the step whose tick count is nearest the target
  // on a logarithmic scale.
  double nice = fraction >= std::sqrt(50.0)   ? 10
                : fraction >= std::sqrt(10.0) ? 5
                : fraction >= std::sqrt(2.0)  ? 2
                                              : 1;
  return nice * power;
}

Ticks nice_ticks_at_least(double lo, double hi, int target_count, double min_step) {
  if (!std::isfinite(lo) || !std::isfinite(hi)) lo = 0, hi = 1;
  if (lo > hi) std::swap(lo, hi);
  if (lo == hi) {
    // A single value still gets an axis around it.
    double pad = lo == 0 ? 1 : std::fabs(lo) * 0.1;
    lo -= pad;
    hi += pad;
  }
  Ticks ticks;
  ticks.step = std::max(nice_step(hi - lo, target_count), min_step);
  long long first = static_cast<long long>(std::floor(lo / ticks.step + 1e-9));
  long long last = static_cast<long long>(std::ceil(hi / ticks.step - 1e-9));
  for (long long i = first; i <= last; ++i)
    ticks.values.push_back(multiple_of(i, ticks.step) + 0.0);
  ticks.min = ticks.values.front();
  ticks.max = ticks.values.back();
  return ticks;
}

Ticks nice_ticks(double lo, double hi, int target_count) {
  return nice_ticks_at_least(lo, hi, target_count, 0);
}

}  // namespace folio::scale
