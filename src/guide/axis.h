#pragma once
#include <string>
#include <vector>

#include "model/theme.h"
#include "scale/linear_scale.h"
#include "scale/ticks.h"
#include "scene/scene.h"
#include "spec/document.h"
#include "text/shaped_text.h"

namespace folio::guide {

// Tick positions and their labels, shaped once so their room can be measured before drawing.
struct AxisLabels {
  std::vector<double> values;
  std::vector<text::ShapedTextPtr> labels;
  // False keeps the labels' room but draws no text: small-multiple panels right of the first
  // column share its scale, so repeating its labels would only add clutter.
  bool drawn = true;
  double max_width() const;
  double max_height() const;
};

AxisLabels shape_axis_labels(const std::vector<double>& values,
                             const std::vector<std::string>& texts, const model::Theme& theme);

// Horizontal gridlines across `plot` at each value, labels right-aligned left of it. The line
// at zero is drawn darker as the baseline.
void draw_value_gridlines_y(scene::Frame& frame, const Rect& plot, const scale::ContinuousScale& y,
                            const AxisLabels& axis, const model::Theme& theme);

// A baseline along the bottom of the plot with short ticks and labels centred under them.
void draw_category_axis_x(scene::Frame& frame, const Rect& plot,
                          const std::vector<double>& positions, const AxisLabels& axis,
                          const model::Theme& theme);

// The axis title as a short line above the plot's top-left corner (easier to read than
// rotated text); returns the height it takes. take_axis_title also moves the body's top down.
double draw_axis_title_top(scene::Frame& frame, const Rect& body, const std::string& title,
                           const model::Theme& theme);
void take_axis_title(scene::Frame& frame, Rect& body, const std::string& title,
                     const model::Theme& theme);

constexpr double kLabelGap = 6;  // between a tick label and the plot

}  // namespace folio::guide
