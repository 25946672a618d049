#pragma once
// Dates on a time axis are fractional years: a day's place is its day of the year over the
// year's length, so 2019-03-01 is 2019 + 59/365 and every calendar boundary (a day, a month,
// a year) falls exactly where the ticks put it.
#include <optional>
#include <string>

namespace folio::scale {

struct CalendarDate {
  int year = 1970;
  int month = 1;  // 1-12
  int day = 1;    // 1-31
};

// How finely a date is written, and the steps of a time axis.
enum class TimeUnit { day, month, year };

// A date as data write it: "1970", "2019-03" or "2019-03-15", with the precision it was
// written to; nullopt for anything else, including days that do not exist (2019-02-30).
struct WrittenDate {
  CalendarDate date;
  TimeUnit precision = TimeUnit::year;
};
std::optional<WrittenDate> parse_date(const std::string& text);

bool is_leap_year(int year);
int days_in_month(int year, int month);
bool valid_date(int year, int month, int day);
double to_years(const CalendarDate& date);
// The calendar day a fractional year falls in.
CalendarDate from_years(double years);

}  // namespace folio::scale
