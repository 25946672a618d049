#include "text/number_format.h"

#include <gtest/gtest.h>

#include "text/icu_format.h"

namespace folio::text {
namespace {

spec::NumberFormat style(spec::NumberStyle name, double magnitude = 1, std::string currency = "",
                         std::string locale = "") {
  spec::NumberFormat format;
  format.style = name;
  format.magnitude = magnitude;
  format.currency = std::move(currency);
  format.locale = std::move(locale);
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

// Formats in English unless the format names its own locale, as a chart in an English document.
std::string format_number(double value, const spec::NumberFormat& format) {
  return text::format_number(value, format, "en");
}
std::vector<std::string> format_ticks(const std::vector<double>& ticks,
                                      const spec::NumberFormat& format) {
  return text::format_ticks(ticks, format, "en");
}
std::vector<std::string> format_log_ticks(const std::vector<double>& ticks,
                                          const spec::NumberFormat& format) {
  return text::format_log_ticks(ticks, format, "en");
}

spec::NumberFormat with(spec::NumberFormat format, std::string notation,
                        std::string display = "symbol") {
  format.notation = std::move(notation);
  format.currency_display = std::move(display);
  return format;
}

TEST(FormatNumber, CurrenciesInWordsWithAnUnambiguousSymbol) {
  EXPECT_EQ(format_number(1e9, style(spec::NumberStyle::currency, 1, "USD")), "US$1.0 billion");
  EXPECT_EQ(format_number(700, style(spec::NumberStyle::currency, 1e6, "USD")), "US$700 million");
  EXPECT_EQ(format_number(5.8, style(spec::NumberStyle::currency, 1e9, "USD")), "US$5.8 billion");
  EXPECT_EQ(format_number(13.5, style(spec::NumberStyle::currency, 1e9, "USD")), "US$13.5 billion");
  EXPECT_EQ(format_number(1031, style(spec::NumberStyle::currency, 1e6, "USD")), "US$1.0 billion");
  EXPECT_EQ(format_number(540, style(spec::NumberStyle::currency, 1, "KRW")), "₩540");
  EXPECT_EQ(format_number(-700, style(spec::NumberStyle::currency, 1e6, "USD")), "-US$700 million");
  EXPECT_EQ(format_number(700, with(style(spec::NumberStyle::currency, 1e6, "USD"), "short")), "US$700M");
  // ICU keeps a currency code and its number together with a no-break space.
  EXPECT_EQ(format_number(700, with(style(spec::NumberStyle::currency, 1e6, "USD"), "long", "code")),
            "USD\u00A0700 million");
  EXPECT_EQ(format_number(700, with(style(spec::NumberStyle::currency, 1e6, "USD"), "long", "name")),
            "700 million US dollars");
  // A region asks for that region's conventions: the US writes its own dollar as "$".
  EXPECT_EQ(format_number(700, style(spec::NumberStyle::currency, 1e6, "USD", "en-US")), "$700 million");
}

TEST(FormatNumber, KoreanCountsInTenThousands) {
  EXPECT_EQ(format_number(5.8e9, style(spec::NumberStyle::compact, 1, "", "ko")), "58억");
  EXPECT_EQ(format_number(700, style(spec::NumberStyle::currency, 1e6, "USD", "ko")), "US$7.0억");
  EXPECT_EQ(format_number(700, with(style(spec::NumberStyle::currency, 1e6, "USD", "ko"), "long", "name")),
            "7.0억 미국 달러");
  EXPECT_EQ(format_number(0.125, style(spec::NumberStyle::percent, 1, "", "ko")), "12.5%");
  EXPECT_EQ(format_number(1234567, style(spec::NumberStyle::decimal, 1, "", "ko")), "1,234,567");
}

TEST(FormatNumber, CompactNumbers) {
  EXPECT_EQ(format_number(1200, style(spec::NumberStyle::compact)), "1.2K");
  EXPECT_EQ(format_number(5.8e9, style(spec::NumberStyle::compact)), "5.8B");
  EXPECT_EQ(format_number(7e8, style(spec::NumberStyle::compact)), "700M");
  EXPECT_EQ(format_number(400000, style(spec::NumberStyle::compact)), "400K");
  EXPECT_EQ(format_number(-2.5e12, style(spec::NumberStyle::compact)), "-2.5T");
  EXPECT_EQ(format_number(7e8, with(style(spec::NumberStyle::compact), "long")), "700 million");
  EXPECT_EQ(format_number(2.5e-9, style(spec::NumberStyle::decimal)), "2.5E-9");
  EXPECT_EQ(format_number(-0.00042, style(spec::NumberStyle::decimal)), "-0.00042");
  EXPECT_EQ(format_number(-0.000042, style(spec::NumberStyle::decimal)), "-4.2E-5");
}

TEST(FormatNumber, OtherStyles) {
  EXPECT_EQ(format_number(20, style(spec::NumberStyle::multiple)), "20×");
  EXPECT_EQ(format_number(0.125, style(spec::NumberStyle::percent)), "12.5%");
  EXPECT_EQ(format_number(0.5, style(spec::NumberStyle::percent)), "50%");
  EXPECT_EQ(format_number(1234567, style(spec::NumberStyle::decimal)), "1,234,567");
  EXPECT_EQ(format_number(3.14159, style(spec::NumberStyle::decimal)), "3.14");
  EXPECT_EQ(format_number(1997, style(spec::NumberStyle::year)), "1997");
  EXPECT_EQ(format_number(200, affixed("", "+")), "200+");
  EXPECT_EQ(format_number(200, affixed("", "+", 2)), "200.00+");
  EXPECT_EQ(format_number(3, affixed("≈", "")), "≈3");
  EXPECT_EQ(format_number(1234.5, style(spec::NumberStyle::decimal, 1, "", "de")), "1.234,5");
}

TEST(FormatNumber, PatternsOverrideTheStyle) {
  spec::NumberFormat format = style(spec::NumberStyle::currency, 1e6, "USD");
  format.pattern = "#,##0.0";
  EXPECT_EQ(format_number(1234, format), "1,234,000,000.0");
  format.pattern = "compact-long";
  EXPECT_EQ(format_number(1234, format), "1.2 billion");
  format.pattern = "scale/0.001 .0";
  EXPECT_EQ(format_number(0.0125, format), "12.5");
  EXPECT_EQ(pattern_error("compact-long"), "");
  EXPECT_EQ(pattern_error("#,##0.00"), "");
  EXPECT_NE(pattern_error("precision-bogus"), "");
}

TEST(FormatTicks, SharesOneUnitAndPutsItOnTheLargestTick) {
  std::vector<double> ticks{0, 200, 400, 600, 800, 1000, 1200};
  EXPECT_EQ(format_ticks(ticks, style(spec::NumberStyle::currency, 1e6, "USD")),
            (std::vector<std::string>{"0", "0.2", "0.4", "0.6", "0.8", "1.0", "US$1.2B"}));
  EXPECT_EQ(format_ticks({0, 100, 200, 300}, style(spec::NumberStyle::currency, 1e6, "USD")),
            (std::vector<std::string>{"0", "100", "200", "US$300M"}));
  EXPECT_EQ(format_ticks(ticks, style(spec::NumberStyle::currency, 1e6, "USD", "ko")),
            (std::vector<std::string>{"0", "2", "4", "6", "8", "10", "US$12억"}));
  EXPECT_EQ(format_ticks({-20, 0, 20}, style(spec::NumberStyle::decimal)),
            (std::vector<std::string>{"-20", "0", "20"}));
  EXPECT_EQ(format_ticks({-2e-9, 0, 2e-9, 4e-9}, style(spec::NumberStyle::decimal)),
            (std::vector<std::string>{"-2.0E-9", "0", "2.0E-9", "4.0E-9"}));
  EXPECT_EQ(format_ticks({0, 0.25, 0.5}, style(spec::NumberStyle::percent)),
            (std::vector<std::string>{"0", "25%", "50%"}));
  EXPECT_EQ(format_ticks({1990, 2000, 2010}, style(spec::NumberStyle::year)),
            (std::vector<std::string>{"1990", "2000", "2010"}));
  EXPECT_EQ(format_ticks({0, 2500, 5000}, style(spec::NumberStyle::decimal)),
            (std::vector<std::string>{"0", "2,500", "5,000"}));
  EXPECT_EQ(format_ticks({0, 2500, 5000}, style(spec::NumberStyle::compact)),
            (std::vector<std::string>{"0", "2,500", "5,000"}));
  EXPECT_EQ(format_ticks({0, 0.5e6, 1e6, 1.5e6}, style(spec::NumberStyle::compact)),
            (std::vector<std::string>{"0", "0.5", "1.0", "1.5M"}));
}

TEST(FormatDates, FollowTheLocale) {
  EXPECT_EQ(icu_date(2019, 3, 1, "yMMM", "en"), "Mar 2019");
  EXPECT_EQ(icu_date(2019, 3, 1, "yMMM", "ko"), "2019년 3월");
  EXPECT_EQ(icu_date(2019, 3, 15, "yMMMd", "en"), "Mar 15, 2019");
  EXPECT_EQ(icu_date(2019, 3, 15, "yMMMd", "en-GB"), "15 Mar 2019");
  EXPECT_EQ(icu_date(2019, 12, 31, "yMMMd", "ko"), "2019년 12월 31일");
}

TEST(Language, AppliesToFormatsThatNameNone) {
  EXPECT_EQ(text::format_number(5.8e9, style(spec::NumberStyle::compact), "ko"), "58억");
  EXPECT_EQ(text::format_number(5.8e9, style(spec::NumberStyle::compact), "en"), "5.8B");
  // A format's own locale wins over the language it is written in.
  EXPECT_EQ(text::format_number(5.8e9, style(spec::NumberStyle::compact, 1, "", "en"), "ko"), "5.8B");
}

}  // namespace
}  // namespace folio::text

namespace folio::text {
namespace {

TEST(FormatLogTicks, WritesEachTickWholeWithTheCurrencyOnTheLargest) {
  spec::NumberFormat usd;
  usd.style = spec::NumberStyle::currency;
  usd.currency = "USD";
  usd.magnitude = 1e6;
  EXPECT_EQ(format_log_ticks({50, 100, 1000, 2000}, usd),
            (std::vector<std::string>{"50M", "100M", "1B", "US$2B"}));
  spec::NumberFormat plain;
  EXPECT_EQ(format_log_ticks({0.1, 1, 10, 100, 1000, 10000}, plain),
            (std::vector<std::string>{"0.1", "1", "10", "100", "1,000", "10,000"}));
}

}  // namespace
}  // namespace folio::text

namespace folio::text {
namespace {

TEST(FormatTicks, LongPlainNumbersShareACompactUnit) {
  spec::NumberFormat plain;
  EXPECT_EQ(format_ticks({0, 2e9, 4e9, 6e9}, plain),
            (std::vector<std::string>{"0", "2", "4", "6B"}));
  EXPECT_EQ(format_ticks({0, 250000, 500000}, plain),
            (std::vector<std::string>{"0", "250,000", "500,000"}));
}

}  // namespace
}  // namespace folio::text
