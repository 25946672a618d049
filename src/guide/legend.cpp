#include "guide/legend.h"

#include "text/shaped_text.h"

namespace folio::guide {

double draw_legend_top(scene::Frame& frame, const Rect& area,
                       const std::vector<LegendEntry>& entries, const model::Theme& theme) {
  if (entries.empty()) return 0;
  constexpr double swatch_width = 16, swatch_gap = 5, entry_gap = 16;
  auto style = theme.text("legend.text");
  double x = area.x, y = area.y, row_height = 0;
  for (const auto& entry : entries) {
    auto label = text::shape_text(entry.label, style);
    double width = swatch_width + swatch_gap + label->size().width;
    if (x > area.x && x + width > area.right()) {
      x = area.x;
      y += row_height + 4;
      row_height = 0;
    }
    double mid = y + label->size().height / 2;
    frame.stroke(scene::Path::segment({x, mid}, {x + swatch_width, mid}),
                 {entry.color, 2.5, entry.dash, true});
    if (!entry.marker.empty() && !entry.dash.empty())
      frame.add(scene::Shape{scene::Path::marker(entry.marker, {x + swatch_width / 2, mid}, 3),
                             entry.color, std::nullopt});
    frame.text({x + swatch_width + swatch_gap, y}, label);
    x += width + entry_gap;
    row_height = std::max(row_height, label->size().height);
  }
  return y + row_height - area.y + 8;
}

}  // namespace folio::guide
