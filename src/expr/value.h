#pragma once
// What an expression evaluates to: a scalar (number, text, boolean, null) or a view of a
// dataset (the whole table, one column, one row) that filters and aggregates work on.
#include <string>
#include <vector>

#include "model/dataset.h"

namespace folio::expr {

struct Value {
  enum class Kind { null, number, text, boolean, table, column, row };
  Kind kind = Kind::null;
  double number = 0;
  std::string text;
  bool boolean = false;
  bool year = false;  // a number from a column of years: written "2019", not "2,019"
  const model::Dataset* data = nullptr;    // table, column, row
  const model::Column* column = nullptr;   // column
  std::vector<size_t> rows;                // table, column: the rows in view; row: its table's
  size_t row = 0;                          // row: the row's index in `data`

  static Value of_number(double v) {
    Value value;
    value.kind = Kind::number;
    value.number = v;
    return value;
  }
  static Value of_text(std::string v) {
    Value value;
    value.kind = Kind::text;
    value.text = std::move(v);
    return value;
  }
  static Value of_boolean(bool v) {
    Value value;
    value.kind = Kind::boolean;
    value.boolean = v;
    return value;
  }
  static Value of_table(const model::Dataset& data, std::vector<size_t> rows) {
    Value value;
    value.kind = Kind::table;
    value.data = &data;
    value.rows = std::move(rows);
    return value;
  }
  // The cell of `column` at `row`, as a scalar.
  static Value of_cell(const model::Column& column, size_t row);
  // The same, marked as a year when its column holds years: for values a text will show.
  static Value shown_cell(const model::Column& column, size_t row) {
    Value value = of_cell(column, row);
    value.year = value.kind == Kind::number && column.holds_years();
    return value;
  }
};

// How a value is named in "found ..." parts of messages: "the number 2019", "a column of 24
// values (trade.usd_m)".
std::string describe(const Value& value);

}  // namespace folio::expr
