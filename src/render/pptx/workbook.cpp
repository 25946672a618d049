#include "render/pptx/workbook.h"

#include <fmt/format.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/errors.h"
#include "render/pptx/zip_package.h"

namespace folio::render::pptx {
namespace {

// Column letters: 0 → A, 25 → Z, 26 → AA.
std::string column_name(size_t index) {
  std::string name;
  for (size_t n = index + 1; n > 0; n = (n - 1) / 26)
    name.insert(name.begin(), static_cast<char>('A' + (n - 1) % 26));
  return name;
}

std::string range(size_t column, size_t first_row, size_t last_row) {
  std::string c = column_name(column);
  return fmt::format("Sheet1!${}${}:${}${}", c, first_row + 1, c, last_row + 1);
}

std::string cell(size_t column, size_t row) {
  return fmt::format("Sheet1!${}${}", column_name(column), row + 1);
}

bool is_scatter(const chart::NativeChart& chart) {
  return chart.kind == chart::NativeChart::Kind::scatter;
}

size_t rows_of(const chart::NativeChart& chart) {
  if (!is_scatter(chart)) return chart.categories.size();
  size_t rows = 0;
  for (const auto& s : chart.series) rows = std::max(rows, s.values.size());
  return rows;
}

}  // namespace

SheetRanges sheet_ranges(const chart::NativeChart& chart) {
  SheetRanges ranges;
  size_t last = std::max<size_t>(rows_of(chart), 1);
  ranges.categories = range(0, 1, last);
  for (size_t i = 0; i < chart.series.size(); ++i) {
    // Scatter series have a column of x each (their x values need not be shared).
    size_t column = is_scatter(chart) ? 2 * i + 1 : i + 1;
    size_t rows = std::max<size_t>(chart.series[i].values.size(), 1);
    ranges.names.push_back(cell(column, 0));
    ranges.values.push_back(range(column, 1, rows));
    if (is_scatter(chart)) ranges.xs.push_back(range(column - 1, 1, rows));
  }
  return ranges;
}

std::string chart_workbook(const chart::NativeChart& chart) {
  auto path = std::filesystem::temp_directory_path() /
              fmt::format("folio-workbook-{}-XXXXXX", static_cast<long>(getpid()));
  std::string name = path.string();
  int fd = mkstemp(name.data());
  if (fd < 0) throw RenderError("writing a chart's workbook failed: no temporary file");
  close(fd);
  std::string xlsx = name + ".xlsx";
  std::filesystem::rename(name, xlsx);

  lxw_workbook* workbook = workbook_new(xlsx.c_str());
  lxw_doc_properties properties{};
  properties.created = 946684800;  // 2000-01-01: never the clock, so the bytes repeat
  workbook_set_properties(workbook, &properties);
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, "Sheet1");
  lxw_format* values = workbook_add_format(workbook);
  format_set_num_format(values, chart.value_format.c_str());
  lxw_format* xs = workbook_add_format(workbook);
  format_set_num_format(xs, chart.x_format.c_str());
  lxw_format* header = workbook_add_format(workbook);
  format_set_bold(header);
  auto row = [](size_t r) { return static_cast<lxw_row_t>(r); };
  auto col = [](size_t c) { return static_cast<lxw_col_t>(c); };
  if (!is_scatter(chart))
    for (size_t r = 0; r < chart.categories.size(); ++r)
      worksheet_write_string(sheet, row(r + 1), 0, chart.categories[r].c_str(), nullptr);
  for (size_t i = 0; i < chart.series.size(); ++i) {
    const auto& series = chart.series[i];
    size_t column = is_scatter(chart) ? 2 * i + 1 : i + 1;
    worksheet_write_string(sheet, 0, col(column), series.name.c_str(), header);
    if (is_scatter(chart))
      worksheet_write_string(sheet, 0, col(column - 1), (series.name + " (x)").c_str(), header);
    for (size_t r = 0; r < series.values.size(); ++r) {
      if (series.values[r])
        worksheet_write_number(sheet, row(r + 1), col(column), *series.values[r], values);
      if (is_scatter(chart) && r < series.xs.size())
        worksheet_write_number(sheet, row(r + 1), col(column - 1), series.xs[r], xs);
    }
    worksheet_set_column(sheet, col(column), col(column), 16, nullptr);
  }
  worksheet_set_column(sheet, 0, 0, is_scatter(chart) ? 16 : 28, nullptr);
  lxw_error status = workbook_close(workbook);
  std::ifstream in(xlsx, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  in.close();
  std::filesystem::remove(xlsx);
  if (status != LXW_NO_ERROR)
    throw RenderError(fmt::format("writing a chart's workbook failed: {}", lxw_strerror(status)));
  // libxlsxwriter stamps each zip entry with the clock; the parts themselves repeat.
  ZipPackage package;
  for (auto& [part, content] : read_zip(bytes.str())) package.add(part, std::move(content));
  return package.finish();
}

}  // namespace folio::render::pptx
