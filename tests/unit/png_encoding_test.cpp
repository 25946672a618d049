// The PNG encoder against libpng's reader: every pixel comes back as Cairo painted it (less
// premultiplication), opaque images as RGB and the rest as RGBA, with the resolution and the
// text chunks, for images from one pixel to several IDAT chunks of noise.
#include <cairo.h>
#include <gtest/gtest.h>
#include <png.h>

#include <algorithm>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "render/outputs.h"

namespace folio {
namespace {

struct Painted {
  render::PngPixels pixels;
  std::vector<unsigned char> expected_rgba;  // what a reader should see, row after row
};

// A surface of seeded noise: runs of one colour (so that it compresses a little) broken by
// random pixels, with every alpha from 0 to 255 unless `opaque`.
Painted paint_noise(int width, int height, bool opaque, unsigned seed) {
  std::mt19937 random(seed);
  cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height);
  unsigned char* data = cairo_image_surface_get_data(surface);
  int stride = cairo_image_surface_get_stride(surface);
  Painted painted{{}, std::vector<unsigned char>(static_cast<size_t>(width) * height * 4)};
  uint32_t colour = opaque ? 0xffffffffu : 0;
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x) {
      if (random() % 2 == 0) {
        unsigned alpha = opaque ? 255 : random() % 256;
        unsigned r = random() % 256, g = random() % 256, b = random() % 256;
        auto premultiply = [&](unsigned c) { return (c * alpha + 127) / 255; };
        colour = alpha << 24 | premultiply(r) << 16 | premultiply(g) << 8 | premultiply(b);
      }
      std::memcpy(data + static_cast<size_t>(y) * stride + 4 * x, &colour, 4);
      unsigned alpha = colour >> 24;
      unsigned char* out = &painted.expected_rgba[(static_cast<size_t>(y) * width + x) * 4];
      for (int c = 0; c < 3; ++c) {
        unsigned value = (colour >> (16 - 8 * c)) & 0xff;
        out[c] = static_cast<unsigned char>(alpha == 0 ? 0 : (value * 255 + alpha / 2) / alpha);
      }
      out[3] = static_cast<unsigned char>(alpha);
    }
  cairo_surface_mark_dirty(surface);
  painted.pixels.surface.reset(surface, cairo_surface_destroy);
  return painted;
}

struct Read {
  int width = 0, height = 0, color_type = -1;
  png_uint_32 x_per_metre = 0;
  std::vector<std::pair<std::string, std::string>> texts;
  std::vector<unsigned char> rgba;
  int idat_chunks = 0;
  size_t idat_bytes = 0;
};

// Reads the file as any libpng program would, expanding RGB to RGBA with an opaque alpha.
Read read_png(const std::string& bytes) {
  Read read;
  for (size_t at = 8; at + 8 <= bytes.size();) {  // count the IDAT chunks
    uint32_t length = 0;
    for (int k = 0; k < 4; ++k) length = length << 8 | static_cast<unsigned char>(bytes[at + k]);
    if (bytes.compare(at + 4, 4, "IDAT") == 0) ++read.idat_chunks, read.idat_bytes += length;
    at += 12 + length;
  }
  png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
  png_infop info = png_create_info_struct(png);
  struct Source {
    const std::string* bytes;
    size_t at;
  } source{&bytes, 0};
  if (setjmp(png_jmpbuf(png))) {
    png_destroy_read_struct(&png, &info, nullptr);
    ADD_FAILURE() << "libpng could not read the file";
    return read;
  }
  png_set_read_fn(png, &source, [](png_structp p, png_bytep out, png_size_t length) {
    auto* from = static_cast<Source*>(png_get_io_ptr(p));
    if (from->at + length > from->bytes->size()) png_error(p, "read past the end");
    std::memcpy(out, from->bytes->data() + from->at, length);
    from->at += length;
  });
  png_read_info(png, info);
  read.width = static_cast<int>(png_get_image_width(png, info));
  read.height = static_cast<int>(png_get_image_height(png, info));
  read.color_type = png_get_color_type(png, info);
  int unit = 0;
  png_uint_32 y_per_metre = 0;
  png_get_pHYs(png, info, &read.x_per_metre, &y_per_metre, &unit);
  if (read.color_type == PNG_COLOR_TYPE_RGB) png_set_filler(png, 0xff, PNG_FILLER_AFTER);
  png_read_update_info(png, info);
  read.rgba.resize(static_cast<size_t>(read.width) * read.height * 4);
  std::vector<png_bytep> rows(read.height);
  for (int y = 0; y < read.height; ++y)
    rows[y] = &read.rgba[static_cast<size_t>(y) * read.width * 4];
  png_read_image(png, rows.data());
  png_read_end(png, info);
  png_textp texts = nullptr;
  int count = png_get_text(png, info, &texts, nullptr);
  for (int k = 0; k < count; ++k) read.texts.push_back({texts[k].key, texts[k].text});
  png_destroy_read_struct(&png, &info, nullptr);
  return read;
}

TEST(PngEncoding, EveryPixelReadsBackAsPainted) {
  struct Case {
    int width, height;
    bool opaque;
  };
  // One pixel; a row; odd widths; and noise large enough to need several IDAT chunks.
  const Case cases[] = {{1, 1, true},       {1, 1, false},      {317, 1, true},
                        {3, 211, false},    {641, 359, true},   {640, 360, false},
                        {1500, 1100, true}, {1400, 1000, false}};
  unsigned seed = 1;
  size_t most_image_data = 0;
  for (const auto& c : cases) {
    SCOPED_TRACE(testing::Message()
                 << c.width << " x " << c.height << (c.opaque ? " opaque" : " with alpha"));
    auto painted = paint_noise(c.width, c.height, c.opaque, seed++);
    auto bytes =
        render::encode_png(std::move(painted.pixels), {150, "A title", "Ünïcode description"});
    auto read = read_png(bytes);
    EXPECT_EQ(read.width, c.width);
    EXPECT_EQ(read.height, c.height);
    EXPECT_EQ(read.color_type, c.opaque ? PNG_COLOR_TYPE_RGB : PNG_COLOR_TYPE_RGBA);
    EXPECT_EQ(read.x_per_metre, 5906u);  // 150 dpi
    ASSERT_EQ(read.texts.size(), 2u);
    EXPECT_EQ(read.texts[0], (std::pair<std::string, std::string>{"Title", "A title"}));
    EXPECT_EQ(read.texts[1].second, "Ünïcode description");
    EXPECT_TRUE(read.rgba == painted.expected_rgba)
        << "the pixels differ from byte "
        << std::mismatch(read.rgba.begin(), read.rgba.end(), painted.expected_rgba.begin(),
                         painted.expected_rgba.end())
                   .first -
               read.rgba.begin();
    // The image data in chunks of 1 MiB, the last one shorter.
    EXPECT_EQ(read.idat_chunks, static_cast<int>((read.idat_bytes + (1u << 20) - 1) >> 20));
    most_image_data = std::max(most_image_data, read.idat_bytes);
  }
  EXPECT_GT(most_image_data, 2u << 20) << "no case needed more than two chunks";
}

TEST(PngEncoding, NoTextMeansNoTextChunks) {
  auto painted = paint_noise(20, 10, true, 99);
  auto read = read_png(render::encode_png(std::move(painted.pixels), {72, "", ""}));
  EXPECT_TRUE(read.texts.empty());
  EXPECT_TRUE(read.rgba == painted.expected_rgba);
}

}  // namespace
}  // namespace folio
