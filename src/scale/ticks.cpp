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

Ticks log_ticks(double lo, double hi, int target_count) {
  if (!(lo > 0) || !std::isfinite(lo)) lo = 1;
  if (!(hi > 0) || !std::isfinite(hi)) hi = lo * 10;
  if (lo > hi) std::swap(lo, hi);
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
  if (above <= below) above = below * 10;
  // Across more than two decades, whole decades: an end at 2 or 5 would crowd the power next
  // to it, and one decade of slack matters less.
  if (std::log10(above / below) > 2) {
    below = power_of(lo);
    above = power_of(hi) < hi * (1 - 1e-9) ? 10 * power_of(hi) : power_of(hi);
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
    below = std::min(below, std::pow(10.0, first));
  }
  bool subdivide = std::log10(above / below) <= 1 + 1e-9 && target_count >= 4;
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
