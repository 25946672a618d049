#include "chart/layout_chart.h"

#include <algorithm>
#include <cctype>
#include <utility>

#include "chart/plot_layout.h"
#include "chart/small_multiples.h"
#include "kind/chart_kind.h"
#include "text/number_format.h"
#include "text/shaped_text.h"

namespace folio::chart {
namespace {

// Title and subtitle above the body; note and source below it.
struct Furniture {
  std::vector<text::ShapedTextPtr> head, foot;
  double head_height = 0, foot_height = 0;
};

constexpr double kHeadGap = 10, kFootGap = 9;

// The texts around the body, in the order they are drawn, before anything is shaped.
struct FurnitureTexts {
  std::vector<std::pair<const std::string*, model::TextRole>> head, foot;
};

FurnitureTexts furniture_texts(const model::Chart& chart, const std::string& figure_label) {
  FurnitureTexts texts;
  for (auto [text, role] : {std::pair{&figure_label, model::TextRole::chart_figure},
                            {&chart.spec.title, model::TextRole::chart_title},
                            {&chart.spec.subtitle, model::TextRole::chart_subtitle}})
    if (!text->empty()) texts.head.push_back({text, role});
  for (auto [text, role] : {std::pair{&chart.spec.note, model::TextRole::chart_note},
                            {&chart.source_line, model::TextRole::chart_source}})
    if (!text->empty()) texts.foot.push_back({text, role});
  return texts;
}

Furniture shape_furniture(const model::Chart& chart, const model::Theme& theme, double width,
                          const std::string& figure_label) {
  Furniture furniture;
  auto texts = furniture_texts(chart, figure_label);
  for (auto [text, role] : texts.head)
    furniture.head.push_back(text::shape_text(*text, theme.text(role), {width}));
  for (auto [text, role] : texts.foot)
    furniture.foot.push_back(text::shape_text(*text, theme.text(role), {width}));
  for (const auto& run : furniture.head) furniture.head_height += run->size().height + 1;
  for (const auto& run : furniture.foot) furniture.foot_height += run->size().height + 1;
  if (!furniture.head.empty()) furniture.head_height += kHeadGap;
  if (!furniture.foot.empty()) furniture.foot_height += kFootGap;
  return furniture;
}

const kind::ChartKind& kind_of(const model::Chart& chart) {
  // resolve_chart rejected unknown kinds, so the lookup cannot fail here.
  return *kind::find_chart_kind(chart.spec.kind);
}

constexpr double kStandalonePadding = 16;

}  // namespace

std::string describe_chart_data(const model::Chart& chart) {
  std::string text = chart.facet ? describe_small_multiples(chart, kind_of(chart))
                                 : kind_of(chart).describe(chart);
  // Kinds describe their series one sentence after another; the last leaves a space.
  while (!text.empty() && text.back() == ' ') text.pop_back();
  return text;
}

std::string describe_chart(const model::Chart& chart) {
  std::string summary = chart.spec.title.empty() ? "" : chart.spec.title + ". ";
  return summary + describe_chart_data(chart);
}

double chart_height_for_width(const model::Chart& chart, const model::Theme& document_theme,
                              double width, const std::string& figure_label) {
  // The chart's texts are set in its own language (Pango shaping and line breaks too).
  const model::Theme theme = document_theme.in_language(chart.language);
  auto furniture = shape_furniture(chart, theme, width, figure_label);
  const auto& kind = kind_of(chart);
  double body = chart.facet           ? small_multiples_height(chart, theme, width)
                : kind.natural_height ? kind.natural_height(chart, theme, width)
                                      : 0;
  if (body <= 0)
    body = std::max(
        width / chart.spec.aspect_ratio.value_or(1.9),
        kind.can.numeric_x || kind.can.annotations ? minimum_plot_height(chart, theme, width) : 0);
  return furniture.head_height + body + furniture.foot_height;
}

Size fit_chart_size(const model::Chart& chart, const model::Theme& theme, Size requested) {
  const auto& kind = kind_of(chart);
  double inner = requested.width - 2 * kStandalonePadding;
  bool natural =
      chart.facet || (kind.natural_height && kind.natural_height(chart, theme, inner) > 0);
  if (!natural) {
    // A plot still needs room for its guides: a small size in a large-type theme grows.
    if (!kind.can.numeric_x && !kind.can.annotations) return requested;
    auto furniture = shape_furniture(chart, theme.in_language(chart.language), inner, "");
    double least = furniture.head_height + minimum_plot_height(chart, theme, inner) +
                   furniture.foot_height + 2 * kStandalonePadding;
    return {requested.width, std::max(requested.height, least)};
  }
  double height = chart_height_for_width(chart, theme, inner) + 2 * kStandalonePadding;
  return {requested.width, std::max(requested.height, height)};
}

Size standalone_chart_size(const model::Chart& chart, const model::Theme& theme) {
  if (chart.spec.width_pt && chart.spec.height_pt)
    return {*chart.spec.width_pt, *chart.spec.height_pt};
  double width = chart.spec.width_pt.value_or(kSlideSize.width);
  if (chart.spec.height_pt) return {width, *chart.spec.height_pt};

  // A slide's 16:9, taller only for kinds whose content sets their height (a long ranking, a
  // crowded timeline); the others scale to whatever box they are given.
  return fit_chart_size(chart, theme, {width, width * 9 / 16});
}

ChartParts chart_part_indices(const model::Chart& chart, const ChartLayoutOptions& options) {
  auto texts = furniture_texts(chart, options.figure_label);
  ChartParts parts;
  parts.first = options.background ? 1 : 0;
  parts.head = texts.head.size();
  parts.foot = texts.foot.size();
  return parts;
}

ChartParts chart_parts(const model::Chart& chart, const model::Theme& document_theme, Size size,
                       const ChartLayoutOptions& options) {
  const model::Theme theme = document_theme.in_language(chart.language);
  double pad = options.background ? kStandalonePadding : 0;
  Rect area{pad, pad, size.width - 2 * pad, size.height - 2 * pad};
  auto furniture = shape_furniture(chart, theme, area.width, options.figure_label);
  ChartParts parts = chart_part_indices(chart, options);
  parts.body = {area.x, area.y + furniture.head_height, area.width,
                std::max(area.height - furniture.head_height - furniture.foot_height, 10.0)};
  return parts;
}

scene::Frame layout_chart(const model::Chart& chart, const model::Theme& document_theme, Size size,
                          const ChartLayoutOptions& options) {
  const model::Theme theme = document_theme.in_language(chart.language);
  scene::Frame frame{size, {}};
  if (options.background)
    frame.fill(scene::Path::rectangle({0, 0, size.width, size.height}), theme.colors().background);
  double pad = options.background ? kStandalonePadding : 0;
  Rect area{pad, pad, size.width - 2 * pad, size.height - 2 * pad};
  auto furniture = shape_furniture(chart, theme, area.width, options.figure_label);

  double y = area.y;
  for (const auto& run : furniture.head) {
    frame.text({area.x, y}, run);
    y += run->size().height + 1;
  }
  double foot_y = area.bottom() - furniture.foot_height + (furniture.foot.empty() ? 0 : kFootGap);
  for (const auto& run : furniture.foot) {
    frame.text({area.x, foot_y}, run);
    foot_y += run->size().height + 1;
  }
  Rect body{area.x, area.y + furniture.head_height, area.width,
            std::max(area.height - furniture.head_height - furniture.foot_height, 10.0)};
  if (chart.data && chart.data->rows == 0) {
    auto note =
        text::shape_text(chart.messages.format("noData"), theme.text(model::TextRole::axis_title));
    frame.text({body.x + (body.width - note->size().width) / 2,
                body.y + (body.height - note->size().height) / 2},
               note);
    return frame;
  }
  if (chart.facet)
    draw_small_multiples({chart, theme, body, frame}, kind_of(chart));
  else
    kind_of(chart).draw({chart, theme, body, frame});
  return frame;
}

std::string display_title(const model::Chart& chart) {
  if (!chart.spec.title.empty()) return chart.spec.title;
  std::string words = chart.spec.id;
  std::replace_if(
      words.begin(), words.end(), [](char c) { return c == '-' || c == '_'; }, ' ');
  if (!words.empty())
    words[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(words[0])));
  return words;
}

}  // namespace folio::chart
