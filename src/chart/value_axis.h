#pragma once
// Tick placement and labels for a value axis, linear or log, as the axis spec asks.
#include <optional>
#include <string>
#include <vector>

#include "scale/linear_scale.h"
#include "scale/ticks.h"
#include "spec/document.h"

namespace folio::chart {

struct ValueAxis {
  scale::Ticks ticks;
  std::vector<std::string> labels;  // one per tick
  bool log = false;

  // The axis's scale onto [range_start, range_end].
  scale::ContinuousScale scale(double range_start, double range_end) const {
    return {ticks.min, ticks.max, range_start, range_end, log};
  }
  // Whether a value can be drawn on this axis: a log axis has no place for zero or less.
  bool shows(double value) const { return !log || value > 0; }
};

// Ticks over [lo, hi] (on a log axis, over the positive values; `positive_lo` is the smallest
// of them) with labels in `format`, about `target_count` of them.
ValueAxis value_axis(const std::optional<spec::Axis>& axis, const spec::NumberFormat& format,
                     double lo, double hi, double positive_lo, int target_count,
                     const std::string& language);

}  // namespace folio::chart
