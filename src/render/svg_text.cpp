#include "render/svg_text.h"

#include <fmt/format.h>

#include <cmath>

#include "core/strings.h"
#include "text/text_runs.h"

namespace folio::render {
namespace {

// x' = a x + c y + e, y' = b x + d y + f, as in SVG's matrix(a b c d e f).
struct Affine {
  double a = 1, b = 0, c = 0, d = 1, e = 0, f = 0;

  Affine then_translate(double x, double y) const {
    return {a, b, c, d, a * x + c * y + e, b * x + d * y + f};
  }
  Affine then_scale(double s) const { return {a * s, b * s, c * s, d * s, e, f}; }
  Affine then_rotate(double angle) const {
    double cosine = std::cos(angle), sine = std::sin(angle);
    return {a * cosine + c * sine,
            b * cosine + d * sine,
            -a * sine + c * cosine,
            -b * sine + d * cosine,
            e,
            f};
  }
  // Translation and a uniform scale only: then a run needs no transform attribute.
  bool upright() const { return b == 0 && c == 0 && a == d && a > 0; }
};

// Numbers short and stable: at most two decimals, no trailing zeros, never "-0".
std::string number(double value) {
  std::string text = fmt::format("{:.2f}", value);
  while (text.back() == '0') text.pop_back();
  if (text.back() == '.') text.pop_back();
  return text == "-0" ? "0" : text;
}

// The run's own font first (the one that had its glyphs), then the theme's stack.
std::string font_family(const text::TextRun& run, const std::string& stack) {
  std::string families;
  auto add = [&](std::string name) {
    while (!name.empty() && name.front() == ' ') name.erase(0, 1);
    if (name.empty()) return;
    // Appended piece by piece: GCC 12 reports a false -Wrestrict for "'" + std::string.
    std::string quoted(1, '\'');
    quoted += xml_escape(name);
    quoted += '\'';
    if (families.find(quoted) != std::string::npos) return;
    families += (families.empty() ? "" : ", ") + quoted;
  };
  add(run.family);
  for (size_t start = 0; start <= stack.size();) {
    size_t comma = stack.find(',', start);
    if (comma == std::string::npos) comma = stack.size();
    add(stack.substr(start, comma - start));
    start = comma + 1;
  }
  return families + (families.empty() ? "" : ", ") + "sans-serif";
}

void write_text(const scene::Text& item, const Affine& around, bool visible, std::string& out) {
  if (!std::isfinite(item.position.x) || !std::isfinite(item.position.y) ||
      !std::isfinite(item.rotation))
    return;
  Point offset = item.run->layout_offset();
  Affine place = around.then_translate(item.position.x, item.position.y)
                     .then_rotate(item.rotation)
                     .then_translate(-offset.x, -offset.y);
  std::string stack = item.run->families();
  for (const auto& run : text::text_runs(*item.run)) {
    double x = run.right_to_left ? run.x + run.width : run.x, y = run.baseline;
    double size = run.size_pt, width = run.width;
    std::string transform;
    if (place.upright()) {
      x = place.a * x + place.e;
      y = place.d * y + place.f;
      size *= place.a;
      width *= place.a;
    } else {
      transform =
          fmt::format(" transform=\"matrix({} {} {} {} {} {})\"", number(place.a), number(place.b),
                      number(place.c), number(place.d), number(place.e), number(place.f));
    }
    out +=
        fmt::format("<text x=\"{}\" y=\"{}\" font-size=\"{}\"", number(x), number(y), number(size));
    if (visible) {
      out += fmt::format(" font-family=\"{}\" fill=\"{}\"", font_family(run, stack),
                         run.color.with_alpha(1).hex());
      if (run.color.a < 1) out += fmt::format(" fill-opacity=\"{}\"", number(run.color.a));
      if (run.weight != 400) out += fmt::format(" font-weight=\"{}\"", run.weight);
      if (run.italic) out += " font-style=\"italic\"";
    }
    if (run.right_to_left) out += " direction=\"rtl\"";
    // The reader's font is not folio's: the width keeps each run over its outlines (layer) or
    // inside its place in the layout (native).
    if (width > 0)
      out += fmt::format(" textLength=\"{}\" lengthAdjust=\"spacingAndGlyphs\"", number(width));
    out += transform + ">" + xml_escape(run.text) + "</text>\n";
  }
}

void write_frame(const scene::Frame& frame, const Affine& around, bool visible, std::string& out) {
  for (const auto& item : frame.items) {
    if (const auto* text = std::get_if<scene::Text>(&item)) {
      write_text(*text, around, visible, out);
    } else if (const auto* group = std::get_if<scene::Group>(&item)) {
      if (!std::isfinite(group->offset.x) || !std::isfinite(group->offset.y) ||
          !std::isfinite(group->scale))
        continue;
      Affine inside = around.then_translate(group->offset.x, group->offset.y);
      if (group->scale != 1) inside = inside.then_scale(group->scale);
      write_frame(*group->frame, inside, visible, out);
    }
  }
}

}  // namespace

std::string svg_text_elements(const scene::Frame& frame, bool visible) {
  std::string texts;
  write_frame(frame, {}, visible, texts);
  if (texts.empty()) return "";
  // Native text is the picture; the layer is transparent, above the outlines, so selecting it
  // highlights the drawn words. white-space keeps a run's spaces, which XML would collapse.
  return fmt::format("<g {}style=\"white-space:pre\">\n{}</g>\n",
                     visible ? "" : "fill-opacity=\"0\" stroke=\"none\" ", texts);
}

}  // namespace folio::render
