#pragma once
#include <cstddef>
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
// column is kept, so sparse lines come back unchanged, except where a kept point lies on the
// segment between its neighbours: level with both (a flat stretch costs two points, not two
// a column), or within a sixteenth of a column of it, which no reader can tell from the line
// through it (a sixty-fourth of a point at the default column).
std::vector<Point> decimate_polyline(const std::vector<Point>& run,
                                     double column = kDecimationColumn);

// The same, fed one point at a time, so that a line of millions of points is never held in
// device space: only what survives is kept. `finish` gives what decimate_polyline gives for
// the points added since the last finish, and starts again.
class PolylineDecimator {
 public:
  explicit PolylineDecimator(double column = kDecimationColumn) : column_(column) {}
  void add(Point point);
  std::vector<Point> finish();
  bool empty() const { return count_ == 0; }

 private:
  void take(Point point, size_t index);
  void close_slot();
  void keep(Point point);

  double column_;
  size_t count_ = 0;        // points added since the last finish
  std::vector<Point> raw_;  // the first few: a run of four or fewer comes back whole
  // The open column: its slot, and its first, lowest, highest and last point with the order
  // they came in.
  double slot_ = 0;
  bool open_ = false;
  struct Seen {
    Point at;
    size_t index;
  };
  Seen first_{}, low_{}, high_{}, last_{};
  std::vector<Point> kept_;
  bool back_stands_in_ = false;  // kept_.back() replaced a dropped point
};

}  // namespace folio::chart
