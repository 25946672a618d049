#include <cairo-svg.h>

#include <map>
#include <regex>

#include "render/cairo_stream.h"
#include "render/outputs.h"
#include "render/painter.h"

namespace folio::render {
namespace {

std::string xml_escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// Cairo numbers surfaces from a process-wide counter, so the same chart would get different
// ids in different runs. Renumber them in order of appearance, with the caller's prefix.
std::string stable_ids(const std::string& svg, const std::string& prefix) {
  static const std::regex surface_id(R"(surface(\d+))");
  std::map<std::string, int> numbers;
  std::string out;
  auto begin = std::sregex_iterator(svg.begin(), svg.end(), surface_id);
  size_t last = 0;
  for (auto it = begin; it != std::sregex_iterator(); ++it) {
    auto [entry, added] = numbers.try_emplace((*it)[1].str(), static_cast<int>(numbers.size()) + 1);
    out.append(svg, last, static_cast<size_t>(it->position()) - last);
    out += prefix + "surface" + std::to_string(entry->second);
    last = static_cast<size_t>(it->position() + it->length());
  }
  out.append(svg, last, std::string::npos);
  if (prefix.empty()) return out;
  // Glyph and clip ids are generic too ("glyph0-1", "clip1"): prefix them and their uses.
  static const std::regex generic_id(R"((id="|#)(glyph|clip|image|pattern|mask)([0-9-]+))");
  return std::regex_replace(out, generic_id, "$1" + prefix + "$2$3");
}

}  // namespace

std::string render_svg(const scene::Frame& frame, const SvgOptions& options) {
  std::string bytes;
  cairo_surface_t* surface = cairo_svg_surface_create_for_stream(
      append_to_string, &bytes, frame.size.width, frame.size.height);
  cairo_t* cr = cairo_create(surface);
  paint_frame(cr, frame);
  cairo_destroy(cr);
  finish_surface(surface, "SVG");
  bytes = stable_ids(bytes, options.id_prefix);
  // Title and description go right after the root start tag, where SVG readers look for them.
  size_t root = bytes.find("<svg");
  size_t end = root == std::string::npos ? root : bytes.find('>', root);
  if (end != std::string::npos) {
    std::string meta;
    if (!options.title.empty()) meta += "\n<title>" + xml_escape(options.title) + "</title>";
    if (!options.description.empty())
      meta += "\n<desc>" + xml_escape(options.description) + "</desc>";
    bytes.insert(end + 1, meta);
  }
  return bytes;
}

}  // namespace folio::render
