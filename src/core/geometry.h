#pragma once
// All lengths are in PDF points (1/72 in), y grows downwards.

namespace folio {

struct Point {
  double x = 0;
  double y = 0;
};

struct Size {
  double width = 0;
  double height = 0;
};

struct Rect {
  double x = 0;
  double y = 0;
  double width = 0;
  double height = 0;

  double left() const { return x; }
  double top() const { return y; }
  double right() const { return x + width; }
  double bottom() const { return y + height; }
  Size size() const { return {width, height}; }
  bool intersects(const Rect& other) const {
    return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
  }
  Rect inset(double top_pt, double right_pt, double bottom_pt, double left_pt) const {
    return {x + left_pt, y + top_pt, width - left_pt - right_pt, height - top_pt - bottom_pt};
  }
};

}  // namespace folio
