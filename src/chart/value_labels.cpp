#include "chart/value_labels.h"

#include <algorithm>
#include <cmath>

#include "text/number_format.h"
#include "text/shaped_text.h"

namespace folio::chart {

ValueWriter value_writer(const std::vector<double>& values, const spec::NumberFormat& format,
                         const model::TextStyle& style, double width, const std::string& language) {
  double largest = 0;
  for (double v : values) largest = std::max(largest, std::fabs(v));
  spec::NumberFormat in_short = format, bare = format;
  in_short.notation = "short";
  if (bare.style == spec::NumberStyle::currency) bare.style = spec::NumberStyle::compact;  // the axis names the currency
  bare.notation = "short";
  std::vector<ValueWriter> writers{
      [format, language](double v) { return text::format_number(v, format, language); },
      [in_short, language](double v) { return text::format_number(v, in_short, language); },
      [bare, language](double v) { return text::format_number(v, bare, language); },
      // A bare number in the unit of the largest: the axis's top tick names it.
      [bare, largest, language](double v) {
        return text::format_ticks({0, v, largest * 2}, bare, language)[1];
      }};
  for (const auto& writer : writers) {
    bool fits = std::all_of(values.begin(), values.end(), [&](double v) {
      return text::shape_text(writer(v), style)->size().width <= width;
    });
    if (fits) return writer;
  }
  return writers.back();
}

}  // namespace folio::chart
