// Document layout checked on the pages' frames: what lands on which page, and where.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <functional>

#include "layout/paged_document.h"
#include "model/document.h"
#include "test_support.h"
#include "text/number_format.h"

namespace folio::layout {
namespace {

struct Placed {
  int page;
  Rect box;
  std::string text;
};

void collect(const scene::Frame& frame, int page, Point origin, std::vector<Placed>& out) {
  for (const auto& item : frame.items) {
    if (const auto* text = std::get_if<scene::Text>(&item)) {
      out.push_back({page,
                     {origin.x + text->position.x, origin.y + text->position.y,
                      text->run->size().width, text->run->size().height},
                     text->run->text()});
    } else if (const auto* group = std::get_if<scene::Group>(&item)) {
      if (group->role == "page-header" || group->role == "page-footer") continue;
      collect(*group->frame, page, {origin.x + group->offset.x, origin.y + group->offset.y}, out);
    }
  }
}

struct Laid {
  PagedDocument paged;
  std::vector<Placed> texts;
  const Placed& find(const std::string& prefix) const {
    for (const auto& placed : texts)
      if (placed.text.rfind(prefix, 0) == 0) return placed;
    throw std::runtime_error("no text starting " + prefix);
  }
};

Laid lay_out(const std::string& blocks, const std::string& extra = "") {
  std::string json = R"({"meta": {"title": "T"}, "page": {"size": "A4"}, )" + extra +
                     R"("blocks": [)" + blocks + "]}";
  auto document = model::resolve_document(folio::testing::parse_text(json));
  Laid laid{layout_document(document), {}};
  for (size_t i = 0; i < laid.paged.pages.size(); ++i)
    collect(laid.paged.pages[i], static_cast<int>(i), {0, 0}, laid.texts);
  return laid;
}

std::string words(int count, const std::string& word = "lorem") {
  std::string text;
  for (int i = 0; i < count; ++i) text += (i ? " " : "") + word + std::to_string(i);
  return text;
}

std::string paragraph(const std::string& text) {
  return R"({"type": "paragraph", "text": ")" + text + R"("})";
}

// The lines of every text run whose text starts with `prefix`, by page.
std::map<int, int> lines_by_page(const Laid& laid, const std::string& prefix, double line_height) {
  std::map<int, int> lines;
  for (const auto& placed : laid.texts)
    if (placed.text.rfind(prefix, 0) == 0)
      lines[placed.page] += static_cast<int>(std::lround(placed.box.height / line_height));
  return lines;
}

TEST(DocumentLayout, ParagraphsBreakWithoutWidowsOrOrphans) {
  // A filler paragraph of growing length pushes the second paragraph (13 lines) across the
  // page break at every possible line: at least two of its lines stand on each page.
  int broken = 0;
  for (int filler = 300; filler <= 460; filler += 8) {
    auto laid = lay_out(paragraph(words(filler)) + "," + paragraph(words(120, "ipsum")));
    auto lines = lines_by_page(laid, "ipsum", 10.5 * 1.5);
    for (const auto& [page, count] : lines)
      EXPECT_GE(count, 2) << "filler " << filler << " page " << page;
    if (lines.size() > 1) ++broken;
  }
  EXPECT_GE(broken, 5);  // the second paragraph did break across pages, at several points
}

// A paragraph of about 100 KB (some thirty pages) is shaped a window at a time: its pieces
// still join into the whole text, every full page holds as many lines as the first, and
// the last page keeps at least two.
TEST(DocumentLayout, ALongParagraphIsLaidOutInWindowsWithoutLosingALine) {
  std::string text = words(12000);
  auto laid = lay_out(paragraph(text));
  std::string joined;
  for (const auto& placed : laid.texts)
    if (placed.text.rfind("lorem", 0) == 0) joined += placed.text;
  EXPECT_EQ(joined, text);
  auto lines = lines_by_page(laid, "lorem", 10.5 * 1.5);
  ASSERT_GE(lines.size(), 20u);
  int full = lines.begin()->second;
  for (auto it = lines.begin(); std::next(it) != lines.end(); ++it)
    EXPECT_EQ(it->second, full) << "page " << it->first;
  EXPECT_GE(lines.rbegin()->second, 2);
}

TEST(DocumentLayout, HeadingsStayWithTheirFirstLines) {
  int moved = 0;
  for (int filler = 360; filler <= 460; filler += 4) {
    auto laid =
        lay_out(paragraph(words(filler)) + R"(, {"type": "heading", "text": "Next section"},)" +
                paragraph(words(60, "after")));
    const auto& heading = laid.find("Next section");
    EXPECT_EQ(heading.page, laid.find("after0").page) << "filler " << filler;
    // Moved: the page before it had room for the heading, but not for it and two lines.
    if (heading.page == 1 && lines_by_page(laid, "lorem", 10.5 * 1.5).size() == 1) ++moved;
  }
  EXPECT_GE(moved, 1);
}

TEST(DocumentLayout, FootnotesSitAtTheFootOfThePageOfTheirMark) {
  auto laid = lay_out(paragraph(words(100)) + "," + paragraph("A claim.^[The evidence for it.]") +
                      "," + paragraph(words(700, "more")));
  const auto& mark = laid.find("A claim.");
  const auto& note = laid.find("1. The evidence");
  EXPECT_EQ(mark.page, note.page);
  EXPECT_GT(note.box.y, 700);  // in the last lines of an A4 page's body
  for (const auto& placed : laid.texts)
    if (placed.page == note.page && &placed != &note) {
      EXPECT_LT(placed.box.bottom(), note.box.y) << placed.text;
    }
}

TEST(DocumentLayout, GridSetsChartsSideBySideOrStacksThem) {
  std::string data = R"("data": {"d": {"values": [{"k": "a", "v": 1}, {"k": "b", "v": 2}]}}, )";
  std::string grid = R"({"type": "grid", "columns": 2, "blocks": [
      {"type": "chart", "id": "left", "kind": "bar", "data": "d", "x": "k", "y": "v", "title": "Left chart"},
      {"type": "chart", "id": "right", "kind": "bar", "data": "d", "x": "k", "y": "v", "title": "Right chart"}]})";
  auto side_by_side = lay_out(grid, data);
  const auto& left = side_by_side.find("Left chart");
  const auto& right = side_by_side.find("Right chart");
  EXPECT_DOUBLE_EQ(left.box.y, right.box.y);
  EXPECT_GT(right.box.x, left.box.x + 200);
  // On a page too narrow for two 300 pt columns the charts follow each other.
  std::string narrow = R"({"type": "grid", "columns": 2, "minColumnWidth": 300, "blocks": [
      {"type": "chart", "id": "left", "kind": "bar", "data": "d", "x": "k", "y": "v", "title": "Left chart"},
      {"type": "chart", "id": "right", "kind": "bar", "data": "d", "x": "k", "y": "v", "title": "Right chart"}]})";
  auto stacked = lay_out(narrow, data);
  EXPECT_DOUBLE_EQ(stacked.find("Left chart").box.x, stacked.find("Right chart").box.x);
  EXPECT_GT(stacked.find("Right chart").box.y, stacked.find("Left chart").box.y + 100);
  EXPECT_EQ(stacked.find("Figure 2").text, "Figure 2");
}

