// Page rules checked on generated documents: random sequences of headings, paragraphs, lists,
// callouts, charts, tables and grids (seeded and replayable) on A4 and Letter, portrait and
// landscape, in every theme. Asserted on the laid-out pages:
//   - nothing leaves the page's body (a block taller than a page is shrunk or split);
//   - a heading never ends a page: something of the block after it stands below it;
//   - every page a table reaches holds at least two of its rows, so neither its last row nor
//     its totals row is ever alone under a repeated header;
//   - a table's source line never starts a page.
// A failing case prints its seed and writes its document so that it can be replayed with
// `folio render`. FOLIO_GENERATED_DOCUMENTS=N runs N seeds instead of the default.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <random>
#include <tuple>

#include "document_generator.h"
#include "layout/paged_document.h"
#include "layout/slides.h"
#include "model/document.h"
#include "test_support.h"

namespace folio::layout {
namespace {

using Json = nlohmann::ordered_json;
using testing::generated_document;

// A body item on a page: a group the flow placed, by its role and structure tag.
struct Item {
  Rect box;  // scaled as drawn
  std::string role, structure;
};

std::vector<Item> body_items(const scene::Frame& page) {
  std::vector<Item> items;
  for (const auto& item : page.items)
    if (const auto* group = std::get_if<scene::Group>(&item)) {
      if (group->role == "page-header" || group->role == "page-footer" ||
          group->role == "footnotes")
        continue;
      items.push_back({{group->offset.x, group->offset.y, group->frame->size.width * group->scale,
                        group->frame->size.height * group->scale},
                       group->role,
                       group->structure.type});
    }
  return items;
}

bool is_heading(const Item& item) {
  return item.structure.size() == 2 && item.structure[0] == 'H';
}

// Every problem with the document's pages, one line each.
std::vector<std::string> page_rule_failures(const model::Document& document,
                                            const PagedDocument& paged) {
  std::vector<std::string> failures;
  const Rect& body = document.page.body;
  for (size_t p = 0; p < paged.pages.size(); ++p) {
    auto items = body_items(paged.pages[p]);
    bool last_page = p + 1 == paged.pages.size();
    for (size_t i = 0; i < items.size(); ++i) {
      const auto& item = items[i];
      if (item.box.y < body.y - 0.5 || item.box.bottom() > body.bottom() + 0.5)
        failures.push_back(
            fmt::format("page {}: a {} block from y {:.1f} to {:.1f} leaves the body "
                        "({:.1f} to {:.1f})",
                        p + 1, item.role.empty() ? item.structure : item.role, item.box.y,
                        item.box.bottom(), body.y, body.bottom()));
      if (is_heading(item) && i + 1 == items.size() && !last_page)
        failures.push_back(fmt::format("page {}: ends with a heading", p + 1));
      if (is_heading(item) && i + 1 < items.size() && is_heading(items[i + 1]) &&
          i + 2 == items.size() && !last_page)
        failures.push_back(fmt::format("page {}: ends with two headings", p + 1));
      if (item.role == "table-header") {
        size_t table_rows = 0;
        for (size_t j = i + 1; j < items.size() && items[j].role == "table-row"; ++j) ++table_rows;
        if (table_rows < 2)
          failures.push_back(
              fmt::format("page {}: a table header with {} row(s) under it", p + 1, table_rows));
      }
    }
    if (!items.empty() && items.front().role == "table-source")
      failures.push_back(fmt::format("page {}: starts with a table's source line", p + 1));
  }
  return failures;
}

TEST(GeneratedDocuments, KeepThePageRules) {
  const char* env = std::getenv("FOLIO_GENERATED_DOCUMENTS");
  unsigned seeds = env ? static_cast<unsigned>(std::atoi(env)) : 120;
  int pages = 0;
  for (unsigned seed = 1; seed <= seeds; ++seed) {
    auto json = generated_document(seed);
    auto text = json.dump(1);
    std::optional<model::Document> parsed;
    try {
      parsed.emplace(model::resolve_document(folio::testing::parse_text(text)));
    } catch (const std::exception& error) {
      ADD_FAILURE() << "seed " << seed << ": the generated document was refused: " << error.what();
      continue;
    }
    const auto& resolved = *parsed;
    auto paged = layout_document(resolved);
    pages += static_cast<int>(paged.pages.size());
    auto failures = page_rule_failures(resolved, paged);
    if (failures.empty()) continue;
    auto path = std::filesystem::temp_directory_path() / fmt::format("folio-doc-{}.json", seed);
    std::ofstream(path) << text;
    for (const auto& failure : failures)
      ADD_FAILURE() << "seed " << seed << " (replay: folio render " << path.string()
                    << "): " << failure;
  }
  EXPECT_GT(pages, static_cast<int>(seeds));  // the documents did run over several pages
}

// Every text of a slide with its box as drawn, and its size in points as drawn.
void slide_texts(const scene::Frame& frame, Point origin, double scale,
                 std::vector<std::tuple<Rect, double, std::string>>& texts) {
  for (const auto& item : frame.items) {
    if (const auto* text = std::get_if<scene::Text>(&item)) {
      if (text->run->text().empty()) continue;
      // The box around the text as drawn, turned about its position when it is rotated.
      Size size = text->run->size();
      double c = std::cos(text->rotation), sn = std::sin(text->rotation);
      double xs[4], ys[4];
      const Point corners[4] = {
          {0, 0}, {size.width, 0}, {0, size.height}, {size.width, size.height}};
      for (int i = 0; i < 4; ++i) {
        xs[i] = origin.x + (text->position.x + corners[i].x * c - corners[i].y * sn) * scale;
        ys[i] = origin.y + (text->position.y + corners[i].x * sn + corners[i].y * c) * scale;
      }
      double left = *std::min_element(xs, xs + 4), top = *std::min_element(ys, ys + 4);
      texts.emplace_back(Rect{left, top, *std::max_element(xs, xs + 4) - left,
                              *std::max_element(ys, ys + 4) - top},
                         text->run->font_size_pt() * scale, text->run->text());
    } else if (const auto* group = std::get_if<scene::Group>(&item)) {
      slide_texts(*group->frame,
                  {origin.x + group->offset.x * scale, origin.y + group->offset.y * scale},
                  scale * group->scale, texts);
    }
  }
}

TEST(GeneratedDocuments, MakeDecksOfLegibleSlides) {
  const char* env = std::getenv("FOLIO_GENERATED_DOCUMENTS");
  unsigned seeds = env ? static_cast<unsigned>(std::atoi(env)) : 60;
  static const char* const kThemes[] = {"slides", "briefing", "print-mono", "dark"};
  int slides = 0, crowded = 0;
  for (unsigned seed = 1; seed <= seeds; ++seed) {
    auto json = generated_document(seed);
    json["style"] = kThemes[seed % 4];
    std::optional<model::Document> parsed;
    try {
      parsed.emplace(model::resolve_document(folio::testing::parse_text(json.dump(1))));
    } catch (const std::exception& error) {
      ADD_FAILURE() << "seed " << seed << ": the generated document was refused: " << error.what();
      continue;
    }
    auto deck = layout_slides(*parsed);
    ASSERT_EQ(deck.pages.pages.size(), model::charts_of(*parsed).size() + 1);
    std::vector<std::string> failures;
    for (size_t p = 0; p < deck.pages.pages.size(); ++p) {
      ++slides;
      const auto& slide = deck.pages.pages[p];
      EXPECT_EQ(slide.size.width, kDeckSize.width);
      std::string where = fmt::format("slide {} ({})", p + 1,
                                      p == 0 ? "title" : deck.charts[p - 1].chart->spec.kind);
      // A chart with too much for one slide is drawn smaller, and the deck says so.
      bool too_much = false;
      for (const auto& notice : deck.notices)
        too_much = too_much || (p > 0 && notice.pointer == deck.charts[p - 1].chart->spec.pointer);
      if (too_much) ++crowded;
      std::vector<std::tuple<Rect, double, std::string>> texts;
      slide_texts(slide, {0, 0}, 1, texts);
      for (const auto& [box, size, text] : texts) {
        if (!too_much && size < kSlideMinText - 0.01)
          failures.push_back(fmt::format("{}: \"{}\" at {:.1f} pt", where, text, size));
        if (box.x < -0.5 || box.y < -0.5 || box.right() > kDeckSize.width + 0.5 ||
            box.bottom() > kDeckSize.height + 0.5)
          failures.push_back(
              fmt::format("{}: \"{}\" leaves the slide ({:.1f},{:.1f} {:.1f}x{:.1f})", where, text,
                          box.x, box.y, box.width, box.height));
      }
    }
    if (failures.empty()) continue;
    auto path = std::filesystem::temp_directory_path() / fmt::format("folio-deck-{}.json", seed);
    std::ofstream(path) << json.dump(1);
    ADD_FAILURE() << "seed " << seed << " (replay: folio slides " << path.string()
                  << " -o deck.pdf): " << failures.front()
                  << (failures.size() > 1 ? fmt::format(" (and {} more)", failures.size() - 1)
                                          : "");
  }
  EXPECT_GT(slides, static_cast<int>(seeds));
  // Most charts fit: only sixty bars or two dozen events are too much.
  EXPECT_LT(crowded, slides / 4) << crowded << " of " << slides << " slides";
  std::printf("%d slides, %d of them too crowded for %g pt\n", slides, crowded, kSlideMinText);
}

}  // namespace
}  // namespace folio::layout
