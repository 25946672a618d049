#include "core/errors.h"

#include <fmt/format.h>

namespace folio {
namespace {

std::string format_error(const SourceLocation& where, const std::string& expected,
                         const std::string& found, const std::string& hint) {
  std::string position = where.file;
  if (where.line > 0) position += fmt::format(":{}:{}", where.line, where.column);
  std::string pointer = where.pointer.empty() ? "/" : where.pointer;
  std::string message =
      fmt::format("{}: error: {}: expected {}, found {}", position, pointer, expected, found);
  if (!hint.empty()) message += fmt::format(" ({})", hint);
  return message;
}

}  // namespace

InputError::InputError(SourceLocation where, std::string expected, std::string found,
                       std::string hint)
    : std::runtime_error(format_error(where, expected, found, hint)),
      where_(std::move(where)),
      expected_(std::move(expected)),
      found_(std::move(found)) {}

std::string format_warning(const SourceLocation& where, const std::string& message) {
  std::string position = where.file;
  if (where.line > 0) position += fmt::format(":{}:{}", where.line, where.column);
  return fmt::format("{}: warning: {}: {}", position, where.pointer.empty() ? "/" : where.pointer,
                     message);
}

std::string quote_for_message(const std::string& text, size_t max_chars) {
  std::string shown;
  size_t chars = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if ((c & 0xC0) != 0x80 && ++chars > max_chars) {
      shown += "...";
      break;
    }
    shown += (c == '\n' || c == '\r' || c == '\t') ? ' ' : static_cast<char>(c);
  }
  return shown;
}

}  // namespace folio
