#pragma once
// The laid-out deck as PowerPoint shapes: the title slide's texts and bands as text boxes and
// rectangles, each chart slide's title, subtitle, source and number as text boxes around a
// native chart (kinds DrawingML has) or a picture of the chart (the rest).
#include "layout/slides.h"
#include "render/pptx/deck.h"

namespace folio::cli {

render::pptx::DeckContent deck_content(const layout::Deck& deck, const model::Document& document);

}  // namespace folio::cli
