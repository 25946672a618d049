#include "chart/bars.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "chart/series.h"
#include "core/strings.h"
#include "spec/node.h"

namespace folio::chart {

std::vector<Bar> bars_of(const model::Chart& chart) {
  std::vector<Bar> bars;
  auto series = group_series(chart);
  if (series.empty()) return bars;
  const auto& highlight = chart.spec.highlight;
  for (const auto& p : series.front().points) {
    bool highlighted =
        std::find(highlight.begin(), highlight.end(), category(chart, p)) != highlight.end();
    bars.push_back({category(chart, p), p.y, p.estimated, highlighted});
  }
  if (chart.spec.sort != spec::Sort::none) {
    bool descending = chart.spec.sort == spec::Sort::descending;
    std::stable_sort(bars.begin(), bars.end(), [descending](const Bar& a, const Bar& b) {
      double va = a.value.value_or(-INFINITY), vb = b.value.value_or(-INFINITY);
      return descending ? va > vb : va < vb;
    });
  }
  if (chart.spec.top && bars.size() > static_cast<size_t>(*chart.spec.top))
    bars.resize(*chart.spec.top);
  return bars;
}

std::vector<std::string> categories_of(const std::vector<Bar>& bars) {
  std::vector<std::string> names;
  for (const auto& bar : bars) names.push_back(bar.category);
  return names;
}

Color bar_color(const Bar& bar, const model::Chart& chart, const model::Theme& theme) {
  Color color = chart.spec.highlight.empty() ? theme.palette().front()
                : bar.highlighted            ? theme.colors().highlight
                                             : theme.colors().base;
  return bar.estimated ? color.with_alpha(0.55) : color;
}

void value_extent(const std::vector<Bar>& bars, double& lo, double& hi) {
  lo = 0, hi = 0;
  for (const auto& bar : bars)
    if (bar.value) lo = std::min(lo, *bar.value), hi = std::max(hi, *bar.value);
}

void require_highlights(const model::Chart& chart, const spec::JsonDocument& doc) {
  require_highlights_in(chart, chart.x, doc);
}

void require_highlights_in(const model::Chart& chart, const model::Column* field,
                           const spec::JsonDocument& doc) {
  if (chart.spec.highlight.empty() || !field || !chart.data || chart.data->rows == 0) return;
  std::vector<std::string> categories;
  for (size_t row = 0; row < field->size(); ++row) {
    auto text = field->text(row);
    if (text && std::find(categories.begin(), categories.end(), *text) == categories.end())
      categories.push_back(*text);
  }
  for (size_t i = 0; i < chart.spec.highlight.size(); ++i) {
    const auto& wanted = chart.spec.highlight[i];
    if (std::find(categories.begin(), categories.end(), wanted) != categories.end()) continue;
    std::string match = spec::closest_match(wanted, categories);
    std::string pointer = chart.spec.highlight.size() == 1 && chart.spec.highlight_pointer_is_string
                              ? chart.spec.pointer + "/highlight"
                              : fmt::format("{}/highlight/{}", chart.spec.pointer, i);
    throw InputError(doc.locate(pointer),
                     fmt::format("a category of field \"{}\" ({})", field->name,
                                 quote_for_message(join(categories), 60)),
                     fmt::format("\"{}\"", quote_for_message(wanted)),
                     match.empty() ? "" : fmt::format("did you mean \"{}\"?", match));
  }
}

}  // namespace folio::chart
