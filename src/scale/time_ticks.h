#pragma once
#include <string>
#include <vector>

namespace folio::scale {

// Ticks for a time axis whose values are fractional years (scale/calendar.h). Ticks fall
// on calendar boundaries: every 1 or 2 days, weekly (the 1st, 8th, 15th, 22nd), twice a month,
// every 1, 2, 3 or 6 months or 1, 2, 5, 10, 20 or 50 years, the finest step that gives at most
// `target_count` ticks in [lo, hi]. Labels, in the default locale: "2019" for year steps;
// "Jan 2019", "Apr", "Jul" for month steps (the year on January and the first tick);
// "Mar 1, 2023", "8", "15", "Apr 1" for day steps ("2023년 3월 1일", "8일", ...).
struct TimeTick {
  double value;
  std::string label;
};
std::vector<TimeTick> time_ticks(double lo, double hi, int target_count);

}  // namespace folio::scale
