#pragma once
// Text with expressions in it: "Trade reached {{ trade.usd_m | last | money(1e6) }}."
#include <string>
#include <string_view>

#include "expr/scope.h"

namespace folio::expr {

// How an inserted value is protected from the text around it: Markdown text (paragraphs,
// list items, callouts) gets its markup characters escaped, so a quoted "*" stays a "*".
enum class Insert { plain, markdown };

bool has_expressions(std::string_view text);

// The text with every {{ expression }} replaced by its value. Throws ExprError at the byte
// of `text` where something is wrong.
std::string render_template(std::string_view text, const Scope& scope, Insert insert);

// A text that is one expression alone ("{{ x | sum }}", as stat tile values are): its
// number. Throws ExprError when the text is anything else.
double template_number(std::string_view text, const Scope& scope);

}  // namespace folio::expr
