#include "chart/value_axis.h"

#include "text/number_format.h"

namespace folio::chart {

ValueAxis value_axis(const std::optional<spec::Axis>& axis, const spec::NumberFormat& format,
                     double lo, double hi, double positive_lo, int target_count,
                     const std::string& language) {
  ValueAxis result;
  result.log = axis && axis->scale == spec::Scale::log;
  if (result.log) {
    double top = hi > 0 ? hi : 1;
    if (axis->max) top = std::max(top, *axis->max);
    double bottom = positive_lo > 0 && positive_lo <= top ? positive_lo : top / 10;
    if (axis->min) bottom = std::min(bottom, *axis->min);
    result.ticks = scale::log_ticks(bottom, top, target_count);
    result.labels = text::format_log_ticks(result.ticks.values, format, language);
  } else {
    result.ticks = scale::nice_ticks(lo, hi, target_count);
    result.labels = text::format_ticks(result.ticks.values, format, language);
  }
  return result;
}

}  // namespace folio::chart
