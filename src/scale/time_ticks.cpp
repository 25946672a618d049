#include "scale/time_ticks.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <utility>

#include "scale/calendar.h"

namespace folio::scale {
namespace {

constexpr double kEpsilon = 1e-9;

// Days of the month a tick falls on for a step in days: every day or every other one counted
// from the 1st, or the 1st, 8th, 15th and 22nd (weeks), or the 1st and 15th (half months), so
// that ticks restart with each month instead of drifting across it.
bool on_day_step(int day, int step) {
  if (step <= 2) return (day - 1) % step == 0;
  if (step == 7) return day == 1 || day == 8 || day == 15 || day == 22;
  return day == 1 || day == 15;
}

std::vector<CalendarDate> day_ticks(double lo, double hi, int step, size_t limit) {
  std::vector<CalendarDate> dates;
  CalendarDate date = from_years(lo);
  if (to_years(date) < lo - kEpsilon) date = from_years(lo + 0.5 / 366);
  while (to_years(date) <= hi + kEpsilon && dates.size() <= limit) {
    if (on_day_step(date.day, step)) dates.push_back(date);
    if (++date.day > days_in_month(date.year, date.month)) {
      date.day = 1;
      if (++date.month > 12) date.month = 1, ++date.year;
    }
  }
  return dates;
}

long floor_div(long a, long b) {
  return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

// The first and last month (counted from January of year 0) inside [lo, hi].
std::pair<long, long> month_range(double lo, double hi) {
  CalendarDate start = from_years(lo);
  long first = start.year * 12L + (start.month - 1);
  if (to_years({start.year, start.month, 1}) < lo - kEpsilon) ++first;
  CalendarDate end = from_years(hi);
  long last = end.year * 12L + (end.month - 1);
  if (to_years({end.year, end.month, 1}) > hi + kEpsilon) --last;
  return {first, last};
}

// How many ticks a step of `step` months makes, counted without making them: a span of
// millennia tried month by month would otherwise build a hundred thousand dates per step.
long month_tick_count(double lo, double hi, long step) {
  auto [first, last] = month_range(lo, hi);
  long from = floor_div(first + step - 1, step), to = floor_div(last, step);
  return std::max(0L, to - from + 1);
}

std::vector<CalendarDate> month_ticks(double lo, double hi, long step) {
  std::vector<CalendarDate> dates;
  auto [first, last] = month_range(lo, hi);
  // Steps count from year 0, so that quarters start in January, April, July and October.
  for (long m = floor_div(first + step - 1, step) * step; m <= last; m += step)
    dates.push_back(
        {static_cast<int>(floor_div(m, 12)), static_cast<int>(m - floor_div(m, 12) * 12) + 1, 1});
  return dates;
}

}  // namespace

TimeTicks time_ticks(double lo, double hi, int target_count, TimeUnit finest) {
  if (hi < lo) std::swap(lo, hi);
  size_t target = static_cast<size_t>(std::max(2, target_count));
  TimeTicks ticks;
  // Within about four months, days may do: every day, every other day, weeks, half months.
  if (hi - lo < 0.35 && finest == TimeUnit::day) {
    for (int step : {1, 2, 7, 14}) {
      auto dates = day_ticks(lo, hi, step, target);
      if (dates.size() > target) continue;
      ticks.unit = TimeUnit::day;
      ticks.dates = std::move(dates);
      for (const auto& d : ticks.dates) ticks.values.push_back(to_years(d));
      return ticks;
    }
  }
  // In months: 1, 2, 3 and 6 months, then 1, 2, 5, 10, 20, 50 … years up to ten millennia.
  static const long steps[] = {1,   2,    3,    6,    12,    24,    60,    120,   240,
                               600, 1200, 2400, 6000, 12000, 24000, 60000, 120000};
  long chosen = steps[std::size(steps) - 1];
  for (long step : steps) {
    if (finest == TimeUnit::year && step < 12) continue;
    if (month_tick_count(lo, hi, step) <= static_cast<long>(target)) {
      chosen = step;
      break;
    }
  }
  ticks.dates = month_ticks(lo, hi, chosen);
  ticks.unit = chosen >= 12 ? TimeUnit::year : TimeUnit::month;
  for (const auto& d : ticks.dates) ticks.values.push_back(to_years(d));
  return ticks;
}

}  // namespace folio::scale
