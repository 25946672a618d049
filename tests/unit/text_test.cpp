#include <gtest/gtest.h>

#include "model/theme.h"
#include "text/shaped_text.h"

namespace folio::text {
namespace {

model::TextStyle body() {
  return model::load_theme("briefing").text(model::TextRole::body);
}

TEST(ShapedText, LatinHangulAndKhmerHaveNoMissingGlyphs) {
  for (const char* sample :
       {"Korea–Cambodia Relations: US$1.0 billion, 20×, -2.5T, 2.5E-9, 58억, 12.5%, 200+, ▲▼",
        "대한민국과 캄보디아 왕국", "សាធារណរដ្ឋកូរ៉េ និងព្រះរាជាណាចក្រកម្ពុជា",
        "Mixed 대한민국 and ព្រះរាជាណាចក្រកម្ពុជា in one line"}) {
    auto run = shape_text(sample, body());
    EXPECT_EQ(run->unknown_glyphs(), 0) << sample;
    EXPECT_GT(run->size().width, 10) << sample;
  }
  auto bold = body();
  bold.bold = true;
  EXPECT_EQ(shape_text("대한민국 ព្រះរាជាណាចក្រ", bold)->unknown_glyphs(), 0);
}

TEST(ShapedText, WrapsAtTheGivenWidthWithTheThemesLeading) {
  auto style = body();
  std::string text =
      "Korea and Cambodia established diplomatic relations in 1970, and those ties were severed in "
      "1975.";
  auto run = shape_text(text, style, {120});
  auto lines = run->lines();
  ASSERT_GE(lines.size(), 3u);
  EXPECT_LE(run->size().width, 120.01);
  // Baselines are line_height × size apart, as in CSS.
  EXPECT_NEAR(lines[1].baseline - lines[0].baseline, style.line_height * style.size_pt, 0.05);
  EXPECT_EQ(lines[0].start_byte, 0);
  EXPECT_GT(lines[1].start_byte, 0);
}

TEST(ShapedText, MixedScriptsBreakOnlyBetweenWholeClustersAndWords) {
  std::string text =
      "Korea (대한민국) and Cambodia (ព្រះរាជាណាចក្រកម្ពុជា) resumed relations in 1997; 대한민국과 "
      "캄보디아 왕국은 "
      "1997년에 관계를 회복했다. សាធារណរដ្ឋកូរ៉េ និងព្រះរាជាណាចក្រកម្ពុជា.";
  for (double width : {90.0, 140.0, 220.0}) {
    auto run = shape_text(text, body(), {width});
    EXPECT_EQ(run->unknown_glyphs(), 0);
    EXPECT_LE(run->size().width, width + 0.01);
    auto lines = run->lines();
    EXPECT_GE(lines.size(), 3u);
    for (const auto& line : lines) {
      ASSERT_LT(static_cast<size_t>(line.start_byte), text.size());
      unsigned char first = static_cast<unsigned char>(text[line.start_byte]);
      EXPECT_NE(first & 0xC0, 0x80) << "line starts inside a UTF-8 sequence at width " << width;
      // A line never starts with a Khmer sign or vowel that belongs to the cluster before it
      // (U+17B6..U+17D3 are dependent vowels and signs: E1 9E B6 .. E1 9F 93).
      if (first == 0xE1 && line.start_byte + 2 < static_cast<int>(text.size())) {
        unsigned code = ((first & 0x0F) << 12) | ((text[line.start_byte + 1] & 0x3F) << 6) |
                        (text[line.start_byte + 2] & 0x3F);
        EXPECT_FALSE(code >= 0x17B6 && code <= 0x17D3) << "split Khmer cluster at width " << width;
      }
    }
  }
}

TEST(ShapedText, TextIsNeverMarkup) {
  auto run = shape_text("<b>not bold</b> & more", body());
  EXPECT_EQ(run->text(), "<b>not bold</b> & more");
  EXPECT_GT(run->size().width, shape_text("not bold & more", body())->size().width);
}

TEST(ShapedText, PointSizesArePoints) {
  auto style = body();
  style.size_pt = 20;
  auto run = shape_text("Hg", style);
  // Noto Sans' line is about 1.36 em; at 96 dpi it would be a third larger.
  EXPECT_NEAR(run->size().height, 20 * 1.362, 1.0);
}

}  // namespace
}  // namespace folio::text
