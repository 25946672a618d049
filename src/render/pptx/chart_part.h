#pragma once
// A DrawingML chart part (ppt/charts/chartN.xml): the chart's numbers cached in the XML so
// that it draws without opening the workbook, formulas into the embedded workbook so that
// "Edit Data" opens them, and the theme's colours and type as far as DrawingML takes them.
#include <string>

#include "chart/native_chart.h"

namespace folio::render::pptx {

// `workbook_relationship` is the id of the part's relationship to its embedded workbook.
std::string chart_part_xml(const chart::NativeChart& chart, const std::string& language,
                           const std::string& workbook_relationship);

// "1F4E8C": DrawingML's srgbClr value.
std::string srgb(const Color& color);

}  // namespace folio::render::pptx
