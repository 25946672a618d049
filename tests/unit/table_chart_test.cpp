// The table chart kind: alignment, order, bars and errors, checked on the scene.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "chart/layout_chart.h"
#include "model/document.h"
#include "test_support.h"

namespace folio::chart {
namespace {

using folio::testing::error_of;

const char* kValues =
    R"([{"name": "Alpha", "v": 13.5, "s": 0.45}, {"name": "Beta", "v": 5.8, "s": 0.19},
    {"name": "Gamma", "v": null, "s": 0.1}, {"name": "Delta", "v": 2.9, "s": 0.096}])";

model::Document table_document(const std::string& chart_keys) {
  return model::resolve_document(folio::testing::parse_text(
      std::string(R"({"meta": {"title": "T"}, "data": {"d": {"values": )") + kValues +
      R"(}}, "blocks": [{"type": "chart", "id": "t", "kind": "table", "data": "d", )" + chart_keys +
      "}]}"));
}

struct Laid {
  model::Document document;
  scene::Frame frame;
  std::map<std::string, Rect> texts;  // text -> box
  std::vector<scene::Shape> bars;     // filled rectangles other than the background
};

Laid lay_out(const std::string& chart_keys, Size size = {600, 300}) {
  Laid laid{table_document(chart_keys), {}, {}, {}};
  auto theme = model::load_theme("briefing");
  laid.frame = layout_chart(*model::charts_of(laid.document).front(), theme, size,
                            {.background = false, .figure_label = ""});
  for (const auto& item : laid.frame.items) {
    if (const auto* text = std::get_if<scene::Text>(&item))
      laid.texts[text->run->text()] = {text->position.x, text->position.y, text->run->size().width,
                                       text->run->size().height};
    else if (const auto* shape = std::get_if<scene::Shape>(&item); shape && shape->fill)
      laid.bars.push_back(*shape);
  }
  return laid;
}

double bar_width(const scene::Shape& shape) {
  double lo = 1e9, hi = -1e9;
  for (const auto& op : shape.path.ops)
    if (op.kind == scene::PathOp::move || op.kind == scene::PathOp::line)
      lo = std::min(lo, op.v[0]), hi = std::max(hi, op.v[0]);
  return hi - lo;
}

const char* kColumns =
    R"("columns": ["name", {"field": "v", "title": "Value", "bar": true, "format": {"decimals": 1}},
                   {"field": "s", "title": "Share", "format": "percent"}])";

TEST(TableChart, RightAlignsNumbersAndLeftAlignsText) {
  auto laid = lay_out(kColumns);
  const auto& t = laid.texts;
  // A column keeps one precision: 9.6% makes every share carry a decimal.
  for (const char* share : {"19.0%", "10.0%", "9.6%"})
    EXPECT_NEAR(t.at(share).right(), t.at("45.0%").right(), 0.01) << share;
  EXPECT_NEAR(t.at("5.8").right(), t.at("13.5").right(), 0.01);
  EXPECT_NEAR(t.at("Beta").x, t.at("Alpha").x, 0.01);
  EXPECT_LT(t.at("Alpha").right(), t.at("5.8").x);
  EXPECT_EQ(t.at("–").right() > 0, true);  // an empty cell is a dash, not "0"
}

TEST(TableChart, BarsShareOneScaleDownTheColumn) {
  auto laid = lay_out(kColumns);
  ASSERT_EQ(laid.bars.size(), 3u);  // Gamma has no value and so no bar
  EXPECT_NEAR(bar_width(laid.bars[0]) / bar_width(laid.bars[1]), 13.5 / 5.8, 1e-6);
  EXPECT_NEAR(bar_width(laid.bars[0]) / bar_width(laid.bars[2]), 13.5 / 2.9, 1e-6);
}

TEST(TableChart, SortsByTheBarColumnKeepsTopAndHighlights) {
  auto laid =
      lay_out(std::string(kColumns) + R"(, "sort": "ascending", "top": 2, "highlight": "Beta")");
  const auto& t = laid.texts;
  EXPECT_LT(t.at("Delta").y, t.at("Beta").y);  // 2.9 before 5.8
  EXPECT_EQ(t.count("Alpha"), 0u);             // cut by top
  EXPECT_EQ(t.count("Gamma"), 0u);             // empty values sort last, then cut
  auto theme = model::load_theme("briefing");
  ASSERT_EQ(laid.bars.size(), 2u);
  EXPECT_EQ(*laid.bars[1].fill, theme.colors().highlight);
  EXPECT_EQ(*laid.bars[0].fill, theme.colors().base);
}

TEST(TableChart, SaysHowManyRowsDoNotFit) {
  auto laid = lay_out(kColumns, {600, 62});
  EXPECT_EQ(laid.texts.count("… and 3 more rows"), 1u);
  EXPECT_EQ(laid.texts.count("Alpha"), 1u);
}

TEST(TableChart, DescribesEveryRow) {
  auto document = table_document(kColumns);
  EXPECT_EQ(
      describe_chart_data(*model::charts_of(document).front()),
      "Table of 4 rows with columns name, Value, Share: Alpha, 13.5, 45.0%; Beta, 5.8, 19.0%; "
      "Gamma, –, 10.0%; Delta, 2.9, 9.6%.");
}

TEST(TableChart, RejectsMissingColumnsAndBarsOfText) {
  EXPECT_EQ(error_of([] { table_document(R"("title": "x")"); }),
            "doc.json:2:100: error: /blocks/0: expected a \"columns\" list for a table chart, "
            "found none");
  EXPECT_NE(error_of([] {
              table_document(R"("columns": [{"field": "name", "bar": true}])");
            }).find("/blocks/0/columns/0: expected a numeric field"),
            std::string::npos);
}

}  // namespace
}  // namespace folio::chart
