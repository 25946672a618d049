#include "text/text_runs.h"

#include <algorithm>

namespace folio::text {
namespace {

double from_pango(int units) {
  return static_cast<double>(units) / PANGO_SCALE;
}

// Pango shortens a line by replacing the hidden characters with one run that draws "…" and
// spans the hidden text; the run says so in its flags.
bool is_ellipsis_run(const PangoGlyphItem* run) {
  return (run->item->analysis.flags & PANGO_ANALYSIS_FLAG_IS_ELLIPSIS) != 0;
}

Color run_color(const PangoGlyphItem* run, Color fallback) {
  for (GSList* node = run->item->analysis.extra_attrs; node; node = node->next) {
    auto* attribute = static_cast<PangoAttribute*>(node->data);
    if (attribute->klass->type != PANGO_ATTR_FOREGROUND) continue;
    const PangoColor& c = reinterpret_cast<PangoAttrColor*>(attribute)->color;
    return {c.red / 65535.0, c.green / 65535.0, c.blue / 65535.0, fallback.a};
  }
  return fallback;
}

}  // namespace

// folio inserts invisible characters of its own: U+200B between words of scripts written
// without spaces (where lines may break) and U+2060 before a footnote mark (where they may
// not). They show nothing and must not reach a copied string.
std::string shown_text(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (size_t at = 0; at < text.size();) {
    // Both marks are three bytes in UTF-8.
    if (text.compare(at, 3, "\xE2\x80\x8B") == 0 || text.compare(at, 3, "\xE2\x81\xA0") == 0) {
      at += 3;
      continue;
    }
    out += text[at++];
  }
  return out;
}

std::vector<TextRun> text_runs(const ShapedText& shaped) {
  std::vector<TextRun> runs;
  PangoLayout* layout = shaped.layout();
  const char* text = pango_layout_get_text(layout);
  PangoLayoutIter* iter = pango_layout_get_iter(layout);
  do {
    PangoLayoutRun* run = pango_layout_iter_get_run_readonly(iter);
    if (!run) continue;  // the end of a line
    TextRun out;
    out.text = is_ellipsis_run(run)
                   ? std::string("\xE2\x80\xA6")
                   : shown_text(std::string(text + run->item->offset,
                                            static_cast<size_t>(run->item->length)));
    if (out.text.empty()) continue;
    PangoRectangle logical;
    pango_layout_iter_get_run_extents(iter, nullptr, &logical);
    out.x = from_pango(logical.x);
    out.width = from_pango(logical.width);
    // The space a line was broken at ends its last run but shows nothing: a selection leaves
    // it out, and so does the run, whose width then ends at the last visible character.
    const PangoLayoutLine* line = pango_layout_iter_get_line_readonly(iter);
    int run_end = run->item->offset + run->item->length;
    if (run_end == line->start_index + line->length && run->item->analysis.level % 2 == 0) {
      size_t kept = out.text.find_last_not_of(' ');
      if (kept != std::string::npos && kept + 1 < out.text.size()) {
        int trailing = run_end - static_cast<int>(out.text.size() - kept - 1);
        PangoRectangle space;
        pango_layout_index_to_pos(layout, trailing, &space);
        out.width = std::max(0.0, from_pango(space.x) - out.x);
        out.text.erase(kept + 1);
      }
    }
    out.baseline = from_pango(pango_layout_iter_get_baseline(iter) - run->y_offset);
    PangoFontDescription* font = pango_font_describe(run->item->analysis.font);
    if (const char* family = pango_font_description_get_family(font)) out.family = family;
    out.size_pt = from_pango(pango_font_description_get_size(font));
    out.weight = static_cast<int>(pango_font_description_get_weight(font));
    out.italic = pango_font_description_get_style(font) != PANGO_STYLE_NORMAL;
    pango_font_description_free(font);
    out.right_to_left = run->item->analysis.level % 2 == 1;
    out.color = run_color(run, shaped.color());
    runs.push_back(std::move(out));
  } while (pango_layout_iter_next_run(iter));
  pango_layout_iter_free(iter);
  return runs;
}

}  // namespace folio::text
