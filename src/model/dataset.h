#pragma once
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "model/column.h"
#include "spec/document.h"
#include "spec/node.h"

namespace folio::expr {
class Scope;
}

namespace folio::model {

struct Dataset {
  std::string name;
  std::string key;  // the field `name[key]` looks rows up by; the first text field when empty
  std::string title;
  std::string source;
  std::string note;
  size_t rows = 0;
  std::vector<Column> columns;
  // Where byte `offset` of the cell (row, field) stands in its file, for errors found later
  // (an expression in a text cell); empty when the data has no file position.
  std::function<SourceLocation(size_t row, const std::string& field, size_t offset)> locate_cell;

  const Column* find(const std::string& field) const;
  std::vector<std::string> field_names() const;
};

// Types the records or columns of a dataset (JSON or CSV) and applies its transforms, whose
// where expressions may use `scope`'s names (parameters); throws InputError at the offending
// cell or step.
Dataset load_dataset(const spec::Dataset& dataset, const expr::Scope* scope = nullptr);

// Looks up a field a chart or table names; `where` is the field's place in the document.
enum class FieldUse { any, numeric, text };
const Column& require_field(const Dataset& dataset, const std::string& field, FieldUse use,
                            const spec::JsonDocument& doc, const std::string& where);

}  // namespace folio::model
