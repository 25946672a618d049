#include "model/dataset.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <optional>

#include "core/file_read.h"
#include "core/limits.h"
#include "core/strings.h"
#include "expr/scope.h"
#include "model/csv_dataset.h"
#include "model/transform.h"

namespace folio::model {
namespace {

const char* type_name(ColumnType type) {
  switch (type) {
    case ColumnType::number:
      return "a number";
    case ColumnType::text:
      return "a string";
    case ColumnType::boolean:
      return "true or false";
    default:
      return "a value";
  }
}

ColumnType type_of(const spec::Json& value) {
  if (value.is_number()) return ColumnType::number;
  if (value.is_string()) return ColumnType::text;
  if (value.is_boolean()) return ColumnType::boolean;
  return ColumnType::empty;
}

// A JSON number as the column keeps it written: what nlohmann's dump() gives, with whole
// numbers written straight from their integer (the same digits, without dump()'s serializer:
// a file of ten million records spent a sixth of its reading there).
std::string json_number_text(const spec::Json& value) {
  char digits[24];
  std::to_chars_result written{};
  if (value.is_number_unsigned())  // before is_number_integer, which is true for both
    written = std::to_chars(digits, digits + sizeof digits, value.get<std::uint64_t>());
  else if (value.is_number_integer())
    written = std::to_chars(digits, digits + sizeof digits, value.get<std::int64_t>());
  else
    return value.dump();
  return std::string(digits, written.ptr);
}

// A cell's value, of `type` (its type_of, which the column takes), appended to the column.
void append_value(Column& column, const spec::Json& value, ColumnType type) {
  if (type == ColumnType::number)
    column.append(value.get<double>(), json_number_text(value));
  else if (type == ColumnType::boolean)
    column.append(value.get<bool>() ? 1.0 : 0.0, value.get<bool>() ? "true" : "false");
  else if (type == ColumnType::text)
    column.append(std::nullopt, value.get_ref<const std::string&>());
  else
    column.append_null();
}

void append_cell(Column& column, const spec::Node& cell) {
  const auto& value = cell.json();
  if (value.is_object() || value.is_array())
    cell.fail("a number, string, boolean or null in a data cell");
  ColumnType type = type_of(value);
  if (type != ColumnType::empty) {
    if (column.type == ColumnType::empty) {
      column.type = type;
    } else if (column.type != type) {
      cell.fail(
          fmt::format("{} like the rest of field \"{}\"", type_name(column.type), column.name),
          type == ColumnType::text && column.type == ColumnType::number
              ? "write numbers without quotes, with '.' for decimals"
              : "");
    }
  }
  append_value(column, value, type);
}

Column& column_named(Dataset& dataset, const std::string& name) {
  for (auto& column : dataset.columns)
    if (column.name == name) return column;
  Column column;
  column.name = name;
  // A field first seen in a later record is empty in the records before it.
  column.pad_to(dataset.rows);
  dataset.columns.push_back(std::move(column));
  return dataset.columns.back();
}

}  // namespace

const Column* Dataset::find(const std::string& field) const {
  for (const auto& column : columns)
    if (column.name == field) return &column;
  return nullptr;
}

std::vector<std::string> Dataset::field_names() const {
  std::vector<std::string> names;
  for (const auto& column : columns) names.push_back(column.name);
  return names;
}

namespace {

// The record's text, read from the file, as a document located where it stands there.
spec::JsonDocument record_document(const spec::JsonDocument& file, const OpenFile& open, size_t row,
                                   size_t start, size_t end) {
  std::string text;
  if (!open.read(start, end - start, text)) throw file_changed_error(file.file(), "");
  return spec::JsonDocument::parse_piece(std::move(text),
                                         file.locate_offset(start, fmt::format("/{}", row)));
}

// A file that is one array of records, read a piece at a time and scanned once, each record
// into the columns as soon as it is read: neither the file's text nor a tree of it is ever
// held (a million records made 270 MB of a tree). A record the columns cannot take (not an
// object, a nested value, a type unlike its field's) stops the filling; once the rest of the
// file has been checked (its syntax is reported first, as a tree's would be), that record is
// read again on its own and checked as the path below checks a tree's, for the same error.
Dataset stream_json_records(const spec::Dataset& source) {
  Dataset dataset;
  std::optional<std::array<size_t, 3>> refused;  // row, start, end
  auto take = [&](const spec::Json& record, size_t row, size_t start, size_t end) {
    if (refused) return;
    // Past the row limit nothing more is kept, only counted: the dataset is refused for it
    // (load_dataset) once the file's syntax has been checked.
    if (row >= limits::kDatasetRows) {
      if (row == limits::kDatasetRows) dataset.columns.clear();
      dataset.rows = row + 1;
      return;
    }
    if (!record.is_object()) {
      refused = {row, start, end};
      return;
    }
    size_t next = 0;  // where the next field is looked for first: records repeat their order
    for (const auto& [name, value] : record.items()) {
      Column& column = next < dataset.columns.size() && dataset.columns[next].name == name
                           ? dataset.columns[next]
                           : column_named(dataset, name);
      next = static_cast<size_t>(&column - dataset.columns.data()) + 1;
      ColumnType type = type_of(value);
      if (value.is_object() || value.is_array() ||
          (type != ColumnType::empty && column.type != ColumnType::empty && column.type != type)) {
        refused = {row, start, end};
        return;
      }
      if (type != ColumnType::empty) column.type = type;
      append_value(column, value, type);
    }
    ++dataset.rows;
    for (auto& column : dataset.columns) column.pad_to(dataset.rows);
  };
  const auto& open = source.json_records_open;
  auto doc = spec::JsonDocument::scan_array_file(open, source.json_records_file, take);
  if (refused) {
    auto [row, start, end] = *refused;
    auto record = record_document(*doc, *open, row, start, end);
    spec::Node node(record, record.root(), "");
    // The columns as the records before it left them: the checks a tree's record gets.
    if (!node.is_object()) node.fail("a record (an object of field: value)");
    for (const auto& [name, cell] : node.members()) append_cell(column_named(dataset, name), cell);
    node.fail("a record the columns can take");  // not reached: the checks above refuse it
  }
  dataset.locate_cell = [doc, open](size_t row, const std::string& field, size_t offset) {
    // The record found by scanning the file again up to it.
    struct Found {};
    size_t start = 0, end = 0;
    try {
      spec::JsonDocument::scan_array_file(open, doc->path(),
                                          [&](const spec::Json&, size_t index, size_t s, size_t e) {
                                            if (index < row) return;
                                            start = s, end = e;
                                            throw Found{};
                                          });
      return doc->locate_offset(0, fmt::format("/{}/{}", row, spec::pointer_token(field)));
    } catch (const Found&) {
    }
    auto record = record_document(*doc, *open, row, start, end);
    return record.locate_in_string("/" + spec::pointer_token(field), offset);
  };
  return dataset;
}

Dataset load_json_dataset(const spec::Dataset& source) {
  if (source.json_records_open) return stream_json_records(source);
  Dataset dataset;
  dataset.name = source.name;
  dataset.key = source.key;
  dataset.title = source.title.empty() ? source.name : source.title;
  dataset.source = source.source;
  dataset.note = source.note;
  const auto& doc = *source.file;
  const auto& json = source.values_pointer.empty()
                         ? doc.root()
                         : doc.root().at(spec::Json::json_pointer(source.values_pointer));
  spec::Node values(doc, json, source.values_pointer);
  bool records = !values.is_object();
  dataset.locate_cell = [&doc, pointer = source.values_pointer, records](
                            size_t row, const std::string& field, size_t offset) {
    std::string cell = records ? fmt::format("{}/{}/{}", pointer, row, spec::pointer_token(field))
                               : fmt::format("{}/{}/{}", pointer, spec::pointer_token(field), row);
    return doc.locate_in_string(cell, offset);
  };
  if (values.is_object()) {
    for (const auto& [name, cells] : values.members()) {
      auto elements = cells.elements();
      if (!dataset.columns.empty() && elements.size() != dataset.rows)
        cells.fail(fmt::format("{} values, as many as in field \"{}\"", dataset.rows,
                               dataset.columns.front().name));
      dataset.rows = elements.size();
      Column column;
      column.name = name;
      for (const auto& cell : elements) append_cell(column, cell);
      dataset.columns.push_back(std::move(column));
    }
  } else {
    for (const auto& record : values.elements()) {
      if (!record.is_object()) record.fail("a record (an object of field: value)");
      for (const auto& [name, cell] : record.members())
        append_cell(column_named(dataset, name), cell);
      ++dataset.rows;
      for (auto& column : dataset.columns) column.pad_to(dataset.rows);
    }
  }
  return dataset;
}

}  // namespace

Dataset load_dataset(const spec::Dataset& source, const expr::Scope* scope) {
  Dataset dataset =
      source.csv_open || source.csv_bytes ? load_csv_dataset(source) : load_json_dataset(source);
  dataset.name = source.name;
  dataset.key = source.key;
  dataset.title = source.title.empty() ? source.name : source.title;
  dataset.source = source.source;
  dataset.note = source.note;
  if (!source.transforms.empty()) {
    expr::Scope empty("en");
    // Transforms are written in the document: their errors point there.
    apply_transforms(dataset, source.transforms, *source.document, scope ? *scope : empty);
  }
  if (dataset.rows > limits::kDatasetRows)
    throw InputError(source.document->locate(source.pointer),
                     fmt::format("a dataset of at most {} rows", limits::kDatasetRows),
                     fmt::format("{} rows", dataset.rows));
  return dataset;
}

const Column& require_field(const Dataset& dataset, const std::string& field, FieldUse use,
                            const spec::JsonDocument& doc, const std::string& where) {
  const Column* column = dataset.find(field);
  // An empty dataset has no fields to check against: any field is an empty column, and the
  // chart says "No data".
  static const Column kEmptyColumn{};
  if (!column && dataset.rows == 0) return kEmptyColumn;
  if (!column) {
    auto names = dataset.field_names();
    std::string list = join(names);
    std::string suggestion = spec::closest_match(field, names);
    throw InputError(doc.locate(where),
                     fmt::format("a field of dataset \"{}\" ({})", dataset.name, list),
                     fmt::format("\"{}\"", quote_for_message(field)),
                     suggestion.empty() ? "" : fmt::format("did you mean \"{}\"?", suggestion));
  }
  if (use == FieldUse::numeric && column->type != ColumnType::number &&
      column->type != ColumnType::empty)
    throw InputError(doc.locate(where), "a numeric field",
                     fmt::format("field \"{}\" holding {}s", field,
                                 column->type == ColumnType::text ? "string" : "boolean"));
  return *column;
}

}  // namespace folio::model
