#pragma once
#include <vector>

namespace folio::guide {

// Vertical positions for labels that want to sit at `wanted` (their centres, in any order),
// each `heights[i]` tall: the order is kept, neighbours are pushed apart by `gap`, and the
// whole set is kept within [top, bottom] where it fits. Returns the centres.
std::vector<double> dodge_vertically(const std::vector<double>& wanted,
                                     const std::vector<double>& heights, double top, double bottom,
                                     double gap);

}  // namespace folio::guide
