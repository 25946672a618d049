#include <cmath>

#include "render/cairo_stream.h"
#include "render/outputs.h"
#include "render/painter.h"

namespace folio::render {

std::string render_png(const scene::Frame& frame, const PngOptions& options) {
  double scale = options.dpi / 72.0;
  int width = static_cast<int>(std::ceil(frame.size.width * scale));
  int height = static_cast<int>(std::ceil(frame.size.height * scale));
  cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height);
  cairo_t* cr = cairo_create(surface);
  cairo_scale(cr, scale, scale);
  paint_frame(cr, frame);
  cairo_destroy(cr);
  std::string bytes;
  cairo_surface_write_to_png_stream(surface, append_to_string, &bytes);
  finish_surface(surface, "PNG");
  return bytes;
}

}  // namespace folio::render
