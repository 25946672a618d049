#include <cairo-svg.h>
#include <fmt/format.h>

#include <cctype>
#include <charconv>
#include <cmath>
#include <map>

#include "core/strings.h"
#include "render/cairo_stream.h"
#include "render/outputs.h"
#include "render/painter.h"

namespace folio::render {
namespace {

// Cairo numbers surfaces from a process-wide counter, so the same chart would get different
// ids in different runs. Renumber them in order of appearance, with the caller's prefix.
std::string stable_ids(const std::string& svg, const std::string& prefix) {
  auto digits_at = [&](size_t at) {
    size_t end = at;
    while (end < svg.size() && std::isdigit(static_cast<unsigned char>(svg[end]))) ++end;
    return end;
  };
  std::map<std::string, int> numbers;
  std::string out;
  out.reserve(svg.size() + svg.size() / 8);
  size_t last = 0;
  for (size_t at = svg.find("surface"); at != std::string::npos; at = svg.find("surface", at)) {
    size_t end = digits_at(at + 7);
    if (end == at + 7) {
      at += 7;
      continue;
    }
    auto [entry, added] =
        numbers.try_emplace(svg.substr(at + 7, end - at - 7), static_cast<int>(numbers.size()) + 1);
    out.append(svg, last, at - last);
    out += prefix + "surface" + std::to_string(entry->second);
    last = at = end;
  }
  out.append(svg, last, std::string::npos);
  if (prefix.empty()) return out;
  // Glyph and clip ids are generic too ("glyph0-1", "clip1"): prefix them and their uses,
  // which follow `id="` or `#`.
  std::string prefixed;
  prefixed.reserve(out.size() + out.size() / 8);
  for (size_t i = 0; i < out.size();) {
    size_t lead = out.compare(i, 4, "id=\"") == 0 ? 4 : out[i] == '#' ? 1 : 0;
    if (lead > 0) {
      size_t name_at = i + lead;
      for (const char* generic : {"glyph", "clip", "image", "pattern", "mask"}) {
        size_t length = std::char_traits<char>::length(generic);
        size_t end = name_at + length;
        if (out.compare(name_at, length, generic) == 0 && end < out.size() &&
            (std::isdigit(static_cast<unsigned char>(out[end])) || out[end] == '-')) {
          prefixed.append(out, i, lead);
          prefixed += prefix;
          i = name_at;
          lead = 0;
          break;
        }
      }
      if (lead == 0) continue;
    }
    prefixed += out[i++];
  }
  return prefixed;
}

// Cairo writes colours as percentages, "rgb(12.156863%,30.588235%,54.901961%)", which some
// importers (slide and drawing programs) reject; every reader takes "#1f4e8c".
std::string hex_colours(const std::string& svg) {
  std::string out;
  out.reserve(svg.size());
  size_t last = 0;
  for (size_t at = svg.find("rgb("); at != std::string::npos; at = svg.find("rgb(", at + 1)) {
    size_t close = svg.find(')', at);
    if (close == std::string::npos) break;
    int channels[3];
    size_t pos = at + 4;
    bool ok = true;
    for (int c = 0; c < 3 && ok; ++c) {
      size_t percent = svg.find('%', pos);
      if (percent == std::string::npos || percent > close) {
        ok = false;
        break;
      }
      double value = 0;
      auto [end, error] = std::from_chars(svg.data() + pos, svg.data() + percent, value);
      ok = error == std::errc() && end == svg.data() + percent && value >= 0 && value <= 100;
      channels[c] = static_cast<int>(std::lround(value * 255 / 100));
      pos = percent + 1;
      if (c < 2) ok = ok && pos < close && svg[pos++] == ',';
    }
    if (!ok || pos != close) continue;
    out.append(svg, last, at - last);
    out += fmt::format("#{:02x}{:02x}{:02x}", channels[0], channels[1], channels[2]);
    last = close + 1;
  }
  out.append(svg, last, std::string::npos);
  return out;
}

}  // namespace

std::string render_svg(const scene::Frame& frame, const SvgOptions& options) {
  std::string bytes;
  cairo_surface_t* surface = cairo_svg_surface_create_for_stream(
      append_to_string, &bytes, frame.size.width, frame.size.height);
  cairo_t* cr = cairo_create(surface);
  paint_frame(cr, frame, {.pdf_tags = false, .draw_text = options.text != SvgText::native});
  cairo_destroy(cr);
  finish_surface(surface, "SVG");
  bytes = hex_colours(stable_ids(bytes, options.id_prefix));
  if (options.text != SvgText::outlines) {
    size_t close = bytes.rfind("</svg>");
    if (close != std::string::npos)
      bytes.insert(close, svg_text_elements(frame, options.text == SvgText::native));
  }
  // Title and description go right after the root start tag, where SVG readers look for them;
  // the root names them as its accessible name and description (role="img": one picture).
  size_t root = bytes.find("<svg");
  size_t end = root == std::string::npos ? root : bytes.find('>', root);
  if (end != std::string::npos) {
    std::string meta, labelled_by;
    if (!options.title.empty()) {
      meta += fmt::format("\n<title id=\"{}title\">{}</title>", options.id_prefix,
                          xml_escape(options.title));
      labelled_by = options.id_prefix + "title";
    }
    if (!options.description.empty()) {
      meta += fmt::format("\n<desc id=\"{}desc\">{}</desc>", options.id_prefix,
                          xml_escape(options.description));
      labelled_by += (labelled_by.empty() ? "" : " ") + options.id_prefix + "desc";
    }
    bytes.insert(end + 1, meta);
    std::string attributes = " role=\"img\"";
    if (!labelled_by.empty()) attributes += fmt::format(" aria-labelledby=\"{}\"", labelled_by);
    if (!options.language.empty())
      attributes += fmt::format(" xml:lang=\"{0}\" lang=\"{0}\"", xml_escape(options.language));
    bytes.insert(end, attributes);
  }
  return bytes;
}

}  // namespace folio::render
