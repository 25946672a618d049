#pragma once
#include <string>

#include "scene/scene.h"

namespace folio::render {

enum class SvgText {
  outlines,  // glyph outlines only: the picture, nothing to select
  layer,     // outlines plus invisible <text> over them: selectable, searchable, same picture
  native,    // real <text> in the theme's fonts instead of outlines: editable in Inkscape or
             // PowerPoint, drawn by the reader's own fonts
};

// Every text run of `frame` as <text> elements, one a run of one font, at the run's place,
// size and width. `visible` paints them in their colour (native); otherwise they are
// transparent, for selection and search only.
std::string svg_text_elements(const scene::Frame& frame, bool visible);

}  // namespace folio::render
