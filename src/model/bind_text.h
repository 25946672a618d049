#pragma once
// Texts that quote the data: every string a reader sees (headings, paragraphs, titles, tile
// values, cover lines) may hold {{ expressions }}, evaluated here once the datasets are typed.
#include <string>

#include "expr/scope.h"
#include "expr/text_template.h"
#include "spec/json_document.h"

namespace folio::model {

class TextBinder {
 public:
  explicit TextBinder(const expr::Scope& scope) : scope_(scope) {}

  // `text` (the string at `pointer` in `doc`) with its expressions replaced by their values;
  // errors name the file, line and column of the expression's faulty character.
  std::string text(const std::string& text, const spec::JsonDocument& doc,
                   const std::string& pointer, expr::Insert insert = expr::Insert::plain) const;
  // The same for a text whose place `locate` finds (a data cell).
  std::string text(const std::string& text, const expr::Locator& locate,
                   expr::Insert insert = expr::Insert::plain) const;
  // A stat tile's "{{ ... }}" value.
  double number(const std::string& text, const spec::JsonDocument& doc,
                const std::string& pointer) const;
  // The same bindings, writing numbers in another language (a chart's own "language").
  TextBinder in_language(const std::string& language) const;
  const expr::Scope& scope() const { return scope_; }

 private:
  expr::Scope scope_;
};

// The scope's locator for the string at `pointer`: where byte n of it stands in the file.
expr::Locator string_locator(const spec::JsonDocument& doc, const std::string& pointer);

struct Dataset;
// A copy of `data` whose text cells have their expressions evaluated (a table of key figures
// that quotes other datasets), or null when no cell holds one.
std::shared_ptr<const Dataset> bind_cells(const Dataset& data, const TextBinder& binder);

}  // namespace folio::model
