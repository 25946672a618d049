#include "model/csv_reader.h"

#include <csv.h>
#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

#include "core/limits.h"

namespace folio::model {
namespace {

struct Collector {
  const std::function<void(CsvRow&&)>* take = nullptr;  // null: fields are only counted
  size_t rows_taken = 0;
  CsvRow current;
  size_t fields_seen = 0;  // for locate_field
  // The first field longer than limits::kStringBytes: its row's offset and its index there.
  std::optional<std::pair<size_t, size_t>> too_long;
  size_t too_long_bytes = 0;
};

void on_field(void* data, size_t length, void* collector) {
  auto* c = static_cast<Collector*>(collector);
  ++c->fields_seen;
  if (!c->take) return;
  if (length > limits::kStringBytes && !c->too_long) {
    c->too_long = {c->current.offset, c->current.fields.size()};
    c->too_long_bytes = length;
  }
  if (data)
    c->current.fields.emplace_back(std::string(static_cast<const char*>(data), length));
  else
    c->current.fields.emplace_back(std::nullopt);
}

void on_row(int, void* collector) {
  auto* c = static_cast<Collector*>(collector);
  if (!c->take) return;
  ++c->rows_taken;
  (*c->take)(std::move(c->current));
  // The same fields again for the next row, which is as wide as this one as a rule: a taker
  // that kept the row moved them out and left none, one that did not leaves their memory.
  c->current.fields.clear();
}

// A parser that frees itself whatever happens.
struct Parser {
  csv_parser p;
  explicit Parser(char delimiter) {
    csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_EMPTY_IS_NULL | CSV_APPEND_NULL);
    csv_set_delim(&p, static_cast<unsigned char>(delimiter));
  }
  ~Parser() { csv_free(&p); }
};

// A field past the limit would be handed whole to Pango as a label or cell: refused where
// it starts.
[[noreturn]] void refuse_long_field(const CsvText& csv, const Collector& collector) {
  throw InputError(csv.locate_field(collector.too_long->first, collector.too_long->second),
                   fmt::format("a field of at most {} bytes", limits::kStringBytes),
                   fmt::format("{} bytes", collector.too_long_bytes));
}

}  // namespace

SourceLocation CsvText::locate(size_t offset) const {
  return location_in_text(file, text, offset, pointer);
}

std::vector<CsvRow> CsvText::rows(size_t from) const {
  std::vector<CsvRow> rows;
  // A row a line, as a rule: sized once rather than grown by doubling.
  rows.reserve(static_cast<size_t>(
                   std::count(text.begin() + static_cast<std::ptrdiff_t>(from), text.end(), '\n')) +
               1);
  for_each_row(from, [&](CsvRow&& row) { rows.push_back(std::move(row)); });
  return rows;
}

void CsvText::for_each_row(size_t from, const std::function<void(CsvRow&&)>& take) const {
  Collector collector;
  collector.take = &take;
  Parser parser(delimiter);
  // Fed a line at a time: a row ends only at a line end, so the row after it starts at the
  // next chunk, and every row's offset is exact.
  size_t pos = from;
  bool row_open = false;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    end = end == std::string::npos ? text.size() : end + 1;
    if (!row_open) collector.current.offset = pos;
    size_t before = collector.rows_taken;
    size_t done = csv_parse(&parser.p, text.data() + pos, end - pos, on_field, on_row, &collector);
    if (done < end - pos)
      throw InputError(locate(pos + done), "a field that ends with its closing quote",
                       "a quote inside an unquoted field or text after a closing quote",
                       "quote the whole field and double the quotes inside it: \"say \"\"hi\"\"\"");
    if (collector.too_long) refuse_long_field(*this, collector);
    // A quoted field may run over several lines: the row stays open until it is reported.
    // Blank lines (which libcsv skips) leave no row open.
    bool blank = text.find_first_not_of("\r\n", pos) >= end;
    row_open = collector.rows_taken > before ? false : (row_open || !blank);
    pos = end;
  }
  size_t open_at = collector.current.offset, open_field = collector.current.fields.size();
  if (csv_fini(&parser.p, on_field, on_row, &collector) != 0)
    throw InputError(locate_field(open_at, open_field), "every quoted field closed by a quote",
                     "a quote that is never closed",
                     "a field that starts with \" must end with \"");
  if (collector.too_long) refuse_long_field(*this, collector);
}

SourceLocation CsvText::locate_field(size_t row_offset, size_t index) const {
  // Parsed again byte by byte from the row's start: the field callback then says exactly
  // where each field ends, and the next one starts after its delimiter.
  Collector collector;
  Parser parser(delimiter);
  size_t start = row_offset;
  for (size_t pos = row_offset; pos < text.size() && collector.fields_seen <= index; ++pos) {
    size_t seen = collector.fields_seen;
    if (csv_parse(&parser.p, text.data() + pos, 1, on_field, on_row, &collector) != 1) break;
    if (collector.fields_seen > seen) {
      if (collector.fields_seen > index) break;
      start = pos + 1;
    }
  }
  return locate(start);
}

CsvText csv_text(std::shared_ptr<const std::string> bytes, std::string file, char delimiter,
                 std::string pointer) {
  CsvText csv{std::move(file), bytes, *bytes, delimiter, std::move(pointer)};
  if (csv.text.substr(0, 3) == "\xEF\xBB\xBF") csv.text.remove_prefix(3);
  const size_t size = csv.text.size();
  for (size_t i = 0; i < size;) {
    // Eight bytes at a time while they are ASCII, as most of a CSV of numbers is.
    uint64_t eight;
    if (i + 8 <= size &&
        (std::memcpy(&eight, csv.text.data() + i, 8), eight & 0x8080808080808080u) == 0) {
      i += 8;
      continue;
    }
    size_t length = utf8_sequence_length(csv.text, i);
    if (length == 0)
      throw InputError(csv.locate(i), "text in UTF-8",
                       fmt::format("the byte 0x{:02X}", static_cast<unsigned char>(csv.text[i])),
                       "save the file as UTF-8 (spreadsheets call it \"CSV UTF-8\")");
    i += length;
  }
  return csv;
}

}  // namespace folio::model
