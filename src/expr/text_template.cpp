#include "expr/text_template.h"

#include "expr/evaluate.h"
#include "expr/expr_error.h"
#include "expr/parse_expression.h"

namespace folio::expr {
namespace {

std::string escape_markdown(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (std::string_view("*_[]^\\()").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

}  // namespace

bool has_expressions(std::string_view text) {
  return text.find("{{") != std::string_view::npos;
}

std::string render_template(std::string_view text, const Scope& scope, Insert insert) {
  std::string out;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t open = text.find("{{", pos);
    if (open == std::string_view::npos) {
      out += text.substr(pos);
      break;
    }
    out += text.substr(pos, open - pos);
    size_t stop = 0;
    auto node = parse_expression(text, open + 2, true, &stop);
    std::string value = evaluate_to_text(*node, scope);
    out += insert == Insert::markdown ? escape_markdown(value) : value;
    pos = stop + 2;
  }
  return out;
}

double template_number(std::string_view text, const Scope& scope) {
  size_t open = text.find_first_not_of(" \t\n");
  if (open == std::string_view::npos || text.compare(open, 2, "{{") != 0)
    throw ExprError(0, "a number, or one {{ expression }} giving a number", "other text");
  size_t stop = 0;
  auto node = parse_expression(text, open + 2, true, &stop);
  if (text.find_first_not_of(" \t\n", stop + 2) != std::string_view::npos)
    throw ExprError(stop + 2, "nothing after the expression", "more text");
  return evaluate_to_number(*node, scope);
}

}  // namespace folio::expr
