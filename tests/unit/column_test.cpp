// A dataset's column keeps every cell's text as written while storing only the texts that
// writing the number again would not give back: what tables and categories show is the file's
// own text, and a million-row column of numbers costs 8 bytes a cell.
#include "model/column.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <cmath>

#include "random_source.h"

namespace folio::model {
namespace {

Column column_of(const std::vector<std::pair<OptionalNumber, std::optional<std::string>>>& cells) {
  Column column;
  column.type = ColumnType::number;
  for (const auto& [number, text] : cells)
    column.append(number, text ? std::optional<std::string_view>(*text) : std::nullopt);
  return column;
}

TEST(Column, GivesBackEveryTextAsWritten) {
  // Four decimals set the column's form; "97.5" and "1,234.0" are not in it and are kept.
  auto column = column_of({{97.123, "97.1230"},
                           {std::nullopt, std::nullopt},
                           {97.5, "97.5"},
                           {1234, "1,234.0"},
                           {-0.0, "-0.0000"},
                           {2.0, std::nullopt}});
  EXPECT_EQ(column.text(0), "97.1230");
  EXPECT_EQ(column.text(1), std::nullopt);
  EXPECT_EQ(column.text(2), "97.5");
  EXPECT_EQ(column.text(3), "1,234.0");
  EXPECT_EQ(column.text(4), "-0.0000");
  EXPECT_EQ(column.text(5), std::nullopt);  // a number with no text stays without one
  EXPECT_FALSE(column.has_text(1));
  EXPECT_TRUE(column.has_text(3));
  EXPECT_FALSE(column.has_text(5));
  EXPECT_EQ(column.number(3), 1234.0);
  EXPECT_FALSE(column.number(1).has_value());
}

TEST(Column, DecimalCommasYearsBooleansAndWordsComeBack) {
  auto commas = column_of({{1.5, "1,50"}, {-0.25, "-0,25"}, {3, "3,00"}});
  EXPECT_EQ(commas.text(0), "1,50");
  EXPECT_EQ(commas.text(1), "-0,25");
  EXPECT_EQ(commas.text(2), "3,00");
  auto years = column_of({{2019, "2019"}, {2020.5, "2020.5"}, {1e21, "1e21"}});
  EXPECT_EQ(years.text(0), "2019");
  EXPECT_EQ(years.text(1), "2020.5");
  EXPECT_EQ(years.text(2), "1e21");
  auto flags = column_of({{1, "true"}, {0, "false"}, {1, "TRUE"}});
  EXPECT_EQ(flags.text(0), "true");
  EXPECT_EQ(flags.text(1), "false");
  EXPECT_EQ(flags.text(2), "TRUE");
  Column words;
  words.type = ColumnType::text;
  words.append(std::nullopt, "Phnom Penh");
  words.append_null();
  words.append(std::nullopt, "");
  words.append(std::nullopt, "ភ្នំពេញ");
  EXPECT_EQ(words.text(0), "Phnom Penh");
  EXPECT_EQ(words.text(1), std::nullopt);
  EXPECT_EQ(words.text(2), "");
  EXPECT_EQ(words.text(3), "ភ្នំពេញ");
}

// Random cells of every shape, replayable by seed: whatever is appended is what is read.
TEST(Column, RandomCellsReadBackAsAppended) {
  for (unsigned seed = 1; seed <= 20; ++seed) {
    folio::testing::RandomSource random(seed);
    std::vector<std::pair<OptionalNumber, std::optional<std::string>>> cells;
    for (int i = 0; i < 400; ++i) {
      double value = random.unit() * 2e6 - 1e6;
      switch (random.between(0, 5)) {
        case 0:
          cells.push_back({std::nullopt, std::nullopt});
          break;
        case 1:
          cells.push_back({value, fmt::format("{:.2f}", value)});
          break;
        case 2:
          cells.push_back({value, fmt::format("{}", value)});
          break;
        case 3:
          cells.push_back({std::floor(value), fmt::format("{:.0f}", std::floor(value))});
          break;
        case 4:
          cells.push_back({value, fmt::format("{:.3f}", value)});
          break;
        default:
          cells.push_back({std::nullopt, fmt::format("w{}", i)});
          break;
      }
    }
    auto column = column_of(cells);
    ASSERT_EQ(column.size(), cells.size());
    for (size_t row = 0; row < cells.size(); ++row) {
      ASSERT_EQ(column.text(row), cells[row].second) << "seed " << seed << " row " << row;
      ASSERT_EQ(column.number(row), cells[row].first) << "seed " << seed << " row " << row;
    }
  }
}

TEST(OptionalNumber, TakesTheEightBytesOfADoubleAndReadsAsAnOptional) {
  static_assert(sizeof(OptionalNumber) == sizeof(double));
  OptionalNumber none, zero = 0.0, nan = std::nan("");
  EXPECT_FALSE(none.has_value());
  EXPECT_FALSE(nan.has_value());  // a NaN is no value on any scale
  EXPECT_TRUE(zero.has_value());
  EXPECT_EQ(none.value_or(7), 7);
  EXPECT_EQ(std::optional<double>(zero), std::optional<double>(0.0));
  EXPECT_EQ(none, OptionalNumber(std::nullopt));
  EXPECT_FALSE(none == zero);
  EXPECT_THROW(none.value(), std::bad_optional_access);
}

}  // namespace
}  // namespace folio::model
