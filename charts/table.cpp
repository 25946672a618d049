// Table chart: rows of a dataset as a figure, numbers right-aligned in their column's format
// and, where a column asks for it, a bar in the cell whose length is the value (bars in one
// column share one scale, so they compare down the column).
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numeric>

#include "chart/bars.h"
#include "chart/series.h"
#include "chart/table_cells.h"
#include "core/strings.h"
#include "kind/chart_kind.h"
#include "text/number_format.h"
#include "text/shaped_text.h"

namespace folio::kind {
namespace {

constexpr double kPadX = 6;
constexpr double kPadY = 4;
constexpr double kBarMinWidth = 60;  // the bar part of a bar column
constexpr double kBarGap = 6;        // between a bar column's number and its bar
constexpr double kMinTextWidth = 48;
constexpr double kLeastTextWidth = 24;  // a text column in a table too narrow for anything more
constexpr size_t kDescribedRows = 30;

bool numeric(const model::Column* column) {
  return column && column->type == model::ColumnType::number;
}

// Rows in data order, or sorted by the first bar column (else the first numeric column) with
// empty cells last; then the first `top`.
std::vector<size_t> row_order(const model::Chart& chart) {
  std::vector<size_t> rows(chart.data ? chart.data->rows : 0);
  std::iota(rows.begin(), rows.end(), size_t{0});
  const model::Column* key = nullptr;
  for (size_t c = 0; c < chart.columns.size() && !key; ++c)
    if (chart.spec.columns[c].bar) key = chart.columns[c];
  for (size_t c = 0; c < chart.columns.size() && !key; ++c)
    if (numeric(chart.columns[c])) key = chart.columns[c];
  if (key && chart.spec.sort != spec::Sort::none) {
    bool descending = chart.spec.sort == spec::Sort::descending;
    std::stable_sort(rows.begin(), rows.end(), [&](size_t a, size_t b) {
      const auto &va = key->numbers()[a], &vb = key->numbers()[b];
      if (!va || !vb) return va.has_value() && !vb.has_value();
      return descending ? *va > *vb : *va < *vb;
    });
  }
  if (chart.spec.top && rows.size() > static_cast<size_t>(*chart.spec.top))
    rows.resize(static_cast<size_t>(*chart.spec.top));
  return rows;
}

bool highlighted(const model::Chart& chart, size_t row) {
  if (chart.columns.empty() || chart.spec.highlight.empty()) return false;
  const auto& name = chart.columns.front()->text(row);
  return name && std::find(chart.spec.highlight.begin(), chart.spec.highlight.end(), *name) !=
                     chart.spec.highlight.end();
}

struct BarScale {
  double lo = 0, hi = 0;  // the column's extent, zero included
  double zero_at(double width) const { return hi > lo ? width * -lo / (hi - lo) : 0; }
  double length(double value, double width) const {
    return hi > lo ? width * value / (hi - lo) : 0;
  }
};

struct TablePlan {
  std::vector<size_t> rows;
  std::vector<double> widths;       // whole column, padding included
  std::vector<double> text_widths;  // the number part of a bar column; the whole text otherwise
  std::vector<text::Align> aligns;
  std::vector<BarScale> bars;  // per column; unused unless the column has a bar
  std::vector<text::ShapedTextPtr> header;
  std::vector<std::vector<text::ShapedTextPtr>> cells;  // [row][column]
  double header_height = 0;
  std::vector<double> row_heights;
  double height = 0;
  double width = 0;
};

// The table planned in full units, or in short ones ("US$24.0M") when full ones do not fit.
TablePlan fitted_plan(const model::Chart& chart, const model::Theme& theme, double width);

TablePlan plan_table(const model::Chart& chart, const model::Theme& theme, double width,
                     bool short_units = false) {
  TablePlan plan;
  plan.rows = row_order(chart);
  const auto& specs = chart.spec.columns;
  size_t count = chart.columns.size();
  auto header_style = theme.text(model::TextRole::table_header);
  auto cell_style = theme.text(model::TextRole::table_cell);
  auto strong_style = theme.text(model::TextRole::table_total);

  std::vector<std::vector<std::string>> texts(plan.rows.size(), std::vector<std::string>(count));
  std::vector<double> natural(count, 0);
  plan.bars.resize(count);
  for (size_t c = 0; c < count; ++c) {
    natural[c] = text::shape_text(specs[c].title, header_style)->size().width;
    auto column =
        chart::column_texts(chart.columns[c], plan.rows, specs[c], chart.language, short_units);
    for (size_t r = 0; r < plan.rows.size(); ++r) {
      texts[r][c] = column[r];
      natural[c] = std::max(natural[c], text::shape_text(texts[r][c], strong_style)->size().width);
      if (specs[c].bar && chart.columns[c]->numbers()[plan.rows[r]]) {
        double v = *chart.columns[c]->numbers()[plan.rows[r]];
        plan.bars[c].lo = std::min(plan.bars[c].lo, v);
        plan.bars[c].hi = std::max(plan.bars[c].hi, v);
      }
    }
    plan.aligns.push_back(specs[c].align == "center" ? text::Align::center
                          : specs[c].align == "right" ||
                                  (specs[c].align.empty() && numeric(chart.columns[c]))
                              ? text::Align::right
                              : text::Align::left);
  }

  // Widths: every column its natural width; room left over goes to the bars (else to the first
  // column, which then pushes the numbers to the right edge); too little room narrows the text
  // columns, which wrap.
  plan.text_widths = natural;
  plan.widths.resize(count);
  size_t bar_columns = 0;
  for (size_t c = 0; c < count; ++c) {
    plan.widths[c] = natural[c] + 2 * kPadX + (specs[c].bar ? kBarGap + kBarMinWidth : 0);
    bar_columns += specs[c].bar ? 1 : 0;
  }
  double total = std::accumulate(plan.widths.begin(), plan.widths.end(), 0.0);
  if (total < width && count > 0) {
    double extra = width - total;
    if (bar_columns > 0) {
      for (size_t c = 0; c < count; ++c)
        if (specs[c].bar) plan.widths[c] += extra / static_cast<double>(bar_columns);
    } else {
      plan.widths[0] += extra;
      plan.text_widths[0] += extra;
    }
  } else if (total > width) {
    double shrinkable = 0;
    for (size_t c = 0; c < count; ++c)
      if (!numeric(chart.columns[c])) shrinkable += std::max(0.0, natural[c] - kMinTextWidth);
    double excess = std::min(total - width, shrinkable);
    for (size_t c = 0; c < count; ++c)
      if (!numeric(chart.columns[c]) && shrinkable > 0) {
        double cut = excess * std::max(0.0, natural[c] - kMinTextWidth) / shrinkable;
        plan.widths[c] -= cut;
        plan.text_widths[c] -= cut;
      }
    // Still too wide: the bars give up their room (a bar too short to read is left out), then
    // text columns narrow further, wrapping between words.
    total = std::accumulate(plan.widths.begin(), plan.widths.end(), 0.0);
    for (size_t c = 0; c < count && total > width; ++c)
      if (specs[c].bar) {
        double cut = std::min(total - width, kBarGap + kBarMinWidth);
        plan.widths[c] -= cut;
        total -= cut;
      }
    for (size_t c = 0; c < count && total > width; ++c)
      if (!numeric(chart.columns[c])) {
        double cut = std::min(total - width, std::max(0.0, plan.text_widths[c] - kLeastTextWidth));
        plan.widths[c] -= cut;
        plan.text_widths[c] -= cut;
        total -= cut;
      }
  }
  plan.width = std::accumulate(plan.widths.begin(), plan.widths.end(), 0.0);

  for (size_t c = 0; c < count; ++c) {
    plan.header.push_back(text::shape_text(specs[c].title, header_style,
                                           {plan.text_widths[c] + 0.5, plan.aligns[c]}));
    plan.header_height = std::max(plan.header_height, plan.header.back()->size().height);
  }
  plan.height = plan.header_height + 2 * kPadY;
  for (size_t r = 0; r < plan.rows.size(); ++r) {
    const auto& style = highlighted(chart, plan.rows[r]) ? strong_style : cell_style;
    double height = 0;
    plan.cells.emplace_back();
    for (size_t c = 0; c < count; ++c) {
      plan.cells[r].push_back(
          text::shape_text(texts[r][c], style, {plan.text_widths[c] + 0.5, plan.aligns[c]}));
      height = std::max(height, plan.cells[r].back()->size().height);
    }
    plan.row_heights.push_back(height + 2 * kPadY);
    plan.height += plan.row_heights.back();
  }
  return plan;
}

TablePlan fitted_plan(const model::Chart& chart, const model::Theme& theme, double width) {
  auto plan = plan_table(chart, theme, width);
  if (plan.width > width + 0.5) plan = plan_table(chart, theme, width, true);
  return plan;
}

Color bar_color(const model::Chart& chart, const model::Theme& theme, bool is_highlighted) {
  if (chart.spec.highlight.empty()) return theme.palette().front();
  return is_highlighted ? theme.colors().highlight : theme.colors().base;
}

void draw_table(const DrawContext& ctx) {
  const auto& theme = ctx.theme;
  auto plan = fitted_plan(ctx.chart, theme, ctx.body.width);
  double table_width = std::accumulate(plan.widths.begin(), plan.widths.end(), 0.0);
  double left = ctx.body.x, y = ctx.body.y;
  auto place = [&](const std::vector<text::ShapedTextPtr>& runs, double top) {
    double x = left;
    for (size_t c = 0; c < runs.size(); ++c) {
      // Runs are placed by their own box, so alignment within the column is applied here.
      double room = plan.text_widths[c] - runs[c]->size().width;
      double offset = plan.aligns[c] == text::Align::right    ? room
                      : plan.aligns[c] == text::Align::center ? room / 2
                                                              : 0;
      ctx.frame.text({x + kPadX + offset, top + kPadY}, runs[c]);
      x += plan.widths[c];
    }
  };
  place(plan.header, y);
  y += plan.header_height + 2 * kPadY;
  ctx.frame.stroke(scene::Path::segment({left, y}, {left + table_width, y}),
                   {theme.colors().rule, theme.sizes().axis_line});

  // A standalone chart of a fixed size shows the rows that fit and says how many do not.
  auto more = [&](size_t hidden) {
    return text::shape_text(
        ctx.chart.messages.format("moreRows", {{"count", static_cast<double>(hidden)}}),
        theme.text(model::TextRole::chart_note));
  };
  size_t fitting = 0;
  for (double bottom = y; fitting < plan.rows.size(); ++fitting) {
    bottom += plan.row_heights[fitting];
    if (bottom > ctx.body.bottom() + 0.5) break;
  }
  if (fitting < plan.rows.size()) {
    double note_height = more(plan.rows.size())->size().height + 2;
    double bottom = y;
    for (size_t r = 0; r < fitting; ++r) bottom += plan.row_heights[r];
    while (fitting > 0 && bottom + note_height > ctx.body.bottom() + 0.5)
      bottom -= plan.row_heights[--fitting];
  }
  double rows_top = y;
  for (size_t r = 0; r < fitting; ++r) {
    place(plan.cells[r], y);
    bool strong = highlighted(ctx.chart, plan.rows[r]);
    double x = left;
    for (size_t c = 0; c < plan.widths.size(); ++c) {
      const auto& value = ctx.chart.columns[c]->numbers()[plan.rows[r]];
      if (ctx.chart.spec.columns[c].bar && value) {
        double bar_left = x + kPadX + plan.text_widths[c] + kBarGap;
        double bar_width = x + plan.widths[c] - kPadX - bar_left;
        if (bar_width < 12) {  // the room went to the numbers: no bar rather than a sliver
          x += plan.widths[c];
          continue;
        }
        double zero = bar_left + plan.bars[c].zero_at(bar_width);
        double length = plan.bars[c].length(*value, bar_width);
        double bar_height = std::min(10.0, plan.row_heights[r] - 2 * kPadY);
        double top = y + (plan.row_heights[r] - bar_height) / 2;
        ctx.frame.fill(scene::Path::rectangle(
                           {std::min(zero, zero + length), top, std::fabs(length), bar_height}),
                       bar_color(ctx.chart, theme, strong));
      }
      x += plan.widths[c];
    }
    y += plan.row_heights[r];
    ctx.frame.stroke(scene::Path::segment({left, y}, {left + table_width, y}),
                     {theme.colors().grid, theme.sizes().gridline});
  }
  // Where a bar column has negative values, a zero line shows which way each bar points.
  double x = left;
  for (size_t c = 0; c < plan.widths.size(); ++c) {
    double bar_room = plan.widths[c] - 2 * kPadX - plan.text_widths[c] - kBarGap;
    if (ctx.chart.spec.columns[c].bar && plan.bars[c].lo < 0 && fitting > 0 && bar_room >= 12) {
      double bar_left = x + kPadX + plan.text_widths[c] + kBarGap;
      double zero = bar_left + plan.bars[c].zero_at(x + plan.widths[c] - kPadX - bar_left);
      ctx.frame.stroke(scene::Path::segment({zero, rows_top + 2}, {zero, y - 2}),
                       {theme.colors().axis, theme.sizes().gridline});
    }
    x += plan.widths[c];
  }
  if (fitting < plan.rows.size())
    ctx.frame.text({left + kPadX, y + 2}, more(plan.rows.size() - fitting));
}

std::string describe_table(const model::Chart& chart) {
  auto rows = row_order(chart);
  std::vector<std::string> titles;
  for (const auto& column : chart.spec.columns) titles.push_back(column.title);
  std::string text = fmt::format("Table of {} with {} {}",
                                 chart::count_phrase(rows.size(), "row", "rows", chart.language),
                                 titles.size() == 1 ? "column" : "columns", join(titles));
  std::vector<std::vector<std::string>> columns;
  for (size_t c = 0; c < chart.columns.size(); ++c)
    columns.push_back(
        chart::column_texts(chart.columns[c], rows, chart.spec.columns[c], chart.language));
  for (size_t r = 0; r < rows.size() && r < kDescribedRows; ++r) {
    std::vector<std::string> cells;
    for (size_t c = 0; c < chart.columns.size(); ++c) cells.push_back(columns[c][r]);
    text += (r == 0 ? ": " : "; ") + join(cells);
  }
  if (rows.size() > kDescribedRows)
    text += fmt::format("; and {} more", rows.size() - kDescribedRows);
  return text + ".";
}

double table_height(const model::Chart& chart, const model::Theme& theme, double width) {
  return fitted_plan(chart, theme, width).height + 2;
}

// The table as PowerPoint's own: the cells and widths of the plan draw_table draws, and the
// rows that fit in `body`.
std::optional<NativeTable> native_table(const model::Chart& chart, const model::Theme& theme,
                                        Size body) {
  auto plan = fitted_plan(chart, theme, body.width);
  NativeTable table;
  auto cell_style = theme.text(model::TextRole::table_cell);
  auto header_style = theme.text(model::TextRole::table_header);
  table.font_family = cell_style.family.substr(0, cell_style.family.find(','));
  table.size_pt = cell_style.size_pt;
  table.header_size_pt = header_style.size_pt;
  table.text = cell_style.color;
  table.header_text = header_style.color;
  table.rule = theme.colors().rule;
  table.grid = theme.colors().grid;
  for (const auto& column : chart.spec.columns) table.header.push_back(column.title);
  for (auto align : plan.aligns)
    table.aligns.push_back(align == text::Align::right    ? 'r'
                           : align == text::Align::center ? 'c'
                                                          : 'l');
  table.widths = plan.widths;
  table.header_height = plan.header_height + 2 * kPadY;
  double y = table.header_height;
  std::vector<std::vector<std::string>> columns;
  for (size_t c = 0; c < chart.columns.size(); ++c)
    columns.push_back(
        chart::column_texts(chart.columns[c], plan.rows, chart.spec.columns[c], chart.language));
  auto more = [&](size_t hidden) {
    return chart.messages.format("moreRows", {{"count", static_cast<double>(hidden)}});
  };
  double note_height =
      text::shape_text(more(plan.rows.size()), theme.text(model::TextRole::chart_note))
          ->size()
          .height +
      2;
  size_t fitting = 0;
  while (fitting < plan.rows.size() && y + plan.row_heights[fitting] <= body.height + 0.5)
    y += plan.row_heights[fitting++];
  while (fitting > 0 && fitting < plan.rows.size() && y + note_height > body.height + 0.5)
    y -= plan.row_heights[--fitting];
  for (size_t r = 0; r < fitting; ++r) {
    std::vector<std::string> row;
    for (const auto& column : columns) row.push_back(column[r]);
    table.rows.push_back(std::move(row));
    table.strong.push_back(highlighted(chart, plan.rows[r]));
    table.row_heights.push_back(plan.row_heights[r]);
  }
  if (fitting < plan.rows.size()) table.more = more(plan.rows.size() - fitting);
  return table;
}

// A highlight names a row by its first column; one that names none is an input error.
void validate_table(const model::Chart& chart, const spec::JsonDocument& doc) {
  chart::require_highlights_in(chart, chart.columns.empty() ? nullptr : chart.columns.front(), doc);
}

}  // namespace

const ChartKind& table_chart_kind() {
  static const ChartKind kind{"table",
                              {"columns", "sort", "top", "highlight"},
                              {.data = Need::required, .columns = Need::required},
                              {},
                              draw_table,
                              describe_table,
                              table_height,
                              validate_table,
                              nullptr,
                              native_table};
  return kind;
}

}  // namespace folio::kind
