#include "expr/value.h"

#include <fmt/format.h>

#include "core/errors.h"

namespace folio::expr {

Value Value::of_cell(const model::Column& column, size_t row) {
  if (row >= column.size() || !column.has_text(row)) return {};
  switch (column.type) {
    case model::ColumnType::number:
      return of_number(*column.numbers()[row]);
    case model::ColumnType::boolean:
      return of_boolean(*column.numbers()[row] != 0);
    case model::ColumnType::text:
      return of_text(*column.text(row));
    default:
      return {};
  }
}

std::string describe(const Value& value) {
  switch (value.kind) {
    case Value::Kind::null:
      return "null (an empty cell)";
    case Value::Kind::number:
      return fmt::format("the number {}", value.number);
    case Value::Kind::text:
      return fmt::format("the text \"{}\"", quote_for_message(value.text));
    case Value::Kind::boolean:
      return value.boolean ? "true" : "false";
    case Value::Kind::table:
      return fmt::format("the dataset \"{}\" ({} rows)", value.data->name, value.rows.size());
    case Value::Kind::column:
      return fmt::format("a column of {} values ({}.{})", value.rows.size(), value.data->name,
                         value.column->name);
    case Value::Kind::row:
      return fmt::format("a row of \"{}\"", value.data->name);
  }
  return "a value";
}

}  // namespace folio::expr
