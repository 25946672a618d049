#include "text/number_format.h"

#include <algorithm>
#include <cmath>

#include "text/icu_format.h"

namespace folio::text {
namespace {

// Magnitudes this small print in scientific notation; fixed decimals would show only zeros.
constexpr double kTinyMagnitude = 1e-4;
// Below this, compact units save nothing: "2,500" reads better than "2.5K" on an axis.
constexpr double kCompactFrom = 1e4;
// Plain decimal ticks from this size on share a compact unit ("6B", not "6,000,000,000").
constexpr double kLongDecimalTicks = 1e6;
// Written-out units ("700 million") start at a million; "25 thousand dollars" reads oddly.
constexpr double kLongUnitsFrom = 1e6;

// Internal helpers read the locale from the format, which the public functions fill in.
const std::string& locale_of(const spec::NumberFormat& format) {
  return format.locale;
}

spec::NumberFormat in_language(spec::NumberFormat format, const std::string& language) {
  if (format.locale.empty()) format.locale = language.empty() ? "en" : language;
  return format;
}

std::string precision(int decimals) {
  // Built by append: GCC 12 warns falsely on `"." + std::string(...)` (-Wrestrict).
  return decimals <= 0 ? std::string("precision-integer")
                       : std::string(".").append(static_cast<size_t>(decimals), '0');
}

// Whole numbers without decimals, others with up to two ("3", "3.14"), none from a million on
// (where they would only be noise); below one, up to three significant digits, so that 0.0004
// is never written "0".
std::string automatic_precision(double value) {
  double magnitude = std::fabs(value);
  if (std::fabs(value - std::round(value)) < 1e-9) return "precision-integer";
  // Decimals where they matter: none on thousands, where they would only be noise.
  return magnitude < 1 ? "@##" : magnitude < 1e6 ? ".##" : "precision-integer";
}

int decimals_for_step(double step) {
  if (step <= 0) return 0;
  int decimals = 0;
  while (decimals < 6 && std::fabs(step * std::pow(10, decimals) -
                                   std::round(step * std::pow(10, decimals))) > 1e-6)
    ++decimals;
  return decimals;
}

// `body` with the locale's minus sign where it puts it for a negative number.
std::string negated(const std::string& body, const std::string& locale) {
  std::string minus_one = icu_number(-1, "precision-integer", locale);
  std::string one = icu_number(1, "precision-integer", locale);
  auto at = minus_one.rfind(one);
  return at == std::string::npos ? "-" + body : minus_one.replace(at, one.size(), body);
}

// Currency symbols as an international readership needs them: a language without a region
// takes CLDR's world-region symbols, so the US dollar is "US$" in English, never a bare "$".
std::string currency_locale(const std::string& locale) {
  return locale.find('-') == std::string::npos ? locale + "-001" : locale;
}

std::string with_currency(const std::string& unsigned_number, bool negative,
                          const spec::NumberFormat& format) {
  const std::string& locale = locale_of(format);
  auto affixes =
      currency_affixes(format.currency, format.currency_display, currency_locale(locale));
  std::string body = affixes.prefix + unsigned_number + affixes.suffix;
  return negative ? negated(body, locale) : body;
}

bool is_negative(double value) {
  return value < 0 && std::fabs(value) > 1e-12;
}

std::string affixed(const std::string& number, const spec::NumberFormat& format) {
  return format.prefix + number + format.suffix;
}

std::string format_amount(double actual, const spec::NumberFormat& format) {
  const std::string& locale = locale_of(format);
  double magnitude = std::fabs(actual);
  bool currency = format.style == spec::NumberStyle::currency;
  std::string notation = !format.notation.empty() ? format.notation : currency ? "long" : "short";
  if (notation == "long" && magnitude < kLongUnitsFrom) notation = "";
  double divisor = notation.empty() ? 1 : compact_divisor(magnitude, locale);
  std::string skeleton;
  if (divisor > 1) {
    // Three significant digits at most, and one decimal below ten so that a round billion
    // reads "1.0B", not "1B" (anything from 0.5 to 1.5).
    double scaled = magnitude / divisor;
    bool whole = std::fabs(scaled - std::round(scaled)) < 0.05;
    int decimals = format.decimals.value_or(scaled < 10 || (scaled < 100 && !whole) ? 1 : 0);
    // In a sentence a round figure needs no decimal: "US$1 billion", "US$1.2 billion".
    std::string digits = format.trim_zeros && decimals > 0
                             ? std::string(".").append(static_cast<size_t>(decimals), '#')
                             : precision(decimals);
    skeleton = "compact-" + notation + " " + digits;
  } else {
    skeleton = format.decimals ? precision(*format.decimals) : automatic_precision(magnitude);
  }
  std::string number = icu_number(magnitude, skeleton, locale);
  if (currency) return with_currency(number, is_negative(actual), format);
  return is_negative(actual) ? negated(number, locale) : number;
}

}  // namespace

std::string format_number(double value, const spec::NumberFormat& written,
                          const std::string& language) {
  const spec::NumberFormat format = in_language(written, language);
  double actual = value * format.magnitude;
  const std::string& locale = locale_of(format);
  std::string out;
  if (!format.pattern.empty() && icu_pattern(actual, format.pattern, locale, out))
    return affixed(out, format);
  double magnitude = std::fabs(actual);
  if (format.style == spec::NumberStyle::year)
    return affixed(icu_number(actual, "precision-integer group-off", locale), format);
  if (format.style == spec::NumberStyle::ordinal) return affixed(icu_ordinal_digits(actual, locale), format);
  if (format.style == spec::NumberStyle::percent) {
    double percent = magnitude * 100;
    int decimals =
        format.decimals.value_or(std::fabs(percent - std::round(percent)) < 0.05 ? 0 : 1);
    return affixed(icu_number(actual, "percent scale/100 " + precision(decimals), locale), format);
  }
  if (format.style == spec::NumberStyle::multiple) {
    int decimals = format.decimals.value_or(magnitude == std::round(magnitude) ? 0 : 1);
    return affixed(icu_number(actual, precision(decimals), locale) + "×", format);
  }
  // A plain number asked for in a notation is written in compact units ("1.1T").
  if (format.style == spec::NumberStyle::compact || format.style == spec::NumberStyle::currency ||
      (format.style == spec::NumberStyle::decimal && !format.notation.empty() && magnitude >= kCompactFrom))
    return affixed(format_amount(actual, format), format);
  if (magnitude > 0 && magnitude < kTinyMagnitude)
    return affixed(
        icu_number(actual, "scientific " + precision(format.decimals.value_or(1)), locale), format);
  std::string skeleton =
      format.decimals ? precision(*format.decimals) : automatic_precision(magnitude);
  return affixed(icu_number(actual, skeleton, locale), format);
}

std::vector<std::string> format_ticks(const std::vector<double>& ticks,
                                      const spec::NumberFormat& written,
                                      const std::string& language) {
  const spec::NumberFormat format = in_language(written, language);
  std::vector<std::string> labels;
  if (ticks.empty()) return labels;
  const std::string& locale = locale_of(format);
  double largest = 0;
  for (double tick : ticks) largest = std::max(largest, std::fabs(tick * format.magnitude));
  double step = ticks.size() > 1 ? std::fabs(ticks[1] - ticks[0]) * format.magnitude : largest;
  size_t unit_index = 0;  // the tick furthest from zero carries the unit
  for (size_t i = 0; i < ticks.size(); ++i)
    if (std::fabs(ticks[i]) > std::fabs(ticks[unit_index])) unit_index = i;

  // Plain numbers of seven digits and more are unreadable on an axis: they share a compact
  // unit too ("0", "2", "4", "6B") unless a pattern asks otherwise.
  bool amount = format.style == spec::NumberStyle::compact || format.style == spec::NumberStyle::currency ||
                (format.style == spec::NumberStyle::decimal && largest >= kLongDecimalTicks);
  double divisor = amount && largest >= kCompactFrom ? compact_divisor(largest, locale) : 1;
  bool tiny = format.style == spec::NumberStyle::decimal && largest > 0 && largest < kTinyMagnitude;
  int decimals = format.decimals.value_or(
      decimals_for_step(format.style == spec::NumberStyle::percent ? step * 100 : step / divisor));
  std::string zero = icu_number(0, "precision-integer", locale);

  for (size_t i = 0; i < ticks.size(); ++i) {
    double actual = ticks[i] * format.magnitude;
    std::string label;
    if (!format.pattern.empty() && icu_pattern(actual, format.pattern, locale, label)) {
    } else if (format.style == spec::NumberStyle::year) {
      label = icu_number(actual, "precision-integer group-off", locale);
    } else if (std::fabs(actual) < 1e-12) {
      label = zero;
    } else if (format.style == spec::NumberStyle::percent) {
      label = icu_number(actual, "percent scale/100 " + precision(decimals), locale);
    } else if (tiny) {
      label = icu_number(actual, "scientific " + precision(format.decimals.value_or(1)), locale);
    } else if (i != unit_index) {
      label = icu_number(actual / divisor, precision(decimals), locale);
    } else if (amount) {
      std::string skeleton = (divisor > 1 ? "compact-short " : "") + precision(decimals);
      if (format.style == spec::NumberStyle::currency) {
        label = with_currency(icu_number(std::fabs(actual), skeleton, locale), is_negative(actual),
                              format);
      } else {
        label = icu_number(actual, skeleton, locale);
      }
    } else {
      label = icu_number(actual, precision(decimals), locale);
      if (format.style == spec::NumberStyle::multiple) label += "×";
    }
    labels.push_back(i == unit_index ? affixed(label, format) : label);
  }
  return labels;
}

std::vector<std::string> format_log_ticks(const std::vector<double>& ticks,
                                          const spec::NumberFormat& written,
                                          const std::string& language) {
  const spec::NumberFormat format = in_language(written, language);
  spec::NumberFormat largest = format, others = format;
  // Amounts span units on a log axis: each in its own ("10K", "1M"); plain numbers stay whole.
  if (format.style != spec::NumberStyle::decimal) largest.notation = others.notation = "short";
  if (others.style == spec::NumberStyle::currency) others.style = spec::NumberStyle::compact;
  others.prefix = others.suffix = "";
  // Whole ticks need no decimals: "1K", not "1.0K".
  if (!largest.decimals) largest.decimals = others.decimals = 0;
  std::vector<std::string> labels;
  for (size_t i = 0; i < ticks.size(); ++i) {
    double value = ticks[i] * format.magnitude;
    bool whole_in_unit = std::fabs(value) >= 1;
    auto& chosen = i + 1 == ticks.size() ? largest : others;
    spec::NumberFormat shown = chosen;
    if (!whole_in_unit || format.style == spec::NumberStyle::decimal) shown.decimals.reset();
    labels.push_back(format_number(ticks[i], shown, language));
  }
  return labels;
}

namespace {

// Decimals (at most `most`) that write `value` without losing what it shows.
int decimals_needed(double value, int most) {
  for (int d = 0; d < most; ++d) {
    double scaled = std::fabs(value) * std::pow(10, d);
    if (std::fabs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, scaled)) return d;
  }
  return most;
}

}  // namespace

