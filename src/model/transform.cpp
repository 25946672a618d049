#include "model/transform.h"

#include <fmt/format.h>

#include <algorithm>

#include "core/strings.h"
#include "expr/evaluate.h"
#include "expr/expr_error.h"
#include "expr/parse_expression.h"
#include "spec/node.h"

namespace folio::model {
namespace {

[[noreturn]] void fail(const spec::JsonDocument& doc, const std::string& pointer,
                       const Dataset& data, const std::string& field) {
  auto names = data.field_names();
  std::string match = spec::closest_match(field, names);
  throw InputError(doc.locate(pointer),
                   fmt::format("a field of dataset \"{}\" ({})", data.name, join(names)),
                   fmt::format("\"{}\"", quote_for_message(field)),
                   match.empty() ? "" : fmt::format("did you mean \"{}\"?", match));
}

size_t index_of(const Dataset& data, const std::string& field, const spec::JsonDocument& doc,
                const std::string& pointer) {
  for (size_t i = 0; i < data.columns.size(); ++i)
    if (data.columns[i].name == field) return i;
  fail(doc, pointer, data, field);
}

void keep_rows(Dataset& data, const std::vector<size_t>& rows) {
  for (auto& column : data.columns) {
    Column kept;
    kept.name = column.name;
    kept.type = column.type;
    kept.reserve(rows.size());
    for (size_t r : rows) kept.append_from(column, r);
    column = std::move(kept);
  }
  data.rows = rows.size();
}

void where(Dataset& data, const spec::Transform& step, const spec::JsonDocument& doc,
           const expr::Scope& scope) {
  std::string pointer = step.pointer + "/where";
  try {
    size_t from = step.expression.find_first_not_of(" \t\n");
    bool braces = from != std::string::npos && step.expression.compare(from, 2, "{{") == 0;
    auto condition = expr::parse_expression(step.expression, braces ? from + 2 : 0, braces);
    std::vector<size_t> rows;
    for (size_t r = 0; r < data.rows; ++r)
      if (expr::evaluate_condition(*condition, scope, {&data, r})) rows.push_back(r);
    keep_rows(data, rows);
  } catch (const expr::ExprError& error) {
    throw InputError(doc.locate_in_string(pointer, error.offset), error.expected, error.found,
                     error.hint);
  }
}

// The columns an unpivot folds: names, and ranges "1960..2023" of neighbouring columns.
std::vector<size_t> folded_columns(const Dataset& data, const spec::Transform& step,
                                   const spec::JsonDocument& doc) {
  std::vector<size_t> folded;
  for (size_t i = 0; i < step.fields.size(); ++i) {
    std::string pointer = fmt::format("{}/unpivot/columns/{}", step.pointer, i);
    const std::string& entry = step.fields[i];
    auto dots = entry.find("..");
    if (dots == std::string::npos || data.find(entry)) {
      folded.push_back(index_of(data, entry, doc, pointer));
      continue;
    }
    size_t first = index_of(data, entry.substr(0, dots), doc, pointer);
    size_t last = index_of(data, entry.substr(dots + 2), doc, pointer);
    if (last < first)
      throw InputError(doc.locate(pointer), "a range from an earlier column to a later one",
                       fmt::format("\"{}\"", entry));
    for (size_t c = first; c <= last; ++c) folded.push_back(c);
  }
  return folded;
}

void unpivot(Dataset& data, const spec::Transform& step, const spec::JsonDocument& doc) {
  auto folded = folded_columns(data, step, doc);
  for (const auto& name : {step.key, step.value})
    if (data.find(name) && std::none_of(folded.begin(), folded.end(),
                                        [&](size_t c) { return data.columns[c].name == name; }))
      throw InputError(doc.locate(step.pointer + "/unpivot"),
                       "new column names that the dataset does not have yet",
                       fmt::format("\"{}\"", name));
  Dataset out;
  out.name = data.name;
  out.key = data.key;
  out.title = data.title;
  out.source = data.source;
  out.note = data.note;
  std::vector<size_t> kept;
  for (size_t c = 0; c < data.columns.size(); ++c)
    if (std::find(folded.begin(), folded.end(), c) == folded.end()) kept.push_back(c);
  for (size_t c : kept) {
    Column column;
    column.name = data.columns[c].name;
    column.type = data.columns[c].type;
    out.columns.push_back(std::move(column));
  }
  Column key, value;
  key.name = step.key, key.type = ColumnType::text;
  value.name = step.value, value.type = ColumnType::empty;
  // Year columns ("1960", "1961", ...) fold into a number column of years.
  std::vector<OptionalNumber> names;
  for (size_t c : folded) {
    char* stop = nullptr;
    const std::string& name = data.columns[c].name;
    double number = std::strtod(name.c_str(), &stop);
    names.push_back(*stop == '\0' && !name.empty() ? OptionalNumber(number) : std::nullopt);
  }
  bool numeric_keys =
      std::all_of(names.begin(), names.end(), [](const auto& n) { return n.has_value(); });
  if (numeric_keys) key.type = ColumnType::number;
  // The value column's type first: folded columns of different kinds make a text column,
  // written as the cells were.
  for (size_t c : folded) {
    const Column& source = data.columns[c];
    bool any = false;
    for (size_t r = 0; r < data.rows && !any; ++r) any = source.has_text(r);
    if (!any) continue;
    if (value.type == ColumnType::empty)
      value.type = source.type;
    else if (value.type != source.type)
      value.type = ColumnType::text;
  }
  for (size_t r = 0; r < data.rows; ++r) {
    for (size_t k = 0; k < folded.size(); ++k) {
      const Column& source = data.columns[folded[k]];
      for (size_t i = 0; i < kept.size(); ++i) out.columns[i].append_from(data.columns[kept[i]], r);
      key.append(numeric_keys ? names[k] : std::nullopt, source.name);
      value.append(value.type == ColumnType::text ? std::nullopt : source.number(r),
                   source.text(r));
    }
  }
  out.columns.push_back(std::move(key));
  out.columns.push_back(std::move(value));
  out.rows = data.rows * folded.size();
  out.locate_cell = nullptr;  // rows no longer match the file's lines
  data = std::move(out);
}

}  // namespace

void apply_transforms(Dataset& data, const std::vector<spec::Transform>& steps,
                      const spec::JsonDocument& doc, const expr::Scope& scope) {
  for (const auto& step : steps) {
    switch (step.kind) {
      case spec::Transform::Kind::where:
        where(data, step, doc, scope);
        data.locate_cell = nullptr;
        break;
      case spec::Transform::Kind::select: {
        std::vector<Column> kept;
        for (size_t i = 0; i < step.fields.size(); ++i)
          kept.push_back(data.columns[index_of(data, step.fields[i], doc,
                                               fmt::format("{}/select/{}", step.pointer, i))]);
        data.columns = std::move(kept);
        break;
      }
      case spec::Transform::Kind::rename:
        for (const auto& [from, to] : step.names) {
          std::string pointer = step.pointer + "/rename/" + spec::pointer_token(from);
          size_t index = index_of(data, from, doc, pointer);
          if (data.find(to) && to != from)
            throw InputError(doc.locate(pointer), "a name the dataset does not have yet",
                             fmt::format("\"{}\"", to));
          data.columns[index].name = to;
        }
        break;
      case spec::Transform::Kind::unpivot:
        unpivot(data, step, doc);
        break;
    }
  }
}

}  // namespace folio::model
