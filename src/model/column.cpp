#include "model/column.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <stdexcept>

namespace folio::model {
namespace {

// "-12", "3.50", "3,50": a plain decimal, its decimals and mark; nullopt for anything else
// ("1,234", "1e5", " 3").
struct PlainDecimal {
  int decimals;
  char mark;
};
std::optional<PlainDecimal> plain_decimal(std::string_view text) {
  size_t i = !text.empty() && text[0] == '-' ? 1 : 0;
  size_t digits = 0;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i, ++digits;
  if (digits == 0) return std::nullopt;
  if (i == text.size()) return PlainDecimal{0, '.'};
  char mark = text[i];
  if (mark != '.' && mark != ',') return std::nullopt;
  size_t decimals = 0;
  for (++i; i < text.size(); ++i, ++decimals)
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
  if (decimals == 0 || decimals > 17) return std::nullopt;
  return PlainDecimal{static_cast<int>(decimals), mark};
}

}  // namespace

std::string Column::number_text(double number) const {
  if (form_.boolean) return number != 0 ? "true" : "false";
  char buffer[64];
  auto result = form_.decimals < 0 ? std::to_chars(buffer, buffer + sizeof buffer, number)
                                   : std::to_chars(buffer, buffer + sizeof buffer, number,
                                                   std::chars_format::fixed, form_.decimals);
  if (result.ec != std::errc()) return {};  // no plain text fits: kept as written instead
  std::string text(buffer, result.ptr);
  if (form_.decimal_mark != '.') std::replace(text.begin(), text.end(), '.', form_.decimal_mark);
  return text;
}

bool Column::written_again(OptionalNumber number,
                           const std::optional<std::string_view>& text) const {
  if (!number) return !text;
  return text && number_text(*number) == *text;
}

void Column::append(OptionalNumber number, std::optional<std::string_view> text) {
  if (size() >= UINT32_MAX) throw std::length_error("a column of more than 2^32 rows");
  if (number && text && !form_.decided) {
    form_.decided = true;
    if ((*text == "true" && *number == 1) || (*text == "false" && *number == 0)) {
      form_.boolean = true;
    } else if (auto plain = plain_decimal(*text)) {
      form_.decimals = plain->decimals;
      form_.decimal_mark = plain->mark;
      // "2019" and "-3" read back in the shortest form too, which also fits "2019.5" later.
      if (plain->decimals == 0) form_.decimals = -1;
    }
  }
  auto row = static_cast<std::uint32_t>(size());
  numbers_.push_back(number);
  if (written_again(number, text)) return;
  kept_rows_.push_back(row);
  kept_null_.push_back(!text);
  if (text) kept_bytes_.append(*text);
  kept_ends_.push_back(kept_bytes_.size());
}

std::optional<size_t> Column::kept_index(size_t row) const {
  // Rows are kept in ascending order; a column that keeps every text (words) is a direct
  // index, others a binary search among the few they keep.
  if (kept_rows_.size() == size()) return row;
  auto it = std::lower_bound(kept_rows_.begin(), kept_rows_.end(), row);
  if (it == kept_rows_.end() || *it != row) return std::nullopt;
  return static_cast<size_t>(it - kept_rows_.begin());
}

std::optional<std::string> Column::text(size_t row) const {
  auto k = kept_index(row);
  if (!k) {
    auto number = numbers_[row];
    if (!number) return std::nullopt;
    return number_text(*number);
  }
  if (kept_null_[*k]) return std::nullopt;
  size_t start = *k ? kept_ends_[*k - 1] : 0;
  return kept_bytes_.substr(start, kept_ends_[*k] - start);
}

bool Column::has_text(size_t row) const {
  auto k = kept_index(row);
  return k ? !kept_null_[*k] : numbers_[row].has_value();
}

void Column::for_each_content_chunk(const std::function<void(std::string_view)>& take) const {
  auto bytes_of = [](const auto& values) {
    return std::string_view(reinterpret_cast<const char*>(values.data()),
                            values.size() * sizeof(values[0]));
  };
  std::string form =
      fmt::format("{} {} {} {}", form_.decided, form_.boolean, form_.decimals, form_.decimal_mark);
  take(form);
  take(bytes_of(numbers_));
  take(bytes_of(kept_rows_));
  take(bytes_of(kept_ends_));
  std::string nulls(kept_null_.begin(), kept_null_.end());
  take(nulls);
  take(kept_bytes_);
}

bool Column::holds_years() const {
  if (type != ColumnType::number) return false;
  bool any = false;
  for (const auto& v : numbers_) {
    if (!v) continue;
    if (*v != std::floor(*v) || *v < 1000 || *v >= 3000) return false;
    any = true;
  }
  return any;
}

}  // namespace folio::model
