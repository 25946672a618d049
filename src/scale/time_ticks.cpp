#include "scale/time_ticks.h"

#include <algorithm>
#include <cmath>

#include "text/icu_format.h"
#include "text/number_format.h"

namespace folio::scale {

std::vector<TimeTick> time_ticks(double lo, double hi, int target_count) {
  static const int steps[] = {1, 2, 3, 6, 12, 24, 60, 120, 240, 600};  // in months
  if (hi < lo) std::swap(lo, hi);
  // Month indices, counted from year 0; a tiny tolerance keeps 2019-03 from rounding past itself.
  long first = static_cast<long>(std::ceil(lo * 12 - 1e-6)),
       last = static_cast<long>(std::floor(hi * 12 + 1e-6));
  int step = steps[std::size(steps) - 1];
  for (int candidate : steps) {
    long count = last / candidate - (first + candidate - 1) / candidate + 1;
    if (count <= std::max(2, target_count)) {
      step = candidate;
      break;
    }
  }
  std::vector<TimeTick> ticks;
  for (long m = (first + step - 1) / step * step; m <= last; m += step) {
    long year = m / 12;
    int month = static_cast<int>(m % 12);
    const std::string& locale = text::default_locale();
    std::string label = step >= 12 ? text::icu_date(static_cast<int>(year), 1, 1, "y", locale)
                        : (month == 0 || ticks.empty())
                            ? text::icu_date(static_cast<int>(year), month + 1, 1, "yMMM", locale)
                            : text::icu_date(static_cast<int>(year), month + 1, 1, "MMM", locale);
    ticks.push_back({year + month / 12.0, label});
  }
  return ticks;
}

}  // namespace folio::scale
