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
  auto style = theme.text(model::TextRole::axis_label);
  for (const auto& text : texts) axis.labels.push_back(text::shape_text(text, style));
  return axis;
}

bool labels_clear(const AxisLabels& axis, const std::vector<double>& positions, double gap) {
  for (size_t i = 1; i < axis.labels.size() && i < positions.size(); ++i) {
    double right_of_previous = positions[i - 1] + axis.labels[i - 1]->size().width / 2;
    double left_of_this = positions[i] - axis.labels[i]->size().width / 2;
    if (left_of_this - right_of_previous < gap) return false;
  }
  return true;
}

void draw_value_gridlines_y(scene::Frame& frame, const Rect& plot, double left,
                            const scale::ContinuousScale& y, const AxisLabels& axis,
                            const model::Theme& theme) {
  for (size_t i = 0; i < axis.values.size(); ++i) {
    double py = y(axis.values[i]);
    bool baseline = axis.values[i] == 0;
    scene::Stroke line{baseline ? theme.colors().axis : theme.colors().grid,
                       baseline ? theme.sizes().axis_line : theme.sizes().gridline};
    frame.stroke(scene::Path::segment({left, py}, {plot.right(), py}), line);
    const auto& label = axis.labels[i];
    if (axis.drawn)
      frame.text({left - kLabelGap - label->size().width, py - label->size().height / 2}, label);
  }
}

void draw_value_gridlines_x(scene::Frame& frame, const Rect& plot, const scale::ContinuousScale& x,
                            const AxisLabels& axis, const model::Theme& theme) {
  for (size_t i = 0; i < axis.values.size(); ++i) {
    double px = x(axis.values[i]);
    bool baseline = axis.values[i] == 0;
    scene::Stroke line{baseline ? theme.colors().axis : theme.colors().grid,
                       baseline ? theme.sizes().axis_line : theme.sizes().gridline};
    frame.stroke(scene::Path::segment({px, plot.y}, {px, plot.bottom()}), line);
  }
  std::vector<double> positions;
  for (double v : axis.values) positions.push_back(x(v));
  draw_axis_x(frame, plot, positions, axis, theme);
}

void draw_axis_x(scene::Frame& frame, const Rect& plot, const std::vector<double>& positions,
                 const AxisLabels& axis, const model::Theme& theme, double gap) {
  scene::Stroke baseline{theme.colors().axis, theme.sizes().axis_line};
  frame.stroke(scene::Path::segment({plot.x, plot.bottom()}, {plot.right(), plot.bottom()}),
               baseline);
  scene::Stroke tick{theme.colors().axis, theme.sizes().gridline};
  for (size_t i = 0; i < positions.size() && i < axis.labels.size(); ++i) {
    double px = positions[i];
    frame.stroke(scene::Path::segment({px, plot.bottom()}, {px, plot.bottom() + 3}), tick);
    if (!axis.drawn) continue;
    const auto& label = axis.labels[i];
    // Keep the first and last label inside the chart instead of clipping them.
    double left =
        std::clamp(px - label->size().width / 2, 0.0, frame.size.width - label->size().width);
    frame.text({left, plot.bottom() + gap}, label);
  }
}

text::ShapedTextPtr shape_axis_title(const std::string& title, double width,
                                     const model::Theme& theme, bool right_aligned) {
  if (title.empty()) return nullptr;
  return text::shape_text(title, theme.text(model::TextRole::axis_title),
                          {width, right_aligned ? text::Align::right : text::Align::left, 2});
}

}  // namespace folio::guide
