#pragma once
#include <cairo.h>

#include <string>

namespace folio::render {

// Collects what a Cairo stream surface writes.
inline cairo_status_t append_to_string(void* closure, const unsigned char* data,
                                       unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

// Cairo reports some errors (tag errors among them) only when the surface is finished.
void finish_surface(cairo_surface_t* surface, const char* what);

}  // namespace folio::render
