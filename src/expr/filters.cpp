// The functions of the expression language. Each is written `input | name(args)` or
// `name(input, args)`; docs/EXPRESSIONS.md lists them with examples.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <functional>

#include "core/strings.h"
#include "expr/expr_error.h"
#include "expr/functions.h"
#include "spec/node.h"
#include "text/date_format.h"
#include "text/icu_format.h"
#include "text/number_format.h"

namespace folio::expr {
namespace {

struct Call {
  const Node& node;
  const Scope& scope;
  const RowScope* row;
  Value input;

  size_t arg_count() const { return node.children.size() - 1; }
  const Node& arg_node(size_t i) const { return *node.children[i + 1]; }
  Value arg(size_t i) const { return evaluate(arg_node(i), scope, row); }
  double number_arg(size_t i, double fallback, const char* what) const {
    if (i >= arg_count()) return fallback;
    return require_number(arg(i), arg_node(i), what);
  }
  std::string text_arg(size_t i, const std::string& fallback, const char* what) const {
    if (i >= arg_count()) return fallback;
    Value value = arg(i);
    if (value.kind != Value::Kind::text) throw ExprError(arg_node(i).offset, what, describe(value));
    return value.text;
  }
  const Node& input_node() const { return *node.children[0]; }
  [[noreturn]] void fail_input(const std::string& expected) const {
    throw ExprError(input_node().offset, fmt::format("{} for {}", expected, node.text),
                    describe(input));
  }
};

struct Function {
  const char* name;
  size_t min_args, max_args;  // besides the input
  std::function<Value(const Call&)> run;
};

// The non-empty cells in view, for aggregates.
std::vector<Value> cells(const Call& call) {
  if (call.input.kind != Value::Kind::column) call.fail_input("a column such as trade.usd_m");
  std::vector<Value> values;
  for (size_t r : call.input.rows) {
    Value cell = Value::of_cell(*call.input.column, r);
    if (cell.kind != Value::Kind::null) values.push_back(std::move(cell));
  }
  return values;
}

std::vector<double> numbers(const Call& call) {
  auto values = cells(call);
  std::vector<double> out;
  for (const auto& v : values) {
    if (v.kind != Value::Kind::number) call.fail_input("a column of numbers");
    out.push_back(v.number);
  }
  if (out.empty())
    throw ExprError(call.input_node().offset,
                    fmt::format("at least one number for {}", call.node.text), "no values",
                    call.input.rows.empty() ? "no row matched" : "every cell is empty");
  return out;
}

// A value picked out of the column, marked as a year when the column holds years.
Value shown(Value value, const Call& call) {
  value.year = value.kind == Value::Kind::number && call.input.column->holds_years();
  return value;
}

Value pick_end(const Call& call, bool last) {
  auto values = cells(call);
  if (values.empty())
    throw ExprError(call.input_node().offset, fmt::format("a value for {}", call.node.text),
                    "no values",
                    call.input.rows.empty() ? "no row matched" : "every cell is empty");
  return shown(last ? values.back() : values.front(), call);
}

Value extreme(const Call& call, bool largest) {
  auto values = cells(call);
  if (values.empty()) return pick_end(call, true);  // the same message
  auto less = [&](const Value& a, const Value& b) {
    if (a.kind == Value::Kind::number && b.kind == Value::Kind::number) return a.number < b.number;
    if (a.kind == Value::Kind::text && b.kind == Value::Kind::text) return a.text < b.text;
    call.fail_input("a column of numbers or of texts");
  };
  return shown(largest ? *std::max_element(values.begin(), values.end(), less)
                       : *std::min_element(values.begin(), values.end(), less),
               call);
}

// where(...) and find(...): the rows of a table or column for which the condition holds.
std::vector<size_t> matching_rows(const Call& call) {
  if (call.input.kind != Value::Kind::table && call.input.kind != Value::Kind::column)
    call.fail_input("a dataset or a column");
  std::vector<size_t> rows;
  for (size_t r : call.input.rows) {
    RowScope row{call.input.data, r};
    if (evaluate_condition(call.arg_node(0), call.scope, row)) rows.push_back(r);
  }
  return rows;
}

Value formatted(const Call& call, spec::NumberFormat format) {
  double value =
      require_number(call.input, call.input_node(), fmt::format("a number for {}", call.node.text));
  format.locale = call.scope.locale();
  return Value::of_text(text::format_number(value, format, call.scope.locale()));
}

spec::NumberFormat style(spec::NumberStyle name) {
  spec::NumberFormat format;
  format.style = name;
  return format;
}

const std::vector<Function>& functions() {
  static const std::vector<Function> table = {
      {"first", 0, 0, [](const Call& c) { return pick_end(c, false); }},
      {"last", 0, 0, [](const Call& c) { return pick_end(c, true); }},
      {"min", 0, 0, [](const Call& c) { return extreme(c, false); }},
      {"max", 0, 0, [](const Call& c) { return extreme(c, true); }},
      {"sum", 0, 0,
       [](const Call& c) {
         double total = 0;
         for (double v : numbers(c)) total += v;
         return Value::of_number(total);
       }},
      {"mean", 0, 0,
       [](const Call& c) {
         auto values = numbers(c);
         double total = 0;
         for (double v : values) total += v;
         return Value::of_number(total / static_cast<double>(values.size()));
       }},
      {"count", 0, 0,
       [](const Call& c) {
         if (c.input.kind == Value::Kind::table)
           return Value::of_number(static_cast<double>(c.input.rows.size()));
         return Value::of_number(static_cast<double>(cells(c).size()));
       }},
      {"where", 1, 1,
       [](const Call& c) {
         Value view = c.input;
         view.rows = matching_rows(c);
         return view;
       }},
      {"find", 1, 1,
       [](const Call& c) {
         auto rows = matching_rows(c);
         if (rows.empty())
           throw ExprError(c.arg_node(0).offset, "a condition that some row meets", "no row");
         Value found;
         found.kind = Value::Kind::row;
         found.data = c.input.data;
         found.rows = c.input.rows;
         found.row = rows.front();
         return found;
       }},
      // The row's place among the rows of its dataset (as filtered), 1 for the largest value
      // of the field; "ascending" makes 1 the smallest. Ties share the better place.
      {"rank", 1, 2,
       [](const Call& c) {
         if (c.input.kind != Value::Kind::row) c.fail_input("a row such as fdi[\"Korea\"]");
         const Node& field_node = c.arg_node(0);
         std::string field = field_node.kind == Node::Kind::name
                                 ? field_node.text
                                 : c.text_arg(0, "", "a field name");
         const model::Column* column = c.input.data->find(field);
         if (!column || column->type != model::ColumnType::number)
           throw ExprError(
               field_node.offset,
               fmt::format("a numeric field of \"{}\" ({})", c.input.data->name,
                           join(c.input.data->field_names())),
               fmt::format("\"{}\"", field), column ? "" : [&] {
                 auto m = spec::closest_match(field, c.input.data->field_names());
                 return m.empty() ? std::string() : fmt::format("did you mean \"{}\"?", m);
               }());
         std::string order = c.text_arg(1, "descending", "\"ascending\" or \"descending\"");
         if (order != "ascending" && order != "descending")
           throw ExprError(c.arg_node(1).offset, "\"ascending\" or \"descending\"",
                           fmt::format("\"{}\"", order));
         auto own = column->numbers()[c.input.row];
         if (!own)
           throw ExprError(field_node.offset, "a row with a value to rank", "an empty cell");
         double place = 1;
         for (size_t r : c.input.rows) {
           auto other = column->numbers()[r];
           if (other && (order == "descending" ? *other > *own : *other < *own)) ++place;
         }
         return Value::of_number(place);
       }},
      // if(condition, then, otherwise): words that depend on the data ("more" or "less").
      {"if", 2, 2,
       [](const Call& c) {
         if (c.input.kind != Value::Kind::boolean)
           throw ExprError(c.input_node().offset, "true or false (a comparison) for if",
                           describe(c.input));
         return c.input.boolean ? c.arg(0) : c.arg(1);
       }},
      {"round", 0, 1,
       [](const Call& c) {
         double v = require_number(c.input, c.input_node(), "a number to round");
         double scale = std::pow(10.0, c.number_arg(0, 0, "a number of decimals"));
         return Value::of_number(std::round(v * scale) / scale);
       }},
      {"abs", 0, 0,
       [](const Call& c) {
         return Value::of_number(
             std::fabs(require_number(c.input, c.input_node(), "a number for abs")));
       }},
      {"number", 0, 1,
       [](const Call& c) {
         auto format = style(spec::NumberStyle::decimal);
         if (c.arg_count())
           format.decimals = static_cast<int>(c.number_arg(0, 0, "a number of decimals"));
         return formatted(c, format);
       }},
      {"fixed", 1, 1,
       [](const Call& c) {
         auto format = style(spec::NumberStyle::decimal);
         format.decimals = static_cast<int>(c.number_arg(0, 0, "a number of decimals"));
         return formatted(c, format);
       }},
      // money(magnitude, currency, display): "US$1.2 billion", "1.2 billion US dollars".
      {"money", 0, 3,
       [](const Call& c) {
         auto format = style(spec::NumberStyle::currency);
         format.trim_zeros = true;
         format.magnitude = c.number_arg(0, 1, "the data's unit, such as 1e6 for millions");
         format.currency = c.text_arg(1, "USD", "an ISO 4217 currency code such as \"USD\"");
         bool code = format.currency.size() == 3 &&
                     std::all_of(format.currency.begin(), format.currency.end(),
                                 [](char ch) { return ch >= 'A' && ch <= 'Z'; });
         if (!code)
           throw ExprError(c.arg_node(1).offset, "an ISO 4217 currency code such as \"USD\"",
                           fmt::format("\"{}\"", format.currency));
         format.currency_display = c.text_arg(2, "symbol", "\"symbol\", \"code\" or \"name\"");
         if (format.currency_display != "symbol" && format.currency_display != "code" &&
             format.currency_display != "name")
           throw ExprError(c.arg_node(2).offset, "\"symbol\", \"code\" or \"name\"",
                           fmt::format("\"{}\"", format.currency_display));
         return formatted(c, format);
       }},
      {"compact", 0, 1,
       [](const Call& c) {
         auto format = style(spec::NumberStyle::compact);
         format.trim_zeros = true;
         format.magnitude = c.number_arg(0, 1, "the data's unit, such as 1e6 for millions");
         return formatted(c, format);
       }},
      {"percent", 0, 1,
       [](const Call& c) {
         auto format = style(spec::NumberStyle::percent);
         if (c.arg_count())
           format.decimals = static_cast<int>(c.number_arg(0, 0, "a number of decimals"));
         return formatted(c, format);
       }},
      {"year", 0, 0, [](const Call& c) { return formatted(c, style(spec::NumberStyle::year)); }},
      {"date", 0, 1,
       [](const Call& c) {
         std::string skeleton = c.text_arg(0, "", "an ICU date skeleton such as \"yMMM\"");
         if (!skeleton.empty() && !text::date_skeleton_error(skeleton).empty())
           throw ExprError(c.arg_node(0).offset, "an ICU date skeleton such as \"yMMMd\"",
                           fmt::format("\"{}\"", skeleton));
         std::string written = c.input.kind == Value::Kind::number
                                   ? fmt::format("{}", c.input.number)
                               : c.input.kind == Value::Kind::text ? c.input.text
                                                                   : "";
         if (written.empty()) c.fail_input("a date such as \"2019-03-15\" or a year");
         return Value::of_text(text::format_date_text(written, skeleton, c.scope.locale()));
       }},
      {"ordinal", 0, 0,
       [](const Call& c) {
         double v = require_number(c.input, c.input_node(), "a number for ordinal");
         return Value::of_text(text::icu_ordinal_digits(v, c.scope.locale()));
       }},
      {"spellout", 0, 0,
       [](const Call& c) {
         double v = require_number(c.input, c.input_node(), "a number for spellout");
         return Value::of_text(text::icu_spellout(v, false, c.scope.locale()));
       }},
      {"spellout_ordinal", 0, 0,
       [](const Call& c) {
         double v = require_number(c.input, c.input_node(), "a number for spellout_ordinal");
         return Value::of_text(text::icu_spellout(v, true, c.scope.locale()));
       }},
      {"message", 1, 1,
       [](const Call& c) {
         double v = require_number(c.input, c.input_node(), "a number for message");
         std::string pattern = c.text_arg(0, "", "an ICU MessageFormat pattern in quotes");
         std::string out, error;
         if (!text::icu_message(pattern, v, c.scope.locale(), out, error))
           throw ExprError(c.arg_node(0).offset, error,
                           fmt::format("\"{}\"", quote_for_message(pattern)));
         return Value::of_text(out);
       }},
  };
  return table;
}

}  // namespace

std::vector<std::string> function_names() {
  std::vector<std::string> names;
  for (const auto& f : functions()) names.emplace_back(f.name);
  return names;
}

Value call_function(const Node& node, const Scope& scope, const RowScope* row) {
  const Function* function = nullptr;
  for (const auto& f : functions())
    if (node.text == f.name) function = &f;
  if (!function) {
    std::string match = spec::closest_match(node.text, function_names());
    throw ExprError(node.name_offset, fmt::format("a function ({})", join(function_names())),
                    fmt::format("\"{}\"", node.text),
                    match.empty() ? "" : fmt::format("did you mean \"{}\"?", match));
  }
  if (node.children.empty())
    throw ExprError(node.name_offset,
                    fmt::format("a value for {} (write value | {} or {}(value))", node.text,
                                node.text, node.text),
                    "none");
  size_t args = node.children.size() - 1;
  if (args < function->min_args || args > function->max_args) {
    std::string expected = function->min_args == function->max_args
                               ? fmt::format("{} argument{} for {}", function->min_args,
                                             function->min_args == 1 ? "" : "s", node.text)
                               : fmt::format("{} to {} arguments for {}", function->min_args,
                                             function->max_args, node.text);
    throw ExprError(node.name_offset, expected, fmt::format("{}", args));
  }
  Call call{node, scope, row, evaluate(*node.children[0], scope, row)};
  return function->run(call);
}

}  // namespace folio::expr
