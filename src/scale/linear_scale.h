#pragma once

namespace folio::scale {

// Maps a numeric domain linearly onto a range of points.
struct LinearScale {
  double domain_min = 0, domain_max = 1;
  double range_start = 0, range_end = 1;

  double operator()(double value) const {
    double span = domain_max - domain_min;
    double t = span == 0 ? 0.5 : (value - domain_min) / span;
    return range_start + t * (range_end - range_start);
  }
};

// Evenly spaced bands for categories, with padding between them as a fraction of the step.
struct BandScale {
  int count = 1;
  double range_start = 0, range_end = 1;
  double padding = 0.25;

  double step() const { return (range_end - range_start) / (count > 0 ? count : 1); }
  double bandwidth() const { return step() * (1 - padding); }
  double start(int index) const { return range_start + step() * index + step() * padding / 2; }
  double center(int index) const { return start(index) + bandwidth() / 2; }
};

}  // namespace folio::scale
