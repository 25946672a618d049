// A dataset's digest changes with anything a chart could show of it: a number, and also the
// text a number was written as (a category "2019" against "2019.0", a table's "1.50").
#include <gtest/gtest.h>

#include "model/fingerprint.h"

namespace folio::model {
namespace {

Dataset one_column(const std::vector<std::pair<double, std::string>>& cells,
                   std::string dataset = "d", std::string field = "v") {
  // Names moved in: GCC 12 warns falsely (-Wrestrict) on assigning a short literal here.
  Dataset data;
  data.name = std::move(dataset);
  Column column;
  column.name = std::move(field);
  column.type = ColumnType::number;
  for (const auto& [number, text] : cells) column.append(number, text);
  data.columns.push_back(std::move(column));
  data.rows = cells.size();
  return data;
}

TEST(DatasetFingerprint, ChangesWithANumberAndWithTheTextItIsWrittenAs) {
  auto base = dataset_fingerprint(one_column({{1.5, "1.50"}, {2, "2.00"}}));
  EXPECT_EQ(base, dataset_fingerprint(one_column({{1.5, "1.50"}, {2, "2.00"}})));
  EXPECT_NE(base, dataset_fingerprint(one_column({{1.5, "1.50"}, {2.5, "2.50"}})));
  // The same numbers written otherwise: every cell's text, or one.
  EXPECT_NE(base, dataset_fingerprint(one_column({{1.5, "1.5"}, {2, "2"}})));
  EXPECT_NE(base, dataset_fingerprint(one_column({{1.5, "1.50"}, {2, "2.0"}})));
}

}  // namespace
}  // namespace folio::model
