#include "core/image.h"

#include <gtest/gtest.h>

namespace folio {
namespace {

TEST(ProbeImage, ReadsPngSizeFromItsHeader) {
  std::string png = std::string("\x89PNG\r\n\x1a\n", 8) + std::string("\0\0\0\rIHDR", 8) +
                    std::string("\0\0\0\x60\0\0\0\x30", 8);  // 96 x 48 px
  auto image = probe_image(png);
  ASSERT_TRUE(image);
  EXPECT_EQ(image->format, ImageData::png);
  EXPECT_DOUBLE_EQ(image->size.width, 72);  // 96 px at 96 per inch is one inch
  EXPECT_DOUBLE_EQ(image->size.height, 36);
}

TEST(ProbeImage, ReadsSvgSizeInItsUnitsOrFromTheViewBox) {
  auto mm = probe_image(
      R"(<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="25.4mm" height="10mm"/>)");
  ASSERT_TRUE(mm);
  EXPECT_EQ(mm->format, ImageData::svg);
  EXPECT_NEAR(mm->size.width, 72, 1e-4);  // librsvg computes in single precision
  auto view_box =
      probe_image(R"(<svg viewBox="0 0 200 100" xmlns="http://www.w3.org/2000/svg"></svg>)");
  ASSERT_TRUE(view_box);
  EXPECT_DOUBLE_EQ(view_box->size.width, 150);
  EXPECT_DOUBLE_EQ(view_box->size.height, 75);
}

TEST(ProbeImage, RejectsOtherFiles) {
  EXPECT_FALSE(probe_image("GIF89a...."));
  EXPECT_FALSE(probe_image("<svg>no size</svg>"));
  EXPECT_FALSE(probe_image(""));
  // Read by a real XML parser: a root that never closes is no image.
  EXPECT_FALSE(probe_image(R"(<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">)"));
}

TEST(ProbeImage, EntityExpansionIsRefusedInsteadOfFillingMemory) {
  // "Billion laughs": ten levels of ten references, 10^10 characters if expanded.
  std::string svg = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY l0 \"haha\">";
  for (int level = 1; level <= 10; ++level) {
    svg += "<!ENTITY l" + std::to_string(level) + " \"";
    for (int i = 0; i < 10; ++i) svg += "&l" + std::to_string(level - 1) + ";";
    svg += "\">";
  }
  svg +=
      "]><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" "
      "height=\"10\"><text>&l10;</text></svg>";
  EXPECT_FALSE(probe_image(svg));
}

}  // namespace
}  // namespace folio
