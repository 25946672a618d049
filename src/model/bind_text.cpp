#include "model/bind_text.h"

#include "expr/expr_error.h"
#include "model/dataset.h"

namespace folio::model {

expr::Locator string_locator(const spec::JsonDocument& doc, const std::string& pointer) {
  return [&doc, pointer](size_t offset) { return doc.locate_in_string(pointer, offset); };
}

std::string TextBinder::text(const std::string& text, const spec::JsonDocument& doc,
                             const std::string& pointer, expr::Insert insert) const {
  if (!expr::has_expressions(text)) return text;
  return this->text(text, string_locator(doc, pointer), insert);
}

std::string TextBinder::text(const std::string& text, const expr::Locator& locate,
                             expr::Insert insert) const {
  if (!expr::has_expressions(text)) return text;
  try {
    return expr::render_template(text, scope_, insert);
  } catch (const expr::ExprError& error) {
    throw InputError(locate(error.offset), error.expected, error.found, error.hint);
  }
}

std::shared_ptr<const Dataset> bind_cells(const Dataset& data, const TextBinder& binder) {
  std::shared_ptr<Dataset> bound;
  for (size_t c = 0; c < data.columns.size(); ++c) {
    const Column& column = data.columns[c];
    if (column.type != ColumnType::text) continue;
    std::optional<Column> written;  // the column again, once a cell has an expression
    for (size_t row = 0; row < data.rows; ++row) {
      auto cell = column.text(row);
      if (!cell || !expr::has_expressions(*cell)) {
        if (written) written->append_from(column, row);
        continue;
      }
      if (!written) {
        written.emplace();
        written->name = column.name, written->type = column.type;
        for (size_t before = 0; before < row; ++before) written->append_from(column, before);
      }
      auto locate = [&data, row, &column](size_t offset) {
        return data.locate_cell ? data.locate_cell(row, column.name, offset) : SourceLocation{};
      };
      written->append(column.number(row), binder.text(*cell, locate));
    }
    if (!written) continue;
    if (!bound) bound = std::make_shared<Dataset>(data);
    bound->columns[c] = std::move(*written);
  }
  return bound;
}

double TextBinder::number(const std::string& text, const spec::JsonDocument& doc,
                          const std::string& pointer) const {
  try {
    return expr::template_number(text, scope_);
  } catch (const expr::ExprError& error) {
    throw InputError(doc.locate_in_string(pointer, error.offset), error.expected, error.found,
                     error.hint);
  }
}

TextBinder TextBinder::in_language(const std::string& language) const {
  return TextBinder(language.empty() ? scope_ : scope_.with_locale(language));
}

}  // namespace folio::model
