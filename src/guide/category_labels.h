#pragma once
// Category names under a band axis, fitted to the room each band has: wrapped between words
// (never inside one), else turned to 45° or upright, else shortened with an ellipsis; and when
// bands are narrower than a line of text, only every k-th name is written. Every name stays in
// the chart's text description either way.
#include <string>
#include <vector>

#include "model/theme.h"
#include "scene/scene.h"
#include "text/shaped_text.h"

namespace folio::guide {

struct CategoryLabels {
  enum class Turn { level, diagonal, upright };
  Turn turn = Turn::level;
  std::vector<text::ShapedTextPtr> labels;  // one per category
  std::vector<bool> shown;                  // false where thinned out
  double height = 0;                        // room below the axis line, gap included
  bool any_shortened() const;
};

// `step` is the band's width (a label's room along the axis), `max_height` the most room the
// labels may take below the axis, `left_room` the distance from the chart's left edge to the
// first band's centre (turned labels reach left of their band and must stay in the chart).
CategoryLabels fit_category_labels(const std::vector<std::string>& names, double step,
                                   double max_height, double left_room,
                                   const model::TextStyle& style);

// Draws the shown labels `gap` under `baseline`, each centred (or, turned, ending) at its
// centre.
void draw_category_labels(scene::Frame& frame, const CategoryLabels& labels,
                          const std::vector<double>& centres, double baseline, double gap);

}  // namespace folio::guide
