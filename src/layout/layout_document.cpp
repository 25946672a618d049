#include <fmt/format.h>

#include <algorithm>

#include "chart/layout_chart.h"
#include "layout/cover.h"
#include "layout/paged_document.h"
#include "layout/table_layout.h"
#include "text/shaped_text.h"

namespace folio::layout {
namespace {

constexpr int kMinLinesAtBreak = 2;  // no orphan or widow lines when a paragraph breaks

// Fills pages top to bottom. Knows nothing of block kinds beyond "a frame of some height".
class Flow {
 public:
  explicit Flow(const model::Document& document) : page_(document.page) {}

  double room() const { return page_.body.bottom() - y_; }
  bool at_top() const { return y_ <= page_.body.y + 0.01; }

  void new_page() {
    pages_.push_back(scene::Frame{page_.size, {}});
    y_ = page_.body.y;
  }

  void ensure_room(double height) {
    if (pages_.empty() || (height > room() && !at_top())) new_page();
  }

  void gap(double height) {
    if (!at_top()) y_ += height;
  }

  void place(scene::Frame frame, const std::string& role = "", const std::string& alt = "") {
    double height = frame.size.height;
    pages_.back().group({page_.body.x, y_}, std::move(frame), role, alt);
    y_ += height;
  }

  void place_text(const text::ShapedTextPtr& run) {
    pages_.back().text({page_.body.x, y_}, run);
    y_ += run->size().height;
  }

  void anchor(const std::string& name) {
    pages_.back().add(scene::Anchor{{page_.body.x, y_}, name});
  }

  std::vector<scene::Frame>& pages() { return pages_; }
  const model::Page& page() const { return page_; }

 private:
  model::Page page_;
  std::vector<scene::Frame> pages_;
  double y_ = 0;
};

// Places a paragraph, breaking it between lines when it does not fit, never leaving fewer
// than two lines on either side of the break.
void flow_paragraph(Flow& flow, const std::string& text, const model::TextStyle& style,
                    double width) {
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
    flow.place_text(text::shape_text(run->text().substr(0, split), style, {width}));
    flow.new_page();
    run = text::shape_text(run->text().substr(split), style, {width});
  }
  flow.place_text(run);
}

// How much of the next block a heading needs beside it to not stand alone at a page foot.
double keep_with_next_height(const model::Block* next, const model::Document& document) {
  if (!next) return 0;
  double width = document.page.body.width;
  if (const auto* chart = std::get_if<model::Chart>(&next->content))
    return chart::chart_height_for_width(*chart, document.theme, width);
  auto body = document.theme.text("body");
  return body.size_pt * body.line_height * kMinLinesAtBreak;
}

void flow_table(Flow& flow, const model::Table& table, const model::Document& document) {
  auto frames = layout_table(table, document.theme, flow.page().body.width);
  double first_row = frames.rows.empty() ? 0 : frames.rows.front().size.height;
  flow.ensure_room(frames.title.size.height + frames.header.size.height + first_row);
  if (frames.title.size.height > 0) flow.place(frames.title);
  flow.place(frames.header, "table-header");
  for (auto& row : frames.rows) {
    if (row.size.height > flow.room()) {
      flow.new_page();
      flow.place(frames.header, "table-header");  // repeated on every page the table reaches
    }
    flow.place(std::move(row));
  }
  if (frames.source.size.height > 0) {
    flow.ensure_room(frames.source.size.height);
    flow.place(frames.source);
  }
}

void add_page_furniture(std::vector<scene::Frame>& pages, const model::Document& document,
                        bool has_cover) {
  const auto& theme = document.theme;
  const auto& page = document.page;
  int total = static_cast<int>(pages.size());
  for (int i = has_cover ? 1 : 0; i < total; ++i) {
    auto& frame = pages[i];
    double header_y = page.body.y - 26;
    auto title = text::shape_text(document.meta.title, theme.text("page.header"),
                                  {page.body.width * 0.7, text::Align::left, 1});
    frame.text({page.body.x, header_y}, title);
    frame.stroke(scene::Path::segment({page.body.x, header_y + title->size().height + 3},
                                      {page.body.right(), header_y + title->size().height + 3}),
                 {theme.color("grid"), 0.6});
    double footer_y = page.body.bottom() + 20;
    auto number =
        text::shape_text(fmt::format("Page {} of {}", i + 1, total), theme.text("page.footer"));
    frame.text({page.body.right() - number->size().width, footer_y}, number);
    if (!document.meta.author.empty()) {
      auto author = text::shape_text(document.meta.author, theme.text("page.footer"),
                                     {page.body.width * 0.6, text::Align::left, 1});
      frame.text({page.body.x, footer_y}, author);
    }
  }
}

}  // namespace

PagedDocument layout_document(const model::Document& document) {
  PagedDocument paged;
  paged.meta = document.meta;
  paged.page_size = document.page.size;
  const auto& theme = document.theme;
  Flow flow(document);
  bool has_cover = document.cover.has_value();
  if (has_cover) {
    flow.pages().push_back(layout_cover(document));
    paged.outline.push_back({document.meta.title, 1, "cover"});
    flow.pages().back().add(scene::Anchor{{0, 0}, "cover"});
    flow.new_page();
  }
  double width = document.page.body.width;
  for (size_t i = 0; i < document.blocks.size(); ++i) {
    const auto& block = document.blocks[i];
    const model::Block* next = i + 1 < document.blocks.size() ? &document.blocks[i + 1] : nullptr;
    if (const auto* heading = std::get_if<spec::Heading>(&block.content)) {
      auto style = theme.text(fmt::format("heading.{}", heading->level));
      auto run = text::shape_text(heading->text, style, {width});
      double keep = std::min(keep_with_next_height(next, document), document.page.body.height / 2);
      flow.ensure_room(theme.size("headingGapAbove") + run->size().height +
                       theme.size("headingGapBelow") + keep);
      flow.gap(theme.size("headingGapAbove"));
      std::string destination = fmt::format("section-{}", paged.outline.size() + 1);
      flow.anchor(destination);
      paged.outline.push_back({heading->text, heading->level, destination});
      flow.place_text(run);
      flow.gap(theme.size("headingGapBelow"));
    } else if (const auto* paragraph = std::get_if<spec::Paragraph>(&block.content)) {
      flow_paragraph(flow, paragraph->text, theme.text("body"), width);
      flow.gap(theme.size("paragraphGap"));
    } else if (const auto* chart = std::get_if<model::Chart>(&block.content)) {
      double height = chart::chart_height_for_width(*chart, theme, width);
      flow.gap(theme.size("chartGap") / 2);
      flow.ensure_room(height);  // charts never break across pages
      flow.place(chart::layout_chart(*chart, theme, {width, height}), "chart:" + chart->spec.kind,
                 chart::describe_chart(*chart));
      flow.gap(theme.size("chartGap"));
    } else if (const auto* table = std::get_if<model::Table>(&block.content)) {
      flow.gap(theme.size("chartGap") / 2);
      flow_table(flow, *table, document);
      flow.gap(theme.size("chartGap"));
    } else if (!flow.at_top()) {
      flow.new_page();  // a break at the top of a page would only leave a blank page
    }
  }
  if (flow.pages().empty()) flow.new_page();
  add_page_furniture(flow.pages(), document, has_cover);
  paged.pages = std::move(flow.pages());
  return paged;
}

}  // namespace folio::layout
