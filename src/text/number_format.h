#pragma once
#include <string>
#include <vector>

#include "spec/document.h"

namespace folio::text {

// Formats one value for a label or a tile: "USD 1.0 bn", "700 m", "20×", "1997", "12.5%".
// Values are multiplied by format.magnitude first (data kept in millions has 1e6).
std::string format_number(double value, const spec::NumberFormat& format);

// Formats axis ticks with one shared unit and as many decimals as the step needs; only the
// largest tick carries the currency and unit ("USD 1.2 bn" at the top, "0.8" below), so
// labels stay short yet unambiguous.
std::vector<std::string> format_ticks(const std::vector<double>& ticks,
                                      const spec::NumberFormat& format);

// Digits grouped in threes with ',' and exactly `decimals` decimals: 1234.5 -> "1,234.5".
std::string group_digits(double value, int decimals);

}  // namespace folio::text
