#include "layout/blocks.h"

#include <fmt/format.h>

#include <algorithm>
#include <span>

#include "chart/chart_cache.h"
#include "chart/layout_chart.h"
#include "kind/chart_kind.h"
#include "layout/table_layout.h"
#include "text/passage_language.h"

namespace folio::layout {
namespace {

constexpr double kCalloutPadding = 10, kCalloutBar = 3, kListIndent = 16;

bool is_figure(const model::Chart& chart) {
  return kind::find_chart_kind(chart.spec.kind)->can.figure;
}

text::ShapedTextPtr list_marker(const spec::List& list, size_t index, const model::Theme& theme) {
  return text::shape_text(list.ordered ? fmt::format("{}.", index + 1) : "•",
                          theme.text(model::TextRole::list_marker));
}

// A figure or table label as wide as any this document will number, for measuring.
std::string widest_label(const BodyContext& context, const char* id) {
  return context.document.messages.format(id, {{"number", 88.0}});
}

std::string source_of(const model::Table& table) {
  std::string source = !table.spec.source.empty() ? table.spec.source : table.data->source;
  return source.empty() ? "" : table.messages.format("source", {{"source", source}});
}

// A chart laid out at `width` (and at least `min_height`), numbered if it is a figure, and
// recorded for the sources page.
// The figure's label, title and subtitle as its Caption in a tagged PDF: the head texts in a
// group of their own, at the places they had.
scene::Frame with_caption(scene::Frame frame, const chart::ChartParts& parts) {
  if (parts.head == 0 || parts.first + parts.head > frame.items.size()) return frame;
  scene::Frame caption{frame.size, {}}, tagged{frame.size, {}};
  size_t end = parts.first + parts.head;
  for (size_t i = parts.first; i < end; ++i) caption.items.push_back(std::move(frame.items[i]));
  for (size_t i = 0; i < parts.first; ++i) tagged.items.push_back(std::move(frame.items[i]));
  tagged.group({0, 0}, std::move(caption), "", "", "Caption");
  for (size_t i = end; i < frame.items.size(); ++i)
    tagged.items.push_back(std::move(frame.items[i]));
  return tagged;
}

scene::Frame chart_frame(BodyContext& context, const model::Chart& chart, double width,
                         std::string& label, double min_height = 0) {
  const auto& theme = context.document.theme;
  label = is_figure(chart)
              ? context.document.messages.format(
                    "figure", {{"number", static_cast<double>(++context.figure_count)}})
              : "";
  double height = std::max(min_height, chart::chart_height_for_width(chart, theme, width, label));
  if (!label.empty()) {
    context.figures.push_back({label, chart.spec.title, chart.source_line,
                               chart::describe_chart_data(chart),
                               fmt::format("figure-{}", context.figure_count)});
  }
  chart::ChartLayoutOptions options{.background = false, .figure_label = label};
  auto frame = context.charts ? context.charts->layout(chart, theme, {width, height}, options)
                              : chart::layout_chart(chart, theme, {width, height}, options);
  return with_caption(std::move(frame), chart::chart_part_indices(chart, options));
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

// A block right under a heading that is too tall for the room left: shrunk to the room, so
// that the heading does not end the page. The heading kept room for all of it unless it is
// nearly a page tall, so this shrinks only such blocks, and only a little.
scene::Frame fit_under_heading(BodyContext& context, scene::Frame frame) {
  auto& flow = context.flow;
  if (!context.after_heading || frame.size.height <= flow.room()) return frame;
  if (flow.room() < frame.size.height * 0.5) return frame;
  return fit_to_page(std::move(frame), flow.room());
}

scene::Frame callout_frame(BodyContext& context, const spec::Callout& callout, double width,
                           std::vector<text::ShapedTextPtr>& notes) {
  const auto& theme = context.document.theme;
  double inner = width - 2 * kCalloutPadding - kCalloutBar;
  double x = kCalloutBar + kCalloutPadding, y = kCalloutPadding;
  scene::Frame content{{width, 0}, {}};
  if (!callout.title.empty()) {
    auto title =
        text::shape_text(callout.title, theme.text(model::TextRole::callout_title), {inner});
    content.text({x, y}, title);
    y += title->size().height + 3;
  }
  auto style = context.body_style();
  style.text = theme.text(model::TextRole::callout_text);
  auto text = paragraph_frame(callout.text, style, inner, context.footnotes, notes);
  double text_height = text.size.height;
  content.group({x, y}, std::move(text));
  y += text_height + kCalloutPadding;
  scene::Frame frame{{width, y}, {}};
  frame.fill(scene::Path::rectangle({0, 0, width, y}), theme.colors().callout);
  frame.fill(scene::Path::rectangle({0, 0, kCalloutBar, y}), theme.colors().accent);
  frame.items.insert(frame.items.end(), content.items.begin(), content.items.end());
  return frame;
}

// The callout's box for text too long for one page: each piece gets the tint and the bar, the
// first the title too.
ParagraphBox callout_box(const spec::Callout& callout, const model::Theme& theme, double width) {
  double inner = width - 2 * kCalloutPadding - kCalloutBar;
  text::ShapedTextPtr title;
  if (!callout.title.empty())
    title = text::shape_text(callout.title, theme.text(model::TextRole::callout_title), {inner});
  ParagraphBox box;
  box.top = box.bottom = box.right = kCalloutPadding;
  box.left = kCalloutBar + kCalloutPadding;
  box.first_top = title ? title->size().height + 3 : 0;
  box.wrap = [=, &theme](scene::Frame text, bool first) {
    double x = kCalloutBar + kCalloutPadding, y = kCalloutPadding;
    double height = kCalloutPadding + (first && title ? title->size().height + 3 : 0) +
                    text.size.height + kCalloutPadding;
    scene::Frame frame{{width, height}, {}};
    frame.fill(scene::Path::rectangle({0, 0, width, height}), theme.colors().callout);
    frame.fill(scene::Path::rectangle({0, 0, kCalloutBar, height}), theme.colors().accent);
    if (first && title) {
      frame.text({x, y}, title);
      y += title->size().height + 3;
    }
    frame.group({x, y}, std::move(text));
    return frame;
  };
  return box;
}

scene::Frame list_frame(BodyContext& context, const spec::List& list, double width,
                        std::vector<text::ShapedTextPtr>& notes) {
  scene::Frame frame{{width, 0}, {}};
  double y = 0;
  for (size_t i = 0; i < list.items.size(); ++i) {
    auto style = context.body_style();
    style.indent = kListIndent;
    style.marker = list_marker(list, i, context.document.theme);
    style.item_key = fmt::format("item-{}", i);  // tags the marker Lbl and the text LBody
    auto item = paragraph_frame(list.items[i], style, width, context.footnotes, notes);
    double height = item.size.height;
    frame.group({0, y}, std::move(item), "", "", "LI");
    y += height + 3;
  }
  frame.size.height = y - 3;
  return frame;
}

// The frame a grid cell shows for a block; the kinds a grid may hold are checked when parsing.
// (The structure names are move-assigned: GCC 12 reports a false -Wrestrict for a literal.)
scene::Frame cell_frame(BodyContext& context, const model::Block& block, double width,
                        std::vector<text::ShapedTextPtr>& notes, std::string& structure,
                        std::string& alternative, double row_height) {
  if (const auto* chart = std::get_if<model::Chart>(&block.content)) {
    std::string label;
    structure = std::string("Figure");
    alternative = chart::describe_chart(*chart);
    return chart_frame(context, *chart, width, label, row_height);
  }
  if (const auto* paragraph = std::get_if<spec::Paragraph>(&block.content)) {
    structure = std::string("P");
    return paragraph_frame(paragraph->text, context.body_style(), width, context.footnotes, notes);
  }
  if (const auto* list = std::get_if<spec::List>(&block.content)) {
    structure = std::string("L");
    return list_frame(context, *list, width, notes);
  }
  structure = std::string("Div");
  return callout_frame(context, std::get<spec::Callout>(block.content), width, notes);
}

double grid_cell_width(const spec::Grid& grid, double width) {
  return (width - (grid.columns - 1) * grid.gap_pt) / grid.columns;
}

// Too narrow a page for side by side: the blocks follow each other instead.
bool grid_is_stacked(const spec::Grid& grid, double width) {
  return grid.columns == 1 || grid_cell_width(grid, width) < grid.min_column_width_pt;
}

// Charts in a row share its height, so that their plots and source lines line up.
double grid_chart_height(const BodyContext& context, const model::Grid& grid,
                         const model::Theme& theme, size_t first, size_t last, double cell_width) {
  double height = 0;
  for (size_t i = first; i < last; ++i)
    if (const auto* chart = std::get_if<model::Chart>(&grid.blocks[i].content))
      height = std::max(height, chart::chart_height_for_width(
                                    *chart, theme, cell_width,
                                    is_figure(*chart) ? widest_label(context, "figure") : ""));
  return height;
}

// The first row's height, measured without numbering figures or footnotes.
double first_row_height(BodyContext& context, const model::Grid& grid) {
  const auto& theme = context.document.theme;
  double cell_width = grid_cell_width(grid.spec, context.flow.width());
  size_t last = std::min(grid.blocks.size(), static_cast<size_t>(grid.spec.columns));
  double height = grid_chart_height(context, grid, theme, 0, last, cell_width);
  auto counter = context.footnotes;
  for (size_t i = 0; i < last; ++i) {
    if (std::holds_alternative<model::Chart>(grid.blocks[i].content)) continue;
    std::vector<text::ShapedTextPtr> notes;
    std::string structure, alternative;
    height = std::max(
        height, cell_frame(context, grid.blocks[i], cell_width, notes, structure, alternative, 0)
                    .size.height);
  }
  context.footnotes = counter;
  return height;
}

void flow_grid(BodyContext& context, const model::Grid& grid) {
  auto& flow = context.flow;
  int columns = grid.spec.columns;
  double gap = grid.spec.gap_pt;
  double cell_width = grid_cell_width(grid.spec, flow.width());
  std::span<const model::Block> blocks(grid.blocks);
  if (grid_is_stacked(grid.spec, flow.width())) {
    for (size_t i = 0; i < blocks.size(); ++i)
      flow_block(context, blocks[i], blocks.subspan(i + 1));
    return;
  }
  const auto& theme = context.document.theme;
  for (size_t first = 0; first < grid.blocks.size(); first += columns) {
    size_t last = std::min(grid.blocks.size(), first + columns);
    double chart_height = grid_chart_height(context, grid, theme, first, last, cell_width);
    // A row too tall for any page (a tall timeline in a narrow column) is better stacked, each
    // block at the full width, where it is shorter.
    if (chart_height > flow.page_height()) {
      for (size_t i = first; i < last; ++i)
        flow_block(context, blocks[i], blocks.subspan(i + 1, last - i - 1));
      continue;
    }
    scene::Frame row{{flow.width(), 0}, {}};
    std::vector<text::ShapedTextPtr> notes;
    std::vector<std::string> destinations;
    for (size_t i = first; i < last; ++i) {
      int figures_before = context.figure_count;
      std::string structure, alternative;
      auto cell = cell_frame(context, grid.blocks[i], cell_width, notes, structure, alternative,
                             chart_height);
      if (context.figure_count > figures_before)
        destinations.push_back(context.figures.back().destination);
      row.size.height = std::max(row.size.height, cell.size.height);
      row.group({(i - first) * (cell_width + gap), 0}, std::move(cell), "grid-cell", alternative,
                structure);
    }
    row = fit_to_page(std::move(row), flow.page_height());
    flow.gap(context.document.theme.sizes().chart_gap / 2);
    if (first == 0) row = fit_under_heading(context, std::move(row));
    flow.ensure_room(row.size.height);  // a row of the grid never breaks across pages
    for (const auto& destination : destinations) flow.anchor(destination);
    for (auto& note : notes) flow.add_footnote(note);
    flow.place(std::move(row), "grid");
    flow.gap(context.document.theme.sizes().chart_gap);
  }
}

// What must stand together where a table starts: its title, header and first three rows (all
// of a table of three rows or fewer, with its source line), so no page holds its header alone.
double table_start_height(const TableFrames& frames) {
  size_t rows = frames.rows.size() <= 3 ? frames.rows.size() : 3;
  double height = frames.title.size.height + frames.header.size.height;
  for (size_t i = 0; i < rows; ++i) height += frames.rows[i].size.height;
  if (rows == frames.rows.size()) height += frames.source.size.height;
  return height;
}

// Rows never break, and every page a table reaches holds at least two of its rows: the last
// two rows (the totals row is the last) and the source line go to the next page together
// rather than leave one row, or the source line, alone there.
void flow_table(BodyContext& context, const model::Table& table) {
  auto& flow = context.flow;
  const auto& theme = context.document.theme;
  std::string label = context.document.messages.format(
      "table", {{"number", static_cast<double>(++context.table_count)}});
  std::string destination = fmt::format("table-{}", context.table_count);
  context.figures.push_back({label, table.spec.title, source_of(table), "", destination});
  auto frames = layout_table(table, theme, flow.width(), label);
  // A row taller than a page under its header (a whole essay in one cell) is shrunk to fit.
  for (auto& row : frames.rows)
    row = fit_to_page(std::move(row), flow.page_height() - frames.header.size.height);
  flow.gap(theme.sizes().chart_gap / 2);
  flow.ensure_room(table_start_height(frames));
  flow.anchor(destination);
  // One Table element however many pages it reaches: its caption, header and body rows are
  // placed as parts of the element keyed by the table's destination.
  scene::Structure table_element("Table", destination);
  auto part = [&destination](scene::Frame frame, const char* group) {
    return scene::wrapped(scene::wrapped(std::move(frame), "TR"),
                          scene::Structure(group, destination));
  };
  if (frames.title.size.height > 0)
    flow.place(scene::wrapped(frames.title, "Caption"), "table-title", "", table_element);
  flow.place(part(frames.header, "THead"), "table-header", "", table_element);
  size_t count = frames.rows.size(), on_page = 0;
  double source = frames.source.size.height;
  for (size_t i = 0; i < count; ++i) {
    // What must follow on this page if row i goes here: the rest of the table when only the
    // last row would be left, and the source line after the last row.
    double needed = frames.rows[i].size.height;
    if (i + 2 == count) needed += frames.rows[i + 1].size.height + source;
    bool breaks = i + 2 == count ? needed > flow.room() && on_page >= 2
                                 : frames.rows[i].size.height > flow.room() && on_page > 0;
    if (breaks) {
      flow.new_page();
      // Repeated on every page it reaches: pagination, read once.
      flow.place(frames.header, "table-header", "", "Artifact");
      on_page = 0;
    }
    flow.place(part(std::move(frames.rows[i]), "TBody"), "table-row", "", table_element);
    ++on_page;
  }
  if (source > 0) {
    flow.ensure_room(source);
    flow.place(frames.source, "table-source", "", "P");
  }
  flow.gap(theme.sizes().chart_gap);
}

ParagraphStyle list_item_style(const BodyContext& context, const spec::List& list, size_t index) {
  auto style = context.body_style();
  style.indent = kListIndent;
  style.marker = list_marker(list, index, context.document.theme);
  style.structure = "LI";
  style.list_key = fmt::format("list-{}", context.list_count);
  style.item_key = fmt::format("list-{}-item-{}", context.list_count, index);
  return style;
}

// The height of a heading with the gaps around it.
double heading_height(const model::Theme& theme, const std::string& text, int level, double width) {
  auto run = text::shape_text(text, theme.text(model::heading_role(level)), {width});
  return theme.sizes().heading_gap_above + run->size().height + theme.sizes().heading_gap_below;
}

// How much of `blocks` (from the first) must stand on the same page as a heading above them,
// mirroring where each kind of block itself refuses to break: a chart, callout or grid row
// whole, a paragraph's or list's first lines, a table's title, header and first rows, and a
// following heading together with what it keeps in turn.
double head_height(BodyContext& context, std::span<const model::Block> blocks) {
  if (blocks.empty()) return 0;
  const auto& block = blocks.front();
  const auto& theme = context.document.theme;
  auto& flow = context.flow;
  double width = flow.width();
  if (const auto* heading = std::get_if<spec::Heading>(&block.content))
    return heading_height(theme, heading->text, heading->level, width) +
           head_height(context, blocks.subspan(1));
  if (const auto* paragraph = std::get_if<spec::Paragraph>(&block.content))
    return paragraph_head_height(paragraph->text, context.body_style(), width);
  if (const auto* list = std::get_if<spec::List>(&block.content))
    return list->items.empty() ? 0
                               : paragraph_head_height(list->items.front(),
                                                       list_item_style(context, *list, 0), width);
  if (const auto* callout = std::get_if<spec::Callout>(&block.content)) {
    std::vector<text::ShapedTextPtr> notes;
    auto counter = context.footnotes;  // measuring numbers no footnotes
    double height = callout_frame(context, *callout, width, notes).size.height;
    context.footnotes = counter;
    if (height > flow.page_height()) {  // it will break: its title and first lines
      auto box = callout_box(*callout, theme, width);
      auto style = context.body_style();
      style.text = theme.text(model::TextRole::callout_text);
      height = box.top + box.first_top + box.bottom +
               paragraph_head_height(callout->text, style, width - box.left - box.right);
    }
    return theme.sizes().paragraph_gap + height;
  }
  if (const auto* chart = std::get_if<model::Chart>(&block.content))
    return theme.sizes().chart_gap / 2 +
           std::min(
               flow.page_height(),
               chart::chart_height_for_width(
                   *chart, theme, width, is_figure(*chart) ? widest_label(context, "figure") : ""));
  if (const auto* table = std::get_if<model::Table>(&block.content))
    return theme.sizes().chart_gap / 2 +
           table_start_height(layout_table(*table, theme, width, widest_label(context, "table")));
  if (const auto* grid = std::get_if<model::Grid>(&block.content)) {
    if (grid_is_stacked(grid->spec, width)) return head_height(context, grid->blocks);
    return theme.sizes().chart_gap / 2 +
           std::min(flow.page_height(), first_row_height(context, *grid));
  }
  // A page break: nothing to keep, unless it was taken before the heading.
  return context.skip_page_break ? head_height(context, blocks.subspan(1)) : 0;
}

}  // namespace

ParagraphStyle BodyContext::body_style() const {
  const auto& theme = document.theme;
  return {theme.text(model::TextRole::body),
          theme.text(model::TextRole::footnote),
          theme.colors().link,
          0,
          nullptr,
          "P",
          "",
          "",
          document.meta.language};
}

void flow_heading(BodyContext& context, const std::string& text, int level, double keep_height) {
  const auto& theme = context.document.theme;
  auto& flow = context.flow;
  auto run = text::shape_text(text, theme.text(model::heading_role(level)), {flow.width()});
  flow.ensure_room(theme.sizes().heading_gap_above + run->size().height +
                   theme.sizes().heading_gap_below + keep_height);
  flow.gap(theme.sizes().heading_gap_above);
  std::string destination = fmt::format("section-{}", ++context.section_count);
  flow.anchor(destination);
  context.page_of[destination] = flow.page_index();
  context.paged.outline.push_back({text, level, destination});
  // Tagged no deeper than one level below the heading before: PDF/UA forbids skipped levels
  // (an H3 straight after an H1 reads as an H2), whatever size the document gives it.
  int tagged_level = std::min(level, context.tagged_heading_level + 1);
  context.tagged_heading_level = tagged_level;
  scene::Structure element(fmt::format("H{}", tagged_level));
  element.language = text::passage_language(text, context.document.meta.language);
  flow.place_text(run, element);
  flow.gap(theme.sizes().heading_gap_below);
}

void flow_block(BodyContext& context, const model::Block& block,
                std::span<const model::Block> following) {
  const auto& document = context.document;
  const auto& theme = document.theme;
  auto& flow = context.flow;
  flow.set_source(block.pointer);
  bool after_heading = context.after_heading;
  context.after_heading = false;
  if (const auto* heading = std::get_if<spec::Heading>(&block.content)) {
    // A page break right after headings would leave them alone at a page's foot: the break is
    // taken before the first of them instead, which opens the new page.
    size_t run = 0;  // the headings that follow this one directly
    while (run < following.size() && std::holds_alternative<spec::Heading>(following[run].content))
      ++run;
    if (!context.skip_page_break && run < following.size() &&
        std::holds_alternative<spec::PageBreak>(following[run].content)) {
      if (!flow.at_top()) flow.new_page();
      context.skip_page_break = true;
    }
    // All the heading keeps must fit on one page with it; what is taller is shrunk to fit.
    double own = heading_height(theme, heading->text, heading->level, flow.width());
    double keep = std::min(head_height(context, following), flow.page_height() - own);
    // Under another heading the first of the run already kept room for the whole run: this
    // one never breaks from it, and what follows is shrunk to the room left if need be.
    if (after_heading) keep = std::min(keep, std::max(0.0, flow.room() - own));
    flow_heading(context, heading->text, heading->level, keep);
    context.after_heading = true;
  } else if (const auto* paragraph = std::get_if<spec::Paragraph>(&block.content)) {
    flow_paragraph(flow, paragraph->text, context.body_style(), context.footnotes);
    flow.gap(theme.sizes().paragraph_gap);
  } else if (const auto* list = std::get_if<spec::List>(&block.content)) {
    ++context.list_count;
    for (size_t i = 0; i < list->items.size(); ++i) {
      flow_paragraph(flow, list->items[i], list_item_style(context, *list, i), context.footnotes);
      flow.gap(3);
    }
    flow.gap(theme.sizes().paragraph_gap);
  } else if (const auto* callout = std::get_if<spec::Callout>(&block.content)) {
    std::vector<text::ShapedTextPtr> notes;
    auto counter = context.footnotes;  // numbered again below if the box must break
    auto frame = callout_frame(context, *callout, flow.width(), notes);
    flow.gap(theme.sizes().paragraph_gap);
    if (frame.size.height <= flow.page_height()) {
      flow.ensure_room(frame.size.height);  // a callout box breaks only when taller than a page
      for (auto& note : notes) flow.add_footnote(note);
      flow.place(std::move(frame), "callout", "", "Div");
    } else {
      context.footnotes = counter;
      auto box = callout_box(*callout, theme, flow.width());
      auto style = context.body_style();
      style.text = theme.text(model::TextRole::callout_text);
      flow_paragraph(flow, callout->text, style, context.footnotes, &box);
    }
    flow.gap(theme.sizes().paragraph_gap + 4);
  } else if (const auto* chart = std::get_if<model::Chart>(&block.content)) {
    std::string label;
    auto frame = fit_to_page(chart_frame(context, *chart, flow.width(), label), flow.page_height());
    flow.gap(theme.sizes().chart_gap / 2);
    context.after_heading = after_heading;
    frame = fit_under_heading(context, std::move(frame));
    context.after_heading = false;
    flow.ensure_room(frame.size.height);  // charts never break across pages
    if (!label.empty()) flow.anchor(context.figures.back().destination);
    flow.place(std::move(frame), "chart:" + chart->spec.kind, chart::describe_chart(*chart),
               "Figure");
    flow.gap(theme.sizes().chart_gap);
  } else if (const auto* table = std::get_if<model::Table>(&block.content)) {
    flow_table(context, *table);
  } else if (const auto* grid = std::get_if<model::Grid>(&block.content)) {
    context.after_heading = after_heading;
    flow_grid(context, *grid);
    context.after_heading = false;
  } else if (context.skip_page_break) {
    context.skip_page_break = false;  // taken before the heading it follows
    context.after_heading = after_heading;
  } else if (!flow.at_top()) {
    flow.new_page();  // a break at the top of a page would only leave a blank page
  }
}

}  // namespace folio::layout
