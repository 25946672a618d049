#include "render/cairo_stream.h"

#include <fmt/format.h>

#include "core/errors.h"

namespace folio::render {

void finish_surface(cairo_surface_t* surface, const char* what) {
  cairo_surface_finish(surface);
  cairo_status_t status = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  if (status != CAIRO_STATUS_SUCCESS)
    throw RenderError(
        fmt::format("writing the {} failed: {}", what, cairo_status_to_string(status)));
}

}  // namespace folio::render
