#pragma once
#include <cairo.h>

#include "render/pdf/tagger.h"
#include "scene/scene.h"

namespace folio::render {

struct PaintOptions {
  bool pdf_tags = false;  // write anchors as PDF named destinations
  bool draw_text = true;  // false when the output writes its text some other way (SVG native)
  pdf::Tagger* tagger = nullptr;  // PDF: tags content by element and logs it for the finisher
};

// The only place that turns scene items into Cairo calls.
void paint_frame(cairo_t* cr, const scene::Frame& frame, const PaintOptions& options = {});

}  // namespace folio::render
