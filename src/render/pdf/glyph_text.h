#pragma once
// Text that copies right in readers that ignore /ActualText.
//
// Cairo's ToUnicode map gives each glyph one text, taken from its first use, and wraps any
// cluster whose glyphs do not spell it in order (a Khmer or Devanagari vowel drawn before its
// consonant, a glyph shared by several clusters) in an /ActualText span. poppler reads the
// span; MuPDF reads only the map, and so copies such text as U+FFFD or in drawing order.
//
// This pass rewrites each text object where needed:
//  - every glyph inside a span gets a code of its own share of the span's text (the span's
//    characters dealt to its glyphs in drawing order, the last glyph taking the rest);
//  - a base and the zero-advance marks drawn after it share a new span (poppler reads such a
//    mark, drawn at its base's end, as a word of its own);
//  - a gap inside a word of a script written without spaces (left where the painter drew a
//    surplus piece of a cluster as an outline) is closed by an advance that reaches the next
//    glyph, from a glyph added to the font program, and a TJ adjustment after it keeps every
//    later glyph where it was.
// Spans in right-to-left text are left as they are. Nothing drawn moves.
#include <qpdf/QPDF.hh>

namespace folio::render::pdf {

// Rewrites the content streams of every page and form that need it, and the fonts they use.
void give_glyphs_their_text(QPDF& pdf);

}  // namespace folio::render::pdf
