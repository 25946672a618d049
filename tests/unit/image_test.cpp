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
      R"(<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="25.4mm" height="10mm">)");
  ASSERT_TRUE(mm);
  EXPECT_EQ(mm->format, ImageData::svg);
  EXPECT_NEAR(mm->size.width, 72, 1e-9);
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
}

}  // namespace
}  // namespace folio
