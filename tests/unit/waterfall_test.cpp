// The waterfall kind: columns float from one running total to the next, rises and falls in
// the theme's colours, an optional total stands on zero; its description walks the steps.
#include <algorithm>

#include "chart/layout_chart.h"
#include "model/document.h"
#include "test_support.h"

namespace folio::chart {
namespace {

model::Document waterfall(const std::string& extra = "") {
  return model::resolve_document(folio::testing::parse_text(R"({"meta": {"title": "T"},
    "data": {"d": {"values": [{"k": "Start", "v": 100}, {"k": "Up", "v": 30}, {"k": "Gap", "v": null},
                              {"k": "Down", "v": -50}]}},
    "blocks": [{"type": "chart", "id": "w", "kind": "waterfall", "data": "d", "x": "k", "y": "v")" +
                                                            extra + "}]}"));
}

struct Column {
  double top, bottom;
  Color fill;
};

std::vector<Column> columns_of(const scene::Frame& frame, const model::Theme& theme) {
  std::vector<Column> columns;
  for (const auto& item : frame.items)
    if (const auto* shape = std::get_if<scene::Shape>(&item))
      if (shape->fill && shape->path.ops.size() == 5 && *shape->fill != theme.colors().background)
        columns.push_back({shape->path.ops[0].v[1], shape->path.ops[2].v[1], *shape->fill});
  return columns;
}

TEST(Waterfall, ColumnsFloatBetweenRunningTotals) {
  auto document = waterfall(R"(, "total": "Net")");
  const auto& chart = *model::charts_of(document).front();
  const auto& theme = document.theme;
  auto frame = layout_chart(chart, theme, kSlideSize);
  auto columns = columns_of(frame, theme);
  ASSERT_EQ(columns.size(), 4u);  // Start, Up, Down and Net; the null draws none
  // Pixels per unit, from the first column (0 to 100).
  double unit = (columns[0].bottom - columns[0].top) / 100;
  EXPECT_NEAR(columns[1].bottom, columns[0].top, 0.01);              // Up starts where Start ends
  EXPECT_NEAR(columns[1].bottom - columns[1].top, 30 * unit, 0.01);  // and rises 30
  EXPECT_NEAR(columns[2].top, columns[1].top, 0.01);                 // Down starts at 130
  EXPECT_NEAR(columns[2].bottom - columns[2].top, 50 * unit, 0.01);  // and falls 50
  EXPECT_NEAR(columns[3].bottom, columns[0].bottom, 0.01);           // Net stands on zero
  EXPECT_NEAR(columns[3].bottom - columns[3].top, 80 * unit, 0.01);  // at 80
  EXPECT_EQ(columns[1].fill, theme.colors().positive);
  EXPECT_EQ(columns[2].fill, theme.colors().negative);
  EXPECT_EQ(
      describe_chart_data(chart),
      "4 steps: Start +100 (to 100); Up +30 (to 130); Gap no value; Down -50 (to 80); Net 80.");
}

TEST(Waterfall, TakesOnlyItsOwnKeys) {
  EXPECT_NE(folio::testing::error_of([] {
              waterfall(R"(, "stack": "stacked")");
            }).find("expected a key that \"waterfall\" charts take (x, y, total, annotations"),
            std::string::npos);
}

}  // namespace
}  // namespace folio::chart
