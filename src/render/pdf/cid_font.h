#pragma once
// One of the composite fonts Cairo embeds (Type0, Identity-H, one CIDFontType2 whose CIDs are
// its subset's glyph ids), opened so that a glyph can be given a code of its own for one
// occurrence: a new CID drawing the same glyph, with its own text in the ToUnicode map and its
// own advance. A reader that ignores /ActualText (MuPDF) then still reads each occurrence of a
// reordered or shared glyph as the text it stands for there. An advance other than the glyph's
// own comes from a glyph added to the font program (font_program.h), so that /W and the
// program agree (PDF/A) and readers that measure with the program see it too.
#include <map>
#include <optional>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <string>
#include <tuple>
#include <vector>

#include "render/pdf/font_program.h"
#include "render/pdf/to_unicode.h"

namespace folio::render::pdf {

class CidFont {
 public:
  // nullopt for any other kind of font, or one that cannot be read safely.
  static std::optional<CidFont> open(QPDFObjectHandle type0);

  // Advance in thousandths of the text size, as /W gives it (the default 1000 when absent).
  double width(unsigned code) const;
  const std::u16string& text(unsigned code) const;
  const CodeText& texts() const { return texts_; }
  const std::map<unsigned, double>& widths() const { return widths_; }
  // The advance nearest `width` (thousandths) that the font can give `code`'s glyph: `width`
  // rounded to the program's units, or the glyph's own when the program cannot gain glyphs.
  double reachable_width(unsigned code, double width);
  // A new code drawing `code`'s glyph and, offset by (dx, dy) thousandths of the size,
  // `other`'s, with `code`'s text and advance; nullopt when the program cannot gain it.
  std::optional<unsigned> join(unsigned code, unsigned other, double dx, double dy);
  // A code that draws `code`'s glyph and reads as `text` with advance `width` (one that
  // reachable_width gave): `code` itself when those are its own, else a new CID (one per
  // distinct glyph, text and advance). nullopt when the two-byte code space is full.
  std::optional<unsigned> code_for(unsigned code, const std::u16string& text, double width);
  // Writes the new CIDs into the font: /CIDToGIDMap, /W, /ToUnicode and, when it gained
  // glyphs, the program. Nothing when none.
  void write(QPDF& pdf);

 private:
  TrueTypeProgram* program();
  // The CID drawing `glyph` that reads as `text` with `advance`: one added before, or a new one.
  std::optional<unsigned> cid_for(unsigned glyph, const std::u16string& text, double advance);

  mutable QPDFObjectHandle type0_, descendant_;  // qpdf reads keys through non-const handles
  QPDFObjectHandle program_stream_;
  std::optional<TrueTypeProgram> program_;  // read when first needed
  bool program_read_ = false;
  std::vector<unsigned> glyph_of_;  // CID → glyph id; identity for Cairo's own CIDs
  std::map<unsigned, double> widths_;
  CodeText texts_;
  std::map<std::tuple<unsigned, std::u16string, double>, unsigned> added_;
  bool changed_ = false;
};

}  // namespace folio::render::pdf
