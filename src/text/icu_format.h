#pragma once
// A thin layer over ICU's number and date formatters. Every locale-dependent string folio
// prints (digits, separators, compact units, currency symbols, month names) comes from here,
// so from CLDR's data: there are no locale tables in folio.
#include <string>
#include <string_view>

namespace folio::text {

// Formats with an ICU number skeleton ("compact-short .0", "percent scale/100") in a BCP 47
// locale. Formatters are built once per (skeleton, locale) and reused.
std::string icu_number(double value, std::string_view skeleton, const std::string& locale);

// Formats with a user's pattern: an ICU number skeleton, or else a decimal pattern such as
// "#,##0.0". Returns false (and leaves `out` alone) when it is neither.
bool icu_pattern(double value, const std::string& pattern, const std::string& locale,
                 std::string& out);

// The power of ten the locale's compact notation divides `value` by: 1e9 for "5.8B" in
// English, 1e8 for "58억" in Korean, 1 when the number is shown whole.
double compact_divisor(double value, const std::string& locale);

// What surrounds a number formatted as an amount of `currency`: {"US$", ""} in English,
// {"", " US dollars"} for display "name". `display` is symbol, code or name.
struct CurrencyAffixes {
  std::string prefix;
  std::string suffix;
};
CurrencyAffixes currency_affixes(const std::string& currency, const std::string& display,
                                 const std::string& locale);

// A calendar date (month and day from 1) with an ICU date skeleton such as "yMMM", which the
// locale orders and spells: "Mar 2019", "2019년 3월".
std::string icu_date(int year, int month, int day, std::string_view skeleton,
                     const std::string& locale);

// Numbers in words, by ICU's rule-based formats for the locale: "twenty", "second" (`ordinal`
// words), and "2nd" for `icu_ordinal_digits`.
std::string icu_spellout(double value, bool ordinal, const std::string& locale);
std::string icu_ordinal_digits(double value, const std::string& locale);

// An ICU MessageFormat pattern ("{n, plural, one {# visit} other {# visits}}") with the number
// `n`. Returns false and sets `error` to ICU's complaint when the pattern is not one.
bool icu_message(const std::string& pattern, double n, const std::string& locale,
                 std::string& out, std::string& error);

// ICU's own complaint about a number pattern, or "" when the pattern is usable.
std::string pattern_error(const std::string& pattern);

}  // namespace folio::text
