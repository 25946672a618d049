#pragma once
#include <string>
#include <vector>

namespace folio::scale {

// Ticks for a time axis whose values are fractional years (2019-03 is 2019 + 2/12). Ticks fall
// on calendar boundaries, every 1, 2, 3 or 6 months or 1, 2, 5, 10, 20 or 50 years, the finest
// step that gives at most `target_count` ticks in [lo, hi]. Labels: "2019" for year steps;
// "Jan 2019", "Apr", "Jul" for month steps, in the default locale ("2019년 1월", "4월") (the year
// is written on January and the first tick).
struct TimeTick {
  double value;
  std::string label;
};
std::vector<TimeTick> time_ticks(double lo, double hi, int target_count);

}  // namespace folio::scale
