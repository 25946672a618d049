#pragma once
#include <string>

#include "layout/flow.h"

namespace folio::layout {

// Numbers footnotes through the whole document.
struct FootnoteCounter {
  int next = 1;
};

struct ParagraphStyle {
  model::TextStyle text;
  model::TextStyle note;  // footnotes
  Color link_color;
  double indent = 0;           // of every line from the body's left edge
  text::ShapedTextPtr marker;  // a bullet or number set in the indent of the first line
  std::string structure = "P";
};

// Places inline-Markdown text (see text/rich_text.h), breaking it between lines when it
// does not fit and never leaving fewer than two lines on either side of the break. Links
// become clickable areas; footnotes go to the foot of the page where their mark lands.
void flow_paragraph(Flow& flow, const std::string& markdown, const ParagraphStyle& style,
                    FootnoteCounter& footnotes);

// The same text as one unbroken frame of the given width (for grid cells and callouts);
// footnote marks are numbered and their notes returned for the caller to place.
scene::Frame paragraph_frame(const std::string& markdown, const ParagraphStyle& style, double width,
                             FootnoteCounter& footnotes, std::vector<text::ShapedTextPtr>& notes);

}  // namespace folio::layout
