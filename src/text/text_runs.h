#pragma once
// Shaped text read back as runs of one font: what an output that keeps text as text (an SVG's
// text layer, a slide's text box) needs to write it again with the same string, place and size.
#include <string>
#include <vector>

#include "core/color.h"
#include "core/geometry.h"
#include "text/shaped_text.h"

namespace folio::text {

struct TextRun {
  std::string text;  // as shown: without the invisible marks folio inserted (U+200B, U+2060),
                     // and with "…" where the layout was shortened
  double x = 0;      // left edge of the run, in the layout's coordinates (as the painter's)
  double baseline = 0;
  double width = 0;  // logical (advance) width
  double size_pt = 0;
  std::string family;  // the font that drew it ("Noto Sans Khmer")
  int weight = 400;
  bool italic = false;
  bool right_to_left = false;
  Color color;
};

// `text` without the invisible marks folio inserts (U+200B between words of scripts written
// without spaces, U+2060 before a footnote mark): the string a reader copies.
std::string shown_text(const std::string& text);

// The runs in visual order, line by line.
std::vector<TextRun> text_runs(const ShapedText& shaped);

}  // namespace folio::text
