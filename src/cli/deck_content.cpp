#include "cli/deck_content.h"

#include <fmt/format.h>

#include <cmath>

#include "chart/layout_chart.h"
#include "chart/native_chart.h"
#include "render/outputs.h"
#include "text/shaped_text.h"
#include "text/text_runs.h"

namespace folio::cli {
namespace {

using render::pptx::TextBox;

constexpr double kMargin = 48, kTop = 36, kFooter = 46;

// A shaped text as a text box at `position` on the slide: one paragraph a line, as folio broke
// them (the box does not wrap again in another program's metrics), its first run's font.
TextBox text_box_of(const text::ShapedText& shaped, Point position, double scale,
                    const std::string& name) {
  TextBox box;
  box.name = name;
  auto lines = shaped.lines();
  const std::string& all = shaped.text();
  for (size_t i = 0; i < lines.size(); ++i) {
    size_t start = static_cast<size_t>(lines[i].start_byte);
    size_t end = i + 1 < lines.size() ? static_cast<size_t>(lines[i + 1].start_byte) : all.size();
    std::string line = all.substr(start, end - start);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\n')) line.pop_back();
    box.text += (i ? "\n" : "") + line;
  }
  auto runs = text::text_runs(shaped);
  box.size_pt = shaped.font_size_pt() * scale;
  box.color = shaped.color();
  if (!runs.empty()) {
    box.bold = runs.front().weight >= 600;
    box.font = runs.front().family;
  }
  if (box.font.empty()) box.font = "Noto Sans";
  // Another program's glyphs may run a little wider; the box has room for that.
  box.area = {position.x, position.y, shaped.size().width * scale * 1.08 + 2,
              shaped.size().height * scale};
  return box;
}

model::TextStyle scaled(model::TextStyle style, double scale) {
  style.size_pt *= scale;
  return style;
}

render::pptx::Slide title_slide(const scene::Frame& frame, const model::Theme& theme) {
  render::pptx::Slide slide;
  slide.background = theme.colors().background;
  bool first_fill = true;
  int texts = 0;
  for (const auto& item : frame.items) {
    if (const auto* shape = std::get_if<scene::Shape>(&item)) {
      if (!shape->fill || shape->path.ops.size() < 4) continue;
      double x0 = INFINITY, y0 = INFINITY, x1 = -INFINITY, y1 = -INFINITY;
      for (const auto& op : shape->path.ops)
        if (op.kind == scene::PathOp::move || op.kind == scene::PathOp::line) {
          x0 = std::min(x0, op.v[0]), x1 = std::max(x1, op.v[0]);
          y0 = std::min(y0, op.v[1]), y1 = std::max(y1, op.v[1]);
        }
      if (first_fill) {  // the slide's own background
        first_fill = false;
        continue;
      }
      slide.bands.push_back({{x0, y0, x1 - x0, y1 - y0}, *shape->fill});
    } else if (const auto* text = std::get_if<scene::Text>(&item)) {
      const char* names[] = {"Title", "Subtitle", "Byline", "Note"};
      slide.texts.push_back(
          text_box_of(*text->run, text->position, 1, names[std::min(texts++, 3)]));
    }
  }
  return slide;
}

render::pptx::Slide chart_slide(const layout::SlideChart& placed, const model::Document& document,
                                int number, int count) {
  const auto& theme = document.theme;
  const model::Chart& chart = *placed.chart;
  double scale = placed.scale;
  double width = layout::kDeckSize.width - 2 * kMargin;
  render::pptx::Slide slide;
  slide.background = theme.colors().background;
  double y = kTop;
  if (!chart.spec.title.empty()) {
    auto title = text::shape_text(chart.spec.title, theme.text(model::TextRole::chart_title),
                                  {width / scale});
    slide.texts.push_back(text_box_of(*title, {kMargin, y}, scale, "Title"));
    y += title->size().height * scale + 4;
  }
  if (!chart.spec.subtitle.empty()) {
    auto subtitle = text::shape_text(chart.spec.subtitle,
                                     theme.text(model::TextRole::chart_subtitle), {width / scale});
    slide.texts.push_back(text_box_of(*subtitle, {kMargin, y}, scale, "Subtitle"));
    y += subtitle->size().height * scale;
  }
  y += 12;
  double bottom = layout::kDeckSize.height - kFooter;
  if (!chart.source_line.empty()) {
    auto source = text::shape_text(chart.source_line, theme.text(model::TextRole::chart_source),
                                   {width / scale});
    bottom -= source->size().height * scale;
    slide.texts.push_back(text_box_of(*source, {kMargin, bottom}, scale, "Source"));
    bottom -= 8;
  }
  auto label = text::shape_text(
      document.messages.format(
          "slide", {{"slide", std::to_string(number)}, {"slides", std::to_string(count)}}),
      scaled(theme.text(model::TextRole::page_footer), 1), {});
  TextBox number_box = text_box_of(*label, {0, 0}, 1, "Slide number");
  number_box.size_pt = std::max(number_box.size_pt, layout::kSlideMinText);
  number_box.area = {kMargin, layout::kDeckSize.height - kFooter / 2 - 10, width, 20};
  number_box.right_aligned = true;
  slide.texts.push_back(number_box);

  Rect body{kMargin, y, width, std::max(40.0, bottom - y)};
  std::string description = chart::describe_chart(chart);
  std::string name = chart::display_title(chart);
  if (auto native = chart::native_chart(chart, theme)) {
    native->font_size_pt = theme.text(model::TextRole::axis_text).size_pt * scale;
    slide.chart = render::pptx::NativeChartFrame{body, std::move(*native), name, description};
    return slide;
  }
  // A picture of the chart without the title, subtitle and source the slide shows as text.
  model::Chart bare = chart;
  bare.spec.title.clear();
  bare.spec.subtitle.clear();
  bare.spec.source.clear();
  bare.source_line.clear();
  Size size = chart::fit_chart_size(bare, theme, {body.width / scale, body.height / scale});
  double fit = std::min({scale, body.width / size.width, body.height / size.height});
  auto frame = chart::layout_chart(bare, theme, size, {.background = false, .figure_label = ""});
  Rect area{body.x + (body.width - size.width * fit) / 2, body.y, size.width * fit,
            size.height * fit};
  render::pptx::Picture picture;
  picture.area = area;
  picture.name = name;
  picture.description = description;
  // 200 dpi on the slide, whatever the chart's own scale.
  picture.png = render::render_png(frame, {200 * fit, name, description});
  picture.svg = render::render_svg(
      frame, {name, description, chart.spec.id + "-", chart.language, render::SvgText::layer});
  slide.picture = std::move(picture);
  return slide;
}

}  // namespace

render::pptx::DeckContent deck_content(const layout::Deck& deck, const model::Document& document) {
  render::pptx::DeckContent content;
  content.title = document.meta.title;
  content.author = document.meta.author;
  content.subject = document.meta.subtitle;
  content.language = document.meta.language;
  content.date = (document.meta.date.empty() ? "2000-01-01" : document.meta.date) + "T00:00:00Z";
  if (!deck.pages.pages.empty())
    content.slides.push_back(title_slide(deck.pages.pages.front(), document.theme));
  int count = static_cast<int>(deck.charts.size()) + 1;
  for (size_t i = 0; i < deck.charts.size(); ++i)
    content.slides.push_back(chart_slide(deck.charts[i], document, static_cast<int>(i) + 2, count));
  return content;
}

}  // namespace folio::cli
