#include "text/date_format.h"

#include "text/icu_format.h"
#include "text/number_format.h"

namespace folio::text {

std::vector<std::string> format_time_ticks(const scale::TimeTicks& ticks,
                                           const std::string& skeleton, const std::string& locale) {
  std::vector<std::string> labels;
  for (size_t i = 0; i < ticks.dates.size(); ++i) {
    const auto& d = ticks.dates[i];
    bool first = i == 0;
    bool new_year = !first && d.year != ticks.dates[i - 1].year;
    bool new_month = !first && d.month != ticks.dates[i - 1].month;
    // Kept as a view: assigning literals to a std::string here trips GCC 12's -Wrestrict.
    std::string_view fields = ticks.unit == scale::TimeUnit::year ? "y"
                              : ticks.unit == scale::TimeUnit::month
                                  ? (first || new_year ? "yMMM" : "MMM")
                              : first || new_year ? "yMMMd"
                              : new_month         ? "MMMd"
                                                  : "d";
    if (!skeleton.empty()) fields = skeleton;
    labels.push_back(icu_date(d.year, d.month, d.day, fields, locale));
  }
  return labels;
}

std::string format_date_text(const std::string& text, const std::string& skeleton,
                             const std::string& locale) {
  auto written = scale::parse_date(text);
  if (!written) return text;
  bool year_only = written->precision == scale::TimeUnit::year;
  if (skeleton.empty() && year_only) return text;  // a year alone stays as written
  // Every branch a view: a std::string branch would make the others temporary strings,
  // and the view would outlive them.
  std::string_view fields = !skeleton.empty() ? std::string_view(skeleton)
                            : written->precision == scale::TimeUnit::day ? std::string_view("yMMMd")
                                                                         : std::string_view("yMMM");
  const auto& d = written->date;
  return icu_date(d.year, d.month, d.day, fields, locale);
}

std::string date_skeleton_error(const std::string& skeleton) {
  // Date fields only (ICU's skeleton letters for era, year, quarter, month, week and day):
  // times and time zones mean nothing for the calendar dates folio draws.
  constexpr std::string_view fields = "GyYuUrQqMLlwWdDFg";
  if (!skeleton.empty() && skeleton.find_first_not_of(fields) == std::string::npos) return "";
  return "letters other than date fields";
}

}  // namespace folio::text
