#pragma once
#include <stdexcept>
#include <string>
#include <string_view>

namespace folio {

// Where in an input file something is: used by every error about user input.
struct SourceLocation {
  std::string file;
  int line = 0;         // 1-based; 0 when unknown
  int column = 0;       // 1-based, in characters
  std::string pointer;  // RFC 6901 JSON pointer, "" for the whole document
};

// Bad input: the CLI exits with code 2 and prints message() as one line.
class InputError : public std::runtime_error {
 public:
  InputError(SourceLocation where, std::string expected, std::string found, std::string hint = "");
  const SourceLocation& where() const { return where_; }
  const std::string& expected() const { return expected_; }
  const std::string& found() const { return found_; }
  const std::string& hint() const { return hint_; }

 private:
  SourceLocation where_;
  std::string expected_;
  std::string found_;
  std::string hint_;
};

// A bad command-line value (an option, an output name): exit code 2, "folio: error: ...".
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A failure while rendering valid input (a font missing, a write failing): exit code 1.
class RenderError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The line and column (in code points) of byte `offset` of `text`. Lines end at LF, CRLF or a
// lone CR (old Mac files), so every input file counts its lines alike.
SourceLocation location_in_text(std::string file, std::string_view text, size_t offset,
                                std::string pointer);

// "FILE:LINE:COL: warning: POINTER: MESSAGE": the shape of an input error, for what is drawn
// but may not be what was meant.
std::string format_warning(const SourceLocation& where, const std::string& message);

// Formats a JSON value or a string for an error message, shortened to stay on one line
// (white space shown as spaces, other control characters and invalid bytes escaped).
std::string quote_for_message(const std::string& text, size_t max_chars = 40);

// `text` safe to print on a terminal, on one line: control characters (C0, DEL, C1) written
// as \n, \x1b or \u0085 and bytes that are not UTF-8 as \xff, so a file name or value can
// neither move the cursor, ring the bell nor cut the message short (NUL).
std::string printable(const std::string& text);

// Length of the valid UTF-8 sequence starting at text[i], or 0 when the bytes there are not
// one (overlong forms, surrogates and code points past U+10FFFF included).
size_t utf8_sequence_length(std::string_view text, size_t i);

}  // namespace folio
