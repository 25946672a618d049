#pragma once
#include <string>
#include <vector>

#include "spec/document.h"

namespace folio::text {

// The locale of every format that names none: the document's meta.language, or the chart
// command's --language. English until set.
void set_default_locale(const std::string& bcp47);
const std::string& default_locale();

// Makes `bcp47` the default locale until it goes out of scope (a chart's own "language");
// an empty tag changes nothing.
class ScopedLocale {
 public:
  explicit ScopedLocale(const std::string& bcp47);
  ~ScopedLocale();
  ScopedLocale(const ScopedLocale&) = delete;
  ScopedLocale& operator=(const ScopedLocale&) = delete;

 private:
  std::string previous_;
};

// Formats one value for a label or a tile with ICU, in the format's locale: "US$700 million",
// "US$7억", "5.8B", "58억", "12.5%", "20×". Values are multiplied by format.magnitude first
// (data kept in millions has 1e6).
std::string format_number(double value, const spec::NumberFormat& format);

// Formats axis ticks in one shared compact unit with as many decimals as the step needs; only
// the tick furthest from zero carries the currency and unit ("US$1.2B" at the top, "0.8"
// below), so labels stay short yet unambiguous.
std::vector<std::string> format_ticks(const std::vector<double>& ticks,
                                      const spec::NumberFormat& format);

// Log-axis ticks span several units, so each is written whole in the short notation ("10K",
// "100K", "1M"); only the largest carries the currency and affixes ("US$10M").
std::vector<std::string> format_log_ticks(const std::vector<double>& ticks,
                                          const spec::NumberFormat& format);

}  // namespace folio::text
