#pragma once
// The texts of table cells, shared by table blocks and table charts: a numeric column is
// written in one unit and one precision, a column of years as years; empty cells as a dash.
#include <string>
#include <vector>

#include "model/dataset.h"
#include "spec/document.h"

namespace folio::chart {

// The cells of `column` for `rows`, as the column's format (or its default) writes them.
// `short_units` writes amounts in short units ("US$24.0M"), for tables too narrow for words.
std::vector<std::string> column_texts(const model::Column* column, const std::vector<size_t>& rows,
                                      const spec::TableColumn& spec, const std::string& language,
                                      bool short_units = false);

// The format a numeric column is written in: its own, else years for a column of years.
spec::NumberFormat column_format(const model::Column* column, const spec::TableColumn& spec);

}  // namespace folio::chart
