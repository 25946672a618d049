#pragma once
#include <string_view>

#include "expr/ast.h"

namespace folio::expr {

// Parses the expression that starts at byte `from` of `source` and runs to the end, or, when
// `until_braces` is set, to the first "}}" outside a string literal. Offsets in the tree and
// in errors count from the start of `source`. `*stop` receives where parsing ended (the "}}").
// Throws ExprError.
NodePtr parse_expression(std::string_view source, size_t from, bool until_braces,
                         size_t* stop = nullptr);

}  // namespace folio::expr
