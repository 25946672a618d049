#include "layout/cover.h"

#include <fmt/format.h>

#include "text/passage_language.h"
#include "text/shaped_text.h"

namespace folio::layout {
namespace {

// A cover text as an element of the tagged PDF, in its own language when its script says so;
// the band, bars, rule and logo around them are decoration.
void tagged_text(scene::Frame& frame, Point position, const text::ShapedTextPtr& run,
                 const char* type, const model::Document& document) {
  scene::Structure element(type);
  element.language = text::passage_language(run->text(), document.meta.language);
  frame.tagged_text(position, run, element);
}

}  // namespace

scene::Frame layout_cover(const model::Document& document) {
  const auto& theme = document.theme;
  const auto& page = document.page;
  const auto& cover = *document.cover;
  scene::Frame frame{page.size, {}};
  double width = page.body.width;
  double band_height = page.size.height * 0.42;
  frame.fill(scene::Path::rectangle({0, 0, page.size.width, band_height}),
             theme.colors().cover_band);
  if (cover.logo) {
    const auto& logo = *cover.logo;
    double width = logo.height_pt * logo.image->size.width / logo.image->size.height;
    frame.add(scene::Image{{page.body.x, page.body.y, width, logo.height_pt}, logo.image});
  }

  // Band text sits on the band's lower edge, like a book cover's title block.
  std::vector<text::ShapedTextPtr> band;
  size_t title_at = cover.kicker.empty() ? 0 : 1;
  if (!cover.kicker.empty())
    band.push_back(
        text::shape_text(cover.kicker, theme.text(model::TextRole::cover_kicker), {width}));
  band.push_back(
      text::shape_text(document.meta.title, theme.text(model::TextRole::cover_title), {width}));
  if (!document.meta.subtitle.empty())
    band.push_back(text::shape_text(document.meta.subtitle,
                                    theme.text(model::TextRole::cover_subtitle), {width}));
  double total = 0;
  for (const auto& run : band) total += run->size().height + 8;
  double y = band_height - 36 - total;
  for (size_t i = 0; i < band.size(); ++i) {
    tagged_text(frame, {page.body.x, y}, band[i], i == title_at ? "H1" : "P", document);
    y += band[i]->size().height + 8;
  }

  y = band_height + 40;
  if (!cover.lines.empty()) {
    frame.fill(scene::Path::rectangle({page.body.x, y, 40, 3}), theme.colors().highlight);
    y += 16;
  }
  for (const auto& line : cover.lines) {
    auto run = text::shape_text(line, theme.text(model::TextRole::cover_line), {width});
    tagged_text(frame, {page.body.x, y}, run, "P", document);
    y += run->size().height + 4;
  }

  std::vector<text::ShapedTextPtr> foot;
  std::string byline = document.messages.cover_date(document.meta.date);
  if (!document.meta.author.empty())
    byline = document.meta.author + (byline.empty() ? "" : "  ·  " + byline);
  if (!byline.empty())
    foot.push_back(text::shape_text(byline, theme.text(model::TextRole::cover_meta), {width}));
  if (!cover.note.empty())
    foot.push_back(text::shape_text(cover.note, theme.text(model::TextRole::cover_note), {width}));
  // Stacked up from the page's foot, then drawn top down: the order a reader reads them.
  double bottom = page.body.bottom();
  std::vector<double> tops(foot.size());
  for (size_t i = foot.size(); i-- > 0;) {
    bottom -= foot[i]->size().height;
    tops[i] = bottom;
    bottom -= 6;
  }
  for (size_t i = 0; i < foot.size(); ++i)
    tagged_text(frame, {page.body.x, tops[i]}, foot[i], "P", document);
  frame.stroke(scene::Path::segment({page.body.x, bottom - 8}, {page.body.right(), bottom - 8}),
               {theme.colors().grid, 0.8});
  return frame;
}

}  // namespace folio::layout
