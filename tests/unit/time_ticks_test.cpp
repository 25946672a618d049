#include "scale/time_ticks.h"

#include <gtest/gtest.h>

#include "scale/calendar.h"
#include "text/date_format.h"
#include "text/number_format.h"

namespace folio::scale {
namespace {

// Placement (scale/time_ticks) and labels (text/date_format) together, as an axis uses them.
std::vector<std::string> labels(double lo, double hi, int target, const std::string& skeleton = "",
                                const std::string& language = "en") {
  return text::format_time_ticks(time_ticks(lo, hi, target), skeleton, language);
}

double month(int year, int m) {
  return to_years({year, m, 1});
}

double day(int year, int m, int d) {
  return to_years({year, m, d});
}

TEST(TimeTicks, ChoosesCalendarStepsBySpan) {
  // Fourteen months, room for eight ticks: every second month, the year on each January.
  EXPECT_EQ(labels(month(2023, 1), month(2024, 2), 8),
            (std::vector<std::string>{"Jan 2023", "Mar", "May", "Jul", "Sep", "Nov", "Jan 2024"}));
  // The same span with room for four: quarters are too many, half-years fit.
  EXPECT_EQ(labels(month(2023, 1), month(2024, 2), 4),
            (std::vector<std::string>{"Jan 2023", "Jul", "Jan 2024"}));
  // A first tick that is not January still names its year.
  EXPECT_EQ(labels(month(2019, 3), month(2019, 8), 6),
            (std::vector<std::string>{"Mar 2019", "Apr", "May", "Jun", "Jul", "Aug"}));
  // Decades: years only.
  EXPECT_EQ(labels(1968, 2021, 6),
            (std::vector<std::string>{"1970", "1980", "1990", "2000", "2010", "2020"}));
  EXPECT_EQ(labels(2011, 2019, 5), (std::vector<std::string>{"2012", "2014", "2016", "2018"}));
}

// Found by the render fuzzer: a span of millennia was tried month by month, step by step,
// building over a hundred thousand dates each time. Steps now reach thousands of years, and
// the count is known before any date is made.
TEST(TimeTicks, MillenniaTickOnCenturiesOrMore) {
  EXPECT_EQ(labels(1, month(9170, 3), 6),
            (std::vector<std::string>{"2000", "4000", "6000", "8000"}));
  EXPECT_EQ(labels(1000, 9999, 3), (std::vector<std::string>{"5000"}));
}

TEST(TimeTicks, ValuesAreFractionalYears) {
  auto ticks = time_ticks(month(2023, 1), month(2023, 12), 4);
  ASSERT_EQ(ticks.values.size(), 4u);  // quarters
  EXPECT_EQ(ticks.unit, TimeUnit::month);
  EXPECT_DOUBLE_EQ(ticks.values[1], 2023 + 90.0 / 365);  // 1 April: 31 + 28 + 31 days in
  EXPECT_EQ(ticks.dates[1].month, 4);
}

TEST(TimeTicks, ShortSpansTickOnDays) {
  // Three weeks with room for four ticks: weekly, on the 1st, 8th, 15th and 22nd.
  EXPECT_EQ(labels(day(2023, 3, 1), day(2023, 3, 22), 4),
            (std::vector<std::string>{"Mar 1, 2023", "8", "15", "22"}));
  // Ten days with room for ten: every day, the month named where it changes.
  EXPECT_EQ(labels(day(2023, 2, 25), day(2023, 3, 3), 10),
            (std::vector<std::string>{"Feb 25, 2023", "26", "27", "28", "Mar 1", "2", "3"}));
  // Two months with room for four: the 1st and 15th.
  EXPECT_EQ(labels(day(2024, 1, 1), day(2024, 2, 20), 4),
            (std::vector<std::string>{"Jan 1, 2024", "15", "Feb 1", "15"}));
  auto ticks = time_ticks(day(2024, 2, 27), day(2024, 3, 2), 10);  // a leap year
  ASSERT_EQ(ticks.values.size(), 5u);
  EXPECT_EQ(ticks.unit, TimeUnit::day);
  EXPECT_EQ(ticks.dates[2].day, 29);
  EXPECT_DOUBLE_EQ(ticks.values[3], day(2024, 3, 1));
}

TEST(TimeTicks, DayLabelsFollowTheLocale) {
  EXPECT_EQ(labels(day(2023, 3, 1), day(2023, 3, 22), 4, "", "ko"),
            (std::vector<std::string>{"2023년 3월 1일", "8일", "15일", "22일"}));
  EXPECT_EQ(labels(month(2023, 1), month(2023, 7), 3, "", "ko"),
            (std::vector<std::string>{"2023년 1월", "4월", "7월"}));
}

TEST(TimeTicks, AnAxisSkeletonWritesEveryTickAlike) {
  EXPECT_EQ(labels(month(2023, 1), month(2023, 7), 3, "MMM y"),
            (std::vector<std::string>{"Jan 2023", "Apr 2023", "Jul 2023"}));
  EXPECT_EQ(labels(month(2023, 1), month(2023, 7), 3, "yQQQ"),
            (std::vector<std::string>{"Q1 2023", "Q2 2023", "Q3 2023"}));
  EXPECT_EQ(labels(month(2023, 1), month(2023, 7), 3, "yQQQ", "ko"),
            (std::vector<std::string>{"2023년 1분기", "2023년 2분기", "2023년 3분기"}));
}

TEST(DateText, WritesDatesByPrecisionOrSkeleton) {
  EXPECT_EQ(text::format_date_text("1970", "", "en"), "1970");
  EXPECT_EQ(text::format_date_text("2019-03", "", "en"), "Mar 2019");
  EXPECT_EQ(text::format_date_text("2019-03-15", "", "en"), "Mar 15, 2019");
  EXPECT_EQ(text::format_date_text("2019-03", "MMMM y", "en"), "March 2019");
  EXPECT_EQ(text::format_date_text("not a date", "", "en"), "not a date");
  EXPECT_EQ(text::date_skeleton_error("yMMMd"), "");
  EXPECT_NE(text::date_skeleton_error("HH:mm"), "");
}

TEST(Calendar, FractionalYearsRoundTripEveryDay) {
  for (int year : {2023, 2024, 1900, 2000})
    for (int m = 1; m <= 12; ++m)
      for (int d = 1; d <= days_in_month(year, m); ++d) {
        auto back = from_years(to_years({year, m, d}));
        ASSERT_EQ(back.year * 10000 + back.month * 100 + back.day, year * 10000 + m * 100 + d);
      }
  EXPECT_FALSE(valid_date(2023, 2, 29));
  EXPECT_TRUE(valid_date(2024, 2, 29));
  EXPECT_FALSE(valid_date(1900, 2, 29));
}

}  // namespace
}  // namespace folio::scale

namespace folio::scale {
namespace {

TEST(TimeTicks, NeverFinerThanTheData) {
  // A single monthly value: one tick on its month, not on a day.
  auto monthly = time_ticks(to_years({2019, 3, 1}), to_years({2019, 3, 1}), 6, TimeUnit::month);
  EXPECT_EQ(monthly.unit, TimeUnit::month);
  EXPECT_EQ(text::format_time_ticks(monthly, "", "en"), (std::vector<std::string>{"Mar 2019"}));
  // Yearly data over three years with room for twelve ticks: years, not months.
  auto yearly = time_ticks(2017, 2019, 12, TimeUnit::year);
  EXPECT_EQ(text::format_time_ticks(yearly, "", "en"),
            (std::vector<std::string>{"2017", "2018", "2019"}));
}

}  // namespace
}  // namespace folio::scale
