#include "core/image.h"

#include "core/svg_picture.h"

namespace folio {
namespace {

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
    auto size = svg_intrinsic_size(bytes);
    if (!size || size->width <= 0 || size->height <= 0) return std::nullopt;
    return ImageData{ImageData::svg, with_fixed_language(std::move(bytes)), *size};
  }
  return std::nullopt;
}

}  // namespace folio
