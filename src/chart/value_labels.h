#pragma once
// How a chart writes the values on its marks (over columns, beside bars): the richest form
// that fits every label in the room each has, so that all labels read alike.
#include <functional>
#include <string>
#include <vector>

#include "model/theme.h"
#include "spec/document.h"

namespace folio::chart {

using ValueWriter = std::function<std::string(double)>;

// "US$40 million", else "US$40M", else "40M", else "40" (in the unit of the largest, which
// the axis's top tick names): the first of these in which every value fits `width`.
ValueWriter value_writer(const std::vector<double>& values, const spec::NumberFormat& format,
                         const model::TextStyle& style, double width, const std::string& language);

}  // namespace folio::chart