TEST(DocumentLayout, LongTablesRepeatTheirHeaderOnEveryPage) {
  std::string values;
  for (int i = 0; i < 80; ++i)
    values += fmt::format(R"({}{{"name": "row {}", "n": {}}})", i ? "," : "", i, i * 1000);
  auto laid = lay_out(
      R"({"type": "table", "title": "Long", "data": "d", "columns": ["name", {"field": "n", "title": "Amount"}]})",
      R"("data": {"d": {"values": [)" + values + "]}}, ");
  std::set<int> pages_with_rows, pages_with_header;
  for (const auto& placed : laid.texts) {
    if (placed.text.rfind("row ", 0) == 0) pages_with_rows.insert(placed.page);
    if (placed.text == "Amount") pages_with_header.insert(placed.page);
  }
  EXPECT_GE(pages_with_rows.size(), 2u);
  EXPECT_EQ(pages_with_rows, pages_with_header);
  EXPECT_EQ(laid.find("79,000").text,
            "79,000");  // numbers formatted, right-aligned in their column
  EXPECT_GT(laid.find("79,000").box.x, laid.find("row 79").box.x + 200);
}

TEST(DocumentLayout, TotalsRowSumsTheChosenColumns) {
  auto laid = lay_out(
      R"({"type": "table", "data": "d", "zebra": false, "columns": ["k", {"field": "v", "format": "compact"}],
      "totals": {"label": "All", "fields": ["v"]}})",
      R"("data": {"d": {"values": [{"k": "a", "v": 1500000}, {"k": "b", "v": null}, {"k": "c", "v": 2500000}]}}, )");
  EXPECT_EQ(laid.find("All").text, "All");
  EXPECT_EQ(laid.find("4.0M").text, "4.0M");
  EXPECT_GT(laid.find("4.0M").box.y, laid.find("2.5M").box.y);
  EXPECT_THROW(
      lay_out(R"({"type": "table", "data": "d", "columns": ["k"], "totals": {"fields": ["k"]}})",
              R"("data": {"d": {"values": [{"k": "a"}]}}, )"),
      InputError);
}