std::vector<std::string> format_column(const std::vector<double>& values,
                                       const spec::NumberFormat& written,
                                       const std::string& language) {
  const spec::NumberFormat format = in_language(written, language);
  std::vector<std::string> out;
  if (values.empty()) return out;
  const std::string& locale = locale_of(format);
  double largest = 0;
  for (double v : values) largest = std::max(largest, std::fabs(v * format.magnitude));
  bool amount = format.style == spec::NumberStyle::compact || format.style == spec::NumberStyle::currency ||
                (format.style == spec::NumberStyle::decimal && !format.notation.empty());
  bool own_rule = !format.pattern.empty() || format.style == spec::NumberStyle::year || format.style == spec::NumberStyle::ordinal ||
                  format.style == spec::NumberStyle::multiple;
  std::string notation = !format.notation.empty()     ? format.notation
                         : format.style == spec::NumberStyle::currency ? "long"
                                                      : "short";
  bool units = amount && !own_rule && largest >= kCompactFrom &&
               !(notation == "long" && largest < kLongUnitsFrom);
  // Columns of tiny numbers keep each value's own significant digits (never "0.00").
  bool tiny = largest > 0 && largest < kTinyMagnitude;
  if (own_rule || tiny ||
      (!units && format.style != spec::NumberStyle::decimal && format.style != spec::NumberStyle::currency &&
       format.style != spec::NumberStyle::compact && format.style != spec::NumberStyle::percent)) {
    for (double v : values) out.push_back(format_number(v, format, language));
    return out;
  }
  if (format.style == spec::NumberStyle::percent) {
    int decimals = 0;
    for (double v : values) decimals = std::max(decimals, decimals_needed(v * 100, 1));
    spec::NumberFormat fixed = format;
    fixed.decimals = format.decimals.value_or(decimals);
    for (double v : values) out.push_back(format_number(v, fixed, language));
    return out;
  }
  double divisor = units ? compact_divisor(largest, locale) : 1;
  // The unit's words or letters around a number, as the locale writes them ("{} million").
  std::string unit_prefix, unit_suffix;
  if (divisor > 1) {
    std::string two = icu_number(2 * divisor, "compact-" + notation + " precision-integer", locale);
    std::string digit = icu_number(2, "precision-integer", locale);
    auto at = two.find(digit);
    if (at != std::string::npos)
      unit_prefix = two.substr(0, at), unit_suffix = two.substr(at + digit.size());
  }
  int decimals = 0;
  if (format.decimals) {
    decimals = *format.decimals;
  } else {
    for (double v : values) {
      double scaled = std::fabs(v * format.magnitude) / divisor;
      // Plain numbers keep the decimals they have, up to two: a table is where figures are
      // looked up, and 143.7 must not read 144. In a unit ("19.4 million") three significant
      // digits are enough, and a single digit keeps one decimal.
      int most = divisor == 1 ? 2 : scaled >= 100 ? 0 : scaled >= 10 ? 1 : 2;
      if (divisor > 1 && scaled < 10) most = std::max(most, 1);
      decimals = std::max(decimals, std::min(most, decimals_needed(scaled, 3)));
    }
    if (divisor > 1 && largest / divisor < 10) decimals = std::max(decimals, 1);
  }
  for (double v : values) {
    double actual = v * format.magnitude;
    std::string number = unit_prefix +
                         icu_number(std::fabs(actual) / divisor, precision(decimals), locale) +
                         unit_suffix;
    std::string text = format.style == spec::NumberStyle::currency
                           ? with_currency(number, is_negative(actual), format)
                       : is_negative(actual) ? negated(number, locale)
                                             : number;
    out.push_back(affixed(text, format));
  }
  return out;
}

}  // namespace folio::text
