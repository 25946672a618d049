// A series' rows: every row of the dataset held as a count, or a list once it is reordered
// or has gaps; both read the same.
#include "chart/row_list.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace folio::chart {
namespace {

TEST(RowList, EveryRowReadsAsTheListOfThemAndBecomesOneWhenChanged) {
  auto rows = RowList::all(5);
  EXPECT_EQ(rows.size(), 5u);
  EXPECT_EQ(std::vector<std::uint32_t>(rows.begin(), rows.end()),
            (std::vector<std::uint32_t>{0, 1, 2, 3, 4}));
  std::reverse(rows.list().begin(), rows.list().end());
  EXPECT_EQ(std::vector<std::uint32_t>(rows.begin(), rows.end()),
            (std::vector<std::uint32_t>{4, 3, 2, 1, 0}));
  auto grown = RowList::all(2);
  grown.push_back(7);
  EXPECT_EQ(std::vector<std::uint32_t>(grown.begin(), grown.end()),
            (std::vector<std::uint32_t>{0, 1, 7}));
  RowList none;
  EXPECT_TRUE(none.empty());
  EXPECT_EQ(none.begin(), none.end());
  EXPECT_TRUE(RowList::all(0).empty());
}

}  // namespace
}  // namespace folio::chart
