#include <charconv>
#include <cmath>

#include "core/text_scan.h"
#include "spec/parse.h"
#include "text/date_format.h"
#include "text/icu_format.h"

namespace folio::spec {

namespace {

NumberStyle parse_number_style(const Node& node) {
  static const std::vector<std::pair<std::string_view, NumberStyle>> kStyles = {
      {"decimal", NumberStyle::decimal},   {"compact", NumberStyle::compact},
      {"currency", NumberStyle::currency}, {"percent", NumberStyle::percent},
      {"multiple", NumberStyle::multiple}, {"year", NumberStyle::year},
      {"ordinal", NumberStyle::ordinal}};
  std::vector<std::string_view> names;
  for (const auto& [name, style] : kStyles) names.push_back(name);
  auto name = node.as_enum(names);
  for (const auto& [spelling, style] : kStyles)
    if (spelling == name) return style;
  return NumberStyle::decimal;
}

}  // namespace

NumberFormat parse_number_format(const Node& node) {
  NumberFormat format;
  if (node.is_string()) {
    format.style = parse_number_style(node);
    return format;
  }
  node.allow_only({"style", "currency", "magnitude", "decimals", "prefix", "suffix", "notation",
                   "currencyDisplay", "pattern", "locale", "date"});
  if (auto style = node.optional("style")) format.style = parse_number_style(*style);
  if (auto currency = node.optional("currency")) {
    format.currency = currency->as_string();
    TextScan scan(format.currency);
    if (scan.span(is_ascii_upper, 3) != 3 || !scan.done())
      currency->fail("a three-letter ISO 4217 currency code such as \"USD\"");
  }
  if (format.style == spec::NumberStyle::currency && format.currency.empty())
    node.fail_found("a \"currency\" key with style \"currency\"", "none");
  if (auto magnitude = node.optional("magnitude"))
    format.magnitude = magnitude->as_number_in(1e-12, 1e15);
  if (auto decimals = node.optional("decimals")) format.decimals = decimals->as_int_in(0, 6);
  if (auto notation = node.optional("notation"))
    format.notation = notation->as_enum({"short", "long"});
  if (auto display = node.optional("currencyDisplay"))
    format.currency_display = display->as_enum({"symbol", "code", "name"});
  if (auto pattern = node.optional("pattern")) {
    format.pattern = pattern->as_string();
    if (!text::pattern_error(format.pattern).empty())
      pattern->fail(
          "an ICU number skeleton such as \"compact-short .0\" or a decimal pattern such as "
          "\"#,##0.0\"");
  }
  if (auto locale = node.optional("locale")) format.locale = parse_language_tag(*locale);
  if (auto date = node.optional("date")) {
    format.date = date->as_nonempty_string();
    if (!text::date_skeleton_error(format.date).empty())
      date->fail("an ICU date skeleton of date fields such as \"yMMM\", \"MMMd\" or \"y\"");
  }
  format.prefix = node.string_or("prefix", "");
  format.suffix = node.string_or("suffix", "");
  return format;
}

std::vector<TableColumn> parse_table_columns(const Node& node, bool bars_allowed) {
  std::vector<TableColumn> columns;
  for (const Node& column : node.elements()) {
    TableColumn parsed;
    parsed.pointer = column.pointer();
    if (column.is_string()) {
      parsed.field = column.as_nonempty_string();
    } else {
      if (bars_allowed)
        column.allow_only({"field", "title", "format", "align", "bar"});
      else
        column.allow_only({"field", "title", "format", "align"});
      parsed.field = column.required("field").as_nonempty_string();
      parsed.title = column.string_or("title", "");
      if (auto format = column.optional("format")) parsed.format = parse_number_format(*format);
      if (auto align = column.optional("align"))
        parsed.align = align->as_enum({"left", "right", "center"});
      if (auto bar = column.optional("bar")) parsed.bar = bar->as_bool();
    }
    if (parsed.title.empty()) parsed.title = parsed.field;
    columns.push_back(std::move(parsed));
  }
  if (columns.empty()) node.fail("at least one column");
  return columns;
}

bool is_language_tag(const std::string& text) {
  // [a-z]{2,3}(-[A-Za-z0-9]{2,8})*: the language, then subtags.
  TextScan scan(text);
  size_t language = scan.span(is_ascii_lower, 3);
  if (language < 2 || language > 3) return false;
  while (scan.take('-')) {
    size_t subtag = scan.span(is_ascii_alnum, 8);
    if (subtag < 2) return false;
  }
  return scan.done();
}

std::string parse_language_tag(const Node& node) {
  std::string tag = node.as_string();
  if (!is_language_tag(tag)) node.fail("a BCP 47 language tag such as \"en\" or \"ko-KR\"");
  return tag;
}

double parse_length_pt(const Node& node) {
  if (node.is_number()) return node.as_number_in(0, 1000);
  // A decimal number, then a unit, white space allowed around both.
  std::string text = node.is_string() ? node.as_string() : "";
  TextScan scan(text);
  scan.skip_spaces();
  size_t number_start = scan.position();
  bool number = scan.span(is_ascii_digit) > 0 && (!scan.take('.') || scan.span(is_ascii_digit) > 0);
  size_t number_end = scan.position();
  scan.skip_spaces();
  std::string unit;
  for (const char* known : {"mm", "cm", "in", "pt"})
    if (unit.empty() && scan.take(known)) unit = known;
  scan.skip_spaces();
  if (!node.is_string() || !number || unit.empty() || !scan.done())
    node.fail("a length such as \"20mm\", \"1in\" or 36 (points)");
  double value = HUGE_VAL;
  std::from_chars(text.data() + number_start, text.data() + number_end, value);
  double points = unit == "mm"   ? value * 72 / 25.4
                  : unit == "cm" ? value * 72 / 2.54
                  : unit == "in" ? value * 72
                                 : value;
  if (points > 1000) node.fail("a length under 1000 points (35 cm)");
  return points;
}

}  // namespace folio::spec
