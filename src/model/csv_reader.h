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

namespace folio::model {

struct CsvRow {
  size_t offset = 0;                               // byte where the row starts
  std::vector<std::optional<std::string>> fields;  // nullopt for an empty unquoted field
};

struct CsvText {
  std::string file;                          // as errors name it
  std::shared_ptr<const std::string> bytes;  // the file as read, shared, never copied
  std::string_view text;                     // `bytes` as UTF-8, without a byte-order mark
  char delimiter = ',';
  std::string pointer;  // the document's dataset that reads the file, for errors

  // The rows from byte `from` on. Throws InputError at the line:column of a malformed quote
  // or an unclosed one.
  std::vector<CsvRow> rows(size_t from = 0) const;
  // The same rows handed over one at a time as they are read, so that a caller that keeps
  // them in another shape (a dataset's columns) never holds them all twice.
  void for_each_row(size_t from, const std::function<void(CsvRow&&)>& take) const;
  // Where field `index` of the row starting at `row_offset` starts.
  SourceLocation locate_field(size_t row_offset, size_t index) const;
  SourceLocation locate(size_t offset) const;
};

// The file's bytes as CSV text: a UTF-8 byte-order mark dropped, anything that is not UTF-8
// refused with the line:column of the first bad byte.
CsvText csv_text(std::shared_ptr<const std::string> bytes, std::string file, char delimiter,
                 std::string pointer);

}  // namespace folio::model
