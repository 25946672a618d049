#include "expr/evaluate.h"

#include <fmt/format.h>

#include <cmath>

#include "core/strings.h"
#include "expr/expr_error.h"
#include "expr/functions.h"
#include "spec/node.h"
#include "text/number_format.h"

namespace folio::expr {
namespace {

std::string did_you_mean(const std::string& word, const std::vector<std::string>& names) {
  std::string match = spec::closest_match(word, names);
  return match.empty() ? "" : fmt::format("did you mean \"{}\"?", match);
}

// The dataset's fields, for messages: "year, flow, usd_m".
std::string field_list(const model::Dataset& data) {
  return join(data.field_names());
}

Value column_of(const Value& table, const std::string& field, const Node& where) {
  const model::Column* column = table.data->find(field);
  if (!column)
    throw ExprError(
        where.name_offset,
        fmt::format("a field of dataset \"{}\" ({})", table.data->name, field_list(*table.data)),
        fmt::format("\"{}\"", field), did_you_mean(field, table.data->field_names()));
  Value value;
  value.kind = Value::Kind::column;
  value.data = table.data;
  value.column = column;
  value.rows = table.rows;
  return value;
}

Value name_value(const Node& node, const Scope& scope, const RowScope* row) {
  if (node.text == "true" || node.text == "false") return Value::of_boolean(node.text == "true");
  if (node.text == "null") return {};
  // Inside a row, its fields come first: where(year = 2019) means the row's year.
  if (row)
    if (const auto* column = row->data->find(node.text)) return Value::of_cell(*column, row->row);
  if (auto value = scope.find(node.text)) return *value;
  auto names = scope.names();
  if (row)
    for (const auto& field : row->data->field_names()) names.push_back(field);
  std::string expected =
      row             ? fmt::format("a field of \"{}\" ({}), a dataset, a parameter or a value",
                                    row->data->name, field_list(*row->data))
      : names.empty() ? "a dataset, a parameter or a value, but the document defines none"
                      : fmt::format("a dataset, a parameter or a value ({})", join(scope.names()));
  throw ExprError(node.offset, expected, fmt::format("\"{}\"", node.text),
                  did_you_mean(node.text, names));
}

Value member_value(const Node& node, const Scope& scope, const RowScope* row) {
  Value object = evaluate(*node.children[0], scope, row);
  if (object.kind == Value::Kind::table) return column_of(object, node.text, node);
  if (object.kind == Value::Kind::row) {
    const model::Column* column = object.data->find(node.text);
    if (!column)
      throw ExprError(node.name_offset,
                      fmt::format("a field of dataset \"{}\" ({})", object.data->name,
                                  field_list(*object.data)),
                      fmt::format("\"{}\"", node.text),
                      did_you_mean(node.text, object.data->field_names()));
    return Value::shown_cell(*column, object.row);
  }
  throw ExprError(node.name_offset - 1, "a dataset or a row before '.'", describe(object));
}

// dataset[key]: the row whose key field holds `key` (the dataset's "key", else its first
// text field).
Value index_value(const Node& node, const Scope& scope, const RowScope* row) {
  Value table = evaluate(*node.children[0], scope, row);
  Value key = evaluate(*node.children[1], scope, row);
  if (table.kind != Value::Kind::table)
    throw ExprError(node.children[0]->offset, "a dataset before '[key]'", describe(table));
  const model::Column* key_column = nullptr;
  if (!table.data->key.empty()) key_column = table.data->find(table.data->key);
  for (const auto& column : table.data->columns)
    if (!key_column && column.type == model::ColumnType::text) key_column = &column;
  if (!key_column)
    throw ExprError(
        node.children[1]->offset,
        fmt::format("a dataset with a \"key\" field or a text field to look rows up by"),
        fmt::format("\"{}\", whose fields are all numbers", table.data->name));
  std::vector<std::string> keys;
  for (size_t r : table.rows) {
    Value cell = Value::of_cell(*key_column, r);
    bool same = (cell.kind == Value::Kind::text && key.kind == Value::Kind::text &&
                 cell.text == key.text) ||
                (cell.kind == Value::Kind::number && key.kind == Value::Kind::number &&
                 cell.number == key.number);
    if (same) {
      Value found;
      found.kind = Value::Kind::row;
      found.data = table.data;
      found.rows = table.rows;
      found.row = r;
      return found;
    }
    if (key_column->text(r)) keys.push_back(*key_column->text(r));
  }
  throw ExprError(node.children[1]->offset,
                  fmt::format("a value of \"{}.{}\" ({})", table.data->name, key_column->name,
                              quote_for_message(join(keys), 60)),
                  describe(key), key.kind == Value::Kind::text ? did_you_mean(key.text, keys) : "");
}

bool truth(const Value& value, const Node& where) {
  if (value.kind != Value::Kind::boolean)
    throw ExprError(where.offset, "true or false (a comparison such as year = 2019)",
                    describe(value));
  return value.boolean;
}

int compare(const Value& a, const Value& b, const Node& node) {
  if (a.kind == Value::Kind::number && b.kind == Value::Kind::number)
    return a.number < b.number ? -1 : a.number > b.number ? 1 : 0;
  if (a.kind == Value::Kind::text && b.kind == Value::Kind::text) return a.text.compare(b.text);
  auto kind = [](const Value& v) {
    return v.kind == Value::Kind::number ? "a number"
           : v.kind == Value::Kind::text ? "a text"
                                         : "a number or a text";
  };
  throw ExprError(node.children[1]->offset,
                  fmt::format("{}, as on the left of '{}'", kind(a), node.text), describe(b),
                  a.kind == Value::Kind::number && b.kind == Value::Kind::text
                      ? "numbers compare with numbers: leave out the quotes"
                      : "");
}

Value binary_value(const Node& node, const Scope& scope, const RowScope* row) {
  const std::string& op = node.text;
  const Node& left_node = *node.children[0];
  const Node& right_node = *node.children[1];
  Value left = evaluate(left_node, scope, row);
  if (op == "and" || op == "or") {
    bool l = truth(left, left_node);
    if (op == "and" && !l) return Value::of_boolean(false);
    if (op == "or" && l) return Value::of_boolean(true);
    return Value::of_boolean(truth(evaluate(right_node, scope, row), right_node));
  }
  Value right = evaluate(right_node, scope, row);
  if (op == "=" || op == "!=") {
    // A null cell equals only null; values of different kinds are simply unequal.
    bool equal = left.kind == right.kind &&
                 (left.kind == Value::Kind::null ||
                  (left.kind == Value::Kind::number && left.number == right.number) ||
                  (left.kind == Value::Kind::text && left.text == right.text) ||
                  (left.kind == Value::Kind::boolean && left.boolean == right.boolean));
    if (left.kind != right.kind && left.kind != Value::Kind::null &&
        right.kind != Value::Kind::null)
      compare(left, right, node);  // "2019" = 2019 is a mistake worth naming
    return Value::of_boolean(op == "=" ? equal : !equal);
  }
  if (op == "<" || op == "<=" || op == ">" || op == ">=") {
    if (left.kind == Value::Kind::null || right.kind == Value::Kind::null)
      return Value::of_boolean(false);
    int order = compare(left, right, node);
    bool result = op == "<"    ? order < 0
                  : op == "<=" ? order <= 0
                  : op == ">"  ? order > 0
                               : order >= 0;
    return Value::of_boolean(result);
  }
  if (op == "+" && left.kind == Value::Kind::text && right.kind == Value::Kind::text)
    return Value::of_text(left.text + right.text);
  double a = require_number(left, left_node, fmt::format("a number before '{}'", op));
  double b = require_number(right, right_node, fmt::format("a number after '{}'", op));
  if ((op == "/" || op == "%") && b == 0)
    throw ExprError(right_node.offset, "a divisor other than zero", "zero");
  double result = op == "+"   ? a + b
                  : op == "-" ? a - b
                  : op == "*" ? a * b
                  : op == "/" ? a / b
                              : std::fmod(a, b);
  if (!std::isfinite(result))
    throw ExprError(node.offset, "a result that is a finite number", "an overflow");
  return Value::of_number(result);
}

}  // namespace

double require_number(const Value& value, const Node& where, const std::string& what) {
  if (value.kind == Value::Kind::number) return value.number;
  std::string hint;
  if (value.kind == Value::Kind::column)
    hint = "reduce it to one value with | last, | sum, | max …";
  if (value.kind == Value::Kind::null) hint = "the cell is empty";
  throw ExprError(where.offset, what, describe(value), hint);
}

Value evaluate(const Node& node, const Scope& scope, const RowScope* row) {
  switch (node.kind) {
    case Node::Kind::number:
      return Value::of_number(node.number);
    case Node::Kind::string:
      return Value::of_text(node.text);
    case Node::Kind::name:
      return name_value(node, scope, row);
    case Node::Kind::member:
      return member_value(node, scope, row);
    case Node::Kind::index:
      return index_value(node, scope, row);
    case Node::Kind::unary: {
      Value operand = evaluate(*node.children[0], scope, row);
      if (node.text == "not") return Value::of_boolean(!truth(operand, *node.children[0]));
      return Value::of_number(-require_number(operand, *node.children[0], "a number after '-'"));
    }
    case Node::Kind::binary:
      return binary_value(node, scope, row);
    case Node::Kind::call:
      return call_function(node, scope, row);
  }
  return {};
}

std::string evaluate_to_text(const Node& node, const Scope& scope) {
  Value value = evaluate(node, scope);
  switch (value.kind) {
    case Value::Kind::text:
      return value.text;
    case Value::Kind::number: {
      spec::NumberFormat format;
      if (value.year) format.style = spec::NumberStyle::year;
      format.locale = scope.locale();
      return text::format_number(value.number, format, scope.locale());
    }
    case Value::Kind::boolean:
      return value.boolean ? "true" : "false";
    default: {
      std::string hint = value.kind == Value::Kind::column
                             ? "reduce it to one value with | last, | sum, | max …"
                         : value.kind == Value::Kind::table ? "name a field: dataset.field"
                         : value.kind == Value::Kind::null  ? "the cell is empty"
                                                            : "name a field: row.field";
      throw ExprError(node.offset, "a single value to write in the text", describe(value), hint);
    }
  }
}

double evaluate_to_number(const Node& node, const Scope& scope) {
  return require_number(evaluate(node, scope), node, "a number");
}

bool evaluate_condition(const Node& node, const Scope& scope, const RowScope& row) {
  return truth(evaluate(node, scope, &row), node);
}

}  // namespace folio::expr
