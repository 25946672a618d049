// Page rules at every break point: a filler paragraph of growing length pushes the block under
// test across the page break at each possible height, and the rule must hold at every one.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include "layout/paged_document.h"
#include "model/document.h"
#include "test_support.h"

namespace folio::layout {
namespace {

struct Item {
  int page;
  Rect box;
  std::string role, structure;
};

// The blocks the flow placed, page by page (not headers, footers or footnotes).
std::vector<Item> items_of(const PagedDocument& paged) {
  std::vector<Item> items;
  for (size_t p = 0; p < paged.pages.size(); ++p)
    for (const auto& item : paged.pages[p].items)
      if (const auto* group = std::get_if<scene::Group>(&item)) {
        if (group->role == "page-header" || group->role == "page-footer" ||
            group->role == "footnotes")
          continue;
        items.push_back({static_cast<int>(p),
                         {group->offset.x, group->offset.y, group->frame->size.width * group->scale,
                          group->frame->size.height * group->scale},
                         group->role,
                         group->structure.type});
      }
  return items;
}

std::string words(int count) {
  std::string text;
  for (int i = 0; i < count; ++i) text += fmt::format("{}word{}", i ? " " : "", i);
  return text;
}

PagedDocument lay_out(const std::string& blocks, const std::string& data = "{}") {
  auto document = model::resolve_document(
      folio::testing::parse_text(R"({"meta": {"title": "T"}, "page": {"size": "A4"}, "data": )" +
                                 data + R"(, "blocks": [)" + blocks + "]}"));
  return layout_document(document);
}

std::string filler(int words_count) {
  return fmt::format(R"({{"type": "paragraph", "text": "{}"}})", words(words_count));
}

std::string rows_data(int count) {
  std::string values;
  for (int i = 0; i < count; ++i)
    values += fmt::format(R"({}{{"name": "Row {}", "v": {}}})", i ? "," : "", i, i * 10);
  return fmt::format(R"({{"d": {{"values": [{}]}}}})", values);
}

TEST(PageRules, AHeadingNeverEndsAPageBeforeItsChart) {
  int moved = 0;
  for (int filler_words = 200; filler_words <= 460; filler_words += 10) {
    auto paged = lay_out(filler(filler_words) + R"(, {"type": "heading", "text": "Trade"},
        {"type": "chart", "id": "c", "kind": "bar", "data": "d", "x": "name", "y": "v"})",
                         rows_data(8));
    auto items = items_of(paged);
    const Item *heading = nullptr, *chart = nullptr;
    for (const auto& item : items) {
      if (item.structure == "H1") heading = &item;
      if (item.role == "chart:bar") chart = &item;
    }
    ASSERT_TRUE(heading && chart);
    EXPECT_EQ(heading->page, chart->page) << "filler " << filler_words;
    moved += heading->page == 1;
  }
  EXPECT_GE(moved, 3);  // the break did fall between them at several filler lengths
}

TEST(PageRules, ATableNeverLeavesItsTotalsRowOrSourceAlone) {
  int broken = 0;
  for (int filler_words = 8; filler_words <= 520; filler_words += 8) {
    auto paged = lay_out(filler(filler_words) + R"(, {"type": "table", "data": "d",
        "columns": ["name", "v"], "source": "Ministry of Economy and Finance",
        "totals": {"label": "Total", "fields": ["v"]}})",
                         rows_data(40));
    auto items = items_of(paged);
    std::map<int, int> rows_on_page;
    int source_page = -1, last_row_page = -1;
    for (const auto& item : items) {
      if (item.role == "table-row") ++rows_on_page[item.page], last_row_page = item.page;
      if (item.role == "table-source") source_page = item.page;
    }
    for (const auto& [page, count] : rows_on_page)
      EXPECT_GE(count, 2) << "filler " << filler_words << " page " << page;
    EXPECT_EQ(source_page, last_row_page) << "filler " << filler_words;
    broken += rows_on_page.size() > 1;
  }
  EXPECT_GE(broken, 20);
}

TEST(PageRules, ACalloutTallerThanAPageBreaksIntoBoxedPieces) {
  auto document = model::resolve_document(folio::testing::parse_text(fmt::format(
      R"({{"meta": {{"title": "T"}}, "blocks": [{{"type": "callout", "title": "Key message",
      "text": "{}"}}]}})",
      words(1500))));
  auto paged = layout_document(document);
  auto items = items_of(paged);
  int pieces = 0;
  for (const auto& item : items) {
    if (item.role != "callout") continue;
    ++pieces;
    EXPECT_GE(item.box.y, document.page.body.y - 0.5);
    EXPECT_LE(item.box.bottom(), document.page.body.bottom() + 0.5) << "page " << item.page;
  }
  EXPECT_GE(pieces, 2);
  EXPECT_EQ(pieces, static_cast<int>(paged.pages.size()));
}

TEST(PageRules, AHeadingBeforeAPageBreakGoesToTheNewPage) {
  auto paged = lay_out(filler(100) + R"(, {"type": "heading", "text": "Annex"},
      {"type": "pageBreak"}, {"type": "paragraph", "text": "After the break."})");
  auto items = items_of(paged);
  ASSERT_EQ(paged.pages.size(), 2u);
  int headings = 0;
  for (const auto& item : items) {
    if (item.structure != "H1") continue;
    EXPECT_EQ(item.page, 1);
    ++headings;
  }
  EXPECT_EQ(headings, 1);
}

}  // namespace
}  // namespace folio::layout
