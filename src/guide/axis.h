#pragma once
// Axis ticks, labels, gridlines and titles, measured before the plot is sized and drawn after.
#include <string>
#include <vector>

#include "model/theme.h"
#include "scale/linear_scale.h"
#include "scene/scene.h"
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

// Whether labels centred at `positions` (in points along an axis) stand at least `gap` apart.
bool labels_clear(const AxisLabels& axis, const std::vector<double>& positions, double gap);

// Horizontal gridlines from `left` to plot.right() at each value, labels right-aligned left of
// `left`. The line at zero is drawn darker as the baseline.
void draw_value_gridlines_y(scene::Frame& frame, const Rect& plot, double left,
                            const scale::ContinuousScale& y, const AxisLabels& axis,
                            const model::Theme& theme);

// Vertical gridlines (a value axis along x, as scatter plots have), labels under the plot.
void draw_value_gridlines_x(scene::Frame& frame, const Rect& plot, const scale::ContinuousScale& x,
                            const AxisLabels& axis, const model::Theme& theme);

// A baseline along the bottom of the plot with short ticks at `positions` and the labels
// centred `gap` under it.
void draw_axis_x(scene::Frame& frame, const Rect& plot, const std::vector<double>& positions,
                 const AxisLabels& axis, const model::Theme& theme, double gap = 5);

// An axis title: the value axis's above the plot's top-left corner (easier to read than
// rotated text), the x axis's under the tick labels at the right, where values grow. Null for
// an empty title.
text::ShapedTextPtr shape_axis_title(const std::string& title, double width,
                                     const model::Theme& theme, bool right_aligned = false);

constexpr double kLabelGap = 6;    // between a tick label and the plot
constexpr double kTitleGap = 4;    // between an axis title and what it names

}  // namespace folio::guide
