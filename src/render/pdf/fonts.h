#pragma once
#include <qpdf/QPDF.hh>

namespace folio::render::pdf {

// Gives every CIDFontType2 font Cairo embedded what PDF/A asks of a composite subset: an
// explicit /CIDToGIDMap (Cairo's subsets number glyphs by CID, so /Identity, unless
// glyph_text.h added CIDs and a map stream) and a /CIDSet naming every CID, each of which
// draws a glyph the embedded program holds.
void complete_cid_fonts(QPDF& pdf);

}  // namespace folio::render::pdf
