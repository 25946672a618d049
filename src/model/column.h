#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/optional_number.h"

namespace folio::model {

enum class ColumnType { empty, number, text, boolean };

// One field of a dataset, typed by its values; null cells stay empty (gaps in lines, no bar).
// Every cell has a number (numbers, and booleans as 0/1; none for text and nulls) and the text
// it was written as, which tables, categories and expressions show. A dataset may hold
// millions of rows, so a cell costs 8 bytes when its text is what writing its number again
// gives back ("2019", "97.1230" in a column of four decimals, "true"); only other texts are
// kept, in one buffer.
class Column {
 public:
  std::string name;
  ColumnType type = ColumnType::empty;

  size_t size() const { return numbers_.size(); }
  const std::vector<OptionalNumber>& numbers() const { return numbers_; }
  OptionalNumber number(size_t row) const { return numbers_[row]; }
  // The cell's text as written; nullopt for a null.
  std::optional<std::string> text(size_t row) const;
  // Whether the cell has a text; cheaper than text() when that is all a caller asks.
  bool has_text(size_t row) const;
  // Everything the cells are made of, as chunks of bytes, for a digest of the column: equal
  // chunks, equal numbers and texts (a digest never writes each number's text again).
  void for_each_content_chunk(const std::function<void(std::string_view)>& take) const;

  void reserve(size_t rows) { numbers_.reserve(rows); }
  void append(OptionalNumber number, std::optional<std::string_view> text);
  void append_null() { append(std::nullopt, std::nullopt); }
  // Cell `row` of `other`, appended as it is.
  void append_from(const Column& other, size_t row) { append(other.number(row), other.text(row)); }
  // Nulls until the column has `rows` cells (a field first seen in a later record).
  void pad_to(size_t rows) {
    while (size() < rows) append_null();
  }

  // Whole numbers from 1000 to 2999 only (and nulls): years, written "2019", never "2,019".
  bool holds_years() const;

 private:
  // How a number's text is written again: decided by the column's first number, so that a
  // column written with two decimals stores none of its texts.
  struct NumberForm {
    bool decided = false;
    bool boolean = false;  // "true" / "false"
    int decimals = -1;     // fixed decimals; -1 for the shortest text that reads back the same
    char decimal_mark = '.';
  };
  bool written_again(OptionalNumber number, const std::optional<std::string_view>& text) const;
  // Where row's text is among the kept ones; nullopt when it is written again from its number.
  std::optional<size_t> kept_index(size_t row) const;
  std::string number_text(double number) const;

  std::vector<OptionalNumber> numbers_;
  NumberForm form_;
  // The texts that are kept: the rows they belong to (ascending, as appended), where each ends
  // in `kept_bytes_`, and which are nulls beside a number.
  std::vector<std::uint32_t> kept_rows_;
  std::vector<std::uint64_t> kept_ends_;
  std::vector<bool> kept_null_;
  std::string kept_bytes_;
};

}  // namespace folio::model
