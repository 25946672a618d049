#include "chart/decimate.h"

#include <algorithm>
#include <cmath>

namespace folio::chart {

std::vector<Point> decimate_polyline(const std::vector<Point>& run, double column) {
  PolylineDecimator decimator(column);
  for (const auto& point : run) decimator.add(point);
  return decimator.finish();
}

void PolylineDecimator::add(Point point) {
  size_t index = count_++;
  // Up to four points pass unchanged: they are held back until a fifth shows the run is
  // longer, then go through the columns like every later point.
  if (index < 4) {
    raw_.push_back(point);
    return;
  }
  if (index == 4)
    for (size_t k = 0; k < raw_.size(); ++k) take(raw_[k], k);
  take(point, index);
}

void PolylineDecimator::take(Point point, size_t index) {
  double slot = std::floor(point.x / column_);
  if (open_ && slot != slot_) close_slot();
  if (!open_) {
    open_ = true;
    slot_ = slot;
    first_ = low_ = high_ = last_ = {point, index};
    return;
  }
  if (point.y < low_.at.y) low_ = {point, index};
  if (point.y > high_.at.y) high_ = {point, index};
  last_ = {point, index};
}

void PolylineDecimator::close_slot() {
  // The column's points in their own order, each once: first, the extremes, last.
  const Seen* middle[2] = {low_.index < high_.index ? &low_ : &high_,
                           low_.index < high_.index ? &high_ : &low_};
  const Seen* order[4] = {&first_, middle[0], middle[1], &last_};
  size_t previous = static_cast<size_t>(-1);
  for (const Seen* seen : order) {
    if (seen->index == previous) continue;
    kept_.push_back(seen->at);
    previous = seen->index;
  }
  open_ = false;
}

std::vector<Point> PolylineDecimator::finish() {
  std::vector<Point> out;
  if (count_ <= 4) {
    out = std::move(raw_);
  } else {
    if (open_) close_slot();
    out = std::move(kept_);
  }
  raw_.clear(), kept_.clear();
  count_ = 0, open_ = false;
  return out;
}

}  // namespace folio::chart
