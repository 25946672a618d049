#include "layout/sources_page.h"

#include <fmt/format.h>

namespace folio::layout {

void flow_sources(Flow& flow, const std::vector<FigureRecord>& figures,
                  const spec::Sources& options, const model::Theme& theme) {
  double width = flow.width();
  for (const auto& figure : figures) {
    std::vector<std::pair<text::ShapedTextPtr, std::string>> lines;
    auto name = text::shape_text(fmt::format("{}. {}", figure.label, figure.title),
                                 theme.text("sources.figure"), {width});
    lines.push_back({name, "link"});
    if (!figure.source_line.empty())
      lines.push_back(
          {text::shape_text(figure.source_line, theme.text("sources.source"), {width}), ""});
    if (options.descriptions && !figure.description.empty())
      lines.push_back(
          {text::shape_text(figure.description, theme.text("sources.description"), {width}), ""});
    double height = 0;
    for (const auto& [run, kind] : lines) height += run->size().height + 2;
    flow.ensure_room(height);
    scene::Frame entry{{width, height}, {}};
    double y = 0;
    for (const auto& [run, kind] : lines) {
      entry.text({0, y}, run);
      if (kind == "link")
        entry.add(
            scene::Link{{0, y, run->size().width, run->size().height}, "#" + figure.destination});
      y += run->size().height + 2;
    }
    flow.place(std::move(entry), "source-entry", "", "P");
    flow.gap(theme.size("paragraphGap") + 2);
  }
}

}  // namespace folio::layout
