#pragma once
// Text that copies right in every reader, whatever it reads.
//
// Cairo's ToUnicode map gives each glyph one text, taken from its first use, and wraps any
// cluster whose glyphs do not spell it in order (a Khmer or Devanagari vowel drawn before its
// consonant, a glyph shared by several clusters) in an /ActualText span. poppler reads the
// span but takes a zero-advance mark drawn at its base's end for a word of its own; MuPDF reads
// only the map, and measures word gaps with the font program's advances. So this pass rewrites
// each text object where needed:
//  - a cluster drawn in more glyphs than it has characters (Khmer ៀ: three pieces for two)
//    has each surplus piece drawn by its neighbour's glyph instead, a composite of the two
//    added to the font program, with a TJ move where the piece was;
//  - every glyph inside a span gets a code of its own share of the span's text (the span's
//    characters dealt to its glyphs in drawing order, the last glyph taking the rest);
//  - a base and the zero-advance marks drawn after it share a new span;
//  - inside a word of a script written without spaces, a glyph whose advance does not reach
//    the next glyph (a mark placed over its base, a removed piece) gets one that does, from a
//    glyph added to the font program, and a TJ adjustment after it keeps every later glyph
//    where it was.
// Spans in right-to-left text are left as they are. Nothing drawn moves by more than the
// rounding of an offset to font units.
#include <qpdf/QPDF.hh>

namespace folio::render::pdf {

// Rewrites the content streams of every page and form that need it, and the fonts they use.
void give_glyphs_their_text(QPDF& pdf);

}  // namespace folio::render::pdf
