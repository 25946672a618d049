#pragma once
// CSV files read by libcsv (RFC 4180: quoted fields with delimiters, quotes and newlines in
// them), with every row's place in the file kept so that errors can name line and column.
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/errors.h"
#include "core/file_read.h"

namespace folio::model {

struct CsvRow {
  size_t offset = 0;                               // byte where the row starts
  std::vector<std::optional<std::string>> fields;  // nullopt for an empty unquoted field
};

// A CSV file's text, read a piece at a time from the file (or from bytes in memory): a file
// of ten million rows costs the pieces being read, never the whole file. Offsets count bytes
// of the text, which starts after a UTF-8 byte-order mark.
struct CsvText {
  std::string file;  // as errors name it
  // Appends bytes [offset, offset + length) of the file to `into`, clipped at its end; false
  // when the file gives fewer (it was cut while being read).
  std::function<bool(size_t offset, size_t length, std::string& into)> read_bytes;
  size_t begin = 0;  // where the text starts in the file: 3 after a byte-order mark
  size_t size = 0;   // bytes of text
  size_t lines = 1;  // lines of text, for sizing what holds a row a line
  char delimiter = ',';
  std::string pointer;                   // the document's dataset that reads the file, for errors
  size_t piece_bytes = size_t{1} << 20;  // how much is read at a time (at least a line)

  // The rows from byte `from` on. Throws InputError at the line:column of a malformed quote
  // or an unclosed one.
  std::vector<CsvRow> rows(size_t from = 0) const;
  // The same rows handed over one at a time as they are read, so that a caller that keeps
  // them in another shape (a dataset's columns) never holds them all twice.
  void for_each_row(size_t from, const std::function<void(CsvRow&&)>& take) const;
  // Where field `index` of the row starting at `row_offset` starts.
  SourceLocation locate_field(size_t row_offset, size_t index) const;
  SourceLocation locate(size_t offset) const;
  // Where the text after its first `count` lines starts.
  size_t after_lines(int count) const;
  // The text from `from` on, in pieces of whole lines (the last may end without a line end),
  // each with the offset it starts at, until `take` returns false.
  void for_each_piece(size_t from,
                      const std::function<bool(std::string_view piece, size_t at)>& take) const;
  // Bytes [offset, offset + length) of the text, clipped at its end. Throws InputError when
  // the file changed while it was read.
  std::string read(size_t offset, size_t length) const;
};

// The bytes as CSV text: a UTF-8 byte-order mark dropped, anything that is not UTF-8 refused
// with the line:column of the first bad byte. Reads the text once, a piece at a time.
// `piece_bytes` as in CsvText.
CsvText csv_text(std::shared_ptr<const std::string> bytes, std::string file, char delimiter,
                 std::string pointer, size_t piece_bytes = size_t{1} << 20);
// The same from a file held open: read when its rows are, never held whole.
CsvText csv_text(std::shared_ptr<const OpenFile> opened, std::string file, char delimiter,
                 std::string pointer, size_t piece_bytes = size_t{1} << 20);

}  // namespace folio::model
