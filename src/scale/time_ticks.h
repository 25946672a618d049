#pragma once
#include <vector>

#include "scale/calendar.h"

namespace folio::scale {

// Tick placement for a time axis whose values are fractional years (scale/calendar.h); the
// labels are text/date_format's job. Ticks fall on calendar boundaries: every 1 or 2 days,
// weekly (the 1st, 8th, 15th, 22nd), twice a month, every 1, 2, 3 or 6 months, or every 1, 2,
// 5, 10, 20 or 50 years, the finest step that gives at most `target_count` ticks in [lo, hi].
struct TimeTicks {
  TimeUnit unit = TimeUnit::year;
  std::vector<CalendarDate> dates;
  std::vector<double> values;  // the dates as fractional years
};

// `finest` is the data's own precision: monthly data never get ticks between months.
TimeTicks time_ticks(double lo, double hi, int target_count, TimeUnit finest = TimeUnit::day);

}  // namespace folio::scale
