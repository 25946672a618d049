#include "guide/direct_labels.h"

#include <algorithm>
#include <numeric>

namespace folio::guide {

std::vector<double> dodge_vertically(const std::vector<double>& wanted,
                                     const std::vector<double>& heights, double top, double bottom,
                                     double gap) {
  std::vector<size_t> order(wanted.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return wanted[a] < wanted[b]; });
  std::vector<double> tops(wanted.size());
  // Downwards: each label starts where it wants to, or just below the one above it.
  double limit = top;
  for (size_t i : order) {
    tops[i] = std::max(wanted[i] - heights[i] / 2, limit);
    limit = tops[i] + heights[i] + gap;
  }
  // Upwards: pull back what ran past the bottom, keeping the gaps.
  limit = bottom;
  for (auto it = order.rbegin(); it != order.rend(); ++it) {
    tops[*it] = std::min(tops[*it], limit - heights[*it]);
    limit = tops[*it] - gap;
  }
  std::vector<double> centres(wanted.size());
  for (size_t i = 0; i < wanted.size(); ++i) centres[i] = tops[i] + heights[i] / 2;
  return centres;
}

}  // namespace folio::guide
