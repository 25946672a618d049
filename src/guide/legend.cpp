#include "guide/legend.h"

#include "text/shaped_text.h"

namespace folio::guide {

namespace {

constexpr double kSwatchWidth = 16, kSwatchGap = 5;

void draw_swatch(scene::Frame& frame, const LegendEntry& entry, double x, double mid) {
  if (entry.dot) {
    // The series' marker shape: print-mono tells scatter series apart by shape as well as shade.
    frame.fill(scene::Path::marker(entry.marker.empty() ? "circle" : entry.marker,
                                   {x + kSwatchWidth / 2, mid}, 4),
               entry.color);
    return;
  }
  frame.stroke(scene::Path::segment({x, mid}, {x + kSwatchWidth, mid}),
               {entry.color, 2.5, entry.dash, true});
  if (!entry.marker.empty() && !entry.dash.empty())
    frame.add(scene::Shape{scene::Path::marker(entry.marker, {x + kSwatchWidth / 2, mid}, 3),
                           entry.color, std::nullopt});
}

}  // namespace

std::string legend_position(const std::string& setting) {
  return setting == "auto" || setting == "direct" ? "top" : setting;
}

void place_legend(scene::Frame& frame, Rect& body, const std::vector<LegendEntry>& entries,
                  const std::string& position, const model::Theme& theme) {
  if (entries.empty()) return;
  if (position == "top") {
    double height = draw_legend_top(frame, body, entries, theme);
    body.y += height;
    body.height -= height;
  } else if (position == "bottom") {
    // Measured on a scratch frame first: the rows' height decides where they start.
    scene::Frame scratch{{body.width, body.height}, {}};
    double height = draw_legend_top(scratch, {body.x, 0, body.width, body.height}, entries, theme);
    body.height -= height;
    draw_legend_top(frame, {body.x, body.bottom() + 8, body.width, height}, entries, theme);
  } else if (position == "right") {
    auto style = theme.text("legend.text");
    std::vector<text::ShapedTextPtr> labels;
    double width = 0, height = 0;
    for (const auto& entry : entries) {
      labels.push_back(text::shape_text(entry.label, style, {body.width / 4}));
      width = std::max(width, labels.back()->size().width);
      height += labels.back()->size().height + 4;
    }
    double x = body.right() - width - kSwatchWidth - kSwatchGap,
           y = body.y + (body.height - height) / 2;
    for (size_t i = 0; i < entries.size(); ++i) {
      draw_swatch(frame, entries[i], x,
                  y + labels[i]->lines().front().top + labels[i]->first_baseline() * 0.6);
      frame.text({x + kSwatchWidth + kSwatchGap, y}, labels[i]);
      y += labels[i]->size().height + 4;
    }
    body.width -= width + kSwatchWidth + kSwatchGap + 12;
  }
}

double draw_legend_top(scene::Frame& frame, const Rect& area,
                       const std::vector<LegendEntry>& entries, const model::Theme& theme) {
  if (entries.empty()) return 0;
  constexpr double swatch_width = kSwatchWidth, swatch_gap = kSwatchGap, entry_gap = 16;
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
    draw_swatch(frame, entry, x, mid);
    frame.text({x + swatch_width + swatch_gap, y}, label);
    x += width + entry_gap;
    row_height = std::max(row_height, label->size().height);
  }
  return y + row_height - area.y + 8;
}

}  // namespace folio::guide
