#pragma once
// Text that copies right in readers that ignore /ActualText.
//
// Cairo's ToUnicode map gives each glyph one text, taken from its first use, and wraps any
// cluster whose glyphs do not spell it in order (a Khmer or Devanagari vowel drawn before its
// consonant, a glyph shared by several clusters) in an /ActualText span. poppler reads the
// span; MuPDF reads only the map, and so copies such text as U+FFFD or in drawing order.
//
// This pass gives every glyph inside a span a code of its own share of the span's text (the
// span's characters dealt to its glyphs in drawing order, the last glyph taking the rest), and
// closes the small gaps readers take for word breaks where a zero-advance mark is placed apart
// from its neighbours, by giving the glyph before the gap an advance that reaches the next one
// (only where that moves nothing drawn: the glyph ends its string, and the next is placed by
// Td). Spans in right-to-left text are left as they are.
#include <qpdf/QPDF.hh>

namespace folio::render::pdf {

// Rewrites the content streams of every page and form that need it, and the fonts they use.
void give_glyphs_their_text(QPDF& pdf);

}  // namespace folio::render::pdf
