#pragma once
// The TrueType programs Cairo embeds (its subsets: glyf, loca, hmtx and the tables they need),
// read and, for glyph_text.h, extended.
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

class Buffer;  // qpdf's

namespace folio::render::pdf {

// numGlyphs from a TrueType font program's 'maxp' table; 0 when the program is not readable.
unsigned font_program_glyph_count(const Buffer& program);

// A TrueType program that can gain glyphs: each new glyph draws an existing one (a composite
// of one component at its origin) with an advance of its own, so that a reader's pen after it
// lands where the next glyph is drawn, and /W still agrees with the program (PDF/A).
class TrueTypeProgram {
 public:
  // nullopt when the program lacks a table this needs, or holds one whose size depends on the
  // glyph count that this does not rewrite (hdmx, vmtx, …).
  static std::optional<TrueTypeProgram> read(std::string bytes);

  unsigned glyph_count() const { return glyph_count_ + static_cast<unsigned>(added_.size()); }
  unsigned units_per_em() const { return units_per_em_; }
  // A glyph drawing `glyph` with `advance` (font units): a new one, or one added before.
  // nullopt when the glyph does not exist or the count would pass 65,535.
  std::optional<unsigned> glyph_with_advance(unsigned glyph, unsigned advance);
  bool changed() const { return !added_.empty(); }
  // The whole program, with the added glyphs.
  std::string bytes() const;

 private:
  std::string table(const std::string& tag) const;
  std::string bytes_;
  std::map<std::string, std::pair<size_t, size_t>> tables_;  // tag → (offset, length)
  unsigned glyph_count_ = 0, units_per_em_ = 0, long_metrics_ = 0;
  bool long_offsets_ = false;
  std::vector<size_t> offsets_;     // loca, glyph_count_ + 1 entries
  std::vector<unsigned> advances_;  // every glyph's, from hmtx
  std::vector<int> left_bearings_;
  struct Added {
    unsigned drawing, advance;
  };
  std::vector<Added> added_;
  std::map<std::pair<unsigned, unsigned>, unsigned> added_index_;
};

}  // namespace folio::render::pdf
