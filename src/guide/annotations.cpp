#include "guide/annotations.h"

#include <algorithm>

#include "text/shaped_text.h"

namespace folio::guide {
namespace {

// The label's top-left corner, moved back inside the plot where it would leave it.
Point inside(const Rect& plot, Point at, Size size) {
  return {std::clamp(at.x, plot.x, std::max(plot.x, plot.right() - size.width)),
          std::clamp(at.y, plot.y, std::max(plot.y, plot.bottom() - size.height))};
}

}  // namespace

void draw_annotation_ranges(scene::Frame& frame, const AnnotationPlane& plane,
                            const std::vector<spec::Annotation>& annotations,
                            const model::Theme& theme) {
  const Rect& plot = plane.plot;
  for (const auto& a : annotations) {
    if (a.type != "range") continue;
    Rect area;
    if (a.x && plane.x) {
      double x0 = std::clamp((*plane.x)(*a.x), plot.x, plot.right()),
             x1 = std::clamp((*plane.x)(*a.x2), plot.x, plot.right());
      area = {std::min(x0, x1), plot.y, std::fabs(x1 - x0), plot.height};
    } else if (a.y) {
      double y0 = std::clamp(plane.y(*a.y), plot.y, plot.bottom()),
             y1 = std::clamp(plane.y(*a.y2), plot.y, plot.bottom());
      area = {plot.x, std::min(y0, y1), plot.width, std::fabs(y1 - y0)};
    } else {
      continue;
    }
    frame.fill(scene::Path::rectangle(area), theme.color("span"));
    if (a.label.empty()) continue;
    auto label =
        text::shape_text(a.label, theme.text("label.annotation"), {std::max(40.0, area.width - 6)});
    frame.text(inside(plot, {area.x + 4, area.y + 3}, label->size()), label);
  }
}

void draw_annotation_marks(scene::Frame& frame, const AnnotationPlane& plane,
                           const std::vector<spec::Annotation>& annotations,
                           const model::Theme& theme) {
  const Rect& plot = plane.plot;
  scene::Stroke rule{theme.color("text"), 0.8, {3, 2}};
  auto style = theme.text("label.annotation");
  for (const auto& a : annotations) {
    if (a.type == "line" && a.y) {
      double y = plane.y(*a.y);
      if (y < plot.y - 0.5 || y > plot.bottom() + 0.5) continue;
      frame.stroke(scene::Path::segment({plot.x, y}, {plot.right(), y}), rule);
      if (a.label.empty()) continue;
      auto label = text::shape_text(a.label, style, {plot.width / 2});
      frame.text(inside(plot, {plot.x + 4, y - label->size().height - 2}, label->size()), label);
    } else if (a.type == "line" && a.x && plane.x) {
      double x = (*plane.x)(*a.x);
      if (x < plot.x - 0.5 || x > plot.right() + 0.5) continue;
      frame.stroke(scene::Path::segment({x, plot.y}, {x, plot.bottom()}), rule);
      if (a.label.empty()) continue;
      auto label = text::shape_text(a.label, style, {plot.width / 3});
      frame.text(inside(plot, {x + 4, plot.y}, label->size()), label);
    } else if (a.type == "point" && plane.x) {
      Point target{(*plane.x)(*a.x), plane.y(*a.y)};
      auto label = text::shape_text(a.label, style, {plot.width / 3});
      // Above and to the left of the point, or where the plot has room; a short leader joins them.
      Point corner{target.x - label->size().width - 14, target.y - label->size().height - 18};
      if (corner.x < plot.x) corner.x = target.x + 14;
      if (corner.y < plot.y) corner.y = target.y + 18;
      corner = inside(plot, corner, label->size());
      Point near{std::clamp(target.x, corner.x, corner.x + label->size().width),
                 target.y < corner.y ? corner.y : corner.y + label->size().height};
      frame.stroke(scene::Path::segment(near, target), {theme.color("text"), 0.7});
      frame.add(scene::Shape{scene::Path::circle(target, 4.5), std::nullopt,
                             scene::Stroke{theme.color("text"), 1}});
      frame.text(corner, label);
    }
  }
}

}  // namespace folio::guide
