#include <fmt/format.h>
#include <png.h>

#include <cmath>
#include <vector>

#include "core/errors.h"
#include "core/limits.h"
#include "render/cairo_stream.h"
#include "render/outputs.h"
#include "render/painter.h"

namespace folio::render {
namespace {

void append_png_data(png_structp png, png_bytep data, png_size_t length) {
  static_cast<std::string*>(png_get_io_ptr(png))
      ->append(reinterpret_cast<const char*>(data), length);
}

void flush_nothing(png_structp) {}

// Cairo's own PNG writer lets libpng try every row filter; on flat-colour charts filter NONE
// at zlib level 6 encodes about twice as fast and gives smaller files.
std::string encode_surface(cairo_surface_t* surface, const PngOptions& options) {
  int width = cairo_image_surface_get_width(surface);
  int height = cairo_image_surface_get_height(surface);
  int stride = cairo_image_surface_get_stride(surface);
  const unsigned char* data = cairo_image_surface_get_data(surface);
  bool opaque = true;
  for (int y = 0; y < height && opaque; ++y) {
    const auto* row = reinterpret_cast<const uint32_t*>(data + y * stride);
    for (int x = 0; x < width; ++x)
      if ((row[x] >> 24) != 0xff) {
        opaque = false;
        break;
      }
  }

  std::string bytes;
  png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
  png_infop info = png ? png_create_info_struct(png) : nullptr;
  if (!png || !info || setjmp(png_jmpbuf(png))) {
    png_destroy_write_struct(&png, &info);
    throw RenderError("encoding the PNG failed");
  }
  png_set_write_fn(png, &bytes, append_png_data, flush_nothing);
  png_set_IHDR(png, info, width, height, 8, opaque ? PNG_COLOR_TYPE_RGB : PNG_COLOR_TYPE_RGBA,
               PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  // The resolution, so that slide and word-processing programs place a 200-dpi chart at its
  // size in points rather than at 72 or 96 pixels an inch.
  auto per_metre = static_cast<png_uint_32>(std::lround(options.dpi / 0.0254));
  png_set_pHYs(png, info, per_metre, per_metre, PNG_RESOLUTION_METER);
  // Title and text alternative as UTF-8 text chunks (iTXt), the keywords PNG defines for them.
  std::vector<png_text> texts;
  auto add_text = [&](const char* key, const std::string& value) {
    if (value.empty()) return;
    png_text text{};
    text.compression = PNG_ITXT_COMPRESSION_NONE;
    text.key = const_cast<char*>(key);
    text.text = const_cast<char*>(value.c_str());
    text.itxt_length = value.size();
    text.lang = const_cast<char*>("");
    text.lang_key = const_cast<char*>("");
    texts.push_back(text);
  };
  add_text("Title", options.title);
  add_text("Description", options.description);
  if (!texts.empty()) png_set_text(png, info, texts.data(), static_cast<int>(texts.size()));
  png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE);
  png_set_compression_level(png, 6);
  png_write_info(png, info);
  int channels = opaque ? 3 : 4;
  std::vector<png_byte> line(static_cast<size_t>(width) * channels);
  for (int y = 0; y < height; ++y) {
    const auto* row = reinterpret_cast<const uint32_t*>(data + y * stride);
    for (int x = 0; x < width; ++x) {
      uint32_t argb = row[x];
      unsigned alpha = argb >> 24;
      unsigned rgb[3] = {(argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff};
      png_byte* out = &line[static_cast<size_t>(x) * channels];
      for (int c = 0; c < 3; ++c)  // Cairo stores premultiplied alpha; PNG does not
        out[c] = static_cast<png_byte>(alpha == 0     ? 0
                                       : alpha == 255 ? rgb[c]
                                                      : (rgb[c] * 255 + alpha / 2) / alpha);
      if (!opaque) out[3] = static_cast<png_byte>(alpha);
    }
    png_write_row(png, line.data());
  }
  png_write_end(png, info);
  png_destroy_write_struct(&png, &info);
  return bytes;
}

}  // namespace

Size png_pixel_size(Size size, double dpi) {
  double scale = dpi / 72.0;
  return {std::ceil(size.width * scale), std::ceil(size.height * scale)};
}

std::string png_size_problem(Size size, double dpi) {
  auto [width, height] = png_pixel_size(size, dpi);
  if (!std::isfinite(width * height) || !(width >= 1 && height >= 1))
    return fmt::format("{} × {} pixels, which is no image", width, height);
  if (width > limits::kPngSidePixels || height > limits::kPngSidePixels)
    return fmt::format("{:.0f} × {:.0f} pixels, over the limit of {} a side", width, height,
                       limits::kPngSidePixels);
  if (width * height > limits::kPngPixels)
    return fmt::format("{:.0f} × {:.0f} pixels, over the limit of {:.0f} million in all", width,
                       height, limits::kPngPixels / 1e6);
  return "";
}

PngPixels paint_png(const scene::Frame& frame, const PngOptions& options) {
  if (auto problem = png_size_problem(frame.size, options.dpi); !problem.empty())
    throw RenderError("the PNG would be " + problem);
  Size pixels = png_pixel_size(frame.size, options.dpi);
  int width = static_cast<int>(pixels.width), height = static_cast<int>(pixels.height);
  cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height);
  cairo_t* cr = cairo_create(surface);
  // Stretch the frame over whole pixels (at most half a pixel either way) so that an opaque
  // background leaves no half-covered edge column, and the PNG can be written as RGB.
  cairo_scale(cr, width / frame.size.width, height / frame.size.height);
  paint_frame(cr, frame);
  cairo_status_t status = cairo_status(cr);
  cairo_destroy(cr);
  if (status != CAIRO_STATUS_SUCCESS) {
    cairo_surface_destroy(surface);
    throw RenderError(std::string("drawing the PNG failed: ") + cairo_status_to_string(status));
  }
  cairo_surface_flush(surface);
  return {std::shared_ptr<cairo_surface_t>(surface, cairo_surface_destroy)};
}

std::string encode_png(const PngPixels& pixels, const PngOptions& options) {
  return encode_surface(pixels.surface.get(), options);
}

std::string render_png(const scene::Frame& frame, const PngOptions& options) {
  return encode_png(paint_png(frame, options), options);
}

}  // namespace folio::render
