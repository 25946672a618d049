#pragma once
#include <vector>

#include "core/geometry.h"

namespace folio::chart {

// The finest detail a line is drawn at: a quarter point is a device pixel at 288 dpi, finer
// than any PNG folio writes by default and than print at arm's length.
inline constexpr double kDecimationColumn = 0.25;

// A polyline in device space, sorted by x, reduced to at most four points per column of
// `column` width (M4: the first, lowest, highest and last point of each column, in x
// order). Drawn at that resolution the line is the same picture: every extreme and every
// column's entry and exit survive, so spikes are never smoothed away. A point alone in its
// column is always kept, so sparse lines come back unchanged.
std::vector<Point> decimate_polyline(const std::vector<Point>& run,
                                     double column = kDecimationColumn);

}  // namespace folio::chart
