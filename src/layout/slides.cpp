#include "layout/slides.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "chart/layout_chart.h"
#include "text/shaped_text.h"

namespace folio::layout {

namespace {

constexpr double kMargin = kSlideMargin, kTop = kSlideTop, kFooter = kSlideFooter;

// The smallest text of a frame, in points as drawn (groups may scale).
double smallest_text(const scene::Frame& frame, double scale = 1) {
  double smallest = INFINITY;
  for (const auto& item : frame.items) {
    if (const auto* text = std::get_if<scene::Text>(&item)) {
      if (!text->run->text().empty())
        smallest = std::min(smallest, text->run->font_size_pt() * scale);
    } else if (const auto* group = std::get_if<scene::Group>(&item)) {
      smallest = std::min(smallest, smallest_text(*group->frame, scale * group->scale));
    }
  }
  return smallest;
}

// A style at least `size` points.
model::TextStyle at_least(model::TextStyle style, double size) {
  style.size_pt = std::max(style.size_pt, size);
  return style;
}

scene::Frame title_slide(const model::Document& document) {
  const auto& theme = document.theme;
  scene::Frame slide{kDeckSize, {}};
  slide.fill(scene::Path::rectangle({0, 0, kDeckSize.width, kDeckSize.height}),
             theme.colors().background);
  double band = kDeckSize.height * 0.62;
  slide.fill(scene::Path::rectangle({0, 0, kDeckSize.width, band}), theme.colors().cover_band);
  double width = kDeckSize.width - 2 * kMargin;
  std::vector<text::ShapedTextPtr> above;
  above.push_back(text::shape_text(
      document.meta.title, at_least(theme.text(model::TextRole::cover_title), 40), {width}));
  if (!document.meta.subtitle.empty())
    above.push_back(text::shape_text(document.meta.subtitle,
                                     at_least(theme.text(model::TextRole::cover_subtitle), 24),
                                     {width}));
  // The title block sits on the band's lower edge, as on the briefing's cover.
  double height = 0;
  for (const auto& run : above) height += run->size().height + 10;
  double y = band - 40 - height;
  for (size_t i = 0; i < above.size(); ++i) {
    slide.tagged_text({kMargin, y}, above[i], i == 0 ? "H1" : "P");
    y += above[i]->size().height + 10;
  }
  std::string byline = document.messages.cover_date(document.meta.date);
  if (!document.meta.author.empty())
    byline = document.meta.author + (byline.empty() ? "" : "  ·  " + byline);
  y = band + 36;
  if (!byline.empty()) {
    auto run =
        text::shape_text(byline, at_least(theme.text(model::TextRole::cover_meta), 20), {width});
    slide.tagged_text({kMargin, y}, run, "P");
    y += run->size().height + 12;
  }
  if (!document.meta.classification.empty())
    slide.tagged_text(
        {kMargin, y},
        text::shape_text(document.meta.classification,
                         at_least(theme.text(model::TextRole::cover_note), 16), {width}),
        "P");
  return slide;
}

// The chart at `scale` in `area`: laid out at the area's size divided by the scale, made taller
// if its content needs it, and then shrunk to fit if it had to grow.
SlideChart chart_at(const model::Chart& chart, const model::Theme& theme, Rect area, double scale) {
  SlideChart placed{&chart, area, scale, {}, nullptr};
  placed.size = chart::fit_chart_size(chart, theme, {area.width / scale, area.height / scale});
  placed.scale =
      std::min({scale, area.width / placed.size.width, area.height / placed.size.height});
  return placed;
}

// The chart's size and scale on a slide: drawn at 1.5 times its own units (the slides theme's
// type then reads at 16 pt and more), at least as large as makes its smallest text
// kSlideMinText, and as large as still fits when its content sets its height (a timeline, a
// table): the largest such scale, found by bisection, since a wider layout needs less height.
SlideChart place_chart(const model::Chart& chart, const model::Theme& theme, Rect area) {
  constexpr double kPreferred = 1.5;
  double smallest = smallest_text(chart::layout_chart(
      chart, theme,
      chart::fit_chart_size(chart, theme, {area.width / kPreferred, area.height / kPreferred})));
  double least = std::isfinite(smallest) ? kSlideMinText / smallest : 1;
  double scale = std::max(kPreferred, least);
  auto placed = chart_at(chart, theme, area, scale);
  if (placed.scale >= scale - 1e-9) return placed;
  // Too tall at that scale: the largest scale from `least` up at which it fits.
  double low = least, high = scale;
  placed = chart_at(chart, theme, area, low);
  if (placed.scale < low - 1e-9) return placed;  // even the least scale is too tall
  for (int step = 0; step < 12; ++step) {
    double middle = (low + high) / 2;
    auto tried = chart_at(chart, theme, area, middle);
    if (tried.scale >= middle - 1e-9) {
      low = middle;
      placed = tried;
    } else {
      high = middle;
    }
  }
  return placed;
}

scene::Frame chart_slide(const model::Document& document, const SlideChart& placed, int number,
                         int count) {
  const auto& theme = document.theme;
  scene::Frame slide{kDeckSize, {}};
  slide.fill(scene::Path::rectangle({0, 0, kDeckSize.width, kDeckSize.height}),
             theme.colors().background);
  std::string alternative = placed.chart ? chart::describe_chart(*placed.chart) : "";
  slide.add(scene::Group{chart_origin(placed), placed.frame, "slide-chart", alternative, "Figure",
                         placed.scale, ""});
  auto label = slide_number_label(document, number, count);
  slide.text({kDeckSize.width - kMargin - label->size().width,
              kDeckSize.height - kFooter / 2 - label->size().height / 2},
             label);
  return slide;
}

}  // namespace

text::ShapedTextPtr slide_number_label(const model::Document& document, int number, int count) {
  return text::shape_text(
      document.messages.format(
          "slide", {{"slide", std::to_string(number)}, {"slides", std::to_string(count)}}),
      at_least(document.theme.text(model::TextRole::page_footer), kSlideMinText));
}

Point chart_origin(const SlideChart& placed) {
  return {placed.area.x + (placed.area.width - placed.size.width * placed.scale) / 2,
          placed.area.y};
}

Deck layout_slides(const model::Document& document) {
  Deck deck;
  auto& pages = deck.pages;
  pages.meta = document.meta;
  pages.page_size = kDeckSize;
  pages.pages.push_back(title_slide(document));
  pages.pages.back().add(scene::Anchor{{0, 0}, "slide-1"});
  pages.page_labels.push_back("1");
  pages.outline.push_back({document.meta.title, 1, "slide-1"});
  auto charts = model::charts_of(document);
  int count = static_cast<int>(charts.size()) + 1;
  Rect area{kMargin, kTop, kDeckSize.width - 2 * kMargin, kDeckSize.height - kTop - kFooter};
  for (const model::Chart* chart : charts) {
    deck.charts.push_back(place_chart(*chart, document.theme, area));
    auto& placed = deck.charts.back();
    placed.frame = std::make_shared<const scene::Frame>(
        chart::layout_chart(*chart, document.theme, placed.size));
    double smallest = smallest_text(*placed.frame, placed.scale);
    if (std::isfinite(smallest) && smallest < kSlideMinText - 0.01)
      deck.notices.push_back(Deck::Notice{
          chart->spec.file, chart->spec.pointer,
          fmt::format("chart \"{}\" has too much to show on one slide: its smallest text would "
                      "be {:.1f} pt, under {:g} pt (show fewer rows or events, e.g. with \"top\")",
                      chart->spec.id, smallest, kSlideMinText)});
    int number = static_cast<int>(pages.pages.size()) + 1;
    auto slide = chart_slide(document, deck.charts.back(), number, count);
    std::string destination = "slide-" + std::to_string(number);
    slide.add(scene::Anchor{{0, 0}, destination});
    pages.pages.push_back(std::move(slide));
    pages.page_labels.push_back(std::to_string(number));
    pages.outline.push_back({chart::display_title(*chart), 1, destination});
  }
  return deck;
}

}  // namespace folio::layout
