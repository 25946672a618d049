#pragma once
#include <cairo.h>

#include <algorithm>
#include <cstdlib>
#include <string>

namespace folio::e2e {

struct ImageDifference {
  bool loaded = false;
  int width = 0, height = 0;        // of the compared (overlapping) area
  double differing_fraction = 1.0;  // pixels with any channel off by more than the tolerance
  int max_channel_difference = 255;
};

// Compares two PNGs channel by channel over the area both cover (renderers round a 640 pt
// width to 853 or 854 px), after flattening any transparency onto white.
// `b_x`, `b_y` place `a` inside a larger `b` (a chart within a screenshot of a whole page).
// When `diff_path` is given, writes an image of the differences there: matching pixels faded to
// a light grey, differing ones in red, so a reviewer sees at once what moved.
inline ImageDifference compare_pngs(const std::string& a_path, const std::string& b_path,
                                    int tolerance, const std::string& diff_path = "",
                                    int b_x = 0, int b_y = 0) {
  ImageDifference result;
  cairo_surface_t* a = cairo_image_surface_create_from_png(a_path.c_str());
  cairo_surface_t* b = cairo_image_surface_create_from_png(b_path.c_str());
  if (cairo_surface_status(a) == CAIRO_STATUS_SUCCESS &&
      cairo_surface_status(b) == CAIRO_STATUS_SUCCESS) {
    result.loaded = true;
    result.width =
        std::min(cairo_image_surface_get_width(a), cairo_image_surface_get_width(b) - b_x);
    result.height =
        std::min(cairo_image_surface_get_height(a), cairo_image_surface_get_height(b) - b_y);
    if (result.width <= 0 || result.height <= 0) result.loaded = false;
    auto pixel = [](cairo_surface_t* s, int x, int y, int channel) {
      const unsigned char* row =
          cairo_image_surface_get_data(s) + y * cairo_image_surface_get_stride(s);
      unsigned int argb = reinterpret_cast<const unsigned int*>(row)[x];
      int alpha = (argb >> 24) & 0xff;
      int value = (argb >> (channel * 8)) & 0xff;  // premultiplied
      return cairo_image_surface_get_format(s) == CAIRO_FORMAT_RGB24 ? value
                                                                     : value + (255 - alpha);
    };
    long differing = 0;
    result.max_channel_difference = 0;
    cairo_surface_t* diff =
        diff_path.empty()
            ? nullptr
            : cairo_image_surface_create(CAIRO_FORMAT_RGB24, result.width, result.height);
    for (int y = 0; result.loaded && y < result.height; ++y) {
      for (int x = 0; x < result.width; ++x) {
        int worst = 0;
        for (int channel = 0; channel < 3; ++channel)
          worst = std::max(worst,
                           std::abs(pixel(a, x, y, channel) - pixel(b, x + b_x, y + b_y, channel)));
        result.max_channel_difference = std::max(result.max_channel_difference, worst);
        if (worst > tolerance) ++differing;
        if (diff) {
          auto* out = reinterpret_cast<unsigned int*>(cairo_image_surface_get_data(diff) +
                                                      y * cairo_image_surface_get_stride(diff));
          int grey = 200 + pixel(a, x, y, 1) * 55 / 255;
          out[x] =
              worst > tolerance ? 0xffe00000u : (0xff000000u | (grey << 16) | (grey << 8) | grey);
        }
      }
    }
    if (result.loaded)
      result.differing_fraction = static_cast<double>(differing) / (result.width * result.height);
    if (diff) {
      cairo_surface_mark_dirty(diff);
      cairo_surface_write_to_png(diff, diff_path.c_str());
      cairo_surface_destroy(diff);
    }
  }
  cairo_surface_destroy(a);
  cairo_surface_destroy(b);
  return result;
}

}  // namespace folio::e2e
