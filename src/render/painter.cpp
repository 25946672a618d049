#include "render/painter.h"

#include <fmt/format.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <initializer_list>

#include "core/svg_picture.h"

namespace folio::render {
namespace {

void set_color(cairo_t* cr, const Color& c) {
  cairo_set_source_rgba(cr, c.r, c.g, c.b, c.a);
}

// Whether every value is finite. A non-finite one would put the whole surface into an error
// state and blank every later drawing: the item is skipped (the scene checks keep such
// values out). The sanitized build (FOLIO_STRICT_PAINTER) stops instead, so that the test
// that made the value finds its cause.
bool drawable(const double* values, size_t count, const char* what) {
  for (size_t i = 0; i < count; ++i)
    if (!std::isfinite(values[i])) {
#ifdef FOLIO_STRICT_PAINTER
      std::fprintf(stderr, "folio: %s reached the painter with a non-finite value\n", what);
      std::abort();
#else
      (void)what;
#endif
      return false;
    }
  return true;
}

bool drawable(std::initializer_list<double> values, const char* what) {
  return drawable(values.begin(), values.size(), what);
}

// Cairo turns an arc whose end precedes its start into one by adding whole turns, one at a
// time, and then draws the sweep in quarter-turn pieces: a sweep of 1e300 radians would
// never finish. A sweep is therefore brought into (-2π, 2π] here the way Cairo would bring
// it, and anything longer than a full turn is a full turn, which draws the same.
double bounded_end_angle(double start, double end, bool negative) {
  double sweep = negative ? start - end : end - start;
  if (sweep < 0) sweep = std::fmod(sweep, 2 * M_PI) + 2 * M_PI;
  sweep = std::min(sweep, 2 * M_PI);
  return negative ? start - sweep : start + sweep;
}

size_t value_count(scene::PathOp::Kind kind) {
  switch (kind) {
    case scene::PathOp::move:
    case scene::PathOp::line:
      return 2;
    case scene::PathOp::curve:
      return 6;
    case scene::PathOp::arc:
    case scene::PathOp::arc_negative:
      return 5;
    case scene::PathOp::close:
      return 0;
  }
  return 0;
}

void build_path(cairo_t* cr, const scene::Path& path) {
  cairo_new_path(cr);
  for (const auto& op : path.ops) {
    const double* v = op.v;
    // A stray non-finite value loses only its segment (see drawable()).
    if (!drawable(op.v, value_count(op.kind), "a path")) continue;
    switch (op.kind) {
      case scene::PathOp::move:
        cairo_move_to(cr, v[0], v[1]);
        break;
      case scene::PathOp::line:
        cairo_line_to(cr, v[0], v[1]);
        break;
      case scene::PathOp::curve:
        cairo_curve_to(cr, v[0], v[1], v[2], v[3], v[4], v[5]);
        break;
      case scene::PathOp::arc:
        cairo_arc(cr, v[0], v[1], v[2], v[3], bounded_end_angle(v[3], v[4], false));
        break;
      case scene::PathOp::arc_negative:
        cairo_arc_negative(cr, v[0], v[1], v[2], v[3], bounded_end_angle(v[3], v[4], true));
        break;
      case scene::PathOp::close:
        cairo_close_path(cr);
        break;
    }
  }
}

void paint_shape(cairo_t* cr, const scene::Shape& shape) {
  build_path(cr, shape.path);
  if (shape.fill) {
    set_color(cr, *shape.fill);
    if (shape.stroke)
      cairo_fill_preserve(cr);
    else
      cairo_fill(cr);
  }
  if (shape.stroke) {
    set_color(cr, shape.stroke->color);
    cairo_set_line_width(cr, shape.stroke->width);
    cairo_set_dash(cr, shape.stroke->dash.data(), static_cast<int>(shape.stroke->dash.size()), 0);
    cairo_set_line_cap(cr, shape.stroke->round_caps ? CAIRO_LINE_CAP_ROUND : CAIRO_LINE_CAP_BUTT);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    cairo_stroke(cr);
  }
}

void paint_text(cairo_t* cr, const scene::Text& text) {
  if (!drawable({text.position.x, text.position.y, text.rotation}, "a text")) return;
  set_color(cr, text.run->color());
  Point offset = text.run->layout_offset();
  if (text.rotation != 0) {
    cairo_save(cr);
    cairo_translate(cr, text.position.x, text.position.y);
    cairo_rotate(cr, text.rotation);
    cairo_move_to(cr, -offset.x, -offset.y);
  } else {
    cairo_move_to(cr, text.position.x - offset.x, text.position.y - offset.y);
  }
  pango_cairo_show_layout(cr, text.run->layout());
  cairo_new_path(cr);  // show_layout leaves a current point that would start a stray line
  if (text.rotation != 0) cairo_restore(cr);
}

void paint_anchor(cairo_t* cr, const scene::Anchor& anchor, const PaintOptions& options) {
  if (!options.pdf_tags) return;
  double x = anchor.position.x, y = anchor.position.y;
  cairo_user_to_device(cr, &x, &y);
  std::string attributes = fmt::format("name='{}' x={:.2f} y={:.2f}", anchor.name, x, y);
  if (options.tagger) options.tagger->interrupt(cr);
  cairo_tag_begin(cr, CAIRO_TAG_DEST, attributes.c_str());
  cairo_tag_end(cr, CAIRO_TAG_DEST);
}

// Percent-encodes what a PDF URI string must not carry raw (Cairo 1.16 writes it unescaped).
std::string encode_uri(const std::string& uri) {
  std::string out;
  for (unsigned char c : uri) {
    if (c <= 0x20 || c >= 0x7f || c == '\'' || c == '\\' || c == '(' || c == ')' || c == '%' ||
        c == '<' || c == '>')
      out += fmt::format("%{:02X}", c);
    else
      out += static_cast<char>(c);
  }
  return out;
}

void paint_link(cairo_t* cr, const scene::Link& link, const PaintOptions& options) {
  if (!options.pdf_tags) return;
  double x0 = link.area.x, y0 = link.area.y, x1 = link.area.right(), y1 = link.area.bottom();
  cairo_user_to_device(cr, &x0, &y0);
  cairo_user_to_device(cr, &x1, &y1);
  std::string target = link.target.rfind('#', 0) == 0
                           ? fmt::format("dest='{}'", link.target.substr(1))
                           : fmt::format("uri='{}'", encode_uri(link.target));
  std::string attributes =
      fmt::format("{} rect=[{:.2f} {:.2f} {:.2f} {:.2f}]", target, x0, y0, x1 - x0, y1 - y0);
  // With an identity matrix the rectangle is in page coordinates, whatever groups enclose it.
  cairo_save(cr);
  cairo_identity_matrix(cr);
  pdf::PaintedLink painted{{x0, y0, x1 - x0, y1 - y0}, link.description};
  if (options.tagger) {
    options.tagger->link(cr, attributes, std::move(painted));
  } else {
    cairo_tag_begin(cr, CAIRO_TAG_LINK, attributes.c_str());
    cairo_tag_end(cr, CAIRO_TAG_LINK);
  }
  cairo_restore(cr);
}

struct PngReader {
  const std::string* bytes;
  size_t offset = 0;
};

cairo_status_t read_png_bytes(void* closure, unsigned char* data, unsigned int length) {
  auto* reader = static_cast<PngReader*>(closure);
  if (reader->offset + length > reader->bytes->size()) return CAIRO_STATUS_READ_ERROR;
  std::memcpy(data, reader->bytes->data() + reader->offset, length);
  reader->offset += length;
  return CAIRO_STATUS_SUCCESS;
}

void paint_image(cairo_t* cr, const scene::Image& image) {
  const auto& data = *image.data;
  if (data.format == ImageData::svg) {
    draw_svg_picture(cr, data.bytes, image.area);
    return;
  }
  if (!drawable({image.area.x, image.area.y, image.area.width, image.area.height}, "an image"))
    return;
  PngReader reader{&data.bytes};
  cairo_surface_t* png = cairo_image_surface_create_from_png_stream(read_png_bytes, &reader);
  if (cairo_surface_status(png) == CAIRO_STATUS_SUCCESS) {
    cairo_save(cr);
    cairo_translate(cr, image.area.x, image.area.y);
    cairo_scale(cr, image.area.width / cairo_image_surface_get_width(png),
                image.area.height / cairo_image_surface_get_height(png));
    cairo_set_source_surface(cr, png, 0, 0);
    cairo_paint(cr);
    cairo_restore(cr);
  }
  cairo_surface_destroy(png);
}

}  // namespace

void paint_frame(cairo_t* cr, const scene::Frame& frame, const PaintOptions& options) {
  for (const auto& item : frame.items) {
    if (const auto* shape = std::get_if<scene::Shape>(&item)) {
      if (options.tagger) options.tagger->content(cr);
      paint_shape(cr, *shape);
    } else if (const auto* text = std::get_if<scene::Text>(&item)) {
      if (!options.draw_text) continue;
      if (options.tagger) options.tagger->content(cr);
      paint_text(cr, *text);
    } else if (const auto* group = std::get_if<scene::Group>(&item)) {
      if (!drawable({group->offset.x, group->offset.y, group->scale}, "a group")) continue;
      bool tagged = options.tagger && !group->structure.empty();
      if (tagged) options.tagger->enter(cr, group->structure, group->alt);
      cairo_save(cr);
      cairo_translate(cr, group->offset.x, group->offset.y);
      if (group->scale != 1) cairo_scale(cr, group->scale, group->scale);
      paint_frame(cr, *group->frame, options);
      cairo_restore(cr);
      if (tagged) options.tagger->leave(cr);
    } else if (const auto* link = std::get_if<scene::Link>(&item)) {
      paint_link(cr, *link, options);
    } else if (const auto* image = std::get_if<scene::Image>(&item)) {
      if (options.tagger) options.tagger->content(cr);
      paint_image(cr, *image);
    } else if (const auto* anchor = std::get_if<scene::Anchor>(&item)) {
      paint_anchor(cr, *anchor, options);
    }
  }
}

}  // namespace folio::render
