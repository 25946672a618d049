#include "scale/time_ticks.h"

#include <gtest/gtest.h>

namespace folio::scale {
namespace {

std::vector<std::string> labels(double lo, double hi, int target) {
  std::vector<std::string> out;
  for (const auto& tick : time_ticks(lo, hi, target)) out.push_back(tick.label);
  return out;
}

double month(int year, int m) {
  return year + (m - 1) / 12.0;
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

TEST(TimeTicks, ValuesAreFractionalYears) {
  auto ticks = time_ticks(month(2023, 1), month(2023, 12), 4);
  ASSERT_EQ(ticks.size(), 4u);  // quarters
  EXPECT_DOUBLE_EQ(ticks[1].value, 2023.25);
  EXPECT_EQ(ticks[1].label, "Apr");
}

}  // namespace
}  // namespace folio::scale
