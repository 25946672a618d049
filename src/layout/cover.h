#pragma once
#include "model/document.h"
#include "scene/scene.h"

namespace folio::layout {

// The title page: a coloured band with kicker, title and subtitle, then the cover lines
// (e.g. the parties' names in several scripts), then date, author and note at the foot.
scene::Frame layout_cover(const model::Document& document);

}  // namespace folio::layout
