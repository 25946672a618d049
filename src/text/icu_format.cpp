#include "text/icu_format.h"

#include <unicode/calendar.h>
#include <unicode/decimfmt.h>
#include <unicode/dtptngen.h>
#include <unicode/msgfmt.h>
#include <unicode/rbnf.h>
#include <unicode/numberformatter.h>
#include <unicode/smpdtfmt.h>
#include <unicode/uchar.h>

#include <cmath>
#include <map>
#include <memory>
#include <optional>
#include <utility>

namespace folio::text {
namespace {

using icu::UnicodeString;
using icu::number::LocalizedNumberFormatter;

std::string utf8(const UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

UnicodeString unicode(std::string_view text) {
  return UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
}

// Skeletons come from folio's code or were checked when the document was read, so a failure
// here is a programming error; it falls back to plain digits rather than printing nothing.
std::optional<LocalizedNumberFormatter> from_skeleton(std::string_view skeleton,
                                                      const std::string& locale) {
  UErrorCode status = U_ZERO_ERROR;
  UParseError where;
  auto unlocalized = icu::number::NumberFormatter::forSkeleton(unicode(skeleton), where, status);
  if (U_FAILURE(status)) return std::nullopt;
  return unlocalized.locale(icu::Locale::forLanguageTag(locale, status));
}

std::optional<LocalizedNumberFormatter> from_decimal_pattern(const std::string& pattern,
                                                             const std::string& locale) {
  // ICU takes nearly any text as a pattern of literal affixes; one without a digit place
  // ("0" or "#") is a typo, not a format.
  if (pattern.find_first_of("0#@") == std::string::npos) return std::nullopt;
  UErrorCode status = U_ZERO_ERROR;
  auto symbols = std::make_unique<icu::DecimalFormatSymbols>(
      icu::Locale::forLanguageTag(locale, status), status);
  if (U_FAILURE(status)) return std::nullopt;
  icu::DecimalFormat format(unicode(pattern), symbols.release(), status);
  if (U_FAILURE(status)) return std::nullopt;
  const LocalizedNumberFormatter* formatter = format.toNumberFormatter(status);
  if (U_FAILURE(status) || !formatter) return std::nullopt;
  return *formatter;
}

const LocalizedNumberFormatter* cached(std::string_view skeleton, const std::string& locale,
                                       bool decimal_pattern = false) {
  // Per thread: ICU formatters may not be shared between threads while formatting.
  thread_local std::map<std::tuple<std::string, std::string, bool>,
                  std::optional<LocalizedNumberFormatter>>
      formatters;
  auto key = std::make_tuple(std::string(skeleton), locale, decimal_pattern);
  auto found = formatters.find(key);
  if (found == formatters.end()) {
    auto made = decimal_pattern ? from_decimal_pattern(std::string(skeleton), locale)
                                : from_skeleton(skeleton, locale);
    found = formatters.emplace(std::move(key), std::move(made)).first;
  }
  return found->second ? &*found->second : nullptr;
}

std::string format_with(const LocalizedNumberFormatter& formatter, double value) {
  UErrorCode status = U_ZERO_ERROR;
  auto formatted = formatter.formatDouble(value, status);
  auto text = formatted.toString(status);
  return U_SUCCESS(status) ? utf8(text) : std::to_string(value);
}

// The digits a formatted number shows, read back as a value: 5.8 from "US$5.8B", 58 from
// "58억". Digits may be any script's; ICU says which spans are integer and fraction.
double shown_number(const icu::number::FormattedNumber& formatted, const UnicodeString& text) {
  UErrorCode status = U_ZERO_ERROR;
  icu::ConstrainedFieldPosition position;
  position.constrainCategory(UFIELD_CATEGORY_NUMBER);
  double whole = 0, fraction = 0, scale = 1;
  while (formatted.nextPosition(position, status) && U_SUCCESS(status)) {
    bool integer = position.getField() == UNUM_INTEGER_FIELD;
    if (!integer && position.getField() != UNUM_FRACTION_FIELD) continue;
    for (int32_t i = position.getStart(); i < position.getLimit(); ++i) {
      int32_t digit = u_charDigitValue(text.char32At(i));
      if (digit < 0) continue;  // a grouping separator inside the integer
      if (integer) {
        whole = whole * 10 + digit;
      } else {
        scale /= 10;
        fraction += digit * scale;
      }
    }
  }
  return whole + fraction;
}

}  // namespace

std::string icu_number(double value, std::string_view skeleton, const std::string& locale) {
  const auto* formatter = cached(skeleton, locale);
  return formatter ? format_with(*formatter, value) : std::to_string(value);
}

bool icu_pattern(double value, const std::string& pattern, const std::string& locale,
                 std::string& out) {
  const auto* formatter = cached(pattern, locale);
  if (!formatter) formatter = cached(pattern, locale, true);
  if (!formatter) return false;
  out = format_with(*formatter, value);
  return true;
}

double compact_divisor(double value, const std::string& locale) {
  double magnitude = std::fabs(value);
  const auto* formatter = cached("compact-short", locale);
  if (!formatter || magnitude == 0 || !std::isfinite(magnitude)) return 1;
  UErrorCode status = U_ZERO_ERROR;
  auto formatted = formatter->formatDouble(magnitude, status);
  auto text = formatted.toString(status);
  double shown = U_SUCCESS(status) ? shown_number(formatted, text) : 0;
  if (shown <= 0) return 1;
  double power = std::round(std::log10(magnitude / shown));
  return power > 0 ? std::pow(10.0, power) : 1;
}

CurrencyAffixes currency_affixes(const std::string& currency, const std::string& display,
                                 const std::string& locale) {
  // Two, not one: the affixes of the plural form ("US dollars"), which compact amounts take.
  std::string width = display == "code"   ? "unit-width-iso-code"
                      : display == "name" ? "unit-width-full-name"
                                          : "unit-width-short";
  std::string text =
      icu_number(2, "currency/" + currency + " " + width + " precision-integer", locale);
  std::string digit = icu_number(2, "precision-integer", locale);
  auto at = text.find(digit);
  if (at == std::string::npos) return {currency + " ", ""};
  return {text.substr(0, at), text.substr(at + digit.size())};
}

std::string icu_date(int year, int month, int day, std::string_view skeleton,
                     const std::string& locale) {
  UErrorCode status = U_ZERO_ERROR;
  auto where = icu::Locale::forLanguageTag(locale, status);
  thread_local std::map<std::pair<std::string, std::string>, std::unique_ptr<icu::SimpleDateFormat>>
      formats;
  auto key = std::make_pair(std::string(skeleton), locale);
  auto& format = formats[key];
  if (!format) {
    std::unique_ptr<icu::DateTimePatternGenerator> generator(
        icu::DateTimePatternGenerator::createInstance(where, status));
    if (U_FAILURE(status)) return std::to_string(year);
    auto pattern = generator->getBestPattern(unicode(skeleton), status);
    format = std::make_unique<icu::SimpleDateFormat>(pattern, where, status);
    if (U_FAILURE(status)) {
      format.reset();
      return std::to_string(year);
    }
    // Dates are calendar days, not instants: formatting in UTC keeps them from shifting.
    format->setTimeZone(*icu::TimeZone::getGMT());
  }
  std::unique_ptr<icu::Calendar> calendar(
      icu::Calendar::createInstance(icu::TimeZone::getGMT()->clone(), where, status));
  calendar->clear();
  calendar->set(year, month - 1, day);
  UDate date = calendar->getTime(status);
  UnicodeString out;
  format->format(date, out);
  return U_SUCCESS(status) ? utf8(out) : std::to_string(year);
}

std::string pattern_error(const std::string& pattern) {
  if (from_skeleton(pattern, "en") || from_decimal_pattern(pattern, "en")) return "";
  return "neither an ICU number skeleton nor a decimal pattern";
}

namespace {

std::string rule_based(double value, icu::URBNFRuleSetTag tag, const icu::UnicodeString& rules,
                       const std::string& locale) {
  UErrorCode status = U_ZERO_ERROR;
  icu::RuleBasedNumberFormat format(tag, icu::Locale::forLanguageTag(locale, status), status);
  if (U_FAILURE(status)) return icu_number(value, "precision-integer", locale);
  if (!rules.isEmpty()) {
    format.setDefaultRuleSet(rules, status);
    if (U_FAILURE(status)) status = U_ZERO_ERROR;  // the locale lacks it: its default set
  }
  UnicodeString out;
  format.format(value, out);
  return utf8(out);
}

}  // namespace

std::string icu_spellout(double value, bool ordinal, const std::string& locale) {
  return rule_based(value, icu::URBNF_SPELLOUT,
                    ordinal ? UnicodeString(u"%spellout-ordinal") : UnicodeString(), locale);
}

std::string icu_ordinal_digits(double value, const std::string& locale) {
  return rule_based(value, icu::URBNF_ORDINAL, UnicodeString(), locale);
}

bool icu_message(const std::string& pattern, double n, const std::string& locale,
                 std::string& out, std::string& error) {
  UErrorCode status = U_ZERO_ERROR;
  UParseError where;
  icu::MessageFormat format(unicode(pattern), icu::Locale::forLanguageTag(locale, status), where,
                            status);
  if (U_FAILURE(status)) {
    error = where.offset >= 0 ? "a MessageFormat pattern (ICU stops at character " +
                                    std::to_string(where.offset + 1) + ")"
                              : "a MessageFormat pattern";
    return false;
  }
  UnicodeString names[] = {u"n"};
  icu::Formattable values[] = {icu::Formattable(n)};
  UnicodeString result;
  format.format(names, values, 1, result, status);
  if (U_FAILURE(status)) {
    error = "a MessageFormat pattern whose only argument is {n}";
    return false;
  }
  out = utf8(result);
  return true;
}

}  // namespace folio::text
