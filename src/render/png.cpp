#include <fmt/format.h>
#include <libdeflate.h>
#include <png.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>
#include <span>
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

bool is_opaque(const unsigned char* data, int width, int height, int stride) {
  for (int y = 0; y < height; ++y) {
    const auto* row = reinterpret_cast<const uint32_t*>(data + static_cast<size_t>(y) * stride);
    for (int x = 0; x < width; ++x)
      if ((row[x] >> 24) != 0xff) return false;
  }
  return true;
}

// Cairo stores premultiplied alpha; PNG does not.
unsigned char unpremultiply(unsigned value, unsigned alpha) {
  return static_cast<unsigned char>(alpha == 0     ? 0
                                    : alpha == 255 ? value
                                                   : (value * 255 + alpha / 2) / alpha);
}

// The rows as PNG compresses them: a filter byte (NONE) and then the pixels, row after row.
// An opaque image is written as RGB, 3 bytes a pixel where Cairo keeps 4, so its rows are
// packed into the surface's own memory, front to back (a byte is never written before it has
// been read): a 100-million-pixel chart needs no second 300 MB buffer. An image with
// transparency needs one more byte a row than Cairo's and gets a buffer of its own.
std::span<const unsigned char> filtered_rows(unsigned char* data, int width, int height, int stride,
                                             bool opaque, std::vector<unsigned char>& own) {
  const size_t channels = opaque ? 3 : 4;
  const size_t row_bytes = 1 + channels * static_cast<size_t>(width);
  unsigned char* out = data;
  if (!opaque) {
    own.resize(row_bytes * static_cast<size_t>(height));
    out = own.data();
  }
  for (int y = 0; y < height; ++y) {
    const unsigned char* in = data + static_cast<size_t>(y) * stride;
    unsigned char* line = out + static_cast<size_t>(y) * row_bytes;
    for (int x = 0; x < width; ++x) {
      uint32_t argb;
      std::memcpy(&argb, in + 4 * static_cast<size_t>(x), 4);  // read before it is overwritten
      // The first row's filter byte takes the first pixel's place: written once it is read.
      if (x == 0) *line++ = 0;  // filter NONE
      if (opaque) {             // nothing to undo: most charts, and the loop the time goes to
        *line++ = static_cast<unsigned char>(argb >> 16);
        *line++ = static_cast<unsigned char>(argb >> 8);
        *line++ = static_cast<unsigned char>(argb);
        continue;
      }
      unsigned alpha = argb >> 24;
      *line++ = unpremultiply((argb >> 16) & 0xff, alpha);
      *line++ = unpremultiply((argb >> 8) & 0xff, alpha);
      *line++ = unpremultiply(argb & 0xff, alpha);
      *line++ = static_cast<unsigned char>(alpha);
    }
  }
  return {out, row_bytes * static_cast<size_t>(height)};
}

// The image data as one zlib stream. libdeflate compresses a whole buffer at once, which is
// what an image in memory is: at level 6 it is 2-3 times as fast as zlib at its level 6 on
// charts (the PNG job's time was mostly zlib's) and its files are a few per cent smaller.
std::string compress_rows(std::span<const unsigned char> rows) {
  std::unique_ptr<libdeflate_compressor, decltype(&libdeflate_free_compressor)> compressor(
      libdeflate_alloc_compressor(6), libdeflate_free_compressor);
  if (!compressor) throw RenderError("encoding the PNG failed: out of memory");
  // The bound is the size of the rows stored uncompressed. Left uninitialised, its pages stay
  // unmapped but for the few the compressed data fills.
  size_t bound = libdeflate_zlib_compress_bound(compressor.get(), rows.size());
  std::unique_ptr<char[]> out(new char[bound]);
  size_t length =
      libdeflate_zlib_compress(compressor.get(), rows.data(), rows.size(), out.get(), bound);
  if (length == 0) throw RenderError("encoding the PNG failed: the compressed data did not fit");
  return std::string(out.get(), length);
}

// Filter NONE: on flat-colour charts it compresses about as well as libpng's adaptive
// filtering (which Cairo's own PNG writer uses) in a fraction of the time. The pixels are
// overwritten on the way.
std::string encode_surface(cairo_surface_t* surface, const PngOptions& options) {
  int width = cairo_image_surface_get_width(surface);
  int height = cairo_image_surface_get_height(surface);
  int stride = cairo_image_surface_get_stride(surface);
  unsigned char* data = cairo_image_surface_get_data(surface);
  const bool opaque = is_opaque(data, width, height, stride);
  std::vector<unsigned char> own_rows;
  std::string compressed =
      compress_rows(filtered_rows(data, width, height, stride, opaque, own_rows));
  own_rows = {};

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
  png_write_info(png, info);
  // The data compressed above goes out through libpng's chunk writer (which frames and
  // checksums it) in IDAT chunks of at most 1 MiB, the size readers that stream expect.
  constexpr size_t kIdatBytes = size_t{1} << 20;
  auto* chunk_data = reinterpret_cast<png_const_bytep>(compressed.data());
  for (size_t at = 0; at < compressed.size(); at += kIdatBytes)
    png_write_chunk(png, reinterpret_cast<png_const_bytep>("IDAT"), chunk_data + at,
                    std::min(kIdatBytes, compressed.size() - at));
  png_write_chunk(png, reinterpret_cast<png_const_bytep>("IEND"), nullptr, 0);
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

std::string encode_png(PngPixels pixels, const PngOptions& options) {
  return encode_surface(pixels.surface.get(), options);
}

std::string render_png(const scene::Frame& frame, const PngOptions& options) {
  return encode_png(paint_png(frame, options), options);
}

}  // namespace folio::render
