#include "layout/blocks.h"

#include <fmt/format.h>

#include <algorithm>

#include "chart/chart_cache.h"
#include "chart/layout_chart.h"
#include "kind/chart_kind.h"
#include "layout/table_layout.h"

namespace folio::layout {
namespace {

constexpr double kCalloutPadding = 10, kCalloutBar = 3, kListIndent = 16;

bool is_figure(const model::Chart& chart) {
  return kind::find_chart_kind(chart.spec.kind)->can.figure;
}

text::ShapedTextPtr list_marker(const spec::List& list, size_t index, const model::Theme& theme) {
  return text::shape_text(list.ordered ? fmt::format("{}.", index + 1) : "•",
                          theme.text("list.marker"));
}

// How much of the next block a heading needs beside it so that it never ends a page alone.
double keep_with_next_height(const model::Block* next, const model::Document& document) {
  if (!next) return 0;
  double width = document.page.body.width;
  if (const auto* chart = std::get_if<model::Chart>(&next->content))
    return chart::chart_height_for_width(*chart, document.theme, width,
                                         is_figure(*chart) ? "Figure 00" : "");
  auto body = document.theme.text("body");
  return body.size_pt * body.line_height * 2;
}

std::string source_of(const model::Table& table) {
  std::string source = !table.spec.source.empty() ? table.spec.source : table.data->source;
  return source.empty() ? "" : "Source: " + source;
}

// A chart laid out at `width` (and at least `min_height`), numbered if it is a figure, and
// recorded for the sources page.
scene::Frame chart_frame(BodyContext& context, const model::Chart& chart, double width,
                         std::string& label, double min_height = 0) {
  const auto& theme = context.document.theme;
  label = is_figure(chart) ? fmt::format("Figure {}", ++context.figure_count) : "";
  double height = std::max(min_height, chart::chart_height_for_width(chart, theme, width, label));
  if (!label.empty()) {
    context.figures.push_back({label, chart.spec.title, chart.source_line,
                               chart::describe_chart_data(chart),
                               fmt::format("figure-{}", context.figure_count)});
  }
  chart::ChartLayoutOptions options{.background = false, .figure_label = label};
  if (context.charts) return context.charts->layout(chart, theme, {width, height}, options);
  return chart::layout_chart(chart, theme, {width, height}, options);
}

// A figure taller than a whole page cannot move to the next page and must not break: it is
// shrunk to the page's height, centred, as a last resort (ReportLab's shrink-to-fit).
scene::Frame fit_to_page(scene::Frame frame, double page_height) {
  if (frame.size.height <= page_height) return frame;
  double scale = page_height / frame.size.height, width = frame.size.width;
  scene::Frame fitted{{width, page_height}, {}};
  fitted.group({(width - width * scale) / 2, 0}, std::move(frame), "", "", "", scale);
  return fitted;
}

scene::Frame callout_frame(BodyContext& context, const spec::Callout& callout, double width,
                           std::vector<text::ShapedTextPtr>& notes) {
  const auto& theme = context.document.theme;
  double inner = width - 2 * kCalloutPadding - kCalloutBar;
  double x = kCalloutBar + kCalloutPadding, y = kCalloutPadding;
  scene::Frame content{{width, 0}, {}};
  if (!callout.title.empty()) {
    auto title = text::shape_text(callout.title, theme.text("callout.title"), {inner});
    content.text({x, y}, title);
    y += title->size().height + 3;
  }
  auto style = context.body_style();
  style.text = theme.text("callout.text");
  auto text = paragraph_frame(callout.text, style, inner, context.footnotes, notes);
  double text_height = text.size.height;
  content.group({x, y}, std::move(text));
  y += text_height + kCalloutPadding;
  scene::Frame frame{{width, y}, {}};
  frame.fill(scene::Path::rectangle({0, 0, width, y}), theme.color("callout"));
  frame.fill(scene::Path::rectangle({0, 0, kCalloutBar, y}), theme.color("accent"));
  frame.items.insert(frame.items.end(), content.items.begin(), content.items.end());
  return frame;
}

scene::Frame list_frame(BodyContext& context, const spec::List& list, double width,
                        std::vector<text::ShapedTextPtr>& notes) {
  scene::Frame frame{{width, 0}, {}};
  double y = 0;
  for (size_t i = 0; i < list.items.size(); ++i) {
    auto style = context.body_style();
    style.indent = kListIndent;
    style.marker = list_marker(list, i, context.document.theme);
    auto item = paragraph_frame(list.items[i], style, width, context.footnotes, notes);
    double height = item.size.height;
    frame.group({0, y}, std::move(item), "", "", "LI");
    y += height + 3;
  }
  frame.size.height = y - 3;
  return frame;
}

// The frame a grid cell shows for a block; the kinds a grid may hold are checked when parsing.
scene::Frame cell_frame(BodyContext& context, const model::Block& block, double width,
                        std::vector<text::ShapedTextPtr>& notes, std::string& structure,
                        double row_height) {
  if (const auto* chart = std::get_if<model::Chart>(&block.content)) {
    std::string label;
    structure = "Figure";
    return chart_frame(context, *chart, width, label, row_height);
  }
  if (const auto* paragraph = std::get_if<spec::Paragraph>(&block.content)) {
    structure = "P";
    return paragraph_frame(paragraph->text, context.body_style(), width, context.footnotes, notes);
  }
  if (const auto* list = std::get_if<spec::List>(&block.content)) {
    structure = "L";
    return list_frame(context, *list, width, notes);
  }
  structure = "Note";
  return callout_frame(context, std::get<spec::Callout>(block.content), width, notes);
}

void flow_grid(BodyContext& context, const model::Grid& grid) {
  auto& flow = context.flow;
  int columns = grid.spec.columns;
  double gap = grid.spec.gap_pt;
  double cell_width = (flow.width() - (columns - 1) * gap) / columns;
  // Too narrow a page for side by side: the blocks follow each other instead.
  if (columns == 1 || cell_width < grid.spec.min_column_width_pt) {
    for (size_t i = 0; i < grid.blocks.size(); ++i)
      flow_block(context, grid.blocks[i],
                 i + 1 < grid.blocks.size() ? &grid.blocks[i + 1] : nullptr);
    return;
  }
  const auto& theme = context.document.theme;
  for (size_t first = 0; first < grid.blocks.size(); first += columns) {
    size_t last = std::min(grid.blocks.size(), first + columns);
    // Charts in a row share its height, so that their plots and source lines line up.
    double chart_height = 0;
    for (size_t i = first; i < last; ++i)
      if (const auto* chart = std::get_if<model::Chart>(&grid.blocks[i].content))
        chart_height = std::max(
            chart_height, chart::chart_height_for_width(*chart, theme, cell_width,
                                                        is_figure(*chart) ? "Figure 00" : ""));
    // A row too tall for any page (a tall timeline in a narrow column) is better stacked, each
    // block at the full width, where it is shorter.
    if (chart_height > flow.page_height()) {
      for (size_t i = first; i < last; ++i)
        flow_block(context, grid.blocks[i], i + 1 < last ? &grid.blocks[i + 1] : nullptr);
      continue;
    }
    scene::Frame row{{flow.width(), 0}, {}};
    std::vector<text::ShapedTextPtr> notes;
    std::vector<std::string> destinations;
    for (size_t i = first; i < last; ++i) {
      int figures_before = context.figure_count;
      std::string structure;
      auto cell = cell_frame(context, grid.blocks[i], cell_width, notes, structure, chart_height);
      if (context.figure_count > figures_before)
        destinations.push_back(context.figures.back().destination);
      row.size.height = std::max(row.size.height, cell.size.height);
      row.group({(i - first) * (cell_width + gap), 0}, std::move(cell), "grid-cell", "", structure);
    }
    row = fit_to_page(std::move(row), flow.page_height());
    flow.gap(context.document.theme.size("chartGap") / 2);
    flow.ensure_room(row.size.height);  // a row of the grid never breaks across pages
    for (const auto& destination : destinations) flow.anchor(destination);
    for (auto& note : notes) flow.add_footnote(note);
    flow.place(std::move(row), "grid");
    flow.gap(context.document.theme.size("chartGap"));
  }
}

void flow_table(BodyContext& context, const model::Table& table) {
  auto& flow = context.flow;
  const auto& theme = context.document.theme;
  std::string label = fmt::format("Table {}", ++context.table_count);
  std::string destination = fmt::format("table-{}", context.table_count);
  context.figures.push_back({label, table.spec.title, source_of(table), "", destination});
  auto frames = layout_table(table, theme, flow.width(), label);
  double first_rows = 0;  // a table does not start with a lone row at the foot of a page
  for (size_t i = 0; i < std::min<size_t>(3, frames.rows.size()); ++i)
    first_rows += frames.rows[i].size.height;
  flow.gap(theme.size("chartGap") / 2);
  flow.ensure_room(frames.title.size.height + frames.header.size.height + first_rows);
  flow.anchor(destination);
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
  flow.gap(theme.size("chartGap"));
}

}  // namespace

ParagraphStyle BodyContext::body_style() const {
  const auto& theme = document.theme;
  return {theme.text("body"), theme.text("footnote"), theme.color("link"), 0, nullptr, "P"};
}

void flow_heading(BodyContext& context, const std::string& text, int level, double keep_height) {
  const auto& theme = context.document.theme;
  auto& flow = context.flow;
  auto run = text::shape_text(text, theme.text(fmt::format("heading.{}", level)), {flow.width()});
  flow.ensure_room(theme.size("headingGapAbove") + run->size().height +
                   theme.size("headingGapBelow") + keep_height);
  flow.gap(theme.size("headingGapAbove"));
  std::string destination = fmt::format("section-{}", ++context.section_count);
  flow.anchor(destination);
  context.page_of[destination] = flow.page_index();
  context.paged.outline.push_back({text, level, destination});
  flow.place_text(run, fmt::format("H{}", level));
  flow.gap(theme.size("headingGapBelow"));
}

void flow_block(BodyContext& context, const model::Block& block, const model::Block* next) {
  const auto& document = context.document;
  const auto& theme = document.theme;
  auto& flow = context.flow;
  if (const auto* heading = std::get_if<spec::Heading>(&block.content)) {
    double keep = std::min(keep_with_next_height(next, document), document.page.body.height / 2);
    flow_heading(context, heading->text, heading->level, keep);
  } else if (const auto* paragraph = std::get_if<spec::Paragraph>(&block.content)) {
    flow_paragraph(flow, paragraph->text, context.body_style(), context.footnotes);
    flow.gap(theme.size("paragraphGap"));
  } else if (const auto* list = std::get_if<spec::List>(&block.content)) {
    for (size_t i = 0; i < list->items.size(); ++i) {
      auto style = context.body_style();
      style.indent = kListIndent;
      style.marker = list_marker(*list, i, theme);
      style.structure = "LI";
      flow_paragraph(flow, list->items[i], style, context.footnotes);
      flow.gap(3);
    }
    flow.gap(theme.size("paragraphGap"));
  } else if (const auto* callout = std::get_if<spec::Callout>(&block.content)) {
    std::vector<text::ShapedTextPtr> notes;
    auto frame = callout_frame(context, *callout, flow.width(), notes);
    flow.gap(theme.size("paragraphGap"));
    flow.ensure_room(frame.size.height);  // a callout box never breaks
    for (auto& note : notes) flow.add_footnote(note);
    flow.place(std::move(frame), "callout", "", "Note");
    flow.gap(theme.size("paragraphGap") + 4);
  } else if (const auto* chart = std::get_if<model::Chart>(&block.content)) {
    std::string label;
    auto frame = fit_to_page(chart_frame(context, *chart, flow.width(), label), flow.page_height());
    flow.gap(theme.size("chartGap") / 2);
    flow.ensure_room(frame.size.height);  // charts never break across pages
    if (!label.empty()) flow.anchor(context.figures.back().destination);
    flow.place(std::move(frame), "chart:" + chart->spec.kind, chart::describe_chart(*chart),
               "Figure");
    flow.gap(theme.size("chartGap"));
  } else if (const auto* table = std::get_if<model::Table>(&block.content)) {
    flow_table(context, *table);
  } else if (const auto* grid = std::get_if<model::Grid>(&block.content)) {
    flow_grid(context, *grid);
  } else if (!flow.at_top()) {
    flow.new_page();  // a break at the top of a page would only leave a blank page
  }
}

}  // namespace folio::layout
