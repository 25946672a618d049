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
    keep(seen->at);
    previous = seen->index;
  }
  open_ = false;
}

namespace {

// How far `m` lies from the segment a-b: to the nearest point of the segment, not of its
// line, so that a spike beyond an end is never taken for a point on the way.
double distance_to_segment(Point m, Point a, Point b) {
  double dx = b.x - a.x, dy = b.y - a.y, length2 = dx * dx + dy * dy;
  double t =
      length2 > 0 ? std::clamp(((m.x - a.x) * dx + (m.y - a.y) * dy) / length2, 0.0, 1.0) : 0;
  return std::hypot(m.x - (a.x + t * dx), m.y - (a.y + t * dy));
}

}  // namespace

void PolylineDecimator::keep(Point point) {
  size_t n = kept_.size();
  if (n >= 2) {
    Point a = kept_[n - 2], m = kept_[n - 1];
    // Points come in x order, so a kept point level with the one before it and the new one
    // lies on the segment between them: dropping it draws the same line, and a flat stretch
    // (an area's zero edge) costs two points instead of two a column. One that lies within
    // a sixteenth of a column of that segment is dropped too, but only where the point it
    // would be merged into stands for no dropped point already, so no dropped point ever
    // strays further than that from the line drawn.
    bool level = a.y == m.y && m.y == point.y;
    if (level || (!back_stands_in_ && distance_to_segment(m, a, point) <= column_ / 16)) {
      kept_[n - 1] = point;
      back_stands_in_ = true;
      return;
    }
  }
  kept_.push_back(point);
  back_stands_in_ = false;
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
