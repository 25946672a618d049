#pragma once
#include <pango/pango.h>

#include <memory>
#include <string>
#include <vector>

#include "core/geometry.h"
#include "model/theme.h"
#include "text/line_breaks.h"
#include "text/rich_text.h"

namespace folio::text {

enum class Align { left, center, right };

struct TextOptions {
  double width_pt = -1;  // wrap at this width; unwrapped when negative
  Align align = Align::left;
  int max_lines = 0;  // ellipsize after this many lines; 0 for no limit
  // Whether a word longer than the width may break inside (prose and URLs must fit their
  // column); labels keep words whole and are turned or shortened instead when one is too long.
  bool break_words = true;
};

struct LineBox {
  double top = 0;
  double bottom = 0;
  double baseline = 0;
  int start_byte = 0;  // where the line starts in the text
};

// Text shaped by Pango once, during layout; the painter only draws it.
class ShapedText {
 public:
  ShapedText(PangoLayout* layout, std::string text, Color color);
  ~ShapedText();
  ShapedText(const ShapedText&) = delete;
  ShapedText& operator=(const ShapedText&) = delete;

  PangoLayout* layout() const { return layout_; }
  const std::string& text() const { return text_; }
  Color color() const { return color_; }
  // The box around the text itself. Aligned or wrapped text can start right of the layout's
  // origin; `layout_offset` is where the box starts, so the painter can place boxes exactly.
  Size size() const { return size_; }
  Point layout_offset() const { return offset_; }
  double first_baseline() const;
  std::vector<LineBox> lines() const;
  // Glyphs no font in the set has: drawn as boxes, so tests require zero.
  int unknown_glyphs() const;
  // The characters behind those glyphs, each once, in order of appearance.
  std::vector<char32_t> missing_characters() const;
  // The font families Pango was asked for ("Noto Sans, Noto Sans CJK SC, ...").
  std::string families() const;
  // The size its font was set at, in points (before any scaling of the group it is in).
  double font_size_pt() const;
  // Whether the text was cut short with an ellipsis to fit its lines.
  bool ellipsized() const;
  int line_count() const;
  // The boxes, one a line, that bytes [start, end) cover: a link's clickable area.
  std::vector<Rect> range_boxes(size_t start, size_t end) const;
  const std::vector<TextSpan>& spans() const { return spans_; }

 private:
  PangoLayout* layout_;
  std::string text_;
  Color color_;
  Size size_;
  Point offset_;
  std::vector<TextSpan> spans_;
  BreakPlan breaks_;  // the layout's text is breaks_.text; offsets outside are the original's
  friend std::shared_ptr<const ShapedText> shape_rich_text(const RichText&, const model::TextStyle&,
                                                           const TextOptions&, Color);
};

using ShapedTextPtr = std::shared_ptr<const ShapedText>;

ShapedTextPtr shape_text(const std::string& text, const model::TextStyle& style,
                         const TextOptions& options = {});

// A label within `width`: in up to `lines` lines broken between words, else (a word longer
// than the width) on one line shortened with an ellipsis. It never breaks inside a word and
// never runs past the width.
ShapedTextPtr shape_label(const std::string& text, const model::TextStyle& style, double width,
                          int lines, Align align = Align::left);

// Text with inline styles: bold and italic, links in `link_color` and underlined, footnote
// marks raised and smaller.
ShapedTextPtr shape_rich_text(const RichText& text, const model::TextStyle& style,
                              const TextOptions& options, Color link_color);

}  // namespace folio::text
