#include "expr/scope.h"

#include "expr/evaluate.h"
#include "expr/expr_error.h"
#include "expr/parse_expression.h"

namespace folio::expr {

void Scope::add_value(const std::string& name, std::string source, Locator locate) {
  (*values_)[name] = Named{std::move(source), std::move(locate), std::nullopt, false};
}

Scope Scope::with_locale(const std::string& locale) const {
  Scope copy = *this;
  copy.locale_ = locale;
  // Named values format nothing until a filter does, and filters belong to the expression
  // that uses them, so the cache of plain values can be shared.
  return copy;
}

std::optional<Value> Scope::find(const std::string& name) const {
  if (auto it = values_->find(name); it != values_->end()) {
    Named& named = it->second;
    if (named.value) return named.value;
    if (named.evaluating)
      throw InputError(named.locate(0), "a value that does not depend on itself",
                       "\"" + name + "\" used in its own definition");
    named.evaluating = true;
    try {
      // A named value may be written bare ("a / b") or as a template ("{{ a / b }}").
      size_t from = named.source.find_first_not_of(" \t\n");
      bool braces = from != std::string::npos && named.source.compare(from, 2, "{{") == 0;
      auto node = parse_expression(named.source, braces ? from + 2 : 0, braces);
      named.value = evaluate(*node, *this);
    } catch (const ExprError& error) {
      named.evaluating = false;
      throw InputError(named.locate(error.offset), error.expected, error.found, error.hint);
    }
    named.evaluating = false;
    return named.value;
  }
  if (auto it = params_.find(name); it != params_.end()) return it->second;
  if (auto it = datasets_.find(name); it != datasets_.end()) {
    std::vector<size_t> rows(it->second->rows);
    for (size_t i = 0; i < rows.size(); ++i) rows[i] = i;
    return Value::of_table(*it->second, std::move(rows));
  }
  return std::nullopt;
}

std::vector<std::string> Scope::names() const {
  std::vector<std::string> names;
  for (const auto& [name, value] : *values_) names.push_back(name);
  for (const auto& [name, value] : params_) names.push_back(name);
  for (const auto& [name, value] : datasets_) names.push_back(name);
  return names;
}

}  // namespace folio::expr
