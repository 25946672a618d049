#pragma once
#include <stdexcept>
#include <string>

namespace folio::expr {

// A mistake in an expression, at byte `offset` of the string it was written in. The model
// stage turns it into an InputError at the file's line and column.
struct ExprError : std::runtime_error {
  ExprError(size_t offset, std::string expected, std::string found, std::string hint = "")
      : std::runtime_error(expected + ", found " + found),
        offset(offset),
        expected(std::move(expected)),
        found(std::move(found)),
        hint(std::move(hint)) {}
  size_t offset;
  std::string expected;
  std::string found;
  std::string hint;
};

}  // namespace folio::expr
