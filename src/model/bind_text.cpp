#include "model/bind_text.h"

#include "expr/expr_error.h"

namespace folio::model {

expr::Locator string_locator(const spec::JsonDocument& doc, const std::string& pointer) {
  return [&doc, pointer](size_t offset) { return doc.locate_in_string(pointer, offset); };
}

std::string TextBinder::text(const std::string& text, const spec::JsonDocument& doc,
                             const std::string& pointer, expr::Insert insert) const {
  if (!expr::has_expressions(text)) return text;
  try {
    return expr::render_template(text, scope_, insert);
  } catch (const expr::ExprError& error) {
    throw InputError(doc.locate_in_string(pointer, error.offset), error.expected, error.found,
                     error.hint);
  }
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
