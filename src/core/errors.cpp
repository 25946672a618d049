#include "core/errors.h"

#include <fmt/format.h>

namespace folio {
namespace {

// A pointer into 256 nested arrays is 512 characters: keep its ends, which say where.
std::string shortened_pointer(const std::string& pointer) {
  if (pointer.empty()) return "/";
  constexpr size_t kEnds = 48;
  if (pointer.size() <= 2 * kEnds + 8) return pointer;
  size_t head = pointer.rfind('/', kEnds);
  size_t tail = pointer.find('/', pointer.size() - kEnds);
  if (head == std::string::npos || head == 0 || tail == std::string::npos || tail <= head)
    return pointer.substr(0, kEnds) + "..." + pointer.substr(pointer.size() - kEnds);
  return pointer.substr(0, head) + "/..." + pointer.substr(tail);
}

std::string format_error(const SourceLocation& where, const std::string& expected,
                         const std::string& found, const std::string& hint) {
  std::string position = where.file;
  if (where.line > 0) position += fmt::format(":{}:{}", where.line, where.column);
  std::string pointer = shortened_pointer(where.pointer);
  std::string message =
      fmt::format("{}: error: {}: expected {}, found {}", position, pointer, expected, found);
  if (!hint.empty()) message += fmt::format(" ({})", hint);
  return printable(message);
}

}  // namespace

InputError::InputError(SourceLocation where, std::string expected, std::string found,
                       std::string hint)
    : std::runtime_error(format_error(where, expected, found, hint)),
      where_(std::move(where)),
      expected_(std::move(expected)),
      found_(std::move(found)),
      hint_(std::move(hint)) {}

SourceLocation location_in_text(std::string file, std::string_view text, size_t offset,
                                std::string pointer) {
  SourceLocation where{std::move(file), 1, 1, std::move(pointer)};
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n' || (c == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
      ++where.line;
      where.column = 1;
    } else if (c != '\r' && (c & 0xC0) != 0x80) {
      ++where.column;
    }
  }
  return where;
}

std::string format_warning(const SourceLocation& where, const std::string& message) {
  std::string position = where.file;
  if (where.line > 0) position += fmt::format(":{}:{}", where.line, where.column);
  return printable(
      fmt::format("{}: warning: {}: {}", position, shortened_pointer(where.pointer), message));
}

size_t utf8_sequence_length(std::string_view text, size_t i) {
  auto byte = [&](size_t k) -> unsigned {
    return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0u;
  };
  unsigned lead = byte(0);
  if (lead < 0x80) return 1;
  size_t length = lead >= 0xC2 && lead <= 0xDF   ? 2
                  : lead >= 0xE0 && lead <= 0xEF ? 3
                  : lead >= 0xF0 && lead <= 0xF4 ? 4
                                                 : 0;
  if (length == 0) return 0;
  for (size_t k = 1; k < length; ++k)
    if ((byte(k) & 0xC0) != 0x80) return 0;
  unsigned second = byte(1);
  if (lead == 0xE0 && second < 0xA0) return 0;  // overlong
  if (lead == 0xED && second > 0x9F) return 0;  // UTF-16 surrogate
  if (lead == 0xF0 && second < 0x90) return 0;  // overlong
  if (lead == 0xF4 && second > 0x8F) return 0;  // past U+10FFFF
  return length;
}

namespace {

// Appends one character or byte at text[i], escaped if it would not print; returns its length.
size_t append_printable(const std::string& text, size_t i, std::string& out, bool spaces) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  size_t length = utf8_sequence_length(text, i);
  if (length == 0) {
    out += fmt::format("\\x{:02x}", c);
    return 1;
  }
  if (c < 0x20 || c == 0x7F) {
    if (spaces && (c == '\n' || c == '\r' || c == '\t'))
      out += ' ';
    else if (c == '\n')
      out += "\\n";
    else if (c == '\r')
      out += "\\r";
    else if (c == '\t')
      out += "\\t";
    else
      out += fmt::format("\\x{:02x}", c);
    return 1;
  }
  if (c == 0xC2 && static_cast<unsigned char>(text[i + 1]) < 0xA0) {  // C1 controls
    out += fmt::format("\\u{:04x}", static_cast<unsigned char>(text[i + 1]));
    return 2;
  }
  out.append(text, i, length);
  return length;
}

}  // namespace

std::string printable(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) i += append_printable(text, i, out, false);
  return out;
}

std::string quote_for_message(const std::string& text, size_t max_chars) {
  std::string shown;
  size_t chars = 0;
  for (size_t i = 0; i < text.size();) {
    if (++chars > max_chars) {
      shown += "...";
      break;
    }
    i += append_printable(text, i, shown, true);
  }
  return shown;
}

}  // namespace folio
