#include "text/shaped_text.h"

#include <algorithm>
#include <cmath>

#include "text/font_system.h"
#include "text/script_runs.h"
#include "text/shape_cache.h"

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
    box.start_byte = static_cast<int>(breaks_.original_offset(
        static_cast<size_t>(pango_layout_iter_get_line_readonly(iter)->start_index)));
    boxes.push_back(box);
  } while (pango_layout_iter_next_line(iter));
  pango_layout_iter_free(iter);
  return boxes;
}

int ShapedText::unknown_glyphs() const {
  return pango_layout_get_unknown_glyphs_count(layout_);
}

std::vector<char32_t> ShapedText::missing_characters() const {
  std::vector<char32_t> missing;
  if (unknown_glyphs() == 0) return missing;
  PangoLayoutIter* iter = pango_layout_get_iter(layout_);
  do {
    PangoLayoutRun* run = pango_layout_iter_get_run_readonly(iter);
    if (!run) continue;
    for (int i = 0; i < run->glyphs->num_glyphs; ++i) {
      PangoGlyph glyph = run->glyphs->glyphs[i].glyph;
      if (!(glyph & PANGO_GLYPH_UNKNOWN_FLAG)) continue;
      auto character = static_cast<char32_t>(glyph & ~PANGO_GLYPH_UNKNOWN_FLAG);
      if (std::find(missing.begin(), missing.end(), character) == missing.end())
        missing.push_back(character);
    }
  } while (pango_layout_iter_next_run(iter));
  pango_layout_iter_free(iter);
  return missing;
}

std::string ShapedText::families() const {
  const PangoFontDescription* font = pango_layout_get_font_description(layout_);
  const char* family = font ? pango_font_description_get_family(font) : nullptr;
  std::string families;
  for (const char* c = family; c && *c; ++c)
    families += *c == ',' ? std::string(", ") : std::string(1, *c);
  return families;
}

double ShapedText::font_size_pt() const {
  const PangoFontDescription* font = pango_layout_get_font_description(layout_);
  return font ? static_cast<double>(pango_font_description_get_size(font)) / PANGO_SCALE : 0;
}

bool ShapedText::ellipsized() const {
  return pango_layout_is_ellipsized(layout_);
}

int ShapedText::line_count() const {
  return pango_layout_get_line_count(layout_);
}

std::vector<Rect> ShapedText::range_boxes(size_t original_start, size_t original_end) const {
  std::vector<Rect> boxes;
  size_t start = breaks_.shaped_offset(original_start), end = breaks_.shaped_offset(original_end);
  PangoLayoutIter* iter = pango_layout_get_iter(layout_);
  do {
    PangoLayoutLine* line = pango_layout_iter_get_line_readonly(iter);
    size_t line_start = static_cast<size_t>(line->start_index);
    size_t line_end = line_start + static_cast<size_t>(line->length);
    if (line_end <= start || line_start >= end) continue;
    PangoRectangle logical;
    pango_layout_iter_get_line_extents(iter, nullptr, &logical);
    int* ranges = nullptr;
    int count = 0;
    pango_layout_line_get_x_ranges(line, static_cast<int>(std::max(start, line_start)),
                                   static_cast<int>(std::min(end, line_end)), &ranges, &count);
    for (int i = 0; i < count; ++i)
      boxes.push_back({from_pango(ranges[2 * i]) - offset_.x, from_pango(logical.y) - offset_.y,
                       from_pango(ranges[2 * i + 1] - ranges[2 * i]), from_pango(logical.height)});
    g_free(ranges);
  } while (pango_layout_iter_next_line(iter));
  pango_layout_iter_free(iter);
  return boxes;
}

ShapedTextPtr shape_text(const std::string& text, const model::TextStyle& style,
                         const TextOptions& options) {
  return shape_rich_text(RichText{text, {}}, style, options, style.color);
}

ShapedTextPtr shape_label(const std::string& text, const model::TextStyle& style, double width,
                          int lines, Align align) {
  auto label = shape_text(text, style, {width, align, lines, false});
  if (label->size().width <= width + 0.5) return label;
  return shape_text(text, style, {width, align, 1, true});
}

