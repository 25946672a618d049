#include "cli/deck_content.h"

#include <fmt/format.h>

#include <cmath>
#include <optional>

#include "chart/layout_chart.h"
#include "chart/native_chart.h"
#include "render/outputs.h"
#include "text/shaped_text.h"
#include "text/text_runs.h"

namespace folio::cli {
namespace {

using render::pptx::TextBox;

using layout::kSlideFooter;
using layout::kSlideMargin;

// A shaped text as a text box at `position` on the slide: one paragraph a line, as folio broke
// them (the box does not wrap again in another program's metrics), in the theme's family.
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
  if (!runs.empty()) box.bold = runs.front().weight >= 600;
  // The theme's family, not the first run's font: a text that starts with "▲" would otherwise
  // be set in the symbol font; the slide program falls back for characters its font lacks.
  std::string families = shaped.families();
  box.font = families.substr(0, families.find(','));
  if (box.font.empty()) box.font = "Noto Sans";
  // Another program's glyphs may run a little wider; the box has room for that.
  box.area = {position.x, position.y, shaped.size().width * scale * 1.08 + 2,
              shaped.size().height * scale};
  return box;
}

// The axis-aligned rectangle a path draws, if it is one (Path::rectangle's four corners).
std::optional<Rect> rectangle_of(const scene::Path& path) {
  if (path.ops.size() != 5 || path.ops[0].kind != scene::PathOp::move ||
      path.ops[4].kind != scene::PathOp::close)
    return std::nullopt;
  double x0 = path.ops[0].v[0], y0 = path.ops[0].v[1];
  double x1 = path.ops[2].v[0], y1 = path.ops[2].v[1];
  for (int i = 1; i <= 3; ++i)
    if (path.ops[static_cast<size_t>(i)].kind != scene::PathOp::line) return std::nullopt;
  if (path.ops[1].v[1] != y0 || path.ops[1].v[0] != x1 || path.ops[3].v[0] != x0 ||
      path.ops[3].v[1] != y1)
    return std::nullopt;
  return Rect{std::min(x0, x1), std::min(y0, y1), std::fabs(x1 - x0), std::fabs(y1 - y0)};
}

// A frame of filled rectangles and upright texts only (stat tiles) as PowerPoint rectangles
// and text boxes, placed as the PDF deck draws them; false, with `slide` untouched, for any
// other content, which goes in as a picture.
bool add_as_shapes(const scene::Frame& frame, Point origin, double scale,
                   render::pptx::Slide& slide, const std::string& name,
                   const std::string& description) {
  render::pptx::ShapeGroup shapes;
  shapes.name = name;
  shapes.description = description;
  for (const auto& item : frame.items) {
    if (const auto* shape = std::get_if<scene::Shape>(&item)) {
      auto rect = rectangle_of(shape->path);
      if (!rect || !shape->fill || shape->stroke) return false;
      shapes.bands.push_back({{origin.x + rect->x * scale, origin.y + rect->y * scale,
                               rect->width * scale, rect->height * scale},
                              *shape->fill});
    } else if (const auto* text = std::get_if<scene::Text>(&item)) {
      if (text->rotation != 0) return false;
      shapes.texts.push_back(text_box_of(
          *text->run, {origin.x + text->position.x * scale, origin.y + text->position.y * scale},
          scale, fmt::format("Text {}", shapes.texts.size() + 1)));
    } else {
      return false;
    }
  }
  if (shapes.bands.empty() && shapes.texts.empty()) return false;
  double x0 = INFINITY, y0 = INFINITY, x1 = -INFINITY, y1 = -INFINITY;
  auto extend = [&](const Rect& r) {
    x0 = std::min(x0, r.x), y0 = std::min(y0, r.y);
    x1 = std::max(x1, r.right()), y1 = std::max(y1, r.bottom());
  };
  for (const auto& band : shapes.bands) extend(band.area);
  for (const auto& box : shapes.texts) extend(box.area);
  shapes.area = {x0, y0, x1 - x0, y1 - y0};
  slide.group = std::move(shapes);
  return true;
}

render::pptx::Slide title_slide(const scene::Frame& frame, const model::Theme& theme) {
  render::pptx::Slide slide;
  slide.background = theme.colors().background;
  bool first_fill = true;
  int texts = 0;
  auto add_text = [&](const scene::Text& text, Point offset) {
    const char* names[] = {"Title", "Subtitle", "Byline", "Note"};
    slide.texts.push_back(text_box_of(*text.run,
                                      {offset.x + text.position.x, offset.y + text.position.y}, 1,
                                      names[std::min(texts++, 3)]));
  };
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
      add_text(*text, {0, 0});
    } else if (const auto* group = std::get_if<scene::Group>(&item)) {
      // A text tagged for the PDF deck ("H1", "P") is a group around it.
      for (const auto& inner : group->frame->items)
        if (const auto* text = std::get_if<scene::Text>(&inner)) add_text(*text, group->offset);
    }
  }
  return slide;
}

