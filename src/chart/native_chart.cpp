#include "chart/native_chart.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "chart/bars.h"
#include "chart/series.h"
#include "kind/chart_kind.h"

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
void over_categories(const model::Chart& chart, const std::vector<Series>& series,
                     const model::Theme& theme, NativeChart& native) {
  for (const auto& s : series)
    for (const auto& p : s.points)
      if (std::find(native.categories.begin(), native.categories.end(), category(chart, p)) ==
          native.categories.end())
        native.categories.push_back(category(chart, p));
  for (size_t i = 0; i < series.size(); ++i) {
    NativeSeries out;
    out.name = series[i].name;
    out.color = theme.series(i).color;
    out.values.assign(native.categories.size(), std::nullopt);
    out.estimated.assign(native.categories.size(), false);
    for (const auto& p : series[i].points) {
      size_t at = static_cast<size_t>(
          std::find(native.categories.begin(), native.categories.end(), category(chart, p)) -
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
  // Appended piece by piece: GCC 12 warns falsely (-Wrestrict) on "literal" + std::string.
  std::string zeros(static_cast<size_t>(decimals), '0');
  std::string digits = "#,##0";
  if (decimals > 0) digits.append(".").append(zeros);
  std::string code;
  switch (format.style) {
    case spec::NumberStyle::percent:
      code = std::string(1, '0');
      if (decimals > 0) code.append(".").append(zeros);
      code += '%';
      break;
    case spec::NumberStyle::year:
      code = std::string(1, '0');
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

namespace {

// The common part: theme, value format (its decimals from the data, once known), titles.
struct Builder {
  const model::Chart& chart;
  NativeChart native;
  spec::NumberFormat value_format;

  Builder(const model::Chart& c, const model::Theme& theme)
      : chart(c), native(themed(theme)), value_format(axis_format(c.spec.y, {})) {
    if (chart.spec.x) native.x_title = chart.spec.x->title;
    if (chart.spec.y) native.y_title = chart.spec.y->title;
    native.x_log = chart.spec.x && chart.spec.x->scale == spec::Scale::log;
    native.y_log = chart.spec.y && chart.spec.y->scale == spec::Scale::log;
    native.legend = chart.spec.legend != spec::Legend::none;
  }
  std::optional<NativeChart> finish() {
    native.value_format = excel_number_format(
        value_format, decimals_for(native, value_format.style == spec::NumberStyle::percent));
    return std::move(native);
  }
};

}  // namespace

std::optional<NativeChart> native_chart(const model::Chart& chart, const model::Theme& theme) {
  const auto* kind = kind::find_chart_kind(chart.spec.kind);
  if (!kind || !kind->native || chart.facet || !chart.data) return std::nullopt;
  return kind->native(chart, theme);
}

std::optional<NativeTable> native_table(const model::Chart& chart, const model::Theme& theme,
                                        Size body) {
  const auto* kind = kind::find_chart_kind(chart.spec.kind);
  if (!kind || !kind->native_table || chart.facet || !chart.data) return std::nullopt;
  return kind->native_table(chart, theme, body);
}

std::optional<NativeChart> native_bars(const model::Chart& chart, const model::Theme& theme) {
  Builder b(chart, theme);
  auto& native = b.native;
  native.kind = NativeChart::Kind::bar;
  native.horizontal = chart.spec.orientation == spec::Orientation::horizontal;
  native.grouping = grouping_of(chart.spec.stack, NativeChart::Grouping::clustered);
  auto series = group_series(chart);
  if (series.size() > 1) {
    over_categories(chart, series, theme, native);
    return b.finish();
  }
  // One series: sorted, cut to the top and highlighted as folio draws it.
  NativeSeries out;
  out.name = chart.spec.y && !chart.spec.y->title.empty() ? chart.spec.y->title
             : series.empty()                             ? ""
                                                          : series.front().name;
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
  return b.finish();
}

std::optional<NativeChart> native_shares(const model::Chart& chart, const model::Theme& theme,
                                         NativeChart::Kind kind) {
  Builder b(chart, theme);
  auto& native = b.native;
  native.kind = kind;
  auto series = group_series(chart);
  NativeSeries out;
  out.name = series.empty() ? "" : series.front().name;
  std::vector<DataPoint> parts = series.empty() ? std::vector<DataPoint>{} : series.front().points;
  // In the order drawn: as written, or by size when the chart sorts.
  if (chart.spec.sort != spec::Sort::none) {
    bool descending = chart.spec.sort == spec::Sort::descending;
    std::stable_sort(parts.begin(), parts.end(), [descending](const auto& a, const auto& c) {
      double va = a.y.value_or(0), vc = c.y.value_or(0);
      return descending ? va > vc : va < vc;
    });
  }
  for (size_t i = 0; i < parts.size(); ++i) {
    native.categories.push_back(category(chart, parts[i]));
    out.values.push_back(parts[i].y);
    out.estimated.push_back(parts[i].estimated);
    out.point_colors.push_back(theme.series(i).color);
  }
  out.color = theme.series(0).color;
  native.series.push_back(std::move(out));
  return b.finish();
}

std::optional<NativeChart> native_xy(const model::Chart& chart, const model::Theme& theme,
                                     NativeChart::Kind kind) {
  Builder b(chart, theme);
  auto& native = b.native;
  auto series = group_series(chart);
  // Lines and scatter plots over numbers or dates keep the spacing of their x values; lines
  // and areas over text categories, and areas always (DrawingML has no scatter area), are
  // evenly spaced.
  bool numeric_x = chart.x && chart.x->type == model::ColumnType::number;
  bool dates = !numeric_x && chart.x && !series.empty() && !series.front().points.empty() &&
               parse_date_years(category(chart, series.front().points.front())).has_value();
  bool scatter = kind == NativeChart::Kind::scatter;
  if (scatter || (kind == NativeChart::Kind::line && (numeric_x || dates))) {
    native.kind = NativeChart::Kind::scatter;
    native.lines = !scatter;
    native.markers = scatter || chart.spec.markers != spec::Markers::never;
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
    return b.finish();
  }
  native.kind = kind;
  native.grouping = grouping_of(chart.spec.stack, NativeChart::Grouping::standard);
  over_categories(chart, series, theme, native);
  return b.finish();
}

}  // namespace folio::chart
