#include "scale/ticks.h"

#include <gtest/gtest.h>

#include "scale/linear_scale.h"

namespace folio::scale {
namespace {

using Values = std::vector<double>;

TEST(NiceStep, PicksOneTwoFiveSteps) {
  EXPECT_DOUBLE_EQ(nice_step(1031, 5), 200);
  EXPECT_DOUBLE_EQ(nice_step(1, 5), 0.2);
  EXPECT_DOUBLE_EQ(nice_step(60, 6), 10);
  EXPECT_DOUBLE_EQ(nice_step(7, 2), 5);
  EXPECT_DOUBLE_EQ(nice_step(0, 5), 1);
}

TEST(NiceTicks, CoverTheDataWithExactDecimals) {
  EXPECT_EQ(nice_ticks(0, 1031, 5).values, (Values{0, 200, 400, 600, 800, 1000, 1200}));
  EXPECT_EQ(nice_ticks(0, 0.97, 5).values, (Values{0, 0.2, 0.4, 0.6, 0.8, 1.0}));
  EXPECT_EQ(nice_ticks(0, 0.3, 3).values, (Values{0, 0.1, 0.2, 0.3}));
  EXPECT_EQ(nice_ticks(0, 13.5, 4).values, (Values{0, 5, 10, 15}));
}

TEST(NiceTicks, HandleNegativeRanges) {
  auto ticks = nice_ticks(-3.2, 7.9, 5);
  EXPECT_EQ(ticks.values, (Values{-4, -2, 0, 2, 4, 6, 8}));
  EXPECT_DOUBLE_EQ(ticks.min, -4);
  EXPECT_DOUBLE_EQ(ticks.max, 8);
}

TEST(NiceTicks, GiveASingleValueAnAxis) {
  EXPECT_EQ(nice_ticks(5, 5, 4).values, (Values{4.4, 4.6, 4.8, 5, 5.2, 5.4, 5.6}));
  EXPECT_EQ(nice_ticks(0, 0, 4).values, (Values{-1, -0.5, 0, 0.5, 1}));
}

TEST(NiceTicks, YearsUseWholeSteps) {
  EXPECT_EQ(nice_ticks_at_least(1997, 2019, 8, 1).values,
            (Values{1996, 1998, 2000, 2002, 2004, 2006, 2008, 2010, 2012, 2014, 2016, 2018, 2020}));
  EXPECT_EQ(nice_ticks_at_least(2018, 2019.5, 8, 1).values, (Values{2018, 2019, 2020}));
  EXPECT_EQ(nice_ticks_at_least(1968, 2022, 6, 1).values,
            (Values{1960, 1970, 1980, 1990, 2000, 2010, 2020, 2030}));
}

TEST(ContinuousScale, MapsDomainOntoRange) {
  ContinuousScale y{0, 1200, 300, 0};
  EXPECT_DOUBLE_EQ(y(0), 300);
  EXPECT_DOUBLE_EQ(y(600), 150);
  EXPECT_DOUBLE_EQ(y(1200), 0);
}

TEST(BandScale, SpacesBandsEvenly) {
  BandScale band{4, 0, 400, 0.25};
  EXPECT_DOUBLE_EQ(band.step(), 100);
  EXPECT_DOUBLE_EQ(band.bandwidth(), 75);
  EXPECT_DOUBLE_EQ(band.start(0), 12.5);
  EXPECT_DOUBLE_EQ(band.center(3), 350);
}

}  // namespace
}  // namespace folio::scale

namespace folio::scale {
namespace {

TEST(LogTicks, EndOnOneTwoOrFiveWithinTwoDecades) {
  auto ticks = log_ticks(50, 1031, 5);
  EXPECT_EQ(ticks.values, (std::vector<double>{50, 100, 1000, 2000}));
  EXPECT_DOUBLE_EQ(ticks.min, 50);
  EXPECT_DOUBLE_EQ(ticks.max, 2000);
  // Under a decade there is room for 2 and 5 between the ends.
  EXPECT_EQ(log_ticks(3, 8, 5).values, (std::vector<double>{2, 5, 10}));
  EXPECT_EQ(log_ticks(0.012, 0.09, 5).values, (std::vector<double>{0.01, 0.02, 0.05, 0.1}));
}

TEST(LogTicks, WholeDecadesAcrossManyThinnedFromTheTop) {
  EXPECT_EQ(log_ticks(9, 17000, 6).values, (std::vector<double>{1, 10, 100, 1e3, 1e4, 1e5}));
  // Eleven decades, room for four ticks: evenly thinned powers ending on the top one.
  auto thinned = log_ticks(2, 3e10, 4);
  EXPECT_LE(thinned.values.size(), 5u);
  EXPECT_DOUBLE_EQ(thinned.max, 1e11);
  for (size_t i = 1; i < thinned.values.size(); ++i)
    EXPECT_NEAR(std::log10(thinned.values[i] / thinned.values[i - 1]),
                std::log10(thinned.values[1] / thinned.values[0]), 1e-9);
}

TEST(LogTicks, SurviveValuesALogAxisCannotShow) {
  auto ticks = log_ticks(0, -5, 5);
  EXPECT_FALSE(ticks.values.empty());
  for (double v : ticks.values) EXPECT_GT(v, 0);
}

TEST(ContinuousScale, MapsEqualRatiosToEqualDistancesOnALogAxis) {
  ContinuousScale scale{1, 1000, 0, 300, true};
  EXPECT_DOUBLE_EQ(scale(1), 0);
  EXPECT_DOUBLE_EQ(scale(10), 100);
  EXPECT_DOUBLE_EQ(scale(100), 200);
  EXPECT_TRUE(std::isfinite(scale(0)));  // pinned to the start, never NaN for Cairo
  EXPECT_DOUBLE_EQ(scale(-4), 0);
}

}  // namespace
}  // namespace folio::scale
