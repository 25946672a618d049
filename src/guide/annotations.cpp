#include "guide/annotations.h"

#include <algorithm>
#include <cmath>

#include "text/shaped_text.h"

namespace folio::guide {
namespace {

// The label's top-left corner, moved back inside the plot where it would leave it.
Point inside(const Rect& plot, Point at, Size size) {
  return {std::clamp(at.x, plot.x, std::max(plot.x, plot.right() - size.width)),
          std::clamp(at.y, plot.y, std::max(plot.y, plot.bottom() - size.height))};
}

}  // namespace

void draw_annotation_ranges(scene::Frame& frame, AnnotationPlane& plane,
                            const std::vector<spec::Annotation>& annotations,
                            const model::Theme& theme) {
  const Rect& plot = plane.plot;
  for (const auto& a : annotations) {
    if (a.type != spec::AnnotationType::range) continue;
    Rect area;
    if (a.x && plane.x) {
      double x0 = std::clamp((*plane.x)(*a.x), plot.x, plot.right()),
             x1 = std::clamp((*plane.x)(*a.x2), plot.x, plot.right());
      area = {std::min(x0, x1), plot.y, std::fabs(x1 - x0), plot.height};
    } else if (a.y && plane.y) {
      double y0 = std::clamp((*plane.y)(*a.y), plot.y, plot.bottom()),
             y1 = std::clamp((*plane.y)(*a.y2), plot.y, plot.bottom());
      area = {plot.x, std::min(y0, y1), plot.width, std::fabs(y1 - y0)};
    } else {
      continue;
    }
    frame.fill(scene::Path::rectangle(area), theme.colors().span);
    if (a.label.empty()) continue;
    // One line, never broken inside a word: inside the range when it fits there, else beside
    // it at the top of the plot (right of it, or left when the right has no room).
    auto label = text::shape_text(a.label, theme.text(model::TextRole::label_annotation),
                                  {plot.width / 2, text::Align::left, 0, false});
    Point at{area.x + 4, area.y + 3};
    if (a.x && label->size().width > area.width - 6) {
      at.x = area.right() + 4 + label->size().width <= plot.right()
                 ? area.right() + 4
                 : area.x - 4 - label->size().width;
    }
    at = inside(plot, at, label->size());
    frame.text(at, label);
    plane.taken.push_back({at.x, at.y, label->size().width, label->size().height});
  }
}

void draw_annotation_marks(scene::Frame& frame, AnnotationPlane& plane,
                           const std::vector<spec::Annotation>& annotations,
                           const model::Theme& theme) {
  const Rect& plot = plane.plot;
  scene::Stroke rule{theme.colors().text, 0.8, {3, 2}};
  auto style = theme.text(model::TextRole::label_annotation);
  for (const auto& a : annotations) {
    if (a.type == spec::AnnotationType::line && a.y && plane.y) {
      double y = (*plane.y)(*a.y);
      if (y < plot.y - 0.5 || y > plot.bottom() + 0.5) continue;
      frame.stroke(scene::Path::segment({plot.x, y}, {plot.right(), y}), rule);
      if (a.label.empty()) continue;
      auto label = text::shape_text(a.label, style, {plot.width / 2});
      Point at = inside(plot, {plot.x + 4, y - label->size().height - 2}, label->size());
      frame.text(at, label);
      plane.taken.push_back({at.x, at.y, label->size().width, label->size().height});
    } else if (a.type == spec::AnnotationType::line && a.x && plane.x) {
      double x = (*plane.x)(*a.x);
      if (x < plot.x - 0.5 || x > plot.right() + 0.5) continue;
      frame.stroke(scene::Path::segment({x, plot.y}, {x, plot.bottom()}), rule);
      if (a.label.empty()) continue;
      auto label = text::shape_text(a.label, style, {plot.width / 3});
      Point at = inside(plot, {x + 4, plot.y}, label->size());
      // Left of the line when the right has no room for the label.
      if (at.x < x && x - 4 - label->size().width >= plot.x) at.x = x - 4 - label->size().width;
      frame.text(at, label);
      plane.taken.push_back({at.x, at.y, label->size().width, label->size().height});
    } else if (a.type == spec::AnnotationType::point && plane.x && plane.y) {
      Point target{(*plane.x)(*a.x), (*plane.y)(*a.y)};
      auto label = text::shape_text(a.label, style, {std::max(90.0, plot.width / 3)});
      Size size = label->size();
      // Above left of the point first, then the other corners and sides: the first place inside
      // the plot that meets no label already drawn. A short leader joins label and point.
      const Point candidates[] = {
          {target.x - size.width - 14, target.y - size.height - 18},
          {target.x + 14, target.y - size.height - 18},
          {target.x - size.width - 14, target.y + 18},
          {target.x + 14, target.y + 18},
          {target.x - size.width - 18, target.y - size.height / 2},
          {target.x + 18, target.y - size.height / 2},
          {target.x - size.width / 2, target.y - size.height - 24},
          {target.x - size.width / 2, target.y + 24},
      };
      auto covered = [&](Point at) {
        Rect box{at.x, at.y, size.width, size.height};
        double area = 0;
        for (const auto& other : plane.taken)
          if (box.intersects(other))
            area += (std::min(box.right(), other.right()) - std::max(box.x, other.x)) *
                    (std::min(box.bottom(), other.bottom()) - std::max(box.y, other.y));
        return area;
      };
      Point corner = inside(plot, candidates[0], size);
      double least = INFINITY;
      for (const auto& candidate : candidates) {
        Point at = inside(plot, candidate, size);
        if (double area = covered(at); area < least - 1e-9) least = area, corner = at;
      }
      // Nothing free next to the point: the free place in the plot nearest to it, then.
      if (least > 0) {
        double nearest = INFINITY;
        for (double gy = plot.y; gy + size.height <= plot.bottom(); gy += 8)
          for (double gx = plot.x; gx + size.width <= plot.right(); gx += 8) {
            double distance =
                std::hypot(gx + size.width / 2 - target.x, gy + size.height / 2 - target.y);
            if (distance < nearest && covered({gx, gy}) == 0) nearest = distance, corner = {gx, gy};
          }
      }
      plane.taken.push_back({corner.x, corner.y, size.width, size.height});
      Point near{std::clamp(target.x, corner.x, corner.x + label->size().width),
                 target.y < corner.y ? corner.y : corner.y + label->size().height};
      frame.stroke(scene::Path::segment(near, target), {theme.colors().text, 0.7});
      frame.add(scene::Shape{scene::Path::circle(target, 4.5), std::nullopt,
                             scene::Stroke{theme.colors().text, 1}});
      frame.text(corner, label);
    }
  }
}

}  // namespace folio::guide