namespace {

PangoAttrList* attributes_for(const RichText& text, const BreakPlan& breaks,
                              const model::TextStyle& style, Color link_color) {
  PangoAttrList* list = pango_attr_list_new();
  // The text's language, explicitly: it chooses fonts among those covering a script and the
  // rules for breaking lines (a context-wide default would be a hidden input).
  pango_attr_list_insert(
      list, pango_attr_language_new(pango_language_from_string(style.language.c_str())));
  // Lines break between words unless the theme asks for hyphenation.
  pango_attr_list_insert(list, pango_attr_insert_hyphens_new(style.hyphenate ? TRUE : FALSE));
  auto add = [&](PangoAttribute* attribute, const TextSpan& span) {
    attribute->start_index = static_cast<guint>(breaks.shaped_offset(span.start));
    attribute->end_index = static_cast<guint>(breaks.shaped_offset(span.end));
    pango_attr_list_insert(list, attribute);
  };
  // Runs of a script the theme gives its own fonts (Hangul) take them first.
  if (style.script_families) {
    for (const auto& run : script_runs(breaks.text)) {
      auto family = style.script_families->find(run.script);
      if (family == style.script_families->end()) continue;
      PangoAttribute* attribute =
          pango_attr_family_new((family->second + ", " + style.family).c_str());
      attribute->start_index = static_cast<guint>(run.start);
      attribute->end_index = static_cast<guint>(run.end);
      pango_attr_list_insert(list, attribute);
    }
  }
  for (const auto& [start, end] : breaks.keep_whole) {
    PangoAttribute* whole = pango_attr_allow_breaks_new(FALSE);
    whole->start_index = static_cast<guint>(start);
    whole->end_index = static_cast<guint>(end);
    pango_attr_list_insert(list, whole);
  }
  auto channel = [](double v) { return static_cast<guint16>(std::lround(v * 65535)); };
  for (const auto& span : text.spans) {
    switch (span.kind) {
      case TextSpan::bold:
        add(pango_attr_weight_new(PANGO_WEIGHT_BOLD), span);
        break;
      case TextSpan::italic:
        add(pango_attr_style_new(PANGO_STYLE_ITALIC), span);
        break;
      case TextSpan::link:
        add(pango_attr_foreground_new(channel(link_color.r), channel(link_color.g),
                                      channel(link_color.b)),
            span);
        add(pango_attr_underline_new(PANGO_UNDERLINE_SINGLE), span);
        break;
      case TextSpan::footnote_mark:
        add(pango_attr_rise_new(static_cast<int>(style.size_pt * 0.35 * PANGO_SCALE)), span);
        add(pango_attr_scale_new(0.7), span);
        break;
    }
  }
  return list;
}

}  // namespace

ShapedTextPtr shape_rich_text(const RichText& rich, const model::TextStyle& style,
                              const TextOptions& options, Color link_color) {
  static const std::vector<std::string> kBuiltInOnly;
  FontSystem& fonts =
      FontSystem::instance(style.document_fonts ? *style.document_fonts : kBuiltInOnly);
  std::string key = shape_key(rich, style, options, link_color);
  if (auto kept = fonts.shapes().find(key)) return kept;
  const std::string& text = rich.text;
  PangoLayout* layout = pango_layout_new(fonts.context());
  PangoFontDescription* font = pango_font_description_from_string(style.family.c_str());
  pango_font_description_set_absolute_size(font, style.size_pt * PANGO_SCALE);
  pango_font_description_set_weight(font, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_style(font, style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
  pango_layout_set_font_description(layout, font);
  pango_font_description_free(font);
  BreakPlan breaks = plan_line_breaks(text, style.language);
  // Plain text, never markup: data and prose cannot inject Pango attributes.
  pango_layout_set_text(layout, breaks.text.c_str(), static_cast<int>(breaks.text.size()));
  PangoAttrList* attributes = attributes_for(rich, breaks, style, link_color);
  pango_layout_set_attributes(layout, attributes);
  pango_attr_list_unref(attributes);
  pango_layout_set_alignment(layout, pango_alignment(options.align));
  if (options.width_pt > 0) {
    pango_layout_set_width(layout, static_cast<int>(std::lround(options.width_pt * PANGO_SCALE)));
    pango_layout_set_wrap(layout, options.break_words ? PANGO_WRAP_WORD_CHAR : PANGO_WRAP_WORD);
  }
  // A Korean word wider than the whole line may break inside after all, as any other word.
  // Only the words on lines that overflow lose their keep-whole range.
  for (int pass = 0;
       pass < 4 && options.width_pt > 0 && options.break_words && !breaks.keep_whole.empty();
       ++pass) {
    std::vector<std::pair<size_t, size_t>> overflowing;
    for (GSList* l = pango_layout_get_lines_readonly(layout); l; l = l->next) {
      auto* line = static_cast<PangoLayoutLine*>(l->data);
      PangoRectangle logical;
      pango_layout_line_get_extents(line, nullptr, &logical);
      if (from_pango(logical.width) > options.width_pt + 0.5)
        overflowing.emplace_back(line->start_index, line->start_index + line->length);
    }
    if (overflowing.empty()) break;
    std::erase_if(breaks.keep_whole, [&](const std::pair<size_t, size_t>& word) {
      return std::any_of(overflowing.begin(), overflowing.end(), [&](const auto& line) {
        return word.first < line.second && word.second > line.first;
      });
    });
    PangoAttrList* fewer = attributes_for(rich, breaks, style, link_color);
    pango_layout_set_attributes(layout, fewer);
    pango_attr_list_unref(fewer);
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
  auto shaped = std::make_shared<ShapedText>(layout, text, style.color);
  shaped->spans_ = rich.spans;
  shaped->breaks_ = std::move(breaks);
  fonts.shapes().keep(std::move(key), shaped);
  return shaped;
}

}  // namespace folio::text
