#include "text/number_format.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace folio::text {
namespace {

// The hyphen-minus, not U+2212: Debian's Noto Sans has no minus sign (it would print as a
// missing glyph), and "-12" pastes into a spreadsheet as a number.
constexpr const char* kMinus = "-";

// Magnitudes this small print in scientific notation; fixed decimals would show only zeros.
constexpr double kTinyMagnitude = 1e-3;

std::string scientific(double magnitude, int decimals) {
  int exponent = static_cast<int>(std::floor(std::log10(magnitude)));
  double mantissa = magnitude / std::pow(10.0, exponent);
  if (std::round(mantissa * std::pow(10, decimals)) >= 10 * std::pow(10, decimals))
    mantissa /= 10, ++exponent;
  return fmt::format("{:.{}f}e{}{}", mantissa, decimals, exponent < 0 ? kMinus : "",
                     std::abs(exponent));
}

struct CompactUnit {
  double divisor;
  const char* suffix;
};

// Units as English-language briefings write them ("USD 700 m", "USD 5.8 bn").
CompactUnit compact_unit_for(double magnitude) {
  double a = std::fabs(magnitude);
  if (a >= 1e12) return {1e12, " tn"};
  if (a >= 1e9) return {1e9, " bn"};
  if (a >= 1e6) return {1e6, " m"};
  if (a >= 1e4) return {1e3, " k"};
  return {1, ""};
}

bool uses_units(const std::string& style) {
  return style == "compact" || style == "currency";
}

int decimals_for_step(double step) {
  if (step <= 0) return 0;
  int decimals = 0;
  while (decimals < 6 && std::fabs(step * std::pow(10, decimals) -
                                   std::round(step * std::pow(10, decimals))) > 1e-6)
    ++decimals;
  return decimals;
}

std::string with_affixes(const std::string& number, const spec::NumberFormat& format,
                         bool negative) {
  std::string currency = format.style == "currency" ? format.currency + " " : "";
  return (negative ? kMinus : "") + format.prefix + currency + number + format.suffix;
}

}  // namespace

std::string group_digits(double value, int decimals) {
  std::string digits = fmt::format("{:.{}f}", std::fabs(value), decimals);
  auto point = digits.find('.');
  std::string whole = digits.substr(0, point);
  std::string grouped;
  for (size_t i = 0; i < whole.size(); ++i) {
    if (i > 0 && (whole.size() - i) % 3 == 0) grouped += ',';
    grouped += whole[i];
  }
  return grouped + (point == std::string::npos ? "" : digits.substr(point));
}

std::string format_number(double value, const spec::NumberFormat& format) {
  double actual = value * format.magnitude;
  bool negative = actual < 0 && std::fabs(actual) > 1e-12;
  double magnitude = std::fabs(actual);
  if (format.style == "year") return format.prefix + fmt::format("{:.0f}", actual) + format.suffix;
  if (format.style == "percent") {
    double percent = magnitude * 100;
    int decimals =
        format.decimals.value_or(std::fabs(percent - std::round(percent)) < 0.05 ? 0 : 1);
    return with_affixes(group_digits(magnitude * 100, decimals) + "%", format, negative);
  }
  if (format.style == "multiple") {
    int decimals = format.decimals.value_or(magnitude == std::round(magnitude) ? 0 : 1);
    return with_affixes(group_digits(magnitude, decimals) + "×", format, negative);
  }
  if (uses_units(format.style)) {
    CompactUnit unit = compact_unit_for(magnitude);
    double scaled = magnitude / unit.divisor;
    // Three significant digits at most: "1.0 bn" (one decimal below ten, so a round billion
    // does not read as anything from 0.5 to 1.5), "13.5 bn", "225 m".
    bool whole = std::fabs(scaled - std::round(scaled)) < 0.05;
    int decimals = format.decimals.value_or(
        unit.divisor > 1 && (scaled < 10 || (scaled < 100 && !whole)) ? 1 : 0);
    return with_affixes(group_digits(scaled, decimals) + unit.suffix, format, negative);
  }
  if (magnitude > 0 && magnitude < kTinyMagnitude)
    return with_affixes(scientific(magnitude, format.decimals.value_or(1)), format, negative);
  int decimals = format.decimals.value_or(
      magnitude == std::round(magnitude) ? 0 : std::min(2, decimals_for_step(magnitude)));
  return with_affixes(group_digits(magnitude, decimals), format, negative);
}

std::vector<std::string> format_ticks(const std::vector<double>& ticks,
                                      const spec::NumberFormat& format) {
  std::vector<std::string> labels;
  if (ticks.empty()) return labels;
  double largest = 0;
  for (double tick : ticks) largest = std::max(largest, std::fabs(tick * format.magnitude));
  double step = ticks.size() > 1 ? std::fabs(ticks[1] - ticks[0]) * format.magnitude : largest;
  size_t unit_index = 0;  // the tick furthest from zero carries the unit
  for (size_t i = 0; i < ticks.size(); ++i)
    if (std::fabs(ticks[i]) > std::fabs(ticks[unit_index])) unit_index = i;

  for (size_t i = 0; i < ticks.size(); ++i) {
    double actual = ticks[i] * format.magnitude;
    bool negative = actual < -1e-12;
    if (format.style == "year") {
      labels.push_back(fmt::format("{:.0f}", actual));
      continue;
    }
    std::string number;
    std::string_view unit_suffix;
    if (format.style == "percent") {
      number = group_digits(std::fabs(actual) * 100,
                            format.decimals.value_or(decimals_for_step(step * 100)));
      unit_suffix = "%";
    } else if (uses_units(format.style)) {
      CompactUnit unit = compact_unit_for(largest);
      number = group_digits(std::fabs(actual) / unit.divisor,
                            format.decimals.value_or(decimals_for_step(step / unit.divisor)));
      unit_suffix = unit.suffix;
    } else if (largest > 0 && largest < kTinyMagnitude) {
      number = std::fabs(actual) < 1e-300
                   ? "0"
                   : scientific(std::fabs(actual), format.decimals.value_or(1));
    } else {
      number = group_digits(std::fabs(actual), format.decimals.value_or(decimals_for_step(step)));
      if (format.style == "multiple") unit_suffix = "×";
    }
    if (std::fabs(actual) < 1e-12) {
      labels.push_back("0");
    } else if (i == unit_index) {
      labels.push_back(with_affixes(number.append(unit_suffix), format, negative));
    } else {
      labels.push_back((negative ? kMinus : "") + number + (format.style == "percent" ? "%" : ""));
    }
  }
  return labels;
}

}  // namespace folio::text