TEST(DocumentLayout, ATableColumnKeepsOnePrecisionAndYearsReadAsYears) {
  auto laid = lay_out(
      R"({"type": "table", "data": "d", "columns": ["year", {"field": "v", "format": "decimal"}],
      "totals": {"label": "All", "fields": ["v"]}})",
      R"("data": {"d": {"values": [{"year": 1997, "v": 244}, {"year": 2019, "v": 143.7}]}}, )");
  EXPECT_EQ(laid.find("1997").text, "1997");  // never "1,997"
  EXPECT_EQ(laid.find("244").text, "244.0");  // as precise as its neighbour, 143.7
  EXPECT_EQ(laid.find("387").text, "387.7");  // the total, written like its column
}

TEST(DocumentLayout, ListsHangTheirMarkersInTheIndent) {
  auto laid =
      lay_out(R"({"type": "list", "ordered": true, "items": ["First point", "Second **point**"]},
                        {"type": "list", "items": ["A bullet"]})");
  EXPECT_EQ(laid.find("1.").text, "1.");
  EXPECT_EQ(laid.find("2.").text, "2.");
  EXPECT_LT(laid.find("1.").box.right(), laid.find("First point").box.x);
  EXPECT_DOUBLE_EQ(laid.find("First point").box.x, laid.find("Second point").box.x);
  EXPECT_LT(laid.find("•").box.right(), laid.find("A bullet").box.x);
}

TEST(DocumentLayout, FrontMatterGetsRomanLabels) {
  auto laid = lay_out(R"({"type": "heading", "text": "One"}, )" + paragraph("x"),
                      R"("cover": {}, "contents": true, "sources": true, )");
  EXPECT_EQ(laid.paged.page_labels, (std::vector<std::string>{"i", "ii", "1"}));
  EXPECT_EQ(laid.find("Contents").page, 1);
}

}  // namespace
}  // namespace folio::layout

