#include <fmt/format.h>

#include "layout/blocks.h"
#include "layout/contents.h"
#include "layout/cover.h"
#include "layout/page_furniture.h"
#include "layout/paged_document.h"

namespace folio::layout {
namespace {

struct Heading {
  std::string text;
  int level;
};

void collect_headings(const std::vector<model::Block>& blocks, std::vector<Heading>& headings) {
  for (const auto& block : blocks)
    if (const auto* heading = std::get_if<spec::Heading>(&block.content))
      headings.push_back({heading->text, heading->level});
}

// Every heading of the document in order, with the sources page's own heading last.
std::vector<Heading> headings_of(const model::Document& document) {
  std::vector<Heading> headings;
  collect_headings(document.blocks, headings);
  if (document.sources) headings.push_back({document.sources->title, 1});
  return headings;
}

}  // namespace

PagedDocument layout_document(const model::Document& document, const LayoutOptions& options) {
  PagedDocument paged;
  paged.meta = document.meta;
  paged.page_size = document.page.size;
  Flow flow(document.page, document.theme.colors().axis);

  if (document.cover) {
    flow.pages().push_back(layout_cover(document));
    flow.pages().back().add(scene::Anchor{{0, 0}, "cover"});
    paged.outline.push_back({document.meta.title, 1, "cover"});
  }
  // Contents pages are laid out twice: once to know how many pages they take, and once the
  // page labels are known. Their size does not depend on the labels.
  std::vector<ContentsEntry> contents_entries;
  int index = 0;
  for (const auto& heading : headings_of(document)) {
    std::string destination = fmt::format("section-{}", ++index);
    if (document.contents && heading.level <= document.contents->depth)
      contents_entries.push_back({heading.text, heading.level, destination});
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

  BodyContext context{document, flow, paged, {}, {}, {}};
  context.charts = options.charts;
  std::span<const model::Block> blocks(document.blocks);
  for (size_t i = 0; i < blocks.size(); ++i) flow_block(context, blocks[i], blocks.subspan(i + 1));
  if (document.sources && !context.figures.empty()) {
    flow.new_page();
    flow_heading(context, document.sources->title, 1, 0);
    flow_sources(flow, context.figures, *document.sources, document);
  }
  flow.finish();

  auto& pages = flow.pages();
  for (int i = 0; i < static_cast<int>(pages.size()); ++i)
    paged.page_labels.push_back(i < first_body_page ? roman_numeral(i + 1)
                                                    : std::to_string(i - first_body_page + 1));
  if (document.contents) {
    auto contents = layout_contents(
        contents_entries, document.contents->title, document,
        [&](const std::string& d) { return paged.page_labels[context.page_of[d]]; });
    for (int i = 0; i < contents_pages && i < static_cast<int>(contents.size()); ++i) {
      auto& page = pages[contents_first + i];
      if (i == 0) page.add(scene::Anchor{{document.page.body.x, document.page.body.y}, "contents"});
      page.group({document.page.body.x, document.page.body.y}, std::move(contents[i]), "contents",
                 "", "TOC");
    }
  }
  add_page_furniture(pages, paged.page_labels, first_body_page, document);
  // A theme with a coloured background (dark) paints every page; white paper needs nothing.
  Color background = document.theme.colors().background;
  if (background != Color{1, 1, 1, 1})
    for (auto& page : pages)
      page.items.insert(page.items.begin(),
                        scene::Shape{scene::Path::rectangle(
                                         {0, 0, paged.page_size.width, paged.page_size.height}),
                                     background, std::nullopt});
  paged.pages = std::move(pages);
  return paged;
}

}  // namespace folio::layout
