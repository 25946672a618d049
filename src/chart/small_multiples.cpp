#include "chart/small_multiples.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include "chart/series.h"
#include "guide/legend.h"
#include "kind/chart_kind.h"
#include "text/shaped_text.h"

namespace folio::chart {
namespace {

constexpr double kPanelGap = 14;
constexpr double kMinPanelWidth = 170;
constexpr double kPanelAspect = 1.45;  // width / height of a panel inside a document

std::vector<std::string> facet_values(const model::Chart& chart) {
  std::vector<std::string> values;
  if (!chart.facet || !chart.data) return values;
  for (size_t row = 0; row < chart.data->rows; ++row) {
    std::string value = chart.facet->text(row).value_or("–");
    if (std::find(values.begin(), values.end(), value) == values.end()) values.push_back(value);
  }
  return values;
}

std::shared_ptr<model::Dataset> rows_where(const model::Chart& chart, const std::string& value) {
  auto subset = std::make_shared<model::Dataset>();
  const auto& data = *chart.data;
  subset->name = data.name, subset->title = data.title;
  subset->source = data.source, subset->note = data.note;
  for (const auto& column : data.columns) {
    model::Column empty;
    empty.name = column.name, empty.type = column.type;
    subset->columns.push_back(std::move(empty));
  }
  for (size_t row = 0; row < data.rows; ++row) {
    if (chart.facet->text(row).value_or("–") != value) continue;
    for (size_t c = 0; c < data.columns.size(); ++c)
      subset->columns[c].append_from(data.columns[c], row);
    ++subset->rows;
  }
  return subset;
}

const model::Column* rebind(const model::Column* column, const model::Dataset& data) {
  return column ? data.find(column->name) : nullptr;
}

// The y extent every panel must show: raw values, or for stacks the sums at each x.
void shared_y_extent(const model::Chart& chart, double& lo, double& hi) {
  lo = std::numeric_limits<double>::infinity(), hi = -lo;
  if (!chart.y) return;
  bool stacked = chart.series && chart.spec.stack == spec::Stack::stacked;
  std::map<std::pair<std::string, std::string>, std::pair<double, double>> sums;
  for (size_t row = 0; row < chart.data->rows; ++row) {
    if (!chart.y->numbers()[row]) continue;
    double v = *chart.y->numbers()[row];
    if (!stacked) {
      lo = std::min(lo, v), hi = std::max(hi, v);
      continue;
    }
    auto& [down, up] =
        sums[{chart.facet->text(row).value_or(""), chart.x ? chart.x->text(row).value_or("") : ""}];
    (v >= 0 ? up : down) += v;
  }
  for (const auto& [key, sum] : sums) lo = std::min(lo, sum.first), hi = std::max(hi, sum.second);
}

void shared_x_extent(const model::Chart& chart, double& lo, double& hi) {
  lo = std::numeric_limits<double>::infinity(), hi = -lo;
  if (!chart.x) return;
  for (size_t row = 0; row < chart.data->rows; ++row) {
    std::optional<double> x = chart.x->numbers()[row];
    if (!x && chart.x->text(row)) x = parse_date_years(*chart.x->text(row));
    if (x) lo = std::min(lo, *x), hi = std::max(hi, *x);
  }
}

bool numeric_x(const model::Chart& chart) {
  return kind::find_chart_kind(chart.spec.kind)->can.numeric_x;
}

// Series share one legend above the panels; kinds whose series are their categories (shares)
// label each panel on its own.
bool shared_legend(const model::Chart& chart) {
  return chart.series != nullptr;
}

struct Grid {
  int columns = 1, rows = 1;
};

Grid grid_for(const model::Chart& chart, size_t panels, double width) {
  int count = static_cast<int>(std::max<size_t>(panels, 1));
  int columns =
      chart.spec.facet && chart.spec.facet->columns
          ? *chart.spec.facet->columns
          : std::max(1, static_cast<int>((width + kPanelGap) / (kMinPanelWidth + kPanelGap)));
  columns = std::min(columns, count);
  int rows = (count + columns - 1) / columns;
  // Balanced rows: 5 panels in three columns are 3 + 2, never 4 + 1.
  if (!(chart.spec.facet && chart.spec.facet->columns)) columns = (count + rows - 1) / rows;
  return {columns, rows};
}

std::vector<guide::LegendEntry> legend_entries(const model::Chart& chart,
                                               const model::Theme& theme) {
  std::vector<guide::LegendEntry> entries;
  if (!shared_legend(chart)) return entries;
  auto series = group_series(chart);
  if (series.size() < 2) return entries;
  for (size_t i = 0; i < series.size(); ++i) {
    auto style = theme.series(i);
    entries.push_back({series[i].name, style.color, style.dash, style.marker,
                       kind::find_chart_kind(chart.spec.kind)->can.dots});
  }
  return entries;
}

}  // namespace

std::vector<Panel> facet_panels(const model::Chart& chart) {
  std::vector<Panel> panels;
  if (!chart.facet || !chart.data) return panels;
  double y_lo, y_hi, x_lo, x_hi;
  shared_y_extent(chart, y_lo, y_hi);
  shared_x_extent(chart, x_lo, x_hi);
  std::vector<std::string> series_names;
  for (const auto& s : group_series(chart)) series_names.push_back(s.name);

  for (const auto& value : facet_values(chart)) {
    Panel panel{value, rows_where(chart, value), chart};
    model::Chart& p = panel.chart;
    p.data = panel.data.get();
    p.own_data = panel.data;
    for (auto* column : {&p.x, &p.y, &p.series, &p.label, &p.estimated, &p.size})
      *column = rebind(*column, *panel.data);
    for (auto& column : p.columns) column = rebind(column, *panel.data);
    p.facet = nullptr;
    p.spec.facet.reset();
    p.spec.title = p.spec.subtitle = p.spec.note = p.spec.source = "";
    p.source_line.clear();
    p.spec.annotations.clear();  // they name positions in the whole chart's data
    if (shared_legend(chart)) {
      p.spec.legend = spec::Legend::none;
      p.spec.series_order = series_names;
    }
    if (p.spec.y && std::isfinite(y_lo)) {
      if (p.spec.y->scale != spec::Scale::log || y_lo > 0)
        p.spec.y->min = std::min(y_lo, p.spec.y->min.value_or(y_lo));
      p.spec.y->max = std::max(y_hi, p.spec.y->max.value_or(y_hi));
    }
    if (p.spec.x && numeric_x(chart) && std::isfinite(x_lo)) {
      if (p.spec.x->scale != spec::Scale::log || x_lo > 0)
        p.spec.x->min = std::min(x_lo, p.spec.x->min.value_or(x_lo));
      p.spec.x->max = std::max(x_hi, p.spec.x->max.value_or(x_hi));
    }
    panels.push_back(std::move(panel));
  }
  return panels;
}

void draw_small_multiples(const kind::DrawContext& ctx, const kind::ChartKind& kind) {
  const auto& theme = ctx.theme;
  Rect body = ctx.body;
  guide::place_legend(ctx.frame, body, legend_entries(ctx.chart, theme), guide::LegendSide::top,
                      theme);
  auto panels = facet_panels(ctx.chart);
  Grid grid = grid_for(ctx.chart, panels.size(), body.width);
  double width = (body.width - (grid.columns - 1) * kPanelGap) / grid.columns;
  double height = (body.height - (grid.rows - 1) * kPanelGap) / grid.rows;
  auto title_style = theme.text(model::TextRole::label_series);
  for (size_t i = 0; i < panels.size(); ++i) {
    int column = static_cast<int>(i) % grid.columns, row = static_cast<int>(i) / grid.columns;
    scene::Frame panel_frame{{width, height}, {}};
    auto title = text::shape_text(panels[i].name, title_style, {width, text::Align::left, 1});
    panel_frame.text({0, 0}, title);
    Rect panel_body{0, title->size().height + 4, width,
                    std::max(10.0, height - title->size().height - 4)};
    panels[i].chart.value_axis_labels = column == 0;
    kind.draw({panels[i].chart, theme, panel_body, panel_frame});
    ctx.frame.group({body.x + column * (width + kPanelGap), body.y + row * (height + kPanelGap)},
                    std::move(panel_frame), "panel", panels[i].name);
  }
}

double small_multiples_height(const model::Chart& chart, const model::Theme& theme, double width) {
  auto panels = facet_panels(chart);
  Grid grid = grid_for(chart, panels.size(), width);
  double panel_width = (width - (grid.columns - 1) * kPanelGap) / grid.columns;
  double legend = legend_entries(chart, theme).empty() ? 0 : 24;
  return legend + grid.rows * panel_width / chart.spec.aspect_ratio.value_or(kPanelAspect) +
         (grid.rows - 1) * kPanelGap;
}

std::string describe_small_multiples(const model::Chart& chart, const kind::ChartKind& kind) {
  auto panels = facet_panels(chart);
  std::string text = fmt::format("{} panels by {}, on shared scales.", panels.size(),
                                 chart.spec.facet ? chart.spec.facet->field : "");
  for (const auto& panel : panels)
    text += fmt::format(" {}: {}", panel.name, kind.describe(panel.chart));
  return text;
}

}  // namespace folio::chart
