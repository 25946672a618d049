#include "chart/native_chart.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "chart/bars.h"
#include "chart/series.h"

namespace folio::chart {
namespace {

// A literal in a format code: quoted, with quotes inside doubled... Excel has no escape for a
// quote inside quotes, so those are dropped.
std::string format_literal(const std::string& text) {
  std::string out = "\"";
  for (char c : text)
    if (c != '"') out += c;
  return out + "\"";
}

std::string currency_symbol(const std::string& code) {
  if (code == "USD") return "US$";
  if (code == "EUR") return "€";
  if (code == "KRW") return "₩";
  if (code == "JPY") return "¥";
  if (code == "CNY") return "CN¥";
  if (code == "GBP") return "£";
  if (code == "KHR") return "៛";
  return code + " ";
}

// The unit the values are counted in, written after them ("1,030M" for millions).
std::string magnitude_suffix(double magnitude) {
  if (magnitude >= 1e12) return "T";
  if (magnitude >= 1e9) return "B";
  if (magnitude >= 1e6) return "M";
  if (magnitude >= 1e3) return "K";
  return "";
}

NativeChart themed(const model::Theme& theme) {
  NativeChart native;
  auto style = theme.text(model::TextRole::axis_text);
  std::string family = style.family;
  native.font_family = family.substr(0, family.find(','));
  native.font_size_pt = style.size_pt;
  native.text_color = theme.colors().text;
  native.axis_color = theme.colors().axis;
  native.grid_color = theme.colors().grid;
  native.background = theme.colors().background;
  return native;
}

// Series over shared categories, in the order categories first appear.
void over_categories(const std::vector<Series>& series, const model::Theme& theme,
                     NativeChart& native) {
  for (const auto& s : series)
    for (const auto& p : s.points)
      if (std::find(native.categories.begin(), native.categories.end(), p.category) ==
          native.categories.end())
        native.categories.push_back(p.category);
  for (size_t i = 0; i < series.size(); ++i) {
    NativeSeries out;
    out.name = series[i].name;
    out.color = theme.series(i).color;
    out.values.assign(native.categories.size(), std::nullopt);
    out.estimated.assign(native.categories.size(), false);
    for (const auto& p : series[i].points) {
      size_t at = static_cast<size_t>(
          std::find(native.categories.begin(), native.categories.end(), p.category) -
          native.categories.begin());
      out.values[at] = p.y;
      out.estimated[at] = p.estimated;
    }
    native.series.push_back(std::move(out));
  }
}

NativeChart::Grouping grouping_of(spec::Stack stack, NativeChart::Grouping otherwise) {
  switch (stack) {
    case spec::Stack::stacked:
      return NativeChart::Grouping::stacked;
    case spec::Stack::percent:
      return NativeChart::Grouping::percent;
    default:
      return otherwise;
  }
}

// The fewest decimals (up to 2) that write every value exactly, as folio chooses them when a
// format does not say: 13.5 needs one, 1030 none.
int decimals_for(const NativeChart& native, bool percent) {
  for (int decimals = 0; decimals < 2; ++decimals) {
    double scale = std::pow(10.0, decimals) * (percent ? 100 : 1);
    bool exact = true;
    for (const auto& s : native.series)
      for (const auto& v : s.values)
        if (v && std::isfinite(*v) && std::fabs(*v * scale - std::round(*v * scale)) > 1e-6)
          exact = false;
    if (exact) return decimals;
  }
  return 2;
}

}  // namespace

std::string excel_number_format(const spec::NumberFormat& format, int data_decimals) {
  int decimals = std::clamp(format.decimals.value_or(data_decimals), 0, 10);
  std::string digits =
      decimals > 0 ? "#,##0." + std::string(static_cast<size_t>(decimals), '0') : "#,##0";
  std::string code;
  switch (format.style) {
    case spec::NumberStyle::percent:
      code = (decimals > 0 ? "0." + std::string(static_cast<size_t>(decimals), '0') : "0") + "%";
      break;
    case spec::NumberStyle::year:
      code = "0";
      break;
    case spec::NumberStyle::multiple:
      code = digits + format_literal("×");
      break;
    case spec::NumberStyle::currency:
      code = format_literal(currency_symbol(format.currency)) + digits;
      break;
    default:
      code = digits;
  }
  if (format.style != spec::NumberStyle::percent) {
    std::string unit = magnitude_suffix(format.magnitude);
    if (!unit.empty()) code += format_literal(unit);
  }
  if (!format.prefix.empty()) code = format_literal(format.prefix) + code;
  if (!format.suffix.empty()) code += format_literal(format.suffix);
  return code;
}

std::optional<NativeChart> native_chart(const model::Chart& chart, const model::Theme& theme) {
  const std::string& kind = chart.spec.kind;
  static const std::vector<std::string> kNative = {"line",    "area",  "bar",
                                                   "scatter", "donut", "pie"};
  if (std::find(kNative.begin(), kNative.end(), kind) == kNative.end() || chart.facet ||
      !chart.data)
    return std::nullopt;
  NativeChart native = themed(theme);
  auto value_format = axis_format(chart.spec.y, {});
  // Set once the values are known: the decimals come from them.
  auto finish = [&](NativeChart& done) {
    done.value_format = excel_number_format(
        value_format, decimals_for(done, value_format.style == spec::NumberStyle::percent));
    return std::optional<NativeChart>(std::move(done));
  };
  if (chart.spec.x) native.x_title = chart.spec.x->title;
  if (chart.spec.y) native.y_title = chart.spec.y->title;
  native.legend = chart.spec.legend != spec::Legend::none;
  auto series = group_series(chart);

  if (kind == "bar") {
    native.kind = NativeChart::Kind::bar;
    native.horizontal = chart.spec.orientation == spec::Orientation::horizontal;
    native.grouping = grouping_of(chart.spec.stack, NativeChart::Grouping::clustered);
    if (series.size() > 1) {
      over_categories(series, theme, native);
      return finish(native);
    }
    // One series: sorted, cut to the top and highlighted as folio draws it.
    NativeSeries out;
    out.name = series.empty() ? chart.spec.y ? chart.spec.y->field : "" : series.front().name;
    auto bars = bars_of(chart);
    out.color = bars.empty() ? theme.palette().front() : bar_color(Bar{}, chart, theme);
    for (const auto& bar : bars) {
      native.categories.push_back(bar.category);
      out.values.push_back(bar.value);
      out.estimated.push_back(bar.estimated);
      out.point_colors.push_back(bar_color(bar, chart, theme));
    }
    native.series.push_back(std::move(out));
    native.legend = false;
    return finish(native);
  }
  if (kind == "donut" || kind == "pie") {
    native.kind = kind == "donut" ? NativeChart::Kind::doughnut : NativeChart::Kind::pie;
    NativeSeries out;
    out.name = series.empty() ? "" : series.front().name;
    if (!series.empty())
      for (size_t i = 0; i < series.front().points.size(); ++i) {
        const auto& p = series.front().points[i];
        native.categories.push_back(p.category);
        out.values.push_back(p.y);
        out.estimated.push_back(p.estimated);
        out.point_colors.push_back(theme.series(i).color);
      }
    out.color = theme.series(0).color;
    native.series.push_back(std::move(out));
    return finish(native);
  }
  // Lines, areas and scatter plots over numbers or dates keep the spacing of their x values;
  // lines and areas over text categories are evenly spaced, as folio draws them.
  bool numeric_x = chart.x && chart.x->type == model::ColumnType::number;
  bool dates = !numeric_x && chart.x && series.size() > 0 && !series.front().points.empty() &&
               parse_date_years(series.front().points.front().category).has_value();
  if (kind == "scatter" || (kind == "line" && (numeric_x || dates))) {
    native.kind = NativeChart::Kind::scatter;
    native.lines = kind == "line";
    native.markers = kind == "scatter" || chart.spec.markers != spec::Markers::never;
    native.x_format =
        dates ? "0" : excel_number_format(axis_format(chart.spec.x, default_x_format(chart.x)));
    for (size_t i = 0; i < series.size(); ++i) {
      NativeSeries out;
      out.name = series[i].name;
      out.color = theme.series(i).color;
      for (const auto& p : series[i].points) {
        if (!std::isfinite(p.x)) continue;
        out.xs.push_back(p.x);
        out.values.push_back(p.y);
        out.estimated.push_back(p.estimated);
      }
      native.series.push_back(std::move(out));
    }
    for (const auto& s : native.series)
      for (double x : s.xs) {
        native.x_min = std::min(native.x_min.value_or(x), x);
        native.x_max = std::max(native.x_max.value_or(x), x);
      }
    return finish(native);
  }
  native.kind = kind == "area" ? NativeChart::Kind::area : NativeChart::Kind::line;
  native.grouping = grouping_of(chart.spec.stack, NativeChart::Grouping::standard);
  over_categories(series, theme, native);
  return finish(native);
}

}  // namespace folio::chart
