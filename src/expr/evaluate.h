#pragma once
#include <string>

#include "expr/ast.h"
#include "expr/scope.h"
#include "expr/value.h"

namespace folio::expr {

// A row of a dataset whose fields are names too: inside where(...), find(...) and dataset
// transforms.
struct RowScope {
  const model::Dataset* data = nullptr;
  size_t row = 0;
};

// Evaluates a parsed expression. Throws ExprError for unknown names, type errors and division
// by zero, at the offending node's offset.
Value evaluate(const Node& node, const Scope& scope, const RowScope* row = nullptr);

// Evaluates an expression that must give a single value (not a table, column or row) and
// writes it as text: numbers in the scope's locale ("1,234.5"), text as it is.
std::string evaluate_to_text(const Node& node, const Scope& scope);
// ... or that must give a number (stat tile values).
double evaluate_to_number(const Node& node, const Scope& scope);
// ... or true or false, for a row (dataset transforms' "where").
bool evaluate_condition(const Node& node, const Scope& scope, const RowScope& row);

}  // namespace folio::expr
