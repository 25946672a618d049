#include "layout/contents.h"

#include <fmt/format.h>

#include "text/shaped_text.h"
#include "text/text_runs.h"

namespace folio::layout {

std::vector<scene::Frame> layout_contents(
    const std::vector<ContentsEntry>& entries, const std::string& title,
    const model::Document& document,
    const std::function<std::string(const std::string&)>& label_of) {
  const auto& theme = document.theme;
  Size body = document.page.body.size();
  std::vector<scene::Frame> pages(1, scene::Frame{body, {}});
  auto heading = text::shape_text(title, theme.text(model::TextRole::heading_1), {body.width});
  scene::Frame heading_frame{heading->size(), {}};
  heading_frame.text({0, 0}, heading);
  pages.back().group({0, 0}, std::move(heading_frame), "", "", "H1");
  double y = heading->size().height + 14;

  constexpr double kIndentPerLevel = 16, kNumberWidth = 36, kRowGap = 5;
  for (const auto& entry : entries) {
    auto style = theme.text(entry.level == 1 ? model::TextRole::contents_entry_1
                                             : model::TextRole::contents_entry);
    double indent = (entry.level - 1) * kIndentPerLevel;
    auto label = text::shape_text(entry.title, style, {body.width - indent - kNumberWidth - 12});
    auto number = text::shape_text(label_of(entry.destination), style);
    double height = std::max(label->size().height, number->size().height);
    if (y + height > body.height) {
      pages.push_back(scene::Frame{body, {}});
      y = 0;
    }
    scene::Frame row{{body.width, height}, {}};
    row.text({indent, 0}, label);
    row.text({body.width - number->size().width, 0}, number);
    // A dotted leader from the title's last line to the page number, as printed contents have.
    double last_line_bottom = label->lines().back().baseline;
    double leader_start = indent + label->size().width + 6,
           leader_end = body.width - number->size().width - 6;
    if (label->lines().size() == 1 && leader_end > leader_start)
      row.stroke(
          scene::Path::segment({leader_start, last_line_bottom}, {leader_end, last_line_bottom}),
          {theme.colors().axis, 0.7, {0.7, 2.8}, true});
    row.add(scene::Link{
        {0, 0, body.width, height}, "#" + entry.destination, text::shown_text(entry.title)});
    // The entry's text is its link's text in a tagged PDF: TOCI → Link → text and annotation.
    pages.back().group({0, y}, scene::wrapped(std::move(row), "Link"), "contents-entry", "",
                       "TOCI");
    y += height + (entry.level == 1 ? kRowGap + 2 : kRowGap);
  }
  return pages;
}

}  // namespace folio::layout
