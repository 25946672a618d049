#include "guide/category_labels.h"

#include <algorithm>
#include <cmath>

namespace folio::guide {
namespace {

constexpr double kSin45 = 0.70710678118654752;
constexpr int kLevelLines = 3;

double widest(const std::vector<text::ShapedTextPtr>& labels) {
  double width = 0;
  for (const auto& label : labels) width = std::max(width, label->size().width);
  return width;
}

double tallest(const std::vector<text::ShapedTextPtr>& labels) {
  double height = 0;
  for (const auto& label : labels) height = std::max(height, label->size().height);
  return height;
}

std::vector<text::ShapedTextPtr> shape_all(const std::vector<std::string>& names,
                                           const model::TextStyle& style,
                                           const text::TextOptions& options) {
  std::vector<text::ShapedTextPtr> labels;
  for (const auto& name : names) labels.push_back(text::shape_text(name, style, options));
  return labels;
}

// The room a turned label of this size takes below the axis.
double turned_height(CategoryLabels::Turn turn, double width, double height) {
  return turn == CategoryLabels::Turn::diagonal ? (width + height) * kSin45 : width;
}

}  // namespace

bool CategoryLabels::any_shortened() const {
  return std::any_of(labels.begin(), labels.end(), [](const auto& l) { return l->ellipsized(); });
}

CategoryLabels fit_category_labels(const std::vector<std::string>& names, double step,
                                   double max_height, const model::TextStyle& style) {
  CategoryLabels fitted;
  fitted.shown.assign(names.size(), true);
  if (names.empty()) return fitted;
  double room = std::max(step - 2, 1.0);
  // Level, wrapped between words into at most three lines: every word must fit the band.
  auto level = shape_all(names, style, {room, text::Align::center, kLevelLines, false});
  bool level_fits = std::all_of(level.begin(), level.end(), [&](const auto& label) {
    return label->size().width <= room + 0.5 && !label->ellipsized();
  });
  if (level_fits && tallest(level) + kCategoryGap <= max_height) {
    fitted.labels = std::move(level);
    fitted.height = tallest(fitted.labels) + kCategoryGap;
    return fitted;
  }
  // Turned, on one line each. Neighbours clear each other when the step exceeds the line's
  // height across the slant.
  auto single = shape_all(names, style, {});
  double line = tallest(single);
  for (auto turn : {CategoryLabels::Turn::diagonal, CategoryLabels::Turn::upright}) {
    double needed = turn == CategoryLabels::Turn::diagonal ? line / kSin45 + 1 : line + 1;
    if (step < needed) continue;
    if (turned_height(turn, widest(single), line) + kCategoryGap <= max_height) {
      fitted.turn = turn;
      fitted.labels = std::move(single);
      fitted.height = turned_height(turn, widest(fitted.labels), line) + kCategoryGap;
      return fitted;
    }
  }
  // Still too long: upright (or diagonal where upright is not needed) and shortened to the
  // room there is; and when even upright lines are too close, every k-th of them.
  fitted.turn = step >= line / kSin45 + 1 ? CategoryLabels::Turn::diagonal
                                          : CategoryLabels::Turn::upright;
  double length = fitted.turn == CategoryLabels::Turn::diagonal
                      ? (max_height - kCategoryGap) / kSin45 - line
                      : max_height - kCategoryGap;
  length = std::max(length, line * 2);
  fitted.labels = shape_all(names, style, {length, text::Align::left, 1, false});
  fitted.height = turned_height(fitted.turn, widest(fitted.labels), line) + kCategoryGap;
  size_t every = static_cast<size_t>(std::ceil((line + 1) / std::max(step, 0.01)));
  if (every > 1)
    for (size_t i = 0; i < names.size(); ++i) fitted.shown[i] = i % every == 0;
  return fitted;
}

void draw_category_labels(scene::Frame& frame, const CategoryLabels& labels,
                          const std::vector<double>& centres, double baseline) {
  double top = baseline + kCategoryGap;
  for (size_t i = 0; i < labels.labels.size() && i < centres.size(); ++i) {
    if (!labels.shown[i]) continue;
    const auto& label = labels.labels[i];
    double w = label->size().width, h = label->size().height;
    switch (labels.turn) {
      case CategoryLabels::Turn::level:
        frame.text({centres[i] - w / 2, top}, label);
        break;
      case CategoryLabels::Turn::diagonal:
        // Rising to the right: its top-right corner just under the axis, its end's middle at
        // the band's centre.
        frame.text({centres[i] - (w + h / 2) * kSin45, top + w * kSin45}, label, -M_PI / 4);
        break;
      case CategoryLabels::Turn::upright:
        frame.text({centres[i] - h / 2, top + w}, label, -M_PI / 2);
        break;
    }
  }
}

}  // namespace folio::guide
