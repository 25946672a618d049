#pragma once
// A 16:9 deck from a document: a title slide from its meta, then one slide per chart with the
// chart (its title, body and source line) and the slide's number.
#include <memory>

#include "layout/paged_document.h"
#include "text/shaped_text.h"

namespace folio::layout {

// 13.333 × 7.5 in, PowerPoint's widescreen slide.
constexpr Size kDeckSize{960, 540};
// The smallest text a slide shows, read from the back of a room.
constexpr double kSlideMinText = 14;
// The slide's margins: left and right, above the chart, and the band at the foot that holds
// the slide number. Both decks (PDF and PowerPoint) place their shapes by these.
constexpr double kSlideMargin = 48, kSlideTop = 36, kSlideFooter = 46;

// One slide's chart: which chart, and the scale it is drawn at (its frame is laid out at the
// slide's chart area divided by the scale, so that its smallest text is kSlideMinText or more).
struct SlideChart {
  const model::Chart* chart = nullptr;
  Rect area;  // on the slide
  double scale = 1;
  Size size;                                  // the chart's own size before scaling
  std::shared_ptr<const scene::Frame> frame;  // the chart laid out at `size`, once for both decks
};

// Where a slide's chart frame starts: centred across its area, at the area's top.
Point chart_origin(const SlideChart& placed);

// "3 / 7" in the document's language, at least kSlideMinText.
text::ShapedTextPtr slide_number_label(const model::Document& document, int number, int count);

struct Deck {
  PagedDocument pages;             // slide 1 is the title slide
  std::vector<SlideChart> charts;  // slides 2… in order
  // Charts whose content is too much for one slide at kSlideMinText (sixty bars, a long
  // timeline): drawn smaller, and named here with the size they got.
  struct Notice {
    const spec::JsonDocument* file = nullptr;  // where the chart was written (an included spec)
    std::string pointer, message;
  };
  std::vector<Notice> notices;
};

Deck layout_slides(const model::Document& document);

}  // namespace folio::layout
