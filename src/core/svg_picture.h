#pragma once
// SVG pictures a document shows, read and drawn by librsvg. librsvg and what it brings
// (gdk-pixbuf, libxml2, a Rust runtime) cost the folio program milliseconds at every start, so
// the program loads them only for a document that has an SVG picture (src/modules/); the
// library links them directly.
#include <optional>
#include <string>

#include "core/geometry.h"

typedef struct _cairo cairo_t;

namespace folio {

// The size an SVG says it has, in points: width and height in absolute units, or else the
// viewBox in CSS pixels at 96 per inch; nullopt when librsvg cannot read it or it says neither.
std::optional<Size> svg_intrinsic_size(const std::string& bytes);

// Draws the SVG scaled into `area` (its aspect kept, as librsvg's viewport does). A file that
// cannot be read draws nothing: it was read once already when the document was resolved.
void draw_svg_picture(cairo_t* cr, const std::string& bytes, const Rect& area);

}  // namespace folio
