#pragma once
#include <optional>
#include <vector>

#include "core/geometry.h"

namespace folio::guide {

// A label for a marker of `radius` at `anchor`.
struct PointLabel {
  Point anchor;
  double radius = 3;
  Size size;
};

// Tries eight positions around each marker (right, left, above, below, then the corners), in
// the order given (put the most important first), and keeps the first that stays inside
// `bounds` and meets no marker and no label placed before it. A label with no such position
// is left out (nullopt): a crowded chart loses labels, never legibility.
std::vector<std::optional<Rect>> place_point_labels(const std::vector<PointLabel>& labels,
                                                    const Rect& bounds);

}  // namespace folio::guide
