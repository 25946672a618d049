#include "render/pdf/cid_font.h"

#include <cmath>
#include <qpdf/Buffer.hh>

#include "render/pdf/font_program.h"

namespace folio::render::pdf {
namespace {

using Object = QPDFObjectHandle;

constexpr unsigned kCodeSpace = 0x10000;  // two-byte codes

// /W: `c [w1 w2 …]` gives consecutive CIDs from c; `c1 c2 w` one width for a range.
std::map<unsigned, double> read_widths(Object array) {
  std::map<unsigned, double> widths;
  if (!array.isArray()) return widths;
  std::vector<Object> items = array.getArrayAsVector();
  for (size_t i = 0; i + 1 < items.size();) {
    if (!items[i].isInteger()) return {};
    long long first = items[i].getIntValue();
    if (items[i + 1].isArray()) {
      long long cid = first;
      for (Object width : items[i + 1].aitems())
        if (width.isNumber() && cid >= 0 && cid < kCodeSpace)
          widths[cid++] = width.getNumericValue();
      i += 2;
    } else if (i + 2 < items.size() && items[i + 1].isInteger() && items[i + 2].isNumber()) {
      long long last = std::min<long long>(items[i + 1].getIntValue(), kCodeSpace - 1);
      for (long long cid = std::max(0LL, first); cid <= last; ++cid)
        widths[cid] = items[i + 2].getNumericValue();
      i += 3;
    } else {
      return {};
    }
  }
  return widths;
}

std::string buffer_text(const std::shared_ptr<Buffer>& buffer) {
  return std::string(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
}

}  // namespace

std::optional<CidFont> CidFont::open(Object type0) {
  if (!type0.isDictionary() || !type0.getKey("/Subtype").isNameAndEquals("/Type0") ||
      !type0.getKey("/Encoding").isNameAndEquals("/Identity-H"))
    return std::nullopt;
  Object descendants = type0.getKey("/DescendantFonts");
  if (!descendants.isArray() || descendants.getArrayNItems() != 1) return std::nullopt;
  Object descendant = descendants.getArrayItem(0);
  if (!descendant.isDictionary() || !descendant.getKey("/Subtype").isNameAndEquals("/CIDFontType2"))
    return std::nullopt;
  // Only Cairo's own shape: CIDs are glyph ids (no map, or /Identity), and a ToUnicode stream.
  Object map = descendant.getKey("/CIDToGIDMap");
  if (!(map.isNull() || map.isNameAndEquals("/Identity"))) return std::nullopt;
  Object to_unicode = type0.getKey("/ToUnicode");
  Object descriptor = descendant.getKey("/FontDescriptor");
  if (!to_unicode.isStream() || !descriptor.isDictionary()) return std::nullopt;
  Object program = descriptor.getKey("/FontFile2");
  if (!program.isStream()) return std::nullopt;
  unsigned glyphs = font_program_glyph_count(*program.getStreamData(qpdf_dl_generalized));
  if (glyphs == 0 || glyphs > kCodeSpace) return std::nullopt;

  CidFont font;
  font.type0_ = type0;
  font.descendant_ = descendant;
  font.glyph_of_.resize(glyphs);
  for (unsigned cid = 0; cid < glyphs; ++cid) font.glyph_of_[cid] = cid;
  font.widths_ = read_widths(descendant.getKey("/W"));
  font.texts_ = read_to_unicode(buffer_text(to_unicode.getStreamData(qpdf_dl_generalized)));
  font.program_stream_ = program;
  return font;
}

double CidFont::width(unsigned code) const {
  auto found = widths_.find(code);
  if (found != widths_.end()) return found->second;
  Object fallback = descendant_.getKey("/DW");
  return fallback.isNumber() ? fallback.getNumericValue() : 1000;
}

const std::u16string& CidFont::text(unsigned code) const {
  static const std::u16string none;
  auto found = texts_.find(code);
  return found == texts_.end() ? none : found->second;
}

TrueTypeProgram* CidFont::program() {
  if (!program_read_) {
    program_read_ = true;
    program_ =
        TrueTypeProgram::read(buffer_text(program_stream_.getStreamData(qpdf_dl_generalized)));
    if (program_ && program_->glyph_count() != glyph_of_.size()) program_.reset();
  }
  return program_ ? &*program_ : nullptr;
}

double CidFont::reachable_width(unsigned code, double advance) {
  TrueTypeProgram* font_program = program();
  if (!font_program || code >= glyph_of_.size() || advance < 0) return width(code);
  double units = std::round(advance * font_program->units_per_em() / 1000);
  return units * 1000 / font_program->units_per_em();
}

std::optional<unsigned> CidFont::join(unsigned code, unsigned other, double dx, double dy) {
  TrueTypeProgram* font_program = program();
  if (!font_program || code >= glyph_of_.size() || other >= glyph_of_.size()) return std::nullopt;
  double scale = font_program->units_per_em() / 1000.0;
  std::optional<unsigned> glyph = font_program->glyph_joining(
      glyph_of_[code], glyph_of_[other], static_cast<int>(std::lround(dx * scale)),
      static_cast<int>(std::lround(dy * scale)));
  if (!glyph) return std::nullopt;
  return cid_for(*glyph, std::u16string(text(code)), width(code));
}

std::optional<unsigned> CidFont::cid_for(unsigned glyph, const std::u16string& text,
                                         double advance) {
  auto key = std::make_tuple(glyph, text, advance);
  auto found = added_.find(key);
  if (found != added_.end()) return found->second;
  if (glyph_of_.size() >= kCodeSpace) return std::nullopt;
  unsigned cid = static_cast<unsigned>(glyph_of_.size());
  glyph_of_.push_back(glyph);
  widths_[cid] = advance;
  texts_[cid] = text;
  added_[key] = cid;
  changed_ = true;
  return cid;
}

std::optional<unsigned> CidFont::code_for(unsigned code, const std::u16string& text,
                                          double advance) {
  if (code >= glyph_of_.size()) return std::nullopt;
  if (text == this->text(code) && advance == width(code)) return code;
  unsigned glyph = glyph_of_[code];
  if (advance != width(code)) {
    // A glyph of the program drawing this one with that advance.
    TrueTypeProgram* font_program = program();
    if (!font_program) return code_for(code, text, width(code));
    auto units = static_cast<unsigned>(std::lround(advance * font_program->units_per_em() / 1000));
    std::optional<unsigned> drawn = font_program->glyph_with_advance(glyph, units);
    if (!drawn) return code_for(code, text, width(code));
    glyph = *drawn;
  }
  return cid_for(glyph, text, advance);
}

void CidFont::write(QPDF& pdf) {
  if (!changed_) return;
  std::string map;
  map.reserve(glyph_of_.size() * 2);
  for (unsigned glyph : glyph_of_) {
    map += static_cast<char>(glyph >> 8);
    map += static_cast<char>(glyph & 0xff);
  }
  descendant_.replaceKey("/CIDToGIDMap", Object::newStream(&pdf, map));
  // One `c [w …]` run per stretch of consecutive CIDs.
  Object widths = Object::newArray();
  for (auto at = widths_.begin(); at != widths_.end();) {
    unsigned first = at->first, next = first;
    Object run = Object::newArray();
    for (; at != widths_.end() && at->first == next; ++at, ++next)
      run.appendItem(at->second == static_cast<long long>(at->second)
                         ? Object::newInteger(static_cast<long long>(at->second))
                         : Object::newReal(at->second, 3));
    widths.appendItem(Object::newInteger(first));
    widths.appendItem(run);
  }
  descendant_.replaceKey("/W", widths);
  type0_.replaceKey("/ToUnicode", Object::newStream(&pdf, write_to_unicode(texts_)));
  if (program_ && program_->changed()) {
    std::string bytes = program_->bytes();
    program_stream_.getDict().replaceKey("/Length1",
                                         Object::newInteger(static_cast<long long>(bytes.size())));
    program_stream_.replaceStreamData(bytes, Object::newNull(), Object::newNull());
  }
}

}  // namespace folio::render::pdf
