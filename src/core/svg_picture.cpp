#include "core/svg_picture.h"

#include <librsvg/rsvg.h>

namespace folio {

// librsvg is a real XML parser, with its limits on entity expansion and no access to external
// files for data without a base address.
std::optional<Size> svg_intrinsic_size(const std::string& bytes) {
  GError* error = nullptr;
  RsvgHandle* handle = rsvg_handle_new_from_data(reinterpret_cast<const guint8*>(bytes.data()),
                                                 bytes.size(), &error);
  if (!handle) {
    if (error) g_error_free(error);
    return std::nullopt;
  }
  rsvg_handle_set_dpi(handle, 96);
  std::optional<Size> size;
  gdouble width = 0, height = 0;
  gboolean has_view_box = FALSE;
  RsvgRectangle view_box{};
  if (rsvg_handle_get_intrinsic_size_in_pixels(handle, &width, &height)) {
    size = Size{width * 0.75, height * 0.75};
  } else {
    rsvg_handle_get_intrinsic_dimensions(handle, nullptr, nullptr, nullptr, nullptr, &has_view_box,
                                         &view_box);
    if (has_view_box) size = Size{view_box.width * 0.75, view_box.height * 0.75};
  }
  g_object_unref(handle);
  return size;
}

void draw_svg_picture(cairo_t* cr, const std::string& bytes, const Rect& area) {
  RsvgHandle* handle = rsvg_handle_new_from_data(reinterpret_cast<const guint8*>(bytes.data()),
                                                 bytes.size(), nullptr);
  if (!handle) return;
  RsvgRectangle viewport{area.x, area.y, area.width, area.height};
  rsvg_handle_render_document(handle, cr, &viewport, nullptr);
  g_object_unref(handle);
}

}  // namespace folio
