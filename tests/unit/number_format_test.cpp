#include "text/number_format.h"

#include <gtest/gtest.h>

namespace folio::text {
namespace {

spec::NumberFormat style(std::string name, double magnitude = 1, std::string currency = "") {
  spec::NumberFormat format;
  format.style = std::move(name);
  format.magnitude = magnitude;
  format.currency = std::move(currency);
  return format;
}

spec::NumberFormat affixed(std::string prefix, std::string suffix,
                           std::optional<int> decimals = std::nullopt) {
  spec::NumberFormat format;
  format.prefix = std::move(prefix);
  format.suffix = std::move(suffix);
  format.decimals = decimals;
  return format;
}

TEST(FormatNumber, CurrenciesWithUnits) {
  EXPECT_EQ(format_number(1e9, style("currency", 1, "USD")), "USD 1.0 bn");
  EXPECT_EQ(format_number(700, style("currency", 1e6, "USD")), "USD 700 m");
  EXPECT_EQ(format_number(5.8, style("currency", 1e9, "USD")), "USD 5.8 bn");
  EXPECT_EQ(format_number(13.5, style("currency", 1e9, "USD")), "USD 13.5 bn");
  EXPECT_EQ(format_number(1031, style("currency", 1e6, "USD")), "USD 1.0 bn");
  EXPECT_EQ(format_number(540, style("currency", 1, "KRW")), "KRW 540");
}

TEST(FormatNumber, CompactNumbers) {
  EXPECT_EQ(format_number(7e8, style("compact")), "700 m");
  EXPECT_EQ(format_number(400000, style("compact")), "400 k");
  EXPECT_EQ(format_number(50000, style("compact")), "50 k");
  EXPECT_EQ(format_number(2500, style("compact")), "2,500");
  EXPECT_EQ(format_number(-2.5e12, style("compact")), "-2.5 tn");
  EXPECT_EQ(format_number(2.5e-9, style("decimal")), "2.5e-9");
  EXPECT_EQ(format_number(-0.00042, style("decimal")), "-4.2e-4");
}

TEST(FormatNumber, OtherStyles) {
  EXPECT_EQ(format_number(20, style("multiple")), "20×");
  EXPECT_EQ(format_number(0.125, style("percent")), "12.5%");
  EXPECT_EQ(format_number(0.5, style("percent")), "50%");
  EXPECT_EQ(format_number(1234567, style("decimal")), "1,234,567");
  EXPECT_EQ(format_number(3.14159, style("decimal")), "3.14");
  EXPECT_EQ(format_number(1997, style("year")), "1997");
  EXPECT_EQ(format_number(200, affixed("", "+")), "200+");
  EXPECT_EQ(format_number(200, affixed("", "+", 2)), "200.00+");
  EXPECT_EQ(format_number(3, affixed("≈", "")), "≈3");
}

TEST(FormatTicks, SharesOneUnitAndPutsItOnTheLargestTick) {
  std::vector<double> ticks{0, 200, 400, 600, 800, 1000, 1200};
  EXPECT_EQ(format_ticks(ticks, style("currency", 1e6, "USD")),
            (std::vector<std::string>{"0", "0.2", "0.4", "0.6", "0.8", "1.0", "USD 1.2 bn"}));
  EXPECT_EQ(format_ticks({0, 100, 200, 300}, style("currency", 1e6, "USD")),
            (std::vector<std::string>{"0", "100", "200", "USD 300 m"}));
  EXPECT_EQ(format_ticks({-20, 0, 20}, style("decimal")),
            (std::vector<std::string>{"-20", "0", "20"}));
  EXPECT_EQ(format_ticks({-2e-9, 0, 2e-9, 4e-9}, style("decimal")),
            (std::vector<std::string>{"-2.0e-9", "0", "2.0e-9", "4.0e-9"}));
  EXPECT_EQ(format_ticks({0, 0.25, 0.5}, style("percent")),
            (std::vector<std::string>{"0", "25%", "50%"}));
  EXPECT_EQ(format_ticks({1990, 2000, 2010}, style("year")),
            (std::vector<std::string>{"1990", "2000", "2010"}));
  EXPECT_EQ(format_ticks({0, 2500, 5000}, style("decimal")),
            (std::vector<std::string>{"0", "2,500", "5,000"}));
}

TEST(GroupDigits, GroupsThousands) {
  EXPECT_EQ(group_digits(1234.5, 1), "1,234.5");
  EXPECT_EQ(group_digits(999, 0), "999");
  EXPECT_EQ(group_digits(1000000, 0), "1,000,000");
}

}  // namespace
}  // namespace folio::text
