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

std::string CsvText::read(size_t offset, size_t length) const {
  std::string bytes;
  offset = std::min(offset, size);
  if (!read_bytes(begin + offset, std::min(length, size - offset), bytes))
    throw file_changed_error(file, pointer);
  return bytes;
}

void CsvText::for_each_piece(
    size_t from, const std::function<bool(std::string_view piece, size_t at)>& take) const {
  std::string piece;
  for (size_t at = from; at < size;) {
    // A piece ends at its last line end; one line longer than a piece is read whole.
    piece.clear();
    size_t end = at, want = piece_bytes, cut = std::string::npos;
    while (cut == std::string::npos && end < size) {
      size_t length = std::min(want, size - end);
      size_t searched = piece.size();
      piece += read(end, length);
      end += length;
      size_t found = piece.find_last_of('\n');
      if (found != std::string::npos && found >= searched) cut = found;
      want *= 2;
    }
    size_t usable = end >= size ? piece.size() : cut + 1;
    if (!take(std::string_view(piece.data(), usable), at)) return;
    at += usable;
  }
}

size_t CsvText::after_lines(int count) const {
  size_t pos = 0;
  int seen = 0;
  for_each_piece(0, [&](std::string_view piece, size_t at) {
    for (size_t k = 0; k < piece.size() && seen < count; ++k)
      if (piece[k] == '\n' && ++seen == count) pos = at + k + 1;
    return seen < count;  // the rest is not read
  });
  return seen < count ? size : pos;
}

SourceLocation CsvText::locate(size_t offset) const {
  // Only when an error is named: the text up to the offset, read again.
  return location_in_text(file, read(0, offset + 1), offset, pointer);
}

std::vector<CsvRow> CsvText::rows(size_t from) const {
  std::vector<CsvRow> rows;
  rows.reserve(lines);  // a row a line, as a rule: sized once rather than grown by doubling
  for_each_row(from, [&](CsvRow&& row) { rows.push_back(std::move(row)); });
  return rows;
}

void CsvText::for_each_row(size_t from, const std::function<void(CsvRow&&)>& take) const {
  Collector collector;
  collector.take = &take;
  Parser parser(delimiter);
  // Fed a line at a time: a row ends only at a line end, so the row after it starts at the
  // next chunk, and every row's offset is exact.
  bool row_open = false;
  for_each_piece(from, [&](std::string_view text, size_t at) {
    size_t pos = 0;
    while (pos < text.size()) {
      size_t end = text.find('\n', pos);
      end = end == std::string::npos ? text.size() : end + 1;
      if (!row_open) collector.current.offset = at + pos;
      size_t before = collector.rows_taken;
      size_t done =
          csv_parse(&parser.p, text.data() + pos, end - pos, on_field, on_row, &collector);
      if (done < end - pos)
        throw InputError(
            locate(at + pos + done), "a field that ends with its closing quote",
            "a quote inside an unquoted field or text after a closing quote",
            "quote the whole field and double the quotes inside it: \"say \"\"hi\"\"\"");
      if (collector.too_long) refuse_long_field(*this, collector);
      // A quoted field may run over several lines: the row stays open until it is reported.
      // Blank lines (which libcsv skips) leave no row open.
      bool blank = text.find_first_not_of("\r\n", pos) >= end;
      row_open = collector.rows_taken > before ? false : (row_open || !blank);
      pos = end;
    }
    return true;
  });
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
  bool found = false;
  for (size_t window = row_offset; window < size && !found; window += 1 << 16) {
    std::string bytes = read(window, 1 << 16);
    for (size_t k = 0; k < bytes.size(); ++k) {
      size_t pos = window + k, seen = collector.fields_seen;
      if (collector.fields_seen > index ||
          csv_parse(&parser.p, bytes.data() + k, 1, on_field, on_row, &collector) != 1) {
        found = true;
        break;
      }
      if (collector.fields_seen > seen) {
        if (collector.fields_seen > index) {
          found = true;
          break;
        }
        start = pos + 1;
      }
    }
  }
  return locate(start);
}

namespace {

// The text checked as UTF-8 and its lines counted, a piece at a time.
CsvText prepared(CsvText csv, size_t file_size) {
  std::string head;
  if (!csv.read_bytes(0, 3, head)) throw file_changed_error(csv.file, csv.pointer);
  csv.begin = head == "\xEF\xBB\xBF" ? 3 : 0;
  csv.size = file_size - csv.begin;
  size_t newlines = 0;
  csv.for_each_piece(0, [&](std::string_view text, size_t at) {
    newlines += static_cast<size_t>(std::count(text.begin(), text.end(), '\n'));
    const size_t size = text.size();
    for (size_t i = 0; i < size;) {
      // Eight bytes at a time while they are ASCII, as most of a CSV of numbers is.
      uint64_t eight;
      if (i + 8 <= size &&
          (std::memcpy(&eight, text.data() + i, 8), eight & 0x8080808080808080u) == 0) {
        i += 8;
        continue;
      }
      // A piece ends at a line end or at the text's: no sequence is cut in two.
      size_t length = utf8_sequence_length(text, i);
      if (length == 0)
        throw InputError(csv.locate(at + i), "text in UTF-8",
                         fmt::format("the byte 0x{:02X}", static_cast<unsigned char>(text[i])),
                         "save the file as UTF-8 (spreadsheets call it \"CSV UTF-8\")");
      i += length;
    }
    return true;
  });
  csv.lines = newlines + 1;
  return csv;
}

}  // namespace

CsvText csv_text(std::shared_ptr<const std::string> bytes, std::string file, char delimiter,
                 std::string pointer, size_t piece_bytes) {
  size_t size = bytes->size();
  auto read = [bytes = std::move(bytes)](size_t offset, size_t length, std::string& into) {
    if (offset < bytes->size()) into.append(*bytes, offset, length);
    return true;
  };
  return prepared({std::move(file), read, 0, 0, 1, delimiter, std::move(pointer), piece_bytes},
                  size);
}

CsvText csv_text(std::shared_ptr<const OpenFile> opened, std::string file, char delimiter,
                 std::string pointer, size_t piece_bytes) {
  auto size = static_cast<size_t>(opened->size());
  auto read = [opened = std::move(opened)](size_t offset, size_t length, std::string& into) {
    return opened->read(offset, length, into);
  };
  return prepared({std::move(file), read, 0, 0, 1, delimiter, std::move(pointer), piece_bytes},
                  size);
}

}  // namespace folio::model
