#pragma once
#include <vector>

namespace folio::scale {

// The 1-2-5 step nearest to span / target_count: 0.2, 0.5, 1, 2, 5, 10, 20, ...
double nice_step(double span, int target_count);

// Tick placement (labels are text/number_format's job): multiples of a nice step that cover
// [lo, hi]. The domain grows to the outer ticks. Values are exact decimals (0.3, not 0.30000004).
struct Ticks {
  double min = 0;
  double max = 1;
  double step = 1;
  std::vector<double> values;
};
Ticks nice_ticks(double lo, double hi, int target_count);

// Like nice_ticks but for whole units such as years: the step is at least `min_step`.
Ticks nice_ticks_at_least(double lo, double hi, int target_count, double min_step);

// Ticks for a log axis over positive [lo, hi]: the domain grows to whole powers of ten; ticks
// at every power (every second or fifth one across many decades), and at 2 and 5 times each
// power when the span is under two decades, so a short axis still has several ticks.
// `step` is 0: log ticks have no common step.
Ticks log_ticks(double lo, double hi, int target_count);

}  // namespace folio::scale
