#include "model/csv_dataset.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <optional>
#include <set>

#include "core/limits.h"
#include "core/strings.h"
#include "model/csv_reader.h"
#include "scale/calendar.h"
#include "spec/node.h"

namespace folio::model {
namespace {

bool is_blank(char c) {
  return c == ' ' || c == '\t';
}

// Without the spaces and tabs around it, as a view: most cells have none, and a file of
// millions of cells is read without copying each one. (Not find_first_not_of, which looks
// each byte up in the set with a call of its own.)
std::string_view trimmed_view(std::string_view text) {
  size_t start = 0, end = text.size();
  while (start < end && is_blank(text[start])) ++start;
  while (end > start && is_blank(text[end - 1])) --end;
  return text.substr(start, end - start);
}

std::string trimmed(const std::string& text) {
  return std::string(trimmed_view(text));
}

// The same, reusing the string's own memory.
std::string trimmed(std::string&& text) {
  std::string_view kept = trimmed_view(text);
  if (kept.size() == text.size()) return std::move(text);
  return std::string(kept);
}

// `text` already trimmed.
bool is_null_text(std::string_view text, const spec::CsvOptions& options) {
  return std::find(options.nulls.begin(), options.nulls.end(), text) != options.nulls.end();
}

bool is_null(const std::optional<std::string>& cell, const spec::CsvOptions& options) {
  return !cell || is_null_text(trimmed_view(*cell), options);
}

std::optional<bool> parse_boolean(std::string_view text) {
  auto is = [&](std::string_view word) {
    return text.size() == word.size() &&
           std::equal(text.begin(), text.end(), word.begin(), [](char a, char b) {
             return std::tolower(static_cast<unsigned char>(a)) == b;
           });
  };
  if (is("true")) return true;
  if (is("false")) return false;
  return std::nullopt;
}

}  // namespace

std::optional<double> parse_csv_number(std::string_view text, char decimal) {
  char group = decimal == '.' ? ',' : '.';
  text = trimmed_view(text);
  if (text.empty()) return std::nullopt;
  // Checked as written; the digits are copied without their separators only when there are
  // separators (or another decimal mark) to take out, which most files of numbers have not.
  size_t since_group = 0, kept = 0;
  bool grouped = false, seen_decimal = false, seen_exponent = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c >= '0' && c <= '9') {
      ++kept;
      ++since_group;
    } else if ((c == group || c == ' ') && !seen_decimal && !seen_exponent) {
      // Thousands are grouped by three: "1,234" is a number, "1,23" is not.
      if (kept == 0 || (grouped && since_group != 3) || (!grouped && since_group > 3))
        return std::nullopt;
      grouped = true;
      since_group = 0;
    } else if (c == decimal && !seen_decimal && !seen_exponent) {
      if (grouped && since_group != 3) return std::nullopt;
      seen_decimal = true;
      ++kept;
    } else if ((c == '-' || c == '+') && (i == 0 || text[i - 1] == 'e' || text[i - 1] == 'E')) {
      ++kept;
    } else if ((c == 'e' || c == 'E') && !seen_exponent && kept > 0) {
      if (grouped && !seen_decimal && since_group != 3) return std::nullopt;
      seen_exponent = true;
      ++kept;
    } else {
      return std::nullopt;
    }
  }
  if (grouped && !seen_decimal && !seen_exponent && since_group != 3) return std::nullopt;
  if (kept == 0 || (kept == 1 && (text[0] == '-' || text[0] == '+'))) return std::nullopt;
  std::string digits;
  std::string_view number = text;
  if (grouped || (seen_decimal && decimal != '.')) {
    digits.reserve(kept);
    for (char c : text)
      if (c == decimal)
        digits += '.';
      else if (c != group && c != ' ')
        digits += c;
    number = digits;
  }
  if (number[0] == '+') number.remove_prefix(1);
  double value = 0;
  auto [end, error] = std::from_chars(number.data(), number.data() + number.size(), value);
  if (error != std::errc() || end != number.data() + number.size()) return std::nullopt;
  return value;
}

namespace {

// What the first pass learns of one column: enough to type it, and the first cell each type
// would refuse, so that the second pass only converts.
struct ColumnSurvey {
  size_t filled = 0, numeric = 0, boolean = 0;
  struct Cell {
    size_t row_offset = 0;
    std::string text;
  };
  std::optional<Cell> first_text;      // the first filled cell that is no number
  std::optional<Cell> first_not_date;  // ... that is no date
};

// A line of blanks ("  ,  ") is no row of data.
bool blank_row(const CsvRow& row) {
  return std::all_of(row.fields.begin(), row.fields.end(),
                     [](const auto& cell) { return !cell || trimmed_view(*cell).empty(); });
}

// Where data row `row` (0 after the header) starts: the file is read again, only when an
// error has to be named, so no dataset keeps an offset for every row.
size_t data_row_offset(const CsvText& csv, size_t start, size_t row) {
  size_t seen = 0, offset = 0;
  bool header = true, found = false;
  csv.for_each_row(start, [&](CsvRow&& cells) {
    if (found || blank_row(cells)) return;
    if (header) {
      header = false;
      return;
    }
    if (seen++ == row) offset = cells.offset, found = true;
  });
  return offset;
}

}  // namespace

