#pragma once
#include <qpdf/Buffer.hh>

namespace folio::render::pdf {

// numGlyphs from a TrueType font program's 'maxp' table; 0 when the program is not readable.
unsigned font_program_glyph_count(const Buffer& program);

}  // namespace folio::render::pdf
