#include "layout/sources_page.h"

#include <fmt/format.h>

#include "text/text_runs.h"

namespace folio::layout {

void flow_sources(Flow& flow, const std::vector<FigureRecord>& figures,
                  const spec::Sources& options, const model::Document& document) {
  const auto& theme = document.theme;
  double width = flow.width();
  for (const auto& figure : figures) {
    std::vector<std::pair<text::ShapedTextPtr, std::string>> lines;
    auto name = text::shape_text(fmt::format("{}. {}", figure.label, figure.title),
                                 theme.text(model::TextRole::sources_figure), {width});
    lines.push_back({name, "link"});
    if (!figure.source_line.empty())
      lines.push_back({text::shape_text(figure.source_line,
                                        theme.text(model::TextRole::sources_source), {width}),
                       ""});
    if (options.descriptions && !figure.description.empty())
      lines.push_back({text::shape_text(figure.description,
                                        theme.text(model::TextRole::sources_description), {width}),
                       ""});
    double height = 0;
    for (const auto& [run, kind] : lines) height += run->size().height + 2;
    flow.ensure_room(height);
    scene::Frame entry{{width, height}, {}};
    double y = 0;
    for (const auto& [run, kind] : lines) {
      if (kind == "link") {
        // The figure's name is the link's text: one Link element with its annotation.
        scene::Frame link{run->size(), {}};
        link.text({0, 0}, run);
        link.add(scene::Link{{0, 0, run->size().width, run->size().height},
                             "#" + figure.destination,
                             text::shown_text(run->text())});
        entry.group({0, y}, std::move(link), "", "", "Link");
      } else {
        entry.text({0, y}, run);
      }
      y += run->size().height + 2;
    }
    flow.place(std::move(entry), "source-entry", "", "P");
    flow.gap(theme.sizes().paragraph_gap + 2);
  }
  // The data behind the figures, by dataset, so that every source is listed once.
  auto heading = text::shape_text(document.messages.format("data"),
                                  theme.text(model::TextRole::heading_2), {width});
  flow.gap(theme.sizes().heading_gap_above / 2);
  flow.ensure_room(heading->size().height + 40);
  flow.place_text(heading, "H2");
  flow.gap(theme.sizes().heading_gap_below);
  for (const auto& [name, dataset] : document.datasets) {
    (void)name;
    std::string line = fmt::format("**{}**: {}", dataset.title,
                                   dataset.source.empty() ? "no source given" : dataset.source);
    if (!dataset.note.empty()) line += ". " + dataset.note;
    auto run = text::shape_rich_text(text::parse_inline_markdown(line),
                                     theme.text(model::TextRole::sources_source), {width},
                                     theme.colors().link);
    flow.ensure_room(run->size().height);
    flow.place_text(run, "P");
    flow.gap(3);
  }
}

}  // namespace folio::layout
