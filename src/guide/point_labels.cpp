#include "guide/point_labels.h"

namespace folio::guide {

std::vector<std::optional<Rect>> place_point_labels(const std::vector<PointLabel>& labels,
                                                    const Rect& bounds) {
  constexpr double kGap = 3;
  std::vector<Rect> markers;
  for (const auto& label : labels)
    markers.push_back({label.anchor.x - label.radius, label.anchor.y - label.radius,
                       2 * label.radius, 2 * label.radius});
  auto inside = [&](const Rect& r) {
    return r.x >= bounds.x && r.y >= bounds.y && r.right() <= bounds.right() &&
           r.bottom() <= bounds.bottom();
  };
  std::vector<std::optional<Rect>> placed(labels.size());
  std::vector<Rect> taken;
  for (size_t i = 0; i < labels.size(); ++i) {
    const auto& l = labels[i];
    double w = l.size.width, h = l.size.height, d = l.radius + kGap, x = l.anchor.x, y = l.anchor.y;
    const Rect candidates[] = {
        {x + d, y - h / 2, w, h},
        {x - d - w, y - h / 2, w, h},
        {x - w / 2, y - d - h, w, h},
        {x - w / 2, y + d, w, h},
        {x + d * 0.7, y - d * 0.7 - h, w, h},
        {x - d * 0.7 - w, y - d * 0.7 - h, w, h},
        {x + d * 0.7, y + d * 0.7, w, h},
        {x - d * 0.7 - w, y + d * 0.7, w, h},
    };
    for (const auto& box : candidates) {
      if (!inside(box)) continue;
      bool clear = true;
      for (const auto& marker : markers) clear = clear && !box.intersects(marker);
      for (const auto& other : taken) clear = clear && !box.intersects(other);
      if (!clear) continue;
      placed[i] = box;
      taken.push_back(box);
      break;
    }
  }
  return placed;
}

}  // namespace folio::guide
