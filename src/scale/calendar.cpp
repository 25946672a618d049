#include "scale/calendar.h"

#include <cmath>

#include "core/text_scan.h"

namespace folio::scale {

bool is_leap_year(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap_year(year) ? 29 : days[month - 1];
}

bool valid_date(int year, int month, int day) {
  return month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month);
}

std::optional<WrittenDate> parse_date(const std::string& text) {
  // YYYY, YYYY-MM or YYYY-MM-DD.
  TextScan scan(text);
  auto year = scan.digits(4, 4);
  if (!year) return std::nullopt;
  WrittenDate written{{static_cast<int>(*year), 1, 1}, TimeUnit::year};
  if (scan.take('-')) {
    auto month = scan.digits(2, 2);
    if (!month) return std::nullopt;
    written.date.month = static_cast<int>(*month), written.precision = TimeUnit::month;
    if (scan.take('-')) {
      auto day = scan.digits(2, 2);
      if (!day) return std::nullopt;
      written.date.day = static_cast<int>(*day), written.precision = TimeUnit::day;
    }
  }
  if (!scan.done()) return std::nullopt;
  if (!valid_date(written.date.year, written.date.month, written.date.day)) return std::nullopt;
  return written;
}

namespace {
int days_in_year(int year) {
  return is_leap_year(year) ? 366 : 365;
}
int day_of_year(const CalendarDate& date) {  // 0 for 1 January
  int days = date.day - 1;
  for (int m = 1; m < date.month; ++m) days += days_in_month(date.year, m);
  return days;
}
}  // namespace

double to_years(const CalendarDate& date) {
  return date.year + static_cast<double>(day_of_year(date)) / days_in_year(date.year);
}

CalendarDate from_years(double years) {
  CalendarDate date;
  date.year = static_cast<int>(std::floor(years));
  // Rounded to the nearest day so that a boundary computed in floating point lands on its day.
  int day = static_cast<int>(std::lround((years - date.year) * days_in_year(date.year)));
  if (day >= days_in_year(date.year)) ++date.year, day = 0;
  date.month = 1;
  while (day >= days_in_month(date.year, date.month)) day -= days_in_month(date.year, date.month++);
  date.day = day + 1;
  return date;
}

}  // namespace folio::scale
