#pragma once
#include <optional>
#include <vector>

#include "model/theme.h"
#include "scale/linear_scale.h"
#include "scene/scene.h"
#include "spec/document.h"

namespace folio::guide {

// Where annotations can go: the plot, its y scale, and its x scale when x is numeric (column
// charts have categories, so only their y annotations are drawn).
struct AnnotationPlane {
  Rect plot;
  std::optional<scale::ContinuousScale> x;
  scale::ContinuousScale y;
  std::vector<Rect> taken = {};  // labels placed so far, which later labels keep clear of
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