Dataset load_csv_dataset(const spec::Dataset& source) {
  const auto& options = source.csv;
  CsvText csv =
      source.csv_open
          ? csv_text(source.csv_open, source.csv_file, options.delimiter, source.pointer)
          : csv_text(source.csv_bytes, source.csv_file, options.delimiter, source.pointer);
  // "skipRows" counts lines of the file, as a reader of it in an editor sees them (World Bank
  // downloads start with four lines of metadata).
  size_t start = csv.after_lines(options.skip_rows);
  // No copy of the file's cells: the first pass types each column and finds the first cell
  // each type would refuse, and fills, as it goes, every column that may be numbers; a second
  // pass converts the other columns' cells straight into them, only when there are any. A
  // file of ten million numbers is read once and costs its columns and nothing beside them.
  std::optional<CsvRow> header;
  size_t width = 0, row_count = 0;
  std::vector<ColumnSurvey> surveys;
  std::vector<std::string> declared;  // per column of the header, "" when inferred
  bool last_column_empty = true;      // in every row: a spreadsheet's trailing delimiter
  struct BadRow {
    size_t offset, fields;
  };
  // The first row not as wide as the header, and the first not as wide as the header without
  // a trailing column: which is an error depends on what the whole file shows.
  std::optional<BadRow> not_header_wide, not_trailing_wide;
  // Columns filled while they hold only numbers and nulls; dropped at their first other cell.
  // Sized once from the file's lines: growing by doubling would leave up to half unused.
  std::vector<std::optional<Column>> numeric_so_far;
  const size_t lines = csv.lines;
  csv.for_each_row(start, [&](CsvRow&& row) {
    if (blank_row(row)) return;
    if (!header) {
      header = std::move(row);
      width = header->fields.size();
      surveys.resize(width);
      declared.resize(width);
      numeric_so_far.resize(width);
      for (size_t c = 0; c < width; ++c) {
        for (const auto& [field, type] : options.types)
          if (header->fields[c] && trimmed(*header->fields[c]) == field) declared[c] = type;
        if (declared[c].empty() || declared[c] == "number") {
          numeric_so_far[c].emplace();
          numeric_so_far[c]->reserve(std::min(lines, limits::kDatasetRows));
        }
      }
      return;
    }
    size_t count = row.fields.size();
    if (count >= width && row.fields[width - 1] && !trimmed_view(*row.fields[width - 1]).empty())
      last_column_empty = false;
    if (count != width && !not_header_wide) not_header_wide = BadRow{row.offset, count};
    if (count != width && count + 1 != width && !not_trailing_wide)
      not_trailing_wide = BadRow{row.offset, count};
    // Past the limit the file is refused: nothing more is kept.
    if (++row_count > limits::kDatasetRows)
      for (auto& column : numeric_so_far) column.reset();
    for (size_t c = 0; c < width; ++c) {
      auto& numeric = numeric_so_far[c];
      const auto* cell = c < count ? &row.fields[c] : nullptr;
      std::string_view text = cell && *cell ? trimmed_view(**cell) : std::string_view();
      if (!cell || !*cell || is_null_text(text, options)) {
        if (numeric) numeric->append_null();
        continue;
      }
      auto& survey = surveys[c];
      ++survey.filled;
      if (auto number = parse_csv_number(text, options.decimal)) {
        ++survey.numeric;  // and so no boolean
        if (numeric) numeric->append(*number, text);
      } else {
        numeric.reset();
        if (!survey.first_text)
          survey.first_text = ColumnSurvey::Cell{row.offset, std::string(text)};
        if (parse_boolean(text)) ++survey.boolean;
      }
      if (declared[c] == "date" && !survey.first_not_date && !scale::parse_date(std::string(text)))
        survey.first_not_date = ColumnSurvey::Cell{row.offset, std::string(text)};
    }
  });
  // Refused before any cell is converted: a file past the limit costs one reading.
  if (row_count > limits::kDatasetRows && source.document)
    throw InputError(source.document->locate(source.pointer),
                     fmt::format("a dataset of at most {} rows", limits::kDatasetRows),
                     fmt::format("{} rows", row_count));
  if (!header)
    throw InputError(
        csv.locate(start), "a header row naming the columns", "an empty file",
        options.skip_rows ? fmt::format("after {} skipped lines", options.skip_rows) : "");
  // Spreadsheet exports often end every line with the delimiter: a last column with no name
  // and no values is no column.
  bool trailing = width > 1 &&
                  (!header->fields.back() || trimmed(*header->fields.back()).empty()) &&
                  last_column_empty;
  size_t columns = trailing ? width - 1 : width;

  Dataset dataset;
  std::set<std::string> names;
  for (size_t c = 0; c < columns; ++c) {
    std::string name = header->fields[c] ? trimmed(*header->fields[c]) : "";
    if (name.empty())
      throw InputError(csv.locate_field(header->offset, c), "a name for every column in the header",
                       fmt::format("column {} without one", c + 1));
    if (!names.insert(name).second)
      throw InputError(csv.locate_field(header->offset, c), "a name used by one column only",
                       fmt::format("\"{}\" twice", quote_for_message(name)));
    Column column;
    column.name = name;
    dataset.columns.push_back(std::move(column));
  }
  for (const auto& [field, type] : options.types)
    if (!names.count(field)) {
      std::string match =
          spec::closest_match(field, std::vector<std::string>(names.begin(), names.end()));
      throw InputError(csv.locate(start),
                       fmt::format("\"types\" naming columns of the header ({})", join(names)),
                       fmt::format("\"{}\"", quote_for_message(field)),
                       match.empty() ? "" : fmt::format("did you mean \"{}\"?", match));
    }
  if (auto bad = trailing ? not_trailing_wide : not_header_wide)
    throw InputError(csv.locate(bad->offset),
                     fmt::format("{} fields like the header on line {}", columns,
                                 csv.locate(header->offset).line),
                     fmt::format("{}", bad->fields),
                     bad->fields > columns ? "a field with the delimiter in it needs quotes" : "");

  // Each column typed, in the order of the header; the first cell its type refuses is the
  // error, as a reader going down that column would meet it.
  std::vector<bool> filled(columns, false);
  for (size_t c = 0; c < columns; ++c) {
    Column& column = dataset.columns[c];
    const auto& survey = surveys[c];
    std::string type = declared[c];
    if (type.empty()) {
      // Mostly numbers with a few words is a typo or an unlisted null marker, not a text column.
      type = survey.filled == 0                                             ? "empty"
             : survey.numeric == survey.filled                              ? "number"
             : survey.boolean == survey.filled                              ? "boolean"
             : survey.numeric * 5 >= survey.filled * 4 && survey.first_text ? "number"
                                                                            : "string";
    }
    column.type = type == "number"    ? ColumnType::number
                  : type == "boolean" ? ColumnType::boolean
                  : type == "empty"   ? ColumnType::empty
                                      : ColumnType::text;
    auto fail = [&](const ColumnSurvey::Cell& cell, const std::string& expected) {
      throw InputError(csv.locate_field(cell.row_offset, c), expected,
                       fmt::format("\"{}\"", quote_for_message(cell.text)),
                       declared[c].empty()
                           ? fmt::format("add it to \"nulls\" if it means no value, or declare "
                                         "\"{}\": \"string\" in \"types\"",
                                         column.name)
                           : "");
    };
    if (column.type == ColumnType::number && survey.first_text)
      fail(*survey.first_text,
           fmt::format("a number in column \"{}\"{}", column.name,
                       declared[c].empty() ? " like the rest of it" : " (declared in \"types\")"));
    if (type == "date" && survey.first_not_date)
      fail(*survey.first_not_date,
           fmt::format("a date as YYYY, YYYY-MM or YYYY-MM-DD in column \"{}\"", column.name));
    if ((column.type == ColumnType::number || column.type == ColumnType::empty) &&
        numeric_so_far[c]) {
      std::string name = std::move(column.name);
      auto type_found = column.type;
      column = std::move(*numeric_so_far[c]);
      column.name = std::move(name), column.type = type_found;
      filled[c] = true;
    } else {
      // Sized once: growing by doubling would leave up to half of each column unused.
      column.reserve(row_count);
    }
    numeric_so_far[c].reset();
  }
  std::vector<ColumnSurvey>().swap(surveys);

  // The second pass, for the columns the first did not fill: every cell converted into its
  // column, which the first pass has checked.
  bool past_header = false;
  if (std::find(filled.begin(), filled.end(), false) != filled.end())
    csv.for_each_row(start, [&](CsvRow&& row) {
      if (blank_row(row)) return;
      if (!past_header) {
        past_header = true;
        return;
      }
      for (size_t c = 0; c < columns; ++c) {
        if (filled[c]) continue;
        Column& column = dataset.columns[c];
        auto* cell = c < row.fields.size() ? &row.fields[c] : nullptr;
        if (!cell || is_null(*cell, options)) {
          column.append_null();
          continue;
        }
        std::string text = trimmed(std::move(**cell));
        if (column.type == ColumnType::number)
          column.append(parse_csv_number(text, options.decimal), text);
        else if (column.type == ColumnType::boolean)  // only when every cell is true or false
          column.append(*parse_boolean(text) ? 1.0 : 0.0, text);
        else
          column.append(std::nullopt, text);
      }
    });
  dataset.rows = row_count;
  dataset.locate_cell = [csv = std::make_shared<CsvText>(std::move(csv)), start,
                         fields = dataset.field_names()](size_t row, const std::string& field,
                                                         size_t offset) {
    size_t column = std::find(fields.begin(), fields.end(), field) - fields.begin();
    auto where = csv->locate_field(data_row_offset(*csv, start, row), column);
    where.column += static_cast<int>(offset);  // close enough for a cell without escapes
    return where;
  };
  return dataset;
}

}  // namespace folio::model
