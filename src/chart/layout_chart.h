#pragma once
#include <string>

#include "core/geometry.h"
#include "model/document.h"
#include "scene/scene.h"

namespace folio::chart {

struct ChartLayoutOptions {
  bool background =
      false;  // standalone SVG/PNG get the theme's background; PDF pages have their own
  std::string figure_label;  // "Figure 3" above the title inside a document; "" for none
};

// Lays out title, subtitle, note and source around the body, then lets the chart's kind draw
// the body. The frame's group carries the chart's text alternative.
scene::Frame layout_chart(const model::Chart& chart, const model::Theme& theme, Size size,
                          const ChartLayoutOptions& options = {});

// Where the parts of a frame layout_chart made are: its first items (after the background, when
// it has one) are `head` texts (figure label, title, subtitle) then `foot` texts (note,
// source); `body` is the area the kind drew in. For outputs that write those texts apart from
// the chart (a slide's text boxes around a native chart).
struct ChartParts {
  size_t first = 0;  // index of the first head text
  size_t head = 0, foot = 0;
  Rect body;
};
ChartParts chart_parts(const model::Chart& chart, const model::Theme& theme, Size size,
                       const ChartLayoutOptions& options = {});
// The same indices without shaping anything (`body` left empty): for a caller that only
// regroups the items, as a document does to tag the head as its figure's Caption.
ChartParts chart_part_indices(const model::Chart& chart, const ChartLayoutOptions& options = {});

// The chart's one-paragraph text alternative: its title, then its kind's description of the data.
std::string describe_chart(const model::Chart& chart);
// Only the description of the data, for places that show the title already.
std::string describe_chart_data(const model::Chart& chart);

// The chart's name where a title is needed (an SVG's <title>, a bookmark): its title, else its
// id in words ("headline-figures" → "Headline figures").
std::string display_title(const model::Chart& chart);

// The height a chart takes in a document column of this width.
double chart_height_for_width(const model::Chart& chart, const model::Theme& theme, double width,
                              const std::string& figure_label = "");

// 16:9 at a size where the theme's type reads well on a slide.
constexpr Size kSlideSize{640, 360};

// The size of a chart's own SVG/PNG: its width and height if given, else a 16:9 slide, taller
// only when its content needs it.
Size standalone_chart_size(const model::Chart& chart, const model::Theme& theme);

// `requested`, made taller if the chart's content sets its height (tables, timelines, rankings,
// small multiples) and needs more: such content never overlaps its own source line.
Size fit_chart_size(const model::Chart& chart, const model::Theme& theme, Size requested);

}  // namespace folio::chart
