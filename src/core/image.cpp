#include "core/image.h"

#include <librsvg/rsvg.h>

namespace folio {
namespace {

// The size an SVG says it has, read by librsvg (a real XML parser, with its limits on entity
// expansion and no access to external files for data without a base address): width and
// height in absolute units, or else the viewBox, in CSS pixels at 96 per inch.
std::optional<Size> svg_size(const std::string& bytes) {
  GError* error = nullptr;
  RsvgHandle* handle = rsvg_handle_new_from_data(reinterpret_cast<const guint8*>(bytes.data()),
                                                 bytes.size(), &error);
  if (!handle) {
    if (error) g_error_free(error);
    return std::nullopt;
  }
  rsvg_handle_set_dpi(handle, 96);
  std::optional<Size> size;
  gdouble width = 0, height = 0;
  gboolean has_view_box = FALSE;
  RsvgRectangle view_box{};
  if (rsvg_handle_get_intrinsic_size_in_pixels(handle, &width, &height)) {
    size = Size{width * 0.75, height * 0.75};
  } else {
    rsvg_handle_get_intrinsic_dimensions(handle, nullptr, nullptr, nullptr, nullptr, &has_view_box,
                                         &view_box);
    if (has_view_box) size = Size{view_box.width * 0.75, view_box.height * 0.75};
  }
  g_object_unref(handle);
  return size;
}

// Where the root element's start tag "<svg ...>" begins and ends, or npos.
std::pair<size_t, size_t> svg_root_tag(const std::string& bytes) {
  for (size_t at = bytes.find("<svg"); at != std::string::npos; at = bytes.find("<svg", at + 4)) {
    char next = at + 4 < bytes.size() ? bytes[at + 4] : '\0';
    if (next != ' ' && next != '\t' && next != '\n' && next != '\r' && next != '>' && next != '/')
      continue;
    size_t end = bytes.find('>', at);
    if (end == std::string::npos) break;
    return {at, end};
  }
  return {std::string::npos, std::string::npos};
}

// librsvg shapes an SVG's text in the language of its root's xml:lang, or else in the user's
// locale (LC_ALL, LANG), which picks other fonts for "sans-serif": fixing the language makes
// the image draw the same on every machine.
std::string with_fixed_language(std::string bytes) {
  auto [start, end] = svg_root_tag(bytes);
  if (start == std::string::npos) return bytes;
  if (std::string_view(bytes).substr(start, end - start).find("xml:lang") != std::string::npos)
    return bytes;
  bytes.insert(start + 4, " xml:lang=\"en\"");
  return bytes;
}

}  // namespace

std::optional<ImageData> probe_image(std::string bytes) {
  static const std::string png_signature = "\x89PNG\r\n\x1a\n";
  if (bytes.compare(0, png_signature.size(), png_signature) == 0 && bytes.size() >= 24) {
    auto be32 = [&](size_t at) {
      return (static_cast<unsigned char>(bytes[at]) << 24) |
             (static_cast<unsigned char>(bytes[at + 1]) << 16) |
             (static_cast<unsigned char>(bytes[at + 2]) << 8) |
             static_cast<unsigned char>(bytes[at + 3]);
    };
    Size size{be32(16) * 0.75, be32(20) * 0.75};
    if (size.width <= 0 || size.height <= 0) return std::nullopt;
    return ImageData{ImageData::png, std::move(bytes), size};
  }
  if (bytes.find("<svg") != std::string::npos) {
    auto size = svg_size(bytes);
    if (!size || size->width <= 0 || size->height <= 0) return std::nullopt;
    return ImageData{ImageData::svg, with_fixed_language(std::move(bytes)), *size};
  }
  return std::nullopt;
}

}  // namespace folio
