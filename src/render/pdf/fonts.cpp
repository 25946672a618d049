#include "render/pdf/fonts.h"

#include <qpdf/QPDFObjectHandle.hh>
#include <string>

#include "render/pdf/font_program.h"

namespace folio::render::pdf {

void complete_cid_fonts(QPDF& pdf) {
  for (auto& font : pdf.getAllObjects()) {
    if (!font.isDictionary() || !font.getKey("/Type").isNameAndEquals("/Font") ||
        !font.getKey("/Subtype").isNameAndEquals("/CIDFontType2"))
      continue;
    if (!font.hasKey("/CIDToGIDMap"))
      font.replaceKey("/CIDToGIDMap", QPDFObjectHandle::newName("/Identity"));
    QPDFObjectHandle descriptor = font.getKey("/FontDescriptor");
    if (!descriptor.isDictionary() || descriptor.hasKey("/CIDSet")) continue;
    QPDFObjectHandle program = descriptor.getKey("/FontFile2");
    if (!program.isStream()) continue;
    unsigned glyphs = font_program_glyph_count(*program.getStreamData(qpdf_dl_generalized));
    if (glyphs == 0) continue;
    // Every CID draws a glyph of the program: Cairo's own are its glyph ids, and those the
    // finisher added (cid_font.h) map to them; so CIDs 0 … n-1, n the map's length if any.
    unsigned cids = glyphs;
    QPDFObjectHandle map = font.getKey("/CIDToGIDMap");
    if (map.isStream())
      cids = static_cast<unsigned>(map.getStreamData(qpdf_dl_generalized)->getSize() / 2);
    // One bit per CID, the high bit of the first byte for CID 0.
    std::string bits((cids + 7) / 8, '\0');
    for (unsigned cid = 0; cid < cids; ++cid)
      bits[cid / 8] = static_cast<char>(bits[cid / 8] | (0x80 >> (cid % 8)));
    descriptor.replaceKey("/CIDSet", QPDFObjectHandle::newStream(&pdf, bits));
  }
}

}  // namespace folio::render::pdf
