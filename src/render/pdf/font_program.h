#pragma once
// The TrueType programs Cairo embeds (its subsets: glyf, loca, hmtx and the tables they need),
// read and, for glyph_text.h, extended.
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

class Buffer;  // qpdf's

namespace folio::render::pdf {

// numGlyphs from a TrueType font program's 'maxp' table; 0 when the program is not readable.
unsigned font_program_glyph_count(const Buffer& program);

// A TrueType program that can gain glyphs: each new glyph is a composite of existing ones, each
// at an offset, with an advance of its own. glyph_text.h uses them so that a reader's pen after
// a glyph lands where the next one is drawn, and so that a cluster drawn in more pieces than it
// has characters can show one glyph per character; /W still agrees with the program (PDF/A).
class TrueTypeProgram {
 public:
  // nullopt when the program lacks a table this needs, or holds one whose size depends on the
  // glyph count that this does not rewrite (hdmx, vmtx, …).
  static std::optional<TrueTypeProgram> read(std::string bytes);

  unsigned glyph_count() const { return glyph_count_ + static_cast<unsigned>(added_.size()); }
  unsigned units_per_em() const { return units_per_em_; }
  unsigned advance(unsigned glyph) const;  // font units; 0 for a glyph that does not exist
  // A glyph drawing what `glyph` draws with `advance` (font units): `glyph` itself when that
  // is its own, else a new one, or one added before. nullopt when the glyph does not exist or
  // the count would pass 65,535.
  std::optional<unsigned> glyph_with_advance(unsigned glyph, unsigned advance);
  // A glyph drawing `first` and, offset by (dx, dy) font units, `second`, with `first`'s
  // advance.
  std::optional<unsigned> glyph_joining(unsigned first, unsigned second, int dx, int dy);
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
  struct Component {
    unsigned glyph;  // one of the program's own glyphs
    int dx, dy;
    bool operator<(const Component& other) const {  // C++17 here: see CMakeLists.txt on qpdf
      return std::tie(glyph, dx, dy) < std::tie(other.glyph, other.dx, other.dy);
    }
    bool operator==(const Component& other) const {
      return glyph == other.glyph && dx == other.dx && dy == other.dy;
    }
  };
  using Components = std::vector<Component>;
  Components components(unsigned glyph) const;
  std::optional<unsigned> add(const Components& components, unsigned advance);
  struct Added {
    Components components;
    unsigned advance;
  };
  std::vector<Added> added_;
  std::map<std::pair<Components, unsigned>, unsigned> added_index_;
};

}  // namespace folio::render::pdf
