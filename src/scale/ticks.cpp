#include "scale/ticks.h"

#include <algorithm>
#include <cmath>
#include <limits>

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
    if (std::isfinite(lo - pad)) lo -= pad;
    if (std::isfinite(hi + pad)) hi += pad;
  }
  Ticks ticks;
  ticks.step = std::max(nice_step(hi - lo, target_count), min_step);
  double first_multiple = std::floor(lo / ticks.step + 1e-9);
  double last_multiple = std::ceil(hi / ticks.step - 1e-9);
  if (std::isfinite(hi - lo) && !(last_multiple - first_multiple < 1e6)) {
    ticks.values = {lo, hi};  // no nice step fits; the ends alone are still right
    ticks.min = lo, ticks.max = hi;
    return ticks;
  }
  if (!std::isfinite(hi - lo) || !std::isfinite(last_multiple * ticks.step) ||
      !std::isfinite(first_multiple * ticks.step)) {
    // Near the largest double the span or the outer ticks overflow: the ticks of a tenth of
    // the range, times ten, which keeps the steps nice; a tick past the largest double gives
    // way to the data's own end.
    Ticks tenth = nice_ticks_at_least(lo / 10, hi / 10, target_count, min_step / 10);
    ticks.step = tenth.step * 10;
    for (double value : tenth.values)
      if (std::isfinite(value * 10)) ticks.values.push_back(value * 10);
    if (ticks.values.empty()) ticks.values = {lo, hi};
    ticks.min = std::min(ticks.values.front(), lo);
    ticks.max = std::max(ticks.values.back(), hi);
    return ticks;
  }
  auto first = static_cast<long long>(first_multiple);
  auto last = static_cast<long long>(last_multiple);
  for (long long i = first; i <= last; ++i)
    ticks.values.push_back(multiple_of(i, ticks.step) + 0.0);
  ticks.min = ticks.values.front();
  ticks.max = ticks.values.back();
  return ticks;
}

Ticks log_ticks(double lo, double hi, int target_count) {
  if (!(lo > 0) || !std::isfinite(lo)) lo = 1;
  if (!(hi > 0) || !std::isfinite(hi)) hi = lo * 10;
  if (lo > hi) std::swap(lo, hi);
  // Below 1e-300 powers of ten lose precision and underflow to zero (denormals down to
  // 5e-324); the axis starts there, as ContinuousScale pins such values.
  lo = std::max(lo, 1e-300);
  hi = std::max(hi, lo);
  static const double kFactors[] = {1, 2, 5};
  auto power_of = [](double v) { return std::pow(10.0, std::floor(std::log10(v) + 1e-9)); };
  // The domain ends on 1, 2 or 5 times a power of ten, so data just past a power does not
  // cost a whole empty decade.
  double below = power_of(lo);
  for (double f : kFactors)
    if (f * power_of(lo) <= lo * (1 + 1e-9)) below = f * power_of(lo);
  double above = 10 * power_of(hi);
  for (double f : {5.0, 2.0, 1.0})
    if (f * power_of(hi) >= hi * (1 - 1e-9)) above = f * power_of(hi);
  constexpr double kLargest = std::numeric_limits<double>::max();
  if (above <= below) above = below * 10;
  above = std::min(above, kLargest);  // 10 × 1e308 overflows
  // Across more than two decades, whole decades: an end at 2 or 5 would crowd the power next
  // to it, and one decade of slack matters less.
  if (std::log10(above) - std::log10(below) > 2) {
    below = power_of(lo);
    above = std::min(power_of(hi) < hi * (1 - 1e-9) ? 10 * power_of(hi) : power_of(hi), kLargest);
  }

  int first = static_cast<int>(std::ceil(std::log10(below) - 1e-9));
  int last = static_cast<int>(std::floor(std::log10(above) + 1e-9));
  static const int kEvery[] = {1, 2, 3, 5, 10, 20, 50, 100};
  int every = kEvery[std::size(kEvery) - 1];
  for (int candidate : kEvery)
    if ((last - first + candidate - 1) / candidate + 1 <= std::max(3, target_count + 1)) {
      every = candidate;
      break;
    }
  // Thinned decades stay aligned with the top one, which is then a labelled end.
  if (every > 1) {
    first = last - (last - first + every - 1) / every * every;
    below = std::min(below, std::max(std::pow(10.0, first), 1e-300));
  }
  bool subdivide = std::log10(above) - std::log10(below) <= 1 + 1e-9 && target_count >= 4;
  Ticks ticks;
  ticks.step = 0;  // log ticks have no common step
  ticks.values.push_back(below);
  for (int power = first - 1; power <= last; ++power) {
    for (double f : kFactors) {
      double value = f * std::pow(10.0, power);
      bool wanted = f == 1 ? (last - power) % every == 0 : subdivide;
      if (wanted && value > below * (1 + 1e-9) && value < above * (1 - 1e-9))
        ticks.values.push_back(value);
    }
  }
  ticks.values.push_back(above);
  ticks.min = below;
  ticks.max = above;
  return ticks;
}

Ticks nice_ticks(double lo, double hi, int target_count) {
  return nice_ticks_at_least(lo, hi, target_count, 0);
}

}  // namespace folio::scale
