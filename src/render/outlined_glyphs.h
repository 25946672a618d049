#pragma once
// Glyphs a PDF reader cannot give text of their own, drawn as outlines instead of text.
//
// A PDF reader gives each shown glyph at least one character and measures word gaps with the
// font's own advances. Two kinds of glyph in a cluster defeat that, and MuPDF (which ignores
// /ActualText) then copies U+FFFD, a doubled vowel or a space inside a word:
//  - a surplus glyph, when a cluster draws more glyphs than it has characters (Khmer ើ and ៀ
//    are drawn in two or three pieces);
//  - a mark drawn away from its pen position (a Khmer, Thai or Lao vowel sign placed over its
//    base by an offset): the reader's pen stops where the mark's origin is, short of the next
//    glyph, and it reads the distance as a space.
// Such a glyph is drawn as a filled outline, the same shape at the same place, and the rest of
// its cluster carries the cluster's text (render/pdf/glyph_text.h deals it out). Every cluster
// keeps at least one glyph as text. Right-to-left runs are left as they are.
#include <cairo.h>
#include <pango/pango.h>

#include <vector>

namespace folio::render {

class OutlinedGlyphs {
 public:
  // Finds those glyphs in `layout` and hides them from its glyph strings (as
  // PANGO_GLYPH_EMPTY, which Pango's renderer skips and leaves out of its clusters) until this
  // is destroyed. The layout must not be drawn or measured by anyone else meanwhile.
  explicit OutlinedGlyphs(PangoLayout* layout);
  ~OutlinedGlyphs();
  OutlinedGlyphs(const OutlinedGlyphs&) = delete;
  OutlinedGlyphs& operator=(const OutlinedGlyphs&) = delete;

  // Fills the hidden glyphs for the layout drawn with its top left corner at (x, y), in the
  // current source unless a run gives its own colour.
  void fill(cairo_t* cr, double x, double y) const;

 private:
  struct Hidden {
    PangoGlyphInfo* info;
    PangoGlyph glyph;
    PangoFont* font;
    double x, y;  // the glyph's origin from the layout's top left corner, in points
    const PangoAttrColor* color;
  };
  std::vector<Hidden> hidden_;
};

}  // namespace folio::render
