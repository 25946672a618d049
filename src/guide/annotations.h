#pragma once
#include <optional>
#include <vector>

#include "model/theme.h"
#include "scale/linear_scale.h"
#include "scene/scene.h"
#include "spec/document.h"

namespace folio::guide {

// Where annotations can go: the plot and its continuous scales (a category axis has none, so
// annotations there name positions on the other axis only).
struct AnnotationPlane {
  Rect plot;
  std::optional<scale::ContinuousScale> x;
  std::optional<scale::ContinuousScale> y;
  std::vector<Rect> taken = {};  // marks and labels placed so far, which labels keep clear of
};

// Shaded ranges, drawn before the marks so that data stays on top.
void draw_annotation_ranges(scene::Frame& frame, AnnotationPlane& plane,
                            const std::vector<spec::Annotation>& annotations,
                            const model::Theme& theme);
// Reference lines and callouts, drawn over the marks; labels stay inside the plot.
void draw_annotation_marks(scene::Frame& frame, AnnotationPlane& plane,
                           const std::vector<spec::Annotation>& annotations,
                           const model::Theme& theme);

}  // namespace folio::guide
