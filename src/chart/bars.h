#pragma once
// One value per category, as columns, rankings and lollipops show them: highlighted, sorted
// and cut to the top N as the spec says.
#include <optional>
#include <string>
#include <vector>

#include "model/document.h"
#include "model/theme.h"
#include "spec/json_document.h"

namespace folio::chart {

struct Bar {
  std::string category;
  std::optional<double> value;
  bool estimated = false;
  bool highlighted = false;
};

// The chart's first series as bars, highlighted and sorted as the spec says.
std::vector<Bar> bars_of(const model::Chart& chart);
std::vector<std::string> categories_of(const std::vector<Bar>& bars);
// Highlighted categories in the highlight colour, the rest in the base colour; estimated ones
// lighter.
Color bar_color(const Bar& bar, const model::Chart& chart, const model::Theme& theme);
// The least and greatest value, 0 and 0 when there are none.
void value_extent(const std::vector<Bar>& bars, double& lo, double& hi);
// Every "highlight" names a category of the chart; throws InputError with did-you-mean.
void require_highlights(const model::Chart& chart, const spec::JsonDocument& doc);
// The same for the names in `field` (a table highlights rows by their first column).
void require_highlights_in(const model::Chart& chart, const model::Column* field,
                           const spec::JsonDocument& doc);

}  // namespace folio::chart
