#include "render/pdf/font_program.h"

#include <string>

namespace folio::render::pdf {
namespace {

unsigned read_u16(const unsigned char* at) {
  return static_cast<unsigned>(at[0]) << 8 | at[1];
}

unsigned long read_u32(const unsigned char* at) {
  return static_cast<unsigned long>(read_u16(at)) << 16 | read_u16(at + 2);
}

}  // namespace

// The table directory: a 12-byte header, then 16-byte records of tag, checksum, offset and
// length.
unsigned font_program_glyph_count(const Buffer& program) {
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

}  // namespace folio::render::pdf
