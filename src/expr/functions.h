#pragma once
// The functions and filters of the expression language (filters.cpp); evaluate.cpp calls
// them for every call node.
#include <string>
#include <vector>

#include "expr/evaluate.h"

namespace folio::expr {

Value call_function(const Node& call, const Scope& scope, const RowScope* row);
std::vector<std::string> function_names();

// Shared by both files: the value's number, or an ExprError naming what it is instead.
double require_number(const Value& value, const Node& where, const std::string& what);

}  // namespace folio::expr
