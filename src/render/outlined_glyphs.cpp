#include "render/outlined_glyphs.h"

#include <pango/pangocairo.h>

#include <algorithm>
#include <cmath>

namespace folio::render {
namespace {

// A mark this far from where a reader's pen would put it reads as a word gap (MuPDF takes
// 0.15 of the text size for a space, poppler about 0.1).
constexpr double kPlacedAway = 0.05;  // of the text size

bool drawn(const PangoGlyphInfo& info) {
  return info.glyph != PANGO_GLYPH_EMPTY && (info.glyph & PANGO_GLYPH_UNKNOWN_FLAG) == 0;
}

const PangoAttrColor* foreground_of(const PangoItem* item) {
  for (GSList* at = item->analysis.extra_attrs; at; at = at->next) {
    auto* attribute = static_cast<const PangoAttribute*>(at->data);
    if (attribute->klass->type == PANGO_ATTR_FOREGROUND)
      return reinterpret_cast<const PangoAttrColor*>(attribute);
  }
  return nullptr;
}

// Which glyphs of one cluster, [first, last) of `glyphs`, to draw as outlines.
std::vector<int> chosen_in_cluster(const PangoGlyphString* glyphs, int first, int last,
                                   long characters, cairo_scaled_font_t* font, double size) {
  std::vector<int> text_glyphs;
  for (int i = first; i < last; ++i)
    if (drawn(glyphs->glyphs[i])) text_glyphs.push_back(i);
  if (text_glyphs.size() < 2) return {};
  auto zero_width = [&](int i) { return glyphs->glyphs[i].geometry.width == 0; };

  // A mark (no advance of its own in the font, or none in the layout) whose layout position
  // differs from where the font's advance puts a reader's pen.
  std::vector<int> chosen;
  for (int i : text_glyphs) {
    const PangoGlyphInfo& info = glyphs->glyphs[i];
    cairo_glyph_t glyph{info.glyph, 0, 0};
    cairo_text_extents_t extents;
    cairo_scaled_font_glyph_extents(font, &glyph, 1, &extents);
    double width = static_cast<double>(info.geometry.width) / PANGO_SCALE;
    double offset = static_cast<double>(info.geometry.x_offset) / PANGO_SCALE;
    bool mark = info.geometry.width == 0 || std::fabs(extents.x_advance) < 1e-9;
    if (mark && (std::fabs(offset) > kPlacedAway * size ||
                 std::fabs(extents.x_advance - width) > kPlacedAway * size))
      chosen.push_back(i);
  }
  auto is_chosen = [&](int i) {
    return std::find(chosen.begin(), chosen.end(), i) != chosen.end();
  };
  // Surplus glyphs, zero-width ones first (their outline leaves no gap), from the end.
  for (bool want_zero_width : {true, false})
    for (auto at = text_glyphs.rbegin(); at != text_glyphs.rend(); ++at) {
      if (static_cast<long>(text_glyphs.size() - chosen.size()) <= characters) break;
      if (!is_chosen(*at) && zero_width(*at) == want_zero_width) chosen.push_back(*at);
    }
  // The cluster keeps one glyph to carry its text: the widest.
  if (chosen.size() >= text_glyphs.size()) {
    int keep = *std::max_element(text_glyphs.begin(), text_glyphs.end(), [&](int a, int b) {
      return glyphs->glyphs[a].geometry.width < glyphs->glyphs[b].geometry.width;
    });
    chosen.erase(std::remove(chosen.begin(), chosen.end(), keep), chosen.end());
  }
  return chosen;
}

}  // namespace

OutlinedGlyphs::OutlinedGlyphs(PangoLayout* layout) {
  const char* text = pango_layout_get_text(layout);
  PangoLayoutIter* iter = pango_layout_get_iter(layout);
  do {
    PangoGlyphItem* run = pango_layout_iter_get_run_readonly(iter);
    if (!run || (run->item->analysis.level & 1) != 0) continue;
    PangoFont* font = run->item->analysis.font;
    if (!font || !PANGO_IS_CAIRO_FONT(font)) continue;
    cairo_scaled_font_t* scaled = pango_cairo_font_get_scaled_font(PANGO_CAIRO_FONT(font));
    if (!scaled || cairo_scaled_font_status(scaled) != CAIRO_STATUS_SUCCESS) continue;
    cairo_matrix_t matrix;
    cairo_scaled_font_get_font_matrix(scaled, &matrix);
    double size = std::hypot(matrix.yx, matrix.yy);

    PangoRectangle logical;
    pango_layout_iter_get_run_extents(iter, nullptr, &logical);
    double baseline = static_cast<double>(pango_layout_iter_get_run_baseline(iter)) / PANGO_SCALE;
    PangoGlyphString* glyphs = run->glyphs;
    std::vector<double> xs(glyphs->num_glyphs);
    int pen = logical.x;
    for (int i = 0; i < glyphs->num_glyphs; ++i) {
      xs[i] = static_cast<double>(pen + glyphs->glyphs[i].geometry.x_offset) / PANGO_SCALE;
      pen += glyphs->glyphs[i].geometry.width;
    }
    const PangoAttrColor* color = foreground_of(run->item);

    PangoGlyphItemIter cluster;
    for (bool more = pango_glyph_item_iter_init_start(&cluster, run, text); more;
         more = pango_glyph_item_iter_next_cluster(&cluster)) {
      long characters =
          g_utf8_strlen(text + cluster.start_index, cluster.end_index - cluster.start_index);

      for (int i : chosen_in_cluster(glyphs, cluster.start_glyph, cluster.end_glyph, characters,
                                     scaled, size)) {
        PangoGlyphInfo& info = glyphs->glyphs[i];
        double y = baseline + static_cast<double>(info.geometry.y_offset) / PANGO_SCALE;
        hidden_.push_back({&info, info.glyph, font, xs[i], y, color});
      }
    }
  } while (pango_layout_iter_next_run(iter));
  pango_layout_iter_free(iter);
  for (const Hidden& glyph : hidden_) glyph.info->glyph = PANGO_GLYPH_EMPTY;
}

OutlinedGlyphs::~OutlinedGlyphs() {
  for (const Hidden& glyph : hidden_) glyph.info->glyph = glyph.glyph;
}

void OutlinedGlyphs::fill(cairo_t* cr, double x, double y) const {
  for (const Hidden& hidden : hidden_) {
    cairo_save(cr);
    cairo_set_scaled_font(cr, pango_cairo_font_get_scaled_font(PANGO_CAIRO_FONT(hidden.font)));
    if (hidden.color) {
      const PangoColor& c = hidden.color->color;
      cairo_set_source_rgb(cr, c.red / 65535.0, c.green / 65535.0, c.blue / 65535.0);
    }
    cairo_new_path(cr);
    cairo_glyph_t glyph{hidden.glyph, x + hidden.x, y + hidden.y};
    cairo_glyph_path(cr, &glyph, 1);
    cairo_fill(cr);
    cairo_restore(cr);
  }
}

}  // namespace folio::render
