// Small multiples: one panel per facet value, on shared scales and colours.
#include "chart/small_multiples.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "chart/layout_chart.h"
#include "model/document.h"
#include "test_support.h"

namespace folio::chart {
namespace {

using folio::testing::error_of;

const char* kRows = R"([
  {"region": "North", "year": 2010, "flow": "In", "v": 4}, {"region": "North", "year": 2020, "flow": "Out", "v": 6},
  {"region": "South", "year": 2014, "flow": "In", "v": 90}, {"region": "South", "year": 2016, "flow": "In", "v": 120},
  {"region": "East", "year": 2018, "flow": "Out", "v": 2}])";

model::Document faceted(const std::string& chart_keys) {
  return model::resolve_document(folio::testing::parse_text(
      std::string(R"({"meta": {"title": "T"}, "data": {"d": {"values": )") + kRows +
      R"(}}, "blocks": [{"type": "chart", "id": "f", "data": "d", "facet": "region", )" +
      chart_keys + "}]}"));
}

// Texts and fill colours per panel, read from the frame's "panel" groups.
struct PanelContent {
  std::string name;
  std::vector<std::string> texts;
  std::vector<Color> fills;
};

std::vector<PanelContent> panels_of(const scene::Frame& frame) {
  std::vector<PanelContent> panels;
  for (const auto& item : frame.items) {
    const auto* group = std::get_if<scene::Group>(&item);
    if (!group || group->role != "panel") continue;
    PanelContent content{group->alt, {}, {}};
    for (const auto& inner : group->frame->items) {
      if (const auto* text = std::get_if<scene::Text>(&inner))
        content.texts.push_back(text->run->text());
      if (const auto* shape = std::get_if<scene::Shape>(&inner); shape && shape->fill)
        content.fills.push_back(*shape->fill);
    }
    panels.push_back(std::move(content));
  }
  return panels;
}

bool has(const std::vector<std::string>& texts, const std::string& wanted) {
  return std::find(texts.begin(), texts.end(), wanted) != texts.end();
}

TEST(SmallMultiples, OnePanelPerValueInFirstAppearanceOrder) {
  auto document = faceted(R"("kind": "line", "x": "year", "y": "v")");
  const auto& chart = *model::charts_of(document).front();
  auto panels = facet_panels(chart);
  ASSERT_EQ(panels.size(), 3u);
  EXPECT_EQ(panels[0].name, "North");
  EXPECT_EQ(panels[1].name, "South");
  EXPECT_EQ(panels[2].name, "East");
  EXPECT_EQ(panels[1].data->rows, 2u);
}

TEST(SmallMultiples, PanelsShareTheirScales) {
  auto document = faceted(R"("kind": "line", "x": "year", "y": "v")");
  auto frame =
      layout_chart(*model::charts_of(document).front(), model::load_theme("briefing"), {900, 300});
  auto panels = panels_of(frame);
  ASSERT_EQ(panels.size(), 3u);
  for (size_t i = 0; i < panels.size(); ++i) {
    SCOPED_TRACE(panels[i].name);
    // One value scale: North's 4 to 6 is drawn against South's 120. The labels stand only left
    // of the first panel of a row; the others share them.
    EXPECT_EQ(has(panels[i].texts, "120"), i == 0);
    // One time scale: each panel spans 2010 to 2020 whatever its own years.
    EXPECT_TRUE(has(panels[i].texts, "2010"));
    EXPECT_TRUE(has(panels[i].texts, "2020"));
  }
  // The same gridlines in every panel, at the same heights: the scale is one.
  auto gridlines = [](const scene::Frame& frame) {
    std::vector<double> ys;
    for (const auto& item : frame.items)
      if (const auto* group = std::get_if<scene::Group>(&item); group && group->role == "panel")
        for (const auto& inner : group->frame->items)
          if (const auto* shape = std::get_if<scene::Shape>(&inner);
              shape && shape->stroke && shape->path.ops.size() == 2 &&
              shape->path.ops[0].v[1] == shape->path.ops[1].v[1])
            ys.push_back(shape->path.ops[0].v[1]);
    return ys;
  };
  auto ys = gridlines(frame);
  ASSERT_EQ(ys.size() % 3, 0u);
  size_t per_panel = ys.size() / 3;
  for (size_t k = 0; k < per_panel; ++k) {
    EXPECT_DOUBLE_EQ(ys[k], ys[per_panel + k]);
    EXPECT_DOUBLE_EQ(ys[k], ys[2 * per_panel + k]);
  }
}

TEST(SmallMultiples, SeriesKeepTheirColourAcrossPanels) {
  auto document = faceted(R"("kind": "bar", "x": "year", "y": "v", "series": "flow")");
  auto theme = model::load_theme("briefing");
  auto frame = layout_chart(*model::charts_of(document).front(), theme, {900, 300});
  auto panels = panels_of(frame);
  ASSERT_EQ(panels.size(), 3u);
  // East has only "Out" columns: they take the second series colour, as in North.
  auto east = panels[2].fills;
  EXPECT_NE(std::find(east.begin(), east.end(), theme.series(1).color), east.end());
  EXPECT_EQ(std::find(east.begin(), east.end(), theme.series(0).color), east.end());
}

TEST(SmallMultiples, DescribesEachPanel) {
  auto document = faceted(R"("kind": "bar", "x": "year", "y": "v")");
  auto text = describe_chart_data(*model::charts_of(document).front());
  EXPECT_EQ(text.rfind("3 panels by region, on shared scales. North: ", 0), 0u) << text;
  EXPECT_NE(text.find(" East: "), std::string::npos);
}

TEST(SmallMultiples, RejectsFacetsOnKindsWithoutPanelsAndUnknownFields) {
  EXPECT_NE(error_of([] {
              faceted(R"("kind": "timeline", "x": "year", "label": "flow")");
            }).find("/blocks/0/facet: expected a key that \"timeline\" charts take"),
            std::string::npos);
  auto unknown = error_of([] {
    model::resolve_document(folio::testing::parse_text(
        R"({"meta": {"title": "T"}, "data": {"d": {"values": [{"a": 1, "b": 2}]}}, "blocks": [
        {"type": "chart", "id": "f", "kind": "line", "data": "d", "x": "a", "y": "b", "facet": "c"}]})"));
  });
  EXPECT_NE(unknown.find("/blocks/0/facet"), std::string::npos) << unknown;
}

}  // namespace
}  // namespace folio::chart
