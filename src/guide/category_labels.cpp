#include "guide/category_labels.h"

#include <algorithm>
#include <cmath>

namespace folio::guide {
namespace {

constexpr double kSin45 = 0.70710678118654752;
constexpr int kLevelLines = 3;
constexpr double kCategoryGap = 5;  // between the axis line and the labels

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

// The most room any of these labels takes, turned (each by its own size: an ellipsis from
// another font can make a shortened label taller than it was).
double turned_height(CategoryLabels::Turn turn, const std::vector<text::ShapedTextPtr>& labels) {
  double height = 0;
  for (const auto& label : labels)
    height = std::max(height, turned_height(turn, label->size().width, label->size().height));
  return height;
}

}  // namespace

bool CategoryLabels::any_shortened() const {
  return std::any_of(labels.begin(), labels.end(), [](const auto& l) { return l->ellipsized(); });
}

CategoryLabels fit_category_labels(const std::vector<std::string>& names, double step,
                                   double max_height, double left_room,
                                   const model::TextStyle& style) {
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
  // height across the slant; a slanted label reaches left of its band, and must not leave
  // the chart.
  auto single = shape_all(names, style, {});
  double line = tallest(single);
  auto reaches_out = [&](const std::vector<text::ShapedTextPtr>& labels) {
    for (size_t i = 0; i < labels.size(); ++i)
      if ((labels[i]->size().width + line / 2) * kSin45 > left_room + step * static_cast<double>(i))
        return true;
    return false;
  };
  for (auto turn : {CategoryLabels::Turn::diagonal, CategoryLabels::Turn::upright}) {
    double needed = turn == CategoryLabels::Turn::diagonal ? line / kSin45 + 1 : line + 1;
    if (step < needed) continue;
    if (turn == CategoryLabels::Turn::diagonal && reaches_out(single)) continue;
    if (turned_height(turn, single) + kCategoryGap <= max_height) {
      fitted.turn = turn;
      fitted.labels = std::move(single);
      fitted.height = turned_height(turn, fitted.labels) + kCategoryGap;
      return fitted;
    }
  }
  // Still too long: upright (or diagonal where upright is not needed) and shortened to the
  // room there is; and when even upright lines are too close, every k-th of them.
  fitted.turn =
      step >= line / kSin45 + 1 ? CategoryLabels::Turn::diagonal : CategoryLabels::Turn::upright;
  double length = fitted.turn == CategoryLabels::Turn::diagonal
                      ? (max_height - kCategoryGap) / kSin45 - line
                      : max_height - kCategoryGap;
  // No room even for a few characters: no labels at all (the description names them).
  if (length < line * 1.5) {
    fitted.labels = shape_all(names, style, {});
    fitted.shown.assign(names.size(), false);
    fitted.height = kCategoryGap;
    return fitted;
  }
  for (size_t i = 0; i < names.size(); ++i) {
    double own = length;
    // A slanted label is also kept from reaching out of the chart on the left.
    if (fitted.turn == CategoryLabels::Turn::diagonal)
      own = std::min(own,
                     std::max(line, (left_room + step * static_cast<double>(i)) / kSin45 - line));
    else
      own = std::min(own, max_height - kCategoryGap);
    auto label = text::shape_text(names[i], style, {own, text::Align::left, 1, false});
    // Shortened text may come out a little longer or taller than asked (an ellipsis from
    // another font): shorten it by what it takes beyond the room.
    double over = turned_height(fitted.turn, label->size().width, label->size().height) -
                  (max_height - kCategoryGap);
    if (over > 0.01) {
      double shorter =
          std::max(line, own - over / (fitted.turn == CategoryLabels::Turn::diagonal ? kSin45 : 1));
      label = text::shape_text(names[i], style, {shorter, text::Align::left, 1, false});
    }
    fitted.labels.push_back(label);
  }
  fitted.height = turned_height(fitted.turn, fitted.labels) + kCategoryGap;
  size_t every = static_cast<size_t>(std::ceil((line + 1) / std::max(step, 0.01)));
  if (every > 1)
    for (size_t i = 0; i < names.size(); ++i) fitted.shown[i] = i % every == 0;
  return fitted;
}

void draw_category_labels(scene::Frame& frame, const CategoryLabels& labels,
                          const std::vector<double>& centres, double baseline, double gap) {
  double top = baseline + gap;
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