// A chart slide as the PDF deck draws it: the chart's own title, subtitle, note and source
// become text boxes where the deck draws them, and its body a native chart in the same place
// or, for kinds without one, a picture of the rest of the frame, so both decks look alike.
render::pptx::Slide chart_slide(const layout::SlideChart& placed, const model::Document& document,
                                int number, int count) {
  const auto& theme = document.theme;
  const model::Chart& chart = *placed.chart;
  double scale = placed.scale;
  Point origin = layout::chart_origin(placed);
  auto place = [&](Point p) { return Point{origin.x + p.x * scale, origin.y + p.y * scale}; };
  render::pptx::Slide slide;
  slide.background = theme.colors().background;

  const scene::Frame& frame = *placed.frame;
  auto parts = chart::chart_parts(chart, theme, placed.size);
  size_t furniture_end = parts.first + parts.head + parts.foot;
  const char* head_names[] = {"Title", "Subtitle", "Heading"};
  const char* foot_names[] = {"Note", "Source"};
  scene::Frame rest{frame.size, {}};
  for (size_t i = 0; i < frame.items.size(); ++i) {
    const auto* text = std::get_if<scene::Text>(&frame.items[i]);
    if (!text || i < parts.first || i >= furniture_end) {
      rest.items.push_back(frame.items[i]);
      continue;
    }
    size_t at = i - parts.first;
    const char* name = at < parts.head ? head_names[std::min<size_t>(at, 2)]
                                       : foot_names[parts.foot - (at - parts.head) == 1 ? 1 : 0];
    slide.texts.push_back(text_box_of(*text->run, place(text->position), scale, name));
  }
  TextBox number_box =
      text_box_of(*layout::slide_number_label(document, number, count), {0, 0}, 1, "Slide number");
  number_box.area = {kSlideMargin, layout::kDeckSize.height - kSlideFooter / 2 - 10,
                     layout::kDeckSize.width - 2 * kSlideMargin, 20};
  number_box.right_aligned = true;
  slide.texts.push_back(number_box);

  Point body_at = place({parts.body.x, parts.body.y});
  Rect body{body_at.x, body_at.y, parts.body.width * scale, parts.body.height * scale};
  std::string description = chart::describe_chart(chart);
  std::string name = chart::display_title(chart);
  if (auto table = chart::native_table(chart, theme, {parts.body.width, parts.body.height})) {
    if (!table->more.empty()) {
      auto note = text::shape_text(table->more, theme.text(model::TextRole::chart_note));
      double height = table->header_height;
      for (double h : table->row_heights) height += h;
      slide.texts.push_back(
          text_box_of(*note, place({parts.body.x, parts.body.y + height + 2}), scale, "More rows"));
    }
    slide.table = render::pptx::NativeTableFrame{body, std::move(*table), scale, name, description};
    return slide;
  }
  if (auto native = chart::native_chart(chart, theme)) {
    native->font_size_pt = theme.text(model::TextRole::axis_text).size_pt * scale;
    slide.chart = render::pptx::NativeChartFrame{body, std::move(*native), name, description};
    return slide;
  }
  // Stat tiles are boxes and text: PowerPoint shapes, edited as any other.
  if (add_as_shapes(rest, origin, scale, slide, name, description)) return slide;
  render::pptx::Picture picture;
  picture.area = {origin.x, origin.y, placed.size.width * scale, placed.size.height * scale};
  picture.name = name;
  picture.description = description;
  // 200 dpi on the slide, whatever the chart's own scale.
  picture.png = render::render_png(rest, {200 * scale, name, description});
  picture.svg = render::render_svg(
      rest, {name, description, chart.spec.id + "-", chart.language, render::SvgText::layer});
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
