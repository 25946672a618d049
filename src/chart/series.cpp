#include "chart/series.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "core/errors.h"
#include "scale/calendar.h"
#include "text/date_format.h"
#include "text/icu_format.h"
#include "text/number_format.h"

namespace folio::chart {

std::vector<SeriesRows> group_rows(const model::Chart& chart) {
  std::vector<SeriesRows> result;
  if (!chart.data) return result;
  auto series_index = [&](const std::string& name) {
    for (size_t i = 0; i < result.size(); ++i)
      if (result[i].name == name) return i;
    result.push_back({name, {}});
    return result.size() - 1;
  };
  for (const auto& name : chart.spec.series_order) series_index(name);
  std::string single =
      chart.spec.y ? (chart.spec.y->title.empty() ? chart.spec.y->field : chart.spec.y->title) : "";
  // Two passes: which series each row belongs to, then each series filled at its final size
  // (a million rows grown by doubling would leave up to half their memory unused).
  auto placed = [&](size_t row) {
    // A row without an x has no place: no point at zero, no bar without a name.
    return !chart.x || chart.x->number(row) || chart.x->has_text(row);  // the cheaper first
  };
  if (!chart.series) {
    // One series: its rows straight away, without a series index for every row.
    auto& rows = result[series_index(single)].rows;
    size_t count = 0;
    for (size_t row = 0; row < chart.data->rows; ++row) count += placed(row);
    if (count == chart.data->rows) {
      rows = RowList::all(count);
      return result;
    }
    rows.reserve(count);
    for (size_t row = 0; row < chart.data->rows; ++row)
      if (placed(row)) rows.push_back(static_cast<std::uint32_t>(row));
    return result;
  }
  static const std::string kNoName;
  constexpr std::uint32_t kNoSeries = UINT32_MAX;
  std::vector<std::uint32_t> series_of(chart.data->rows, kNoSeries);
  std::vector<size_t> counts;
  std::string last_name;
  std::uint32_t last_series = kNoSeries;
  for (size_t row = 0; row < chart.data->rows; ++row) {
    if (!placed(row)) continue;
    auto cell = chart.series->text(row);
    const std::string& name = cell ? *cell : kNoName;
    // Rows of one series come together, as a rule: the last one's index is reused.
    if (last_series == kNoSeries || name != last_name)
      last_series = static_cast<std::uint32_t>(series_index(name)), last_name = name;
    series_of[row] = last_series;
    counts.resize(result.size(), 0);
    ++counts[series_of[row]];
  }
  for (size_t i = 0; i < counts.size(); ++i) result[i].rows.reserve(counts[i]);
  for (size_t row = 0; row < chart.data->rows; ++row)
    if (series_of[row] != kNoSeries)
      result[series_of[row]].rows.push_back(static_cast<std::uint32_t>(row));
  return result;
}

DataPoint point_at(const model::Chart& chart, std::uint32_t row) {
  DataPoint point;
  point.row = row;
  if (chart.x) {
    if (auto number = chart.x->number(row))
      point.x = *number;
    else if (auto date = parse_date_years(chart.x->text(row).value_or("")))
      point.x = *date;
  }
  if (chart.y) point.y = chart.y->number(row);
  if (chart.estimated) point.estimated = chart.estimated->number(row).value_or(0) != 0;
  return point;
}

std::vector<Series> group_series(const model::Chart& chart) {
  std::vector<Series> result;
  for (auto& rows : group_rows(chart)) {
    Series series{std::move(rows.name), {}};
    series.points.reserve(rows.rows.size());
    for (auto row : rows.rows) series.points.push_back(point_at(chart, row));
    rows.rows = RowList();
    result.push_back(std::move(series));
  }
  return result;
}

void sort_rows_by_x(const model::Chart& chart, RowList& list) {
  auto x_of = [&](std::uint32_t row) { return point_at(chart, row).x; };
  bool sorted = true;
  for (size_t k = 1; k < list.size() && sorted; ++k) sorted = !(x_of(list[k]) < x_of(list[k - 1]));
  if (sorted) return;
  // (x, row) pairs: sorting them keeps equal x in row order, which is data order.
  auto& rows = list.list();
  std::vector<std::pair<double, std::uint32_t>> keyed;
  keyed.reserve(rows.size());
  for (auto row : rows) keyed.push_back({x_of(row), row});
  std::sort(keyed.begin(), keyed.end());
  for (size_t k = 0; k < rows.size(); ++k) rows[k] = keyed[k].second;
}

std::string category(const model::Chart& chart, const DataPoint& point) {
  return chart.x ? chart.x->text(point.row).value_or("") : "";
}

spec::NumberFormat axis_format(const std::optional<spec::Axis>& axis,
                               const spec::NumberFormat& fallback) {
  return axis && axis->format ? *axis->format : fallback;
}

spec::NumberFormat default_x_format(const model::Column* column) {
  spec::NumberFormat format;
  if (!column || column->type != model::ColumnType::number) return format;
  if (column->holds_years()) format.style = spec::NumberStyle::year;
  return format;
}

void widen_to_axis(const std::optional<spec::Axis>& axis, double& lo, double& hi) {
  if (axis && axis->min) lo = std::min(lo, *axis->min);
  if (axis && axis->max) hi = std::max(hi, *axis->max);
}

spec::NumberFormat percent_format(const spec::NumberFormat& like) {
  spec::NumberFormat format;
  format.style = spec::NumberStyle::percent;
  format.locale = like.locale;
  return format;
}

std::optional<double> parse_date_years(const std::string& text) {
  auto written = scale::parse_date(text);
  if (!written) return std::nullopt;
  return scale::to_years(written->date);
}

void require_dates(const model::Chart& chart, const spec::JsonDocument& doc) {
  if (!chart.x || !chart.data) return;
  const auto& numbers = chart.x->numbers();
  for (size_t row = 0; row < chart.data->rows; ++row) {
    // A number is a year; only the other cells' texts are read (a number's text would be
    // written again from it, for every row of a large file).
    if (numbers[row]) continue;
    const auto text = chart.x->text(row);
    if (!text || parse_date_years(*text)) continue;
    throw InputError(
        doc.locate(chart.spec.x->pointer),
        fmt::format("dates as YYYY, YYYY-MM or YYYY-MM-DD in field \"{}\"", chart.x->name),
        fmt::format("\"{}\" in row {} of dataset \"{}\"", quote_for_message(*text), row + 1,
                    chart.data->name));
  }
}

scale::TimeUnit date_precision(const model::Column& column) {
  auto finest = scale::TimeUnit::year;
  for (size_t row = 0; row < column.size(); ++row) {
    auto text = column.text(row);
    auto written = text ? scale::parse_date(*text) : std::nullopt;
    if (written && written->precision < finest) finest = written->precision;
  }
  return finest;
}

std::string format_date_label(const std::string& text, const std::optional<spec::Axis>& axis,
                              const std::string& language) {
  return text::format_date_text(text, axis && axis->format ? axis->format->date : "", language);
}

std::string count_phrase(size_t count, const std::string& one, const std::string& other,
                         const std::string& language) {
  // Braces and quotes in the nouns would be MessageFormat syntax: the nouns are folio's own.
  std::string pattern = "{n, plural, one {# " + one + "} other {# " + other + "}}";
  std::string out, error;
  if (text::icu_message(pattern, static_cast<double>(count), language, out, error)) return out;
  return fmt::format("{} {}", count, count == 1 ? one : other);
}

}  // namespace folio::chart
