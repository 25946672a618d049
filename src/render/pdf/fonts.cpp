#include "render/pdf/fonts.h"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <string>

namespace folio::render::pdf {
namespace {

unsigned read_u16(const unsigned char* at) {
  return static_cast<unsigned>(at[0]) << 8 | at[1];
}

unsigned long read_u32(const unsigned char* at) {
  return static_cast<unsigned long>(read_u16(at)) << 16 | read_u16(at + 2);
}

// numGlyphs from the font program's 'maxp' table (the table directory: a 12-byte header, then
// 16-byte records of tag, checksum, offset and length); 0 when the program is not readable.
unsigned glyph_count(const Buffer& program) {
  const unsigned char* data = program.getBuffer();
  size_t size = program.getSize();
  if (size < 12) return 0;
  unsigned tables = read_u16(data + 4);
  for (unsigned i = 0; i < tables; ++i) {
    size_t record = 12 + 16 * static_cast<size_t>(i);
    if (record + 16 > size) return 0;
    if (std::string(reinterpret_cast<const char*>(data + record), 4) != "maxp") continue;
    unsigned long offset = read_u32(data + record + 8);
    if (offset + 6 > size) return 0;
    return read_u16(data + offset + 4);
  }
  return 0;
}

}  // namespace

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
    unsigned glyphs = glyph_count(*program.getStreamData(qpdf_dl_generalized));
    if (glyphs == 0) continue;
    // One bit per CID, the high bit of the first byte for CID 0.
    std::string bits((glyphs + 7) / 8, '\0');
    for (unsigned cid = 0; cid < glyphs; ++cid)
      bits[cid / 8] = static_cast<char>(bits[cid / 8] | (0x80 >> (cid % 8)));
    descriptor.replaceKey("/CIDSet", QPDFObjectHandle::newStream(&pdf, bits));
  }
}

}  // namespace folio::render::pdf
