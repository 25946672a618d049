#pragma once
// Building native charts (kind/native_chart.h) from folio charts, for the kinds that have one:
// each kind's file in charts/ picks its builder.
#include <optional>
#include <string>

#include "kind/native_chart.h"
#include "model/document.h"
#include "model/theme.h"

namespace folio::chart {

using kind::NativeChart;
using kind::NativeSeries;
using kind::NativeTable;

// The chart as a native chart: its kind's, or nullopt for kinds that have none and for small
// multiples.
std::optional<NativeChart> native_chart(const model::Chart& chart, const model::Theme& theme);

// The chart as a native table, the rows that fit in `body`, or nullopt for kinds that are not
// tables.
std::optional<NativeTable> native_table(const model::Chart& chart, const model::Theme& theme,
                                        Size body);

// The builders kinds use. Bars: one series sorted, cut and highlighted as drawn, or several
// grouped, stacked or to 100%; shares: one slice a category, in the palette; xy: lines, areas
// and scatter plots (lines over numbers or dates become scatter charts with lines, which keep
// the x spacing).
std::optional<NativeChart> native_bars(const model::Chart& chart, const model::Theme& theme);
std::optional<NativeChart> native_shares(const model::Chart& chart, const model::Theme& theme,
                                         NativeChart::Kind kind);
std::optional<NativeChart> native_xy(const model::Chart& chart, const model::Theme& theme,
                                     NativeChart::Kind kind);

// The Excel number format code closest to a folio number format ("#,##0.0", "0%",
// "\"US$\"#,##0\"M\""), with `decimals` where the format leaves them to the data.
std::string excel_number_format(const spec::NumberFormat& format, int decimals = 0);

}  // namespace folio::chart
