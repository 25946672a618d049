#pragma once
#include <string>
#include <vector>

#include "charts/chart_kind.h"

namespace folio::charts {

// The one explicit list of chart kinds (self-registering globals vanish from static libraries).
const std::vector<ChartKind>& chart_kinds();
const ChartKind* find_chart_kind(std::string_view name);

}  // namespace folio::charts
