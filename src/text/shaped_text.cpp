#include "text/shaped_text.h"

#include <cmath>

#include "text/font_system.h"

namespace folio::text {
namespace {

double from_pango(int units) {
  return static_cast<double>(units) / PANGO_SCALE;
}

PangoAlignment pango_alignment(Align align) {
  switch (align) {
    case Align::center:
      return PANGO_ALIGN_CENTER;
    case Align::right:
      return PANGO_ALIGN_RIGHT;
    default:
      return PANGO_ALIGN_LEFT;
  }
}

}  // namespace

ShapedText::ShapedText(PangoLayout* layout, std::string text, Color color)
    : layout_(layout), text_(std::move(text)), color_(color) {
  PangoRectangle logical;
  pango_layout_get_extents(layout_, nullptr, &logical);
  size_ = {from_pango(logical.width), from_pango(logical.height)};
  offset_ = {from_pango(logical.x), from_pango(logical.y)};
}

ShapedText::~ShapedText() {
  g_object_unref(layout_);
}

double ShapedText::first_baseline() const {
  return from_pango(pango_layout_get_baseline(layout_));
}

std::vector<LineBox> ShapedText::lines() const {
  std::vector<LineBox> boxes;
  PangoLayoutIter* iter = pango_layout_get_iter(layout_);
  do {
    PangoRectangle logical;
    pango_layout_iter_get_line_extents(iter, nullptr, &logical);
    LineBox box;
    box.top = from_pango(logical.y);
    box.bottom = from_pango(logical.y + logical.height);
    box.baseline = from_pango(pango_layout_iter_get_baseline(iter));
    box.start_byte = pango_layout_iter_get_line_readonly(iter)->start_index;
    boxes.push_back(box);
  } while (pango_layout_iter_next_line(iter));
  pango_layout_iter_free(iter);
  return boxes;
}

int ShapedText::unknown_glyphs() const {
  return pango_layout_get_unknown_glyphs_count(layout_);
}

ShapedTextPtr shape_text(const std::string& text, const model::TextStyle& style,
                         const TextOptions& options) {
  PangoLayout* layout = pango_layout_new(FontSystem::instance().context());
  PangoFontDescription* font = pango_font_description_from_string(style.family.c_str());
  pango_font_description_set_absolute_size(font, style.size_pt * PANGO_SCALE);
  pango_font_description_set_weight(font, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_style(font, style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
  pango_layout_set_font_description(layout, font);
  pango_font_description_free(font);
  // Plain text, never markup: data and prose cannot inject Pango attributes.
  pango_layout_set_text(layout, text.c_str(), static_cast<int>(text.size()));
  pango_layout_set_alignment(layout, pango_alignment(options.align));
  if (options.width_pt > 0) {
    pango_layout_set_width(layout, static_cast<int>(std::lround(options.width_pt * PANGO_SCALE)));
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
  }
  if (options.max_lines > 0) {
    pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END);
    pango_layout_set_height(layout, -options.max_lines);
  }
  // Line height is a multiple of the font size, as in CSS, whatever the font's own metrics.
  if (pango_layout_get_line_count(layout) > 1) {
    PangoRectangle first;
    pango_layout_line_get_extents(pango_layout_get_line_readonly(layout, 0), nullptr, &first);
    double extra = style.line_height * style.size_pt - from_pango(first.height);
    if (extra > 0)
      pango_layout_set_spacing(layout, static_cast<int>(std::lround(extra * PANGO_SCALE)));
  }
  return std::make_shared<ShapedText>(layout, text, style.color);
}

}  // namespace folio::text
