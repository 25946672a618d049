#include "scene/scene.h"

#include <fmt/format.h>

#include <cmath>

namespace folio::scene {

Path& Path::move_to(double x, double y) {
  ops.push_back({PathOp::move, {x, y}});
  return *this;
}
Path& Path::line_to(double x, double y) {
  ops.push_back({PathOp::line, {x, y}});
  return *this;
}
Path& Path::curve_to(double x1, double y1, double x2, double y2, double x3, double y3) {
  ops.push_back({PathOp::curve, {x1, y1, x2, y2, x3, y3}});
  return *this;
}
Path& Path::arc(double cx, double cy, double radius, double angle0, double angle1) {
  ops.push_back({PathOp::arc, {cx, cy, radius, angle0, angle1}});
  return *this;
}
Path& Path::arc_negative(double cx, double cy, double radius, double angle0, double angle1) {
  ops.push_back({PathOp::arc_negative, {cx, cy, radius, angle0, angle1}});
  return *this;
}
Path& Path::close() {
  ops.push_back({PathOp::close, {}});
  return *this;
}

Path Path::rectangle(const Rect& r) {
  Path path;
  path.move_to(r.x, r.y)
      .line_to(r.right(), r.y)
      .line_to(r.right(), r.bottom())
      .line_to(r.x, r.bottom())
      .close();
  return path;
}

Path Path::circle(Point center, double radius) {
  Path path;
  path.arc(center.x, center.y, radius, 0, 2 * M_PI).close();
  return path;
}

Path Path::marker(const std::string& shape, Point c, double r) {
  Path path;
  if (shape == "square") {
    double s = r * 0.9;
    return rectangle({c.x - s, c.y - s, 2 * s, 2 * s});
  }
  if (shape == "diamond") {
    double s = r * 1.25;
    path.move_to(c.x, c.y - s)
        .line_to(c.x + s, c.y)
        .line_to(c.x, c.y + s)
        .line_to(c.x - s, c.y)
        .close();
    return path;
  }
  if (shape == "triangle") {
    double s = r * 1.3;
    path.move_to(c.x, c.y - s)
        .line_to(c.x + s * 0.95, c.y + s * 0.7)
        .line_to(c.x - s * 0.95, c.y + s * 0.7)
        .close();
    return path;
  }
  return circle(c, r);
}

Path Path::segment(Point from, Point to) {
  Path path;
  path.move_to(from.x, from.y).line_to(to.x, to.y);
  return path;
}

// Out of line, and built in place: a temporary Item moved into the vector makes GCC 12 report
// the variant's other alternatives as "maybe uninitialized" (a known false positive).
void Frame::add(Item item) {
  items.push_back(std::move(item));
}
void Frame::fill(const Path& path, Color color) {
  items.emplace_back(std::in_place_type<Shape>, Shape{path, color, std::nullopt});
}
void Frame::stroke(const Path& path, Stroke stroke) {
  items.emplace_back(std::in_place_type<Shape>, Shape{path, std::nullopt, std::move(stroke)});
}
void Frame::text(Point position, text::ShapedTextPtr run, double rotation) {
  items.emplace_back(std::in_place_type<Text>, Text{position, std::move(run), rotation});
}

void Frame::tagged_text(Point position, text::ShapedTextPtr run, Structure structure) {
  Frame one{run->size(), {}};
  one.text({0, 0}, std::move(run));
  group(position, std::move(one), "", "", std::move(structure));
}

Frame wrapped(Frame inner, Structure structure) {
  Frame outer{inner.size, {}};
  outer.group({0, 0}, std::move(inner), "", "", std::move(structure));
  return outer;
}

void Frame::group(Point offset, Frame frame, std::string role, std::string alt, Structure structure,
                  double scale) {
  items.emplace_back(std::in_place_type<Group>,
                     Group{offset, std::make_shared<const Frame>(std::move(frame)), std::move(role),
                           std::move(alt), std::move(structure), scale, ""});
}

namespace {

std::string num(double v) {
  double rounded = std::round(v * 100) / 100;
  if (rounded == 0) rounded = 0;  // no "-0"
  return fmt::format("{:.2f}", rounded);
}

void dump_into(const Frame& frame, int depth, std::string& out) {
  std::string indent(depth * 2, ' ');
  for (const auto& item : frame.items) {
    if (const auto* shape = std::get_if<Shape>(&item)) {
      out += indent + "shape";
      if (shape->fill) out += " fill=" + shape->fill->hex();
      if (shape->stroke)
        out += fmt::format(" stroke={}/{}", shape->stroke->color.hex(), num(shape->stroke->width));
      out += " ";
      static const char* names = "MLCANZ";
      for (const auto& op : shape->path.ops) {
        out += names[op.kind];
        int count = op.kind == PathOp::curve                                    ? 6
                    : op.kind == PathOp::arc || op.kind == PathOp::arc_negative ? 5
                    : op.kind == PathOp::close                                  ? 0
                                                                                : 2;
        for (int i = 0; i < count; ++i) {
          if (i) out += ',';
          out += num(op.v[i]);
        }
        out += ' ';
      }
      out.back() = '\n';
    } else if (const auto* text = std::get_if<Text>(&item)) {
      out += fmt::format("{}text {},{} {}x{}{} {} \"{}\"\n", indent, num(text->position.x),
                         num(text->position.y), num(text->run->size().width),
                         num(text->run->size().height),
                         text->rotation == 0 ? "" : " rotated " + num(text->rotation * 180 / M_PI),
                         text->run->color().hex(), text->run->text());
    } else if (const auto* group = std::get_if<Group>(&item)) {
      out += fmt::format(
          "{}group {} at {},{} size {}x{}{}\n", indent, group->role.empty() ? "-" : group->role,
          num(group->offset.x), num(group->offset.y), num(group->frame->size.width),
          num(group->frame->size.height), group->scale == 1 ? "" : " scale " + num(group->scale));
      dump_into(*group->frame, depth + 1, out);
    } else if (const auto* image = std::get_if<Image>(&item)) {
      out += fmt::format("{}image {} at {},{} {}x{}\n", indent,
                         image->data->format == ImageData::png ? "png" : "svg", num(image->area.x),
                         num(image->area.y), num(image->area.width), num(image->area.height));
    } else if (const auto* link = std::get_if<Link>(&item)) {
      out += fmt::format("{}link {} at {},{} {}x{}\n", indent, link->target, num(link->area.x),
                         num(link->area.y), num(link->area.width), num(link->area.height));
    } else if (const auto* anchor = std::get_if<Anchor>(&item)) {
      out += fmt::format("{}anchor {} at {},{}\n", indent, anchor->name, num(anchor->position.x),
                         num(anchor->position.y));
    }
  }
}

}  // namespace

std::string dump(const Frame& frame) {
  std::string out = fmt::format("frame {}x{}\n", num(frame.size.width), num(frame.size.height));
  dump_into(frame, 1, out);
  return out;
}

}  // namespace folio::scene
