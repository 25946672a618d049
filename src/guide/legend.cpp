#include "guide/legend.h"

#include "text/shaped_text.h"

namespace folio::guide {
namespace {

constexpr double kSwatchWidth = 16, kSwatchGap = 5, kEntryGap = 16, kRowGap = 4;
constexpr double kLegendGap = 8;  // between a top or bottom legend and the plot
constexpr double kRightGap = 12;  // between the plot and a legend right of it

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

LegendSide legend_side(spec::Legend setting) {
  switch (setting) {
    case spec::Legend::right:
      return LegendSide::right;
    case spec::Legend::bottom:
      return LegendSide::bottom;
    case spec::Legend::none:
      return LegendSide::none;
    default:
      return LegendSide::top;
  }
}

LegendLayout measure_legend(const std::vector<LegendEntry>& entries, LegendSide side, double width,
                            const model::Theme& theme) {
  LegendLayout layout;
  layout.side = side;
  if (entries.empty() || side == LegendSide::none) return layout;
  auto style = theme.text(model::TextRole::legend_text);
  if (side == LegendSide::right) {
    // Beside the plot: one entry a line, at most a quarter of the chart wide.
    double widest = 0, y = 0;
    for (const auto& entry : entries) {
      layout.labels.push_back(text::shape_label(entry.label, style, width / 4, 3));
      layout.at.push_back({0, y});
      widest = std::max(widest, layout.labels.back()->size().width);
      y += layout.labels.back()->size().height + kRowGap;
    }
    layout.size = {widest + kSwatchWidth + kSwatchGap, y - kRowGap};
    return layout;
  }
  // Above or below: entries flow in rows across the width; a long name takes two lines.
  double x = 0, y = 0, row_height = 0;
  for (const auto& entry : entries) {
    auto label = text::shape_label(entry.label, style, width - kSwatchWidth - kSwatchGap, 2);
    double extent = kSwatchWidth + kSwatchGap + label->size().width;
    if (x > 0 && x + extent > width) {
      x = 0;
      y += row_height + kRowGap;
      row_height = 0;
    }
    layout.labels.push_back(label);
    layout.at.push_back({x, y});
    x += extent + kEntryGap;
    row_height = std::max(row_height, label->size().height);
  }
  layout.size = {width, y + row_height};
  return layout;
}

void draw_legend(scene::Frame& frame, Point origin, const LegendLayout& layout,
                 const std::vector<LegendEntry>& entries) {
  for (size_t i = 0; i < layout.labels.size() && i < entries.size(); ++i) {
    const auto& label = layout.labels[i];
    double x = origin.x + layout.at[i].x, y = origin.y + layout.at[i].y;
    auto first = label->lines().front();
    draw_swatch(frame, entries[i], x, y + (first.bottom - first.top) / 2);
    frame.text({x + kSwatchWidth + kSwatchGap, y}, label);
  }
}

void place_legend(scene::Frame& frame, Rect& body, const std::vector<LegendEntry>& entries,
                  LegendSide side, const model::Theme& theme) {
  auto layout = measure_legend(entries, side, body.width, theme);
  if (layout.empty()) return;
  Size size = layout.size;
  switch (side) {
    case LegendSide::top:
      draw_legend(frame, {body.x, body.y}, layout, entries);
      body.y += size.height + kLegendGap;
      body.height -= size.height + kLegendGap;
      break;
    case LegendSide::bottom:
      draw_legend(frame, {body.x, body.bottom() - size.height}, layout, entries);
      body.height -= size.height + kLegendGap;
      break;
    case LegendSide::right:
      draw_legend(frame, {body.right() - size.width, body.y + (body.height - size.height) / 2},
                  layout, entries);
      body.width -= size.width + kRightGap;
      break;
    case LegendSide::none:
      break;
  }
}

}  // namespace folio::guide
