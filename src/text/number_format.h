#pragma once
#include <string>
#include <vector>

#include "spec/document.h"

namespace folio::text {

// Every function here writes in `language` (the document's or the chart's, BCP 47) unless the
// format names a locale of its own.

// Formats one value for a label or a tile with ICU: "US$700 million", "US$7억", "5.8B", "58억",
// "12.5%", "20×". Values are multiplied by format.magnitude first (data kept in millions has
// 1e6).
std::string format_number(double value, const spec::NumberFormat& format,
                          const std::string& language);

// Formats axis ticks in one shared compact unit with as many decimals as the step needs; only
// the tick furthest from zero carries the currency and unit ("US$1.2B" at the top, "0.8"
// below), so labels stay short yet unambiguous.
std::vector<std::string> format_ticks(const std::vector<double>& ticks,
                                      const spec::NumberFormat& format, const std::string& language);

// The cells of a table column, written alike: one unit for all (the largest value's: "24.0",
// "19.4" million, never "24 million" beside "19.4 million") and one precision (as many decimals
// as the values need, at most two), so that the column reads and aligns as one.
std::vector<std::string> format_column(const std::vector<double>& values,
                                       const spec::NumberFormat& format, const std::string& language);

// Log-axis ticks span several units, so each is written whole in the short notation ("10K",
// "100K", "1M"); only the largest carries the currency and affixes ("US$10M").
std::vector<std::string> format_log_ticks(const std::vector<double>& ticks,
                                          const spec::NumberFormat& format,
                                          const std::string& language);

}  // namespace folio::text
