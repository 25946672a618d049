#include "guide/axis.h"

#include <algorithm>
#include <cmath>

namespace folio::guide {

double AxisLabels::max_width() const {
  double width = 0;
  for (const auto& label : labels) width = std::max(width, label->size().width);
  return width;
}

double AxisLabels::max_height() const {
  double height = 0;
  for (const auto& label : labels) height = std::max(height, label->size().height);
  return height;
}

AxisLabels shape_axis_labels(const std::vector<double>& values,
                             const std::vector<std::string>& texts, const model::Theme& theme) {
  AxisLabels axis;
  axis.values = values;
  auto style = theme.text("axis.label");
  for (const auto& text : texts) axis.labels.push_back(text::shape_text(text, style));
  return axis;
}

void draw_value_gridlines_y(scene::Frame& frame, const Rect& plot, const scale::ContinuousScale& y,
                            const AxisLabels& axis, const model::Theme& theme) {
  for (size_t i = 0; i < axis.values.size(); ++i) {
    double py = y(axis.values[i]);
    bool baseline = axis.values[i] == 0;
    scene::Stroke line{theme.color(baseline ? "axis" : "grid"),
                       theme.size(baseline ? "axisLine" : "gridline")};
    frame.stroke(scene::Path::segment({plot.x, py}, {plot.right(), py}), line);
    const auto& label = axis.labels[i];
    if (axis.drawn)
      frame.text({plot.x - kLabelGap - label->size().width, py - label->size().height / 2}, label);
  }
}

void draw_category_axis_x(scene::Frame& frame, const Rect& plot,
                          const std::vector<double>& positions, const AxisLabels& axis,
                          const model::Theme& theme) {
  scene::Stroke baseline{theme.color("axis"), theme.size("axisLine")};
  frame.stroke(scene::Path::segment({plot.x, plot.bottom()}, {plot.right(), plot.bottom()}),
               baseline);
  scene::Stroke tick{theme.color("axis"), theme.size("gridline")};
  for (size_t i = 0; i < positions.size() && i < axis.labels.size(); ++i) {
    double px = positions[i];
    frame.stroke(scene::Path::segment({px, plot.bottom()}, {px, plot.bottom() + 3}), tick);
    const auto& label = axis.labels[i];
    // Keep the first and last label inside the chart instead of clipping them.
    double left =
        std::clamp(px - label->size().width / 2, 0.0, frame.size.width - label->size().width);
    frame.text({left, plot.bottom() + kLabelGap / 2 + 2}, label);
  }
}

void take_axis_title(scene::Frame& frame, Rect& body, const std::string& title,
                     const model::Theme& theme) {
  double height = draw_axis_title_top(frame, body, title, theme);
  body.y += height;
  body.height -= height;
}

double draw_axis_title_top(scene::Frame& frame, const Rect& body, const std::string& title,
                           const model::Theme& theme) {
  if (title.empty()) return 0;
  auto run = text::shape_text(title, theme.text("axis.title"), {body.width});
  frame.text({body.x, body.y}, run);
  return run->size().height + 4;
}

}  // namespace folio::guide
