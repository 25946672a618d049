#pragma once
// Dates on a time axis are fractional years: a day's place is its day of the year over the
// year's length, so 2019-03-01 is 2019 + 59/365 and every calendar boundary (a day, a month,
// a year) falls exactly where the ticks put it.
namespace folio::scale {

struct CalendarDate {
  int year = 1970;
  int month = 1;  // 1-12
  int day = 1;    // 1-31
};

bool is_leap_year(int year);
int days_in_month(int year, int month);
// Nullopt-free: callers validate month and day first (see valid_date).
bool valid_date(int year, int month, int day);
double to_years(const CalendarDate& date);
// The calendar day a fractional year falls in.
CalendarDate from_years(double years);

}  // namespace folio::scale
