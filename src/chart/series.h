#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "chart/row_list.h"
#include "core/optional_number.h"
#include "model/document.h"
#include "scale/time_ticks.h"
#include "spec/document.h"
#include "spec/json_document.h"

namespace folio::chart {

// 24 bytes: a line chart holds one for each of millions of rows.
struct DataPoint {
  double x = 0;
  OptionalNumber y;       // empty for a null: a gap, never a zero
  std::uint32_t row = 0;  // in the chart's dataset: category() reads the x cell's text
  bool estimated = false;
};
static_assert(sizeof(DataPoint) == 24);

// The x cell's text as written, for band scales and descriptions; "" without an x field.
std::string category(const model::Chart& chart, const DataPoint& point);

struct Series {
  std::string name;
  std::vector<DataPoint> points;  // in data order
};

// Rows split by the series field (in `series.order`, then first appearance), or one series
// named after the y field.
std::vector<Series> group_series(const model::Chart& chart);

// The same series as rows of the chart's dataset, 4 bytes a point, for kinds that read their
// points one at a time (a line of ten million points); point_at reads one.
struct SeriesRows {
  std::string name;
  RowList rows;  // in data order
};
std::vector<SeriesRows> group_rows(const model::Chart& chart);
DataPoint point_at(const model::Chart& chart, std::uint32_t row);
// Rows in x order, rows of equal x in data order as a stable sort keeps them. Data comes
// sorted as a rule, which is checked first and then costs nothing.
void sort_rows_by_x(const model::Chart& chart, RowList& rows);

// The axis's format, else `fallback` (years for x fields of whole numbers 1000-2999).
spec::NumberFormat axis_format(const std::optional<spec::Axis>& axis,
                               const spec::NumberFormat& fallback);
spec::NumberFormat default_x_format(const model::Column* column);
// Widens [lo, hi] to the axis's "min" and "max" (small multiples share scales this way).
void widen_to_axis(const std::optional<spec::Axis>& axis, double& lo, double& hi);
// Shares as percentages, in the locale `like` is written for.
spec::NumberFormat percent_format(const spec::NumberFormat& like = {});

// "1970", "2019-03", "2019-03-15" as a fractional year (scale/calendar.h), or nullopt for
// anything else, including days that do not exist (2019-02-30).
std::optional<double> parse_date_years(const std::string& text);
// Checks that an x field of text holds dates (YYYY, YYYY-MM, YYYY-MM-DD, days that exist);
// throws InputError naming the first that is not. The `validate` of kinds over time.
void require_dates(const model::Chart& chart, const spec::JsonDocument& doc);
// The finest precision the column's dates are written to: "2019" years, "2019-03" months.
scale::TimeUnit date_precision(const model::Column& column);
// "1 value", "24 values": a count and its noun, the plural chosen by ICU's plural rules for
// the language (the nouns themselves are the descriptions' English).
std::string count_phrase(size_t count, const std::string& one, const std::string& other,
                         const std::string& language);
// The same date written for a label in `language`, as the axis's "date" skeleton asks
// or else by its precision: "1970", "Mar 2019", "Mar 15, 2019".
std::string format_date_label(const std::string& text, const std::optional<spec::Axis>& axis,
                              const std::string& language);

}  // namespace folio::chart
