#include "render/pptx/chart_part.h"

#include <fmt/format.h>

#include <cctype>
#include <cmath>

#include "render/pptx/workbook.h"
#include "render/xml_writer.h"

namespace folio::render::pptx {
namespace {

using Native = chart::NativeChart;

// Numbers as the cache stores them: shortest exact form, "." decimal whatever the locale.
std::string number(double value) {
  return fmt::format("{}", value);
}

void solid_fill(XmlWriter& xml, const Color& color) {
  xml.open("a:solidFill").open("a:srgbClr").attribute("val", srgb(color));
  if (color.a < 1) xml.val("a:alpha", static_cast<long long>(std::lround(color.a * 100000)));
  xml.close().close();
}

void line(XmlWriter& xml, const Color& color, double width_pt, bool dashed = false) {
  xml.open("a:ln").attribute("w", static_cast<long long>(std::lround(width_pt * 12700)));
  solid_fill(xml, color);
  if (dashed) xml.val("a:prstDash", "dash");
  xml.close();
}

void no_line(XmlWriter& xml) {
  xml.open("a:ln").open("a:noFill").close().close();
}

// Text properties: size in hundredths of a point, colour, the theme's family.
void text_properties(XmlWriter& xml, const Native& chart, double size_pt, bool bold = false) {
  xml.open("c:txPr").open("a:bodyPr").close().open("a:lstStyle").close().open("a:p").open("a:pPr");
  xml.open("a:defRPr").attribute("sz", static_cast<long long>(std::lround(size_pt * 100)));
  xml.attribute("b", bold ? "1" : "0");
  solid_fill(xml, chart.text_color);
  xml.open("a:latin").attribute("typeface", chart.font_family).close();
  xml.open("a:ea").attribute("typeface", chart.font_family).close();
  xml.open("a:cs").attribute("typeface", chart.font_family).close();
  xml.close().close().open("a:endParaRPr").attribute("lang", "en-US").close().close().close();
}

void string_reference(XmlWriter& xml, const std::string& formula,
                      const std::vector<std::string>& values) {
  xml.open("c:strRef").element("c:f", formula).open("c:strCache");
  xml.val("c:ptCount", static_cast<long long>(values.size()));
  for (size_t i = 0; i < values.size(); ++i)
    xml.open("c:pt").attribute("idx", static_cast<long long>(i)).element("c:v", values[i]).close();
  xml.close().close();
}

void number_reference(XmlWriter& xml, const std::string& formula,
                      const std::vector<std::optional<double>>& values, const std::string& code) {
  xml.open("c:numRef").element("c:f", formula).open("c:numCache").element("c:formatCode", code);
  xml.val("c:ptCount", static_cast<long long>(values.size()));
  for (size_t i = 0; i < values.size(); ++i)
    if (values[i] && std::isfinite(*values[i]))
      xml.open("c:pt")
          .attribute("idx", static_cast<long long>(i))
          .element("c:v", number(*values[i]))
          .close();
  xml.close().close();
}

void axis_title(XmlWriter& xml, const Native& chart, const std::string& title) {
  if (title.empty()) return;
  xml.open("c:title")
      .open("c:tx")
      .open("c:rich")
      .open("a:bodyPr")
      .close()
      .open("a:lstStyle")
      .close();
  xml.open("a:p")
      .open("a:r")
      .open("a:rPr")
      .attribute("lang", "en-US")
      .attribute("sz", static_cast<long long>(std::lround(chart.font_size_pt * 100)))
      .attribute("b", "0");
  solid_fill(xml, chart.text_color);
  xml.close().element("a:t", title).close().close().close().close();
  xml.val("c:overlay", "0").close();
}

// The axis line, ticks and labels common to category and value axes.
void axis_common(XmlWriter& xml, const Native& chart, int id, const char* position, bool deleted,
                 bool reversed, bool gridlines, const std::string& title, const std::string& format,
                 std::optional<double> min = std::nullopt, std::optional<double> max = std::nullopt,
                 bool log = false) {
  xml.val("c:axId", id).open("c:scaling");
  if (log) xml.val("c:logBase", 10);
  xml.val("c:orientation", reversed ? "maxMin" : "minMax");
  if (max) xml.val("c:max", number(*max));
  if (min) xml.val("c:min", number(*min));
  xml.close().val("c:delete", deleted ? "1" : "0").val("c:axPos", position);
  if (gridlines) {
    xml.open("c:majorGridlines").open("c:spPr");
    line(xml, chart.grid_color, 0.75);
    xml.close().close();
  }
  axis_title(xml, chart, title);
  xml.open("c:numFmt").attribute("formatCode", format).attribute("sourceLinked", "0").close();
  xml.val("c:majorTickMark", "none").val("c:minorTickMark", "none").val("c:tickLblPos", "nextTo");
  xml.open("c:spPr");
  if (gridlines)
    no_line(xml);
  else
    line(xml, chart.axis_color, 1);
  xml.close();
  text_properties(xml, chart, chart.font_size_pt);
}

void category_axis(XmlWriter& xml, const Native& chart, int id, int cross, const char* position,
                   bool reversed) {
  xml.open("c:catAx");
  axis_common(xml, chart, id, position, false, reversed, false, chart.x_title, "General");
  xml.val("c:crossAx", cross).val("c:crosses", "autoZero").val("c:auto", "1");
  xml.val("c:lblAlgn", "ctr").val("c:lblOffset", 100).val("c:noMultiLvlLbl", "0").close();
}

void value_axis(XmlWriter& xml, const Native& chart, int id, int cross, const char* position,
                bool deleted, bool gridlines, const std::string& title, const std::string& format,
                std::optional<double> min = std::nullopt, std::optional<double> max = std::nullopt,
                bool log = false) {
  xml.open("c:valAx");
  axis_common(xml, chart, id, position, deleted, false, gridlines, title, format, min, max, log);
  xml.val("c:crossAx", cross).val("c:crosses", "autoZero").val("c:crossBetween", "between");
  xml.close();
}

// A series' categories and values: cached, and as formulas into the workbook.
void categories_and_values(XmlWriter& xml, const Native& chart, size_t i,
                           const SheetRanges& ranges) {
  xml.open("c:cat");
  string_reference(xml, ranges.categories, chart.categories);
  xml.close().open("c:val");
  number_reference(xml, ranges.values[i], chart.series[i].values, chart.value_format);
  xml.close();
}

void series_start(XmlWriter& xml, const Native& chart, size_t i, const SheetRanges& ranges) {
  const auto& series = chart.series[i];
  xml.open("c:ser")
      .val("c:idx", static_cast<long long>(i))
      .val("c:order", static_cast<long long>(i));
  xml.open("c:tx");
  string_reference(xml, ranges.names[i], {series.name});
  xml.close();
}

void marker(XmlWriter& xml, const Color& color, const Color& fill, bool shown) {
  xml.open("c:marker").val("c:symbol", shown ? "circle" : "none");
  if (shown) {
    xml.val("c:size", 6).open("c:spPr");
    solid_fill(xml, fill);
    line(xml, color, 1.5);
    xml.close();
  }
  xml.close();
}

// Single points drawn differently: a highlighted bar, a slice, an estimated (open) marker.
void points(XmlWriter& xml, const Native& chart, const chart::NativeSeries& series,
            bool has_marker) {
  for (size_t p = 0; p < series.values.size(); ++p) {
    bool coloured = p < series.point_colors.size();
    bool open = has_marker && p < series.estimated.size() && series.estimated[p];
    if (!coloured && !open) continue;
    xml.open("c:dPt").val("c:idx", static_cast<long long>(p));
    if (chart.kind == Native::Kind::bar) xml.val("c:invertIfNegative", "0");
    if (open) marker(xml, series.color, chart.background, true);
    if (chart.kind == Native::Kind::bar || chart.kind == Native::Kind::pie ||
        chart.kind == Native::Kind::doughnut)
      xml.val("c:bubble3D", "0");
    if (coloured) {
      xml.open("c:spPr");
      solid_fill(xml, series.point_colors[p]);
      if (chart.kind == Native::Kind::pie || chart.kind == Native::Kind::doughnut)
        line(xml, chart.background, 1.2);
      xml.close();
    }
    xml.close();
  }
}

void value_labels(XmlWriter& xml, const Native& chart, bool shown, bool percent = false) {
  xml.open("c:dLbls");
  if (shown) {
    xml.open("c:numFmt")
        .attribute("formatCode", percent ? "0%" : chart.value_format)
        .attribute("sourceLinked", "0")
        .close();
    xml.open("c:spPr").open("a:noFill").close();
    no_line(xml);
    xml.close();
    text_properties(xml, chart, chart.font_size_pt, true);
  }
  xml.val("c:showLegendKey", "0").val("c:showVal", shown && !percent ? "1" : "0");
  xml.val("c:showCatName", "0").val("c:showSerName", "0");
  xml.val("c:showPercent", shown && percent ? "1" : "0").val("c:showBubbleSize", "0");
  xml.close();
}

void bar_chart(XmlWriter& xml, const Native& chart, const SheetRanges& ranges) {
  xml.open("c:barChart").val("c:barDir", chart.horizontal ? "bar" : "col");
  const char* grouping = chart.grouping == Native::Grouping::stacked   ? "stacked"
                         : chart.grouping == Native::Grouping::percent ? "percentStacked"
                                                                       : "clustered";
  xml.val("c:grouping", grouping).val("c:varyColors", "0");
  bool single = chart.series.size() == 1;
  for (size_t i = 0; i < chart.series.size(); ++i) {
    const auto& series = chart.series[i];
    series_start(xml, chart, i, ranges);
    xml.open("c:spPr");
    solid_fill(xml, series.color);
    xml.close().val("c:invertIfNegative", "0");
    points(xml, chart, series, false);
    value_labels(xml, chart, single);
    categories_and_values(xml, chart, i, ranges);
    xml.close();
  }
  xml.val("c:gapWidth", 50);
  if (chart.grouping != Native::Grouping::clustered) xml.val("c:overlap", 100);
  xml.val("c:axId", 1).val("c:axId", 2).close();
  // A ranking reads from the top and labels its bars, as folio draws it: no value axis.
  category_axis(xml, chart, 1, 2, chart.horizontal ? "l" : "b", chart.horizontal);
  value_axis(xml, chart, 2, 1, chart.horizontal ? "b" : "l", chart.horizontal && single,
             !(chart.horizontal && single), chart.y_title,
             chart.grouping == Native::Grouping::percent ? "0%" : chart.value_format);
}

void line_or_area_chart(XmlWriter& xml, const Native& chart, const SheetRanges& ranges) {
  bool area = chart.kind == Native::Kind::area;
  xml.open(area ? "c:areaChart" : "c:lineChart");
  const char* grouping = chart.grouping == Native::Grouping::stacked   ? "stacked"
                         : chart.grouping == Native::Grouping::percent ? "percentStacked"
                                                                       : "standard";
  xml.val("c:grouping", grouping).val("c:varyColors", "0");
  for (size_t i = 0; i < chart.series.size(); ++i) {
    const auto& series = chart.series[i];
    series_start(xml, chart, i, ranges);
    xml.open("c:spPr");
    if (area) {
      Color fill = series.color;
      if (chart.grouping == Native::Grouping::standard) fill.a = 0.35;  // overlaid, as folio
      solid_fill(xml, fill);
    }
    line(xml, series.color, 2.25);
    xml.close();
    if (!area) marker(xml, series.color, series.color, chart.markers);
    points(xml, chart, series, !area && chart.markers);
    categories_and_values(xml, chart, i, ranges);
    if (!area) xml.val("c:smooth", "0");
    xml.close();
  }
  if (!area) xml.open("c:marker").attribute("val", "1").close();
  xml.val("c:axId", 1).val("c:axId", 2).close();
  category_axis(xml, chart, 1, 2, "b", false);
  value_axis(xml, chart, 2, 1, "l", false, true, chart.y_title,
             chart.grouping == Native::Grouping::percent ? "0%" : chart.value_format, std::nullopt,
             std::nullopt, chart.y_log);
}

void scatter_chart(XmlWriter& xml, const Native& chart, const SheetRanges& ranges) {
  xml.open("c:scatterChart").val("c:scatterStyle", "lineMarker").val("c:varyColors", "0");
  for (size_t i = 0; i < chart.series.size(); ++i) {
    const auto& series = chart.series[i];
    series_start(xml, chart, i, ranges);
    xml.open("c:spPr");
    if (chart.lines)
      line(xml, series.color, 2.25);
    else
      no_line(xml);
    xml.close();
    marker(xml, series.color, series.color, chart.markers);
    points(xml, chart, series, chart.markers);
    std::vector<std::optional<double>> xs(series.xs.begin(), series.xs.end());
    xml.open("c:xVal");
    number_reference(xml, ranges.xs[i], xs, chart.x_format);
    xml.close().open("c:yVal");
    number_reference(xml, ranges.values[i], series.values, chart.value_format);
    xml.close().val("c:smooth", "0").close();
  }
  xml.val("c:axId", 1).val("c:axId", 2).close();
  value_axis(xml, chart, 1, 2, "b", false, false, chart.x_title, chart.x_format,
             chart.x_log ? std::nullopt : chart.x_min, chart.x_log ? std::nullopt : chart.x_max,
             chart.x_log);
  value_axis(xml, chart, 2, 1, "l", false, true, chart.y_title, chart.value_format, std::nullopt,
             std::nullopt, chart.y_log);
}

void round_chart(XmlWriter& xml, const Native& chart, const SheetRanges& ranges) {
  bool doughnut = chart.kind == Native::Kind::doughnut;
  xml.open(doughnut ? "c:doughnutChart" : "c:pieChart").val("c:varyColors", "1");
  for (size_t i = 0; i < chart.series.size(); ++i) {
    const auto& series = chart.series[i];
    series_start(xml, chart, i, ranges);
    points(xml, chart, series, false);
    value_labels(xml, chart, true, true);
    categories_and_values(xml, chart, i, ranges);
    xml.close();
  }
  xml.val("c:firstSliceAng", 0);
  if (doughnut) xml.val("c:holeSize", 60);
  xml.close();
}

}  // namespace

std::string srgb(const Color& color) {
  std::string hex = color.with_alpha(1).hex().substr(1);  // alpha is a:alpha, apart
  for (char& c : hex) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return hex;
}

std::string chart_part_xml(const chart::NativeChart& chart, const std::string& language,
                           const std::string& workbook_relationship) {
  auto ranges = sheet_ranges(chart);
  XmlWriter xml;
  xml.open("c:chartSpace")
      .attribute("xmlns:c", "http://schemas.openxmlformats.org/drawingml/2006/chart")
      .attribute("xmlns:a", "http://schemas.openxmlformats.org/drawingml/2006/main")
      .attribute("xmlns:r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
  xml.val("c:date1904", "0").val("c:lang", language).val("c:roundedCorners", "0");
  // The slide shows the chart's title; the chart part has none of its own.
  xml.open("c:chart").val("c:autoTitleDeleted", "1").open("c:plotArea").open("c:layout").close();
  switch (chart.kind) {
    case Native::Kind::bar:
      bar_chart(xml, chart, ranges);
      break;
    case Native::Kind::line:
    case Native::Kind::area:
      line_or_area_chart(xml, chart, ranges);
      break;
    case Native::Kind::scatter:
      scatter_chart(xml, chart, ranges);
      break;
    case Native::Kind::doughnut:
    case Native::Kind::pie:
      round_chart(xml, chart, ranges);
      break;
  }
  xml.open("c:spPr").open("a:noFill").close();
  no_line(xml);
  xml.close().close();  // plotArea
  bool round = chart.kind == Native::Kind::pie || chart.kind == Native::Kind::doughnut;
  if (chart.legend && (chart.series.size() > 1 || round)) {
    xml.open("c:legend").val("c:legendPos", round ? "r" : "t").val("c:overlay", "0");
    text_properties(xml, chart, chart.font_size_pt);
    xml.close();
  }
  xml.val("c:plotVisOnly", "1").val("c:dispBlanksAs", "gap").close();  // chart
  xml.open("c:spPr").open("a:noFill").close();
  no_line(xml);
  xml.close();
  text_properties(xml, chart, chart.font_size_pt);
  xml.open("c:externalData").attribute("r:id", workbook_relationship);
  xml.val("c:autoUpdate", "0").close();
  xml.close();
  return xml.finish();
}

}  // namespace folio::render::pptx
