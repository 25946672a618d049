// Glyphs added to a TrueType program (render/pdf/font_program.h) are what FreeType reads back:
// the same outline as the glyph they draw, with the advance asked for.
#include "render/pdf/font_program.h"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_OUTLINE_H
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace folio::render::pdf {
namespace {

const char* kFont = "/usr/share/fonts/truetype/noto/NotoSansKhmer-Regular.ttf";

std::string read_all(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

struct Face {
  explicit Face(const std::string& bytes) : bytes(bytes) {
    FT_Init_FreeType(&library);
    error = FT_New_Memory_Face(library, reinterpret_cast<const FT_Byte*>(this->bytes.data()),
                               static_cast<FT_Long>(this->bytes.size()), 0, &face);
  }
  ~Face() {
    if (!error) FT_Done_Face(face);
    FT_Done_FreeType(library);
  }
  // (advance, outline box) of a glyph in font units
  std::pair<long, FT_BBox> glyph(unsigned id) const {
    FT_Load_Glyph(face, id, FT_LOAD_NO_SCALE | FT_LOAD_NO_HINTING);
    FT_BBox box;
    FT_Outline_Get_CBox(&face->glyph->outline, &box);
    return {face->glyph->advance.x, box};
  }
  std::string bytes;
  FT_Library library = nullptr;
  FT_Face face = nullptr;
  FT_Error error = 0;
};

TEST(TrueTypeProgram, AnAddedGlyphDrawsItsOriginalWithItsOwnAdvance) {
  std::string original = read_all(kFont);
  ASSERT_FALSE(original.empty()) << kFont << " (fonts-noto-core) is missing";
  auto program = TrueTypeProgram::read(original);
  ASSERT_TRUE(program);
  unsigned count = program->glyph_count();
  Face before(original);
  ASSERT_EQ(before.error, 0);
  unsigned glyph = FT_Get_Char_Index(before.face, 0x1780);  // KHMER LETTER KA
  ASSERT_NE(glyph, 0u);
  auto [advance, box] = before.glyph(glyph);

  auto wider = program->glyph_with_advance(glyph, static_cast<unsigned>(advance) + 288);
  ASSERT_TRUE(wider);
  EXPECT_EQ(*wider, count);
  EXPECT_EQ(program->glyph_with_advance(glyph, static_cast<unsigned>(advance) + 288), wider);
  EXPECT_EQ(program->glyph_with_advance(glyph, static_cast<unsigned>(advance)), glyph);
  auto empty = program->glyph_with_advance(0, 500);  // .notdef has an outline; glyph 3 may not
  ASSERT_TRUE(empty);
  EXPECT_EQ(program->glyph_count(), count + 2);

  std::string changed = program->bytes();
  auto reread = TrueTypeProgram::read(changed);
  ASSERT_TRUE(reread);
  EXPECT_EQ(reread->glyph_count(), count + 2);
  Face after(changed);
  ASSERT_EQ(after.error, 0);
  EXPECT_EQ(after.face->num_glyphs, static_cast<long>(count + 2));
  auto [old_advance, old_box] = after.glyph(glyph);
  EXPECT_EQ(old_advance, advance);
  auto [new_advance, new_box] = after.glyph(*wider);
  EXPECT_EQ(new_advance, advance + 288);
  EXPECT_EQ(new_box.xMin, box.xMin);
  EXPECT_EQ(new_box.yMin, box.yMin);
  EXPECT_EQ(new_box.xMax, box.xMax);
  EXPECT_EQ(new_box.yMax, box.yMax);
  short new_points = after.face->glyph->outline.n_points;  // still loaded: the added glyph
  before.glyph(glyph);
  EXPECT_EQ(new_points, before.face->glyph->outline.n_points);
  EXPECT_GT(new_points, 0);
}

TEST(TrueTypeProgram, AJoinedGlyphDrawsBothAtTheirOffsetWithTheFirstsAdvance) {
  std::string original = read_all(kFont);
  ASSERT_FALSE(original.empty()) << kFont << " (fonts-noto-core) is missing";
  auto program = TrueTypeProgram::read(original);
  ASSERT_TRUE(program);
  Face before(original);
  unsigned ka = FT_Get_Char_Index(before.face, 0x1780), aa = FT_Get_Char_Index(before.face, 0x17b6);
  ASSERT_NE(ka, 0u);
  ASSERT_NE(aa, 0u);
  auto [ka_advance, ka_box] = before.glyph(ka);
  short ka_points = before.face->glyph->outline.n_points;
  auto [aa_advance, aa_box] = before.glyph(aa);
  short aa_points = before.face->glyph->outline.n_points;
  (void)aa_advance;

  auto joined = program->glyph_joining(ka, aa, 700, -40);
  ASSERT_TRUE(joined);
  EXPECT_EQ(program->advance(*joined), static_cast<unsigned>(ka_advance));
  auto wider = program->glyph_with_advance(*joined, static_cast<unsigned>(ka_advance) + 100);
  ASSERT_TRUE(wider);
  EXPECT_NE(*wider, *joined);

  Face after(program->bytes());
  ASSERT_EQ(after.error, 0);
  auto [joined_advance, joined_box] = after.glyph(*joined);
  EXPECT_EQ(joined_advance, ka_advance);
  EXPECT_EQ(after.face->glyph->outline.n_points, ka_points + aa_points);
  EXPECT_EQ(joined_box.xMin, std::min(ka_box.xMin, aa_box.xMin + 700));
  EXPECT_EQ(joined_box.xMax, std::max(ka_box.xMax, aa_box.xMax + 700));
  EXPECT_EQ(joined_box.yMin, std::min(ka_box.yMin, aa_box.yMin - 40));
  auto [wider_advance, wider_box] = after.glyph(*wider);
  EXPECT_EQ(wider_advance, ka_advance + 100);
  EXPECT_EQ(after.face->glyph->outline.n_points, ka_points + aa_points);
  (void)wider_box;
}

TEST(TrueTypeProgram, AProgramItCannotExtendIsRefused) {
  EXPECT_FALSE(TrueTypeProgram::read("not a font"));
  EXPECT_FALSE(TrueTypeProgram::read(std::string(64, '\0')));
}

}  // namespace
}  // namespace folio::render::pdf
