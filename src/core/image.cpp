#include "core/image.h"

#include <regex>

namespace folio {
namespace {

double svg_length_pt(const std::string& value, const std::string& unit) {
  double number = std::stod(value);
  if (unit == "pt") return number;
  if (unit == "mm") return number * 72 / 25.4;
  if (unit == "cm") return number * 72 / 2.54;
  if (unit == "in") return number * 72;
  return number * 0.75;  // px or no unit: CSS pixels at 96 per inch
}

std::optional<Size> svg_size(const std::string& bytes) {
  std::smatch root;
  if (!std::regex_search(bytes, root, std::regex(R"(<svg\b[^>]*>)"))) return std::nullopt;
  std::string tag = root.str();
  std::smatch width, height, view_box;
  static const std::regex width_re(R"(\bwidth\s*=\s*["']\s*([0-9.]+)\s*(px|pt|mm|cm|in)?\s*["'])");
  static const std::regex height_re(
      R"(\bheight\s*=\s*["']\s*([0-9.]+)\s*(px|pt|mm|cm|in)?\s*["'])");
  static const std::regex view_box_re(
      R"(\bviewBox\s*=\s*["']\s*[-0-9.]+[\s,]+[-0-9.]+[\s,]+([0-9.]+)[\s,]+([0-9.]+)\s*["'])");
  bool has_view_box = std::regex_search(tag, view_box, view_box_re);
  if (std::regex_search(tag, width, width_re) && std::regex_search(tag, height, height_re))
    return Size{svg_length_pt(width[1], width[2]), svg_length_pt(height[1], height[2])};
  if (has_view_box) return Size{std::stod(view_box[1]) * 0.75, std::stod(view_box[2]) * 0.75};
  return std::nullopt;
}

// librsvg shapes an SVG's text in the language of its root's xml:lang, or else in the user's
// locale (LC_ALL, LANG), which picks other fonts for "sans-serif": fixing the language makes
// the image draw the same on every machine.
std::string with_fixed_language(std::string bytes) {
  std::smatch root;
  if (!std::regex_search(bytes, root, std::regex(R"(<svg\b[^>]*>)"))) return bytes;
  if (root.str().find("xml:lang") != std::string::npos) return bytes;
  bytes.insert(static_cast<size_t>(root.position()) + 4, " xml:lang=\"en\"");
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
