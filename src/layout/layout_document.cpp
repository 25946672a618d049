#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "chart/layout_chart.h"
#include "layout/contents.h"
#include "layout/cover.h"
#include "layout/flow.h"
#include "layout/page_furniture.h"
#include "layout/paged_document.h"
#include "layout/sources_page.h"
#include "layout/table_layout.h"

namespace folio::layout {
namespace {

constexpr int kMinLinesAtBreak = 2;  // no orphan or widow lines when a paragraph breaks

// Places a paragraph, breaking it between lines when it does not fit, never leaving fewer
// than two lines on either side of the break.
void flow_paragraph(Flow& flow, const std::string& text, const model::TextStyle& style) {
  double width = flow.width();
  auto run = text::shape_text(text, style, {width});
  flow.ensure_room(0);
  while (run->size().height > flow.room()) {
    auto lines = run->lines();
    int fit = 0;
    while (fit < static_cast<int>(lines.size()) && lines[fit].bottom <= flow.room()) ++fit;
    fit = std::min(fit, static_cast<int>(lines.size()) - kMinLinesAtBreak);
    if (fit < kMinLinesAtBreak) {
      flow.new_page();
      continue;
    }
    size_t split = static_cast<size_t>(lines[fit].start_byte);
    flow.place_text(text::shape_text(run->text().substr(0, split), style, {width}), "P");
    flow.new_page();
    run = text::shape_text(run->text().substr(split), style, {width});
  }
  flow.place_text(run, "P");
}

bool is_figure(const model::Chart& chart) {
  return chart.spec.kind != "stats";
}

// How much of the next block a heading needs beside it so that it never ends a page alone.
double keep_with_next_height(const model::Block* next, const model::Document& document) {
  if (!next) return 0;
  double width = document.page.body.width;
  if (const auto* chart = std::get_if<model::Chart>(&next->content))
    return chart::chart_height_for_width(*chart, document.theme, width,
                                         is_figure(*chart) ? "Figure 00" : "");
  auto body = document.theme.text("body");
  return body.size_pt * body.line_height * kMinLinesAtBreak;
}

void flow_table(Flow& flow, const model::Table& table, const model::Document& document,
                const std::string& label) {
  auto frames = layout_table(table, document.theme, flow.width(), label);
  double first_row = frames.rows.empty() ? 0 : frames.rows.front().size.height;
  flow.ensure_room(frames.title.size.height + frames.header.size.height + first_row);
  if (frames.title.size.height > 0) flow.place(frames.title, "table-title", "", "Caption");
  flow.place(frames.header, "table-header", "", "Table");
  for (auto& row : frames.rows) {
    if (row.size.height > flow.room()) {
      flow.new_page();
      flow.place(frames.header, "table-header", "", "Table");  // repeated on every page it reaches
    }
    flow.place(std::move(row), "table-row", "", "Table");
  }
  if (frames.source.size.height > 0) {
    flow.ensure_room(frames.source.size.height);
    flow.place(frames.source);
  }
}

std::string source_of(const model::Table& table) {
  std::string source = !table.spec.source.empty() ? table.spec.source : table.data->source;
  return source.empty() ? "" : "Source: " + source;
}

struct Heading {
  std::string text;
  int level;
};

// Every heading of the document in order, with the sources page's own heading last.
std::vector<Heading> headings_of(const model::Document& document) {
  std::vector<Heading> headings;
  for (const auto& block : document.blocks)
    if (const auto* heading = std::get_if<spec::Heading>(&block.content))
      headings.push_back({heading->text, heading->level});
  if (document.sources) headings.push_back({document.sources->title, 1});
  return headings;
}

}  // namespace

PagedDocument layout_document(const model::Document& document) {
  PagedDocument paged;
  paged.meta = document.meta;
  paged.page_size = document.page.size;
  const auto& theme = document.theme;
  Flow flow(document.page);

  if (document.cover) {
    flow.pages().push_back(layout_cover(document));
    flow.pages().back().add(scene::Anchor{{0, 0}, "cover"});
    paged.outline.push_back({document.meta.title, 1, "cover"});
  }
  // Contents pages are laid out twice: once to know how many pages they take, and once the
  // page labels are known. Their size does not depend on the labels.
  std::vector<ContentsEntry> contents_entries;
  {
    int index = 0;
    for (const auto& heading : headings_of(document)) {
      std::string destination = fmt::format("section-{}", ++index);
      if (document.contents && heading.level <= document.contents->depth)
        contents_entries.push_back({heading.text, heading.level, destination});
    }
  }
  int contents_first = static_cast<int>(flow.pages().size());
  int contents_pages = 0;
  if (document.contents) {
    contents_pages =
        static_cast<int>(layout_contents(contents_entries, document.contents->title, document,
                                         [](const std::string&) { return "00"; })
                             .size());
    for (int i = 0; i < contents_pages; ++i)
      flow.pages().push_back(scene::Frame{document.page.size, {}});
    paged.outline.push_back({document.contents->title, 1, "contents"});
  }
  int first_body_page = static_cast<int>(flow.pages().size());
  flow.new_page();

  std::map<std::string, int> page_of;  // named destination -> page index
  std::vector<FigureRecord> figures;
  int figure_count = 0, table_count = 0, section_count = 0;
  auto start_section = [&](const std::string& text, int level) {
    std::string destination = fmt::format("section-{}", ++section_count);
    flow.anchor(destination);
    page_of[destination] = flow.page_index();
    paged.outline.push_back({text, level, destination});
  };
  auto flow_heading = [&](const std::string& text, int level, double keep) {
    auto run = text::shape_text(text, theme.text(fmt::format("heading.{}", level)), {flow.width()});
    flow.ensure_room(theme.size("headingGapAbove") + run->size().height +
                     theme.size("headingGapBelow") + keep);
    flow.gap(theme.size("headingGapAbove"));
    start_section(text, level);
    flow.place_text(run, fmt::format("H{}", level));
    flow.gap(theme.size("headingGapBelow"));
  };

  for (size_t i = 0; i < document.blocks.size(); ++i) {
    const auto& block = document.blocks[i];
    const model::Block* next = i + 1 < document.blocks.size() ? &document.blocks[i + 1] : nullptr;
    if (const auto* heading = std::get_if<spec::Heading>(&block.content)) {
      double keep = std::min(keep_with_next_height(next, document), document.page.body.height / 2);
      flow_heading(heading->text, heading->level, keep);
    } else if (const auto* paragraph = std::get_if<spec::Paragraph>(&block.content)) {
      flow_paragraph(flow, paragraph->text, theme.text("body"));
      flow.gap(theme.size("paragraphGap"));
    } else if (const auto* chart = std::get_if<model::Chart>(&block.content)) {
      std::string label = is_figure(*chart) ? fmt::format("Figure {}", ++figure_count) : "";
      double height = chart::chart_height_for_width(*chart, theme, flow.width(), label);
      flow.gap(theme.size("chartGap") / 2);
      flow.ensure_room(height);  // charts never break across pages
      std::string description = chart::describe_chart(*chart);
      if (!label.empty()) {
        std::string destination = fmt::format("figure-{}", figure_count);
        flow.anchor(destination);
        figures.push_back({label, chart->spec.title, chart->source_line,
                           chart::describe_chart_data(*chart), destination});
      }
      flow.place(
          chart::layout_chart(*chart, theme, {flow.width(), height}, {.figure_label = label}),
          "chart:" + chart->spec.kind, description, "Figure");
      flow.gap(theme.size("chartGap"));
    } else if (const auto* table = std::get_if<model::Table>(&block.content)) {
      std::string label = fmt::format("Table {}", ++table_count);
      std::string destination = fmt::format("table-{}", table_count);
      flow.gap(theme.size("chartGap") / 2);
      flow.ensure_room(60);
      flow.anchor(destination);
      figures.push_back({label, table->spec.title, source_of(*table), "", destination});
      flow_table(flow, *table, document, label);
      flow.gap(theme.size("chartGap"));
    } else if (!flow.at_top()) {
      flow.new_page();  // a break at the top of a page would only leave a blank page
    }
  }

  if (document.sources && !figures.empty()) {
    flow.new_page();
    flow_heading(document.sources->title, 1, 0);
    flow_sources(flow, figures, *document.sources, theme);
  }

  auto& pages = flow.pages();
  for (int i = 0; i < static_cast<int>(pages.size()); ++i)
    paged.page_labels.push_back(i < first_body_page ? roman_numeral(i + 1)
                                                    : std::to_string(i - first_body_page + 1));
  if (document.contents) {
    auto contents = layout_contents(
        contents_entries, document.contents->title, document,
        [&](const std::string& destination) { return paged.page_labels[page_of[destination]]; });
    for (int i = 0; i < contents_pages && i < static_cast<int>(contents.size()); ++i) {
      auto& page = pages[contents_first + i];
      if (i == 0) page.add(scene::Anchor{{document.page.body.x, document.page.body.y}, "contents"});
      page.group({document.page.body.x, document.page.body.y}, std::move(contents[i]), "contents",
                 "", "TOC");
    }
  }
  add_page_furniture(pages, paged.page_labels, first_body_page, document);
  paged.pages = std::move(pages);
  return paged;
}

}  // namespace folio::layout
