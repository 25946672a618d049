#pragma once
#include <functional>
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
  // A list item's: the L element it is part of and its own LI (keys keep an item broken
  // across pages one element). Empty for other paragraphs.
  std::string list_key;
  std::string item_key;
  // The document's language: a paragraph wholly in another script is tagged with its own.
  std::string document_language;
};

// A box drawn around each piece of a paragraph that breaks across pages: a callout's tint,
// bar and title. `wrap` gets the text of one piece and returns it boxed; the padding is the
// room the box adds around the text (`first_top` more on the first piece, for a title).
struct ParagraphBox {
  double top = 0, bottom = 0, left = 0, right = 0, first_top = 0;
  std::function<scene::Frame(scene::Frame text, bool first)> wrap;
};

// Places inline-Markdown text (see text/rich_text.h), breaking it between lines when it
// does not fit and never leaving fewer than two lines on either side of the break. Links
// become clickable areas; footnotes go to the foot of the page where their mark lands.
void flow_paragraph(Flow& flow, const std::string& markdown, const ParagraphStyle& style,
                    FootnoteCounter& footnotes, const ParagraphBox* box = nullptr);

// How much of the paragraph must stand at the top of a page or under a heading: all of it
// when it is too short to break, else the lines kept together at a break.
double paragraph_head_height(const std::string& markdown, const ParagraphStyle& style,
                             double width);

// The same text as one unbroken frame of the given width (for grid cells and callouts);
// footnote marks are numbered and their notes returned for the caller to place.
scene::Frame paragraph_frame(const std::string& markdown, const ParagraphStyle& style, double width,
                             FootnoteCounter& footnotes, std::vector<text::ShapedTextPtr>& notes);

}  // namespace folio::layout
