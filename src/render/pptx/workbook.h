#pragma once
// The workbook a native chart embeds: its numbers in a sheet, so that "Edit Data" opens them.
#include <string>

#include "chart/native_chart.h"

namespace folio::render::pptx {

// Where each series' cells are, for the chart part's formulas ("Sheet1!$B$2:$B$24").
struct SheetRanges {
  std::string categories;  // column A below the header (categories, or no x for scatter)
  std::vector<std::string> names, values, xs;  // per series
};

SheetRanges sheet_ranges(const chart::NativeChart& chart);

// The .xlsx bytes, written by libxlsxwriter (through a temporary file, which is removed) and
// re-stored with fixed times so that the same chart gives the same bytes. Throws RenderError.
std::string chart_workbook(const chart::NativeChart& chart);

}  // namespace folio::render::pptx