namespace folio::layout {
namespace {

// Texts with their boxes on the page, through nested and scaled groups.
void collect_scaled(const scene::Frame& frame, int page, Point origin, double scale,
                    std::vector<Placed>& out) {
  for (const auto& item : frame.items) {
    if (const auto* text = std::get_if<scene::Text>(&item)) {
      out.push_back({page,
                     {origin.x + scale * text->position.x, origin.y + scale * text->position.y,
                      scale * text->run->size().width, scale * text->run->size().height},
                     text->run->text()});
    } else if (const auto* group = std::get_if<scene::Group>(&item)) {
      if (group->role == "page-header" || group->role == "page-footer") continue;
      collect_scaled(*group->frame, page,
                     {origin.x + scale * group->offset.x, origin.y + scale * group->offset.y},
                     scale * group->scale, out);
    }
  }
}

// The gallery in every theme (the slides theme sets large type in narrow grid cells): no text
// of the body may leave the page's body area, whatever the charts' heights.
TEST(DocumentLayout, NothingLeavesThePageBodyInAnyTheme) {
  for (const char* theme : {"briefing", "print-mono", "slides", "dark"}) {
    auto spec = spec::parse_document_file(
        std::string(FOLIO_SOURCE_DIR) + "/samples/gallery/gallery.json",
        {.replaced_data = {}, .allowed_folders = {std::string(FOLIO_SOURCE_DIR) + "/samples"}});
    spec.style.theme = theme;
    auto document = model::resolve_document(spec);
    auto paged = layout_document(document);
    std::vector<Placed> texts;
    for (size_t i = 0; i < paged.pages.size(); ++i)
      collect_scaled(paged.pages[i], static_cast<int>(i), {0, 0}, 1, texts);
    const Rect& body = document.page.body;
    for (const auto& placed : texts) {
      EXPECT_GE(placed.box.y, body.y - 0.5)
          << theme << " page " << placed.page << ": " << placed.text;
      EXPECT_LE(placed.box.bottom(), body.bottom() + 0.5)
          << theme << " page " << placed.page << ": " << placed.text;
      EXPECT_LE(placed.box.right(), body.right() + 0.5)
          << theme << " page " << placed.page << ": " << placed.text;
    }
  }
}

TEST(DocumentLayout, AChartTallerThanAPageIsShrunkToFit) {
  // Sixty events in lanes make a timeline several pages tall at this width.
  std::string values;
  for (int i = 0; i < 60; ++i)
    values += fmt::format(R"({}{{"d": "{}", "e": "{}", "l": "L{}"}})", i ? "," : "", 1900 + i * 2,
                          words(6, "event"), i % 6);
  auto laid = lay_out(
      R"({"type": "chart", "id": "t", "kind": "timeline", "data": "d", "x": "d", "label": "e", "series": "l"})",
      R"("data": {"d": {"values": [)" + values + "]}}, ");
  int scaled = 0;
  std::function<void(const scene::Frame&)> visit = [&](const scene::Frame& frame) {
    for (const auto& item : frame.items)
      if (const auto* group = std::get_if<scene::Group>(&item)) {
        if (group->scale < 1) {
          ++scaled;
          EXPECT_LE(group->frame->size.height * group->scale, 842 - 2 * 56);  // A4's body
        }
        visit(*group->frame);
      }
  };
  for (const auto& page : laid.paged.pages) visit(page);
  EXPECT_EQ(scaled, 1);
  // Shrunk, the chart's texts all stay within the page's body.
  for (const auto& page : laid.paged.pages) {
    std::vector<Placed> texts;
    collect_scaled(page, 0, {0, 0}, 1, texts);
    for (const auto& placed : texts) EXPECT_LE(placed.box.bottom(), 842) << placed.text;
  }
}

}  // namespace
}  // namespace folio::layout

namespace folio::layout {
namespace {

TEST(DocumentLayout, NumbersAndDatesFollowTheDocumentLanguage) {
  auto document = model::resolve_document(folio::testing::parse_text(
      R"({"meta": {"title": "T", "language": "ko"},
          "data": {"d": {"values": [{"when": "2019-03", "v": 5.8e9}]}},
          "blocks": [{"type": "table", "data": "d", "columns": ["when", {"field": "v", "format": "compact"}]},
                     {"type": "chart", "id": "c", "kind": "line", "data": "d", "x": "when", "y": "v"}]})"));
  auto paged = layout_document(document);
  std::vector<Placed> texts;
  for (size_t i = 0; i < paged.pages.size(); ++i)
    collect(paged.pages[i], static_cast<int>(i), {0, 0}, texts);
  auto has = [&](const std::string& wanted) {
    return std::any_of(texts.begin(), texts.end(), [&](auto& t) { return t.text == wanted; });
  };
  EXPECT_TRUE(has("58억"));        // the table cell, in Korean compact units
  EXPECT_TRUE(has("2019년 3월"));  // the one date tick of the line chart
}

}  // namespace
}  // namespace folio::layout
