#include "chart/decimate.h"

#include <algorithm>
#include <cmath>

namespace folio::chart {

std::vector<Point> decimate_polyline(const std::vector<Point>& run, double column) {
  if (run.size() <= 4) return run;
  std::vector<Point> kept;
  kept.reserve(std::min(run.size(), size_t{4096}));
  size_t start = 0;
  while (start < run.size()) {
    double slot = std::floor(run[start].x / column);
    size_t end = start, low = start, high = start;
    while (end < run.size() && std::floor(run[end].x / column) == slot) {
      if (run[end].y < run[low].y) low = end;
      if (run[end].y > run[high].y) high = end;
      ++end;
    }
    // The column's points in their own order, each once: first, the extremes, last.
    size_t last = end - 1;
    size_t order[4] = {start, std::min(low, high), std::max(low, high), last};
    size_t previous = run.size();
    for (size_t index : order) {
      if (index == previous) continue;
      kept.push_back(run[index]);
      previous = index;
    }
    start = end;
  }
  return kept;
}

}  // namespace folio::chart
