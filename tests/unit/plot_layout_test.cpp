// The one plot layout, checked where the hand-made layouts it replaced went wrong: every
// cartesian kind draws annotations and axis titles, negatives stack below zero, markers thin
// out on dense lines, crowded category labels never break inside a word, one point gets its
// tick, and tiny values never read "0".
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <gtest/gtest.h>

#include <algorithm>

#include "chart/layout_chart.h"
#include "model/document.h"
#include "test_support.h"

namespace folio::chart {
namespace {

struct Laid {
  model::Document document;
  scene::Frame frame;
  std::vector<std::string> texts;
  std::vector<Rect> text_boxes;
  int markers = 0;  // small filled circles and squares: data markers
  double min_fill_y = 1e9, max_fill_y = -1e9;
};

void collect(const scene::Frame& frame, Point origin, Laid& laid) {
  for (const auto& item : frame.items) {
    if (const auto* group = std::get_if<scene::Group>(&item)) {
      collect(*group->frame, {origin.x + group->offset.x, origin.y + group->offset.y}, laid);
    } else if (const auto* text = std::get_if<scene::Text>(&item)) {
      laid.texts.push_back(text->run->text());
      laid.text_boxes.push_back({origin.x + text->position.x, origin.y + text->position.y,
                                 text->run->size().width, text->run->size().height});
    } else if (const auto* shape = std::get_if<scene::Shape>(&item)) {
      bool curve = std::any_of(shape->path.ops.begin(), shape->path.ops.end(), [](auto& op) {
        return op.kind == scene::PathOp::arc || op.kind == scene::PathOp::curve;
      });
      if (curve && shape->fill) ++laid.markers;
    }
  }
}

Laid lay_out(const std::string& keys, const std::string& values, Size size = kSlideSize) {
  Laid laid{model::resolve_document(folio::testing::parse_text(
                R"({"meta": {"title": "T"}, "data": {"d": {"values": )" + values +
                R"(}}, "blocks": [{"type": "chart", "id": "c", "data": "d", )" + keys + "}]}")),
            {},
            {},
            {}};
  const auto& chart = *model::charts_of(laid.document).front();
  laid.frame = layout_chart(chart, model::load_theme("briefing"), size);
  collect(laid.frame, {0, 0}, laid);
  return laid;
}

bool has_text(const Laid& laid, const std::string& text) {
  return std::find(laid.texts.begin(), laid.texts.end(), text) != laid.texts.end();
}

const char* kSeries =
    R"([{"k": "a", "s": "one", "x": 2000, "v": 4}, {"k": "a", "s": "two", "x": 2000, "v": 3},
    {"k": "b", "s": "one", "x": 2005, "v": -2}, {"k": "b", "s": "two", "x": 2005, "v": 5},
    {"k": "c", "s": "one", "x": 2010, "v": 6}, {"k": "c", "s": "two", "x": 2010, "v": 1}])";

TEST(PlotLayout, EveryCartesianKindDrawsItsAnnotationsAndAxisTitles) {
  const std::vector<std::string> kinds = {
      R"("kind": "line", "x": {"field": "x", "title": "Year"}, "y": "v", "series": "s")",
      R"("kind": "area", "x": {"field": "x", "title": "Year"}, "y": "v", "series": "s", "stack": "stacked")",
      R"("kind": "scatter", "x": {"field": "x", "title": "Year"}, "y": "v", "series": "s")",
      R"("kind": "bar", "x": {"field": "k", "title": "Year"}, "y": "v", "series": "s")",
      R"("kind": "bar", "x": {"field": "k", "title": "Year"}, "y": "v", "series": "s", "stack": "stacked")",
      R"("kind": "waterfall", "x": {"field": "k", "title": "Year"}, "y": "v")"};
  for (const auto& kind : kinds) {
    auto laid = lay_out(kind + R"(, "annotations": [{"type": "line", "y": 2, "label": "Target"}])",
                        kSeries);
    EXPECT_TRUE(has_text(laid, "Target")) << kind;
    EXPECT_TRUE(has_text(laid, "Year")) << kind;
  }
}

TEST(PlotLayout, NegativePartsOfAStackedAreaGoBelowZeroAndInTheDescription) {
  auto laid =
      lay_out(R"("kind": "area", "x": "x", "y": "v", "series": "s", "stack": "stacked")", kSeries);
  // The value axis reaches below zero for the -2 of "one" in 2005.
  bool negative_tick = std::any_of(laid.texts.begin(), laid.texts.end(), [](const std::string& t) {
    return !t.empty() && (t[0] == '-' || t.rfind("\u2212", 0) == 0);
  });
  EXPECT_TRUE(negative_tick);
  auto description = describe_chart_data(*model::charts_of(laid.document).front());
  EXPECT_NE(description.find("-2"), std::string::npos) << description;
}

std::string dense_line(int points) {
  std::string values;
  for (int i = 0; i < points; ++i)
    values += fmt::format(R"({}{{"x": {}, "v": {}}})", i ? "," : "", 1000 + i, (i * 37) % 101);
  return "[" + values + "]";
}

TEST(PlotLayout, MarkersAreLeftOutWhenPointsAreTooDenseUnlessAsked) {
  EXPECT_EQ(lay_out(R"("kind": "line", "x": "x", "y": "v")", dense_line(2000)).markers, 0);
  EXPECT_EQ(
      lay_out(R"("kind": "line", "x": "x", "y": "v", "markers": "never")", dense_line(12)).markers,
      0);
  EXPECT_EQ(lay_out(R"("kind": "line", "x": "x", "y": "v")", dense_line(12)).markers, 12);
  EXPECT_GE(lay_out(R"("kind": "line", "x": "x", "y": "v", "markers": "always")", dense_line(300))
                .markers,
            300);
}

TEST(PlotLayout, FortyCategoryLabelsNeverBreakInsideAWord) {
  std::string values;
  std::vector<std::string> names;
  for (int i = 0; i < 40; ++i) {
    names.push_back(fmt::format("Province number {}", i + 1));
    values += fmt::format(R"({}{{"k": "{}", "v": {}}})", i ? "," : "", names.back(), i + 1);
  }
  auto laid = lay_out(R"("kind": "bar", "x": "k", "y": "v")", "[" + values + "]");
  int labels = 0;
  for (const auto& text : laid.texts) {
    if (text.rfind("Province", 0) != 0 && text.rfind("Prov", 0) != 0) continue;
    ++labels;
    // A label is a whole name, or a name cut at a word with an ellipsis; never "Pro-" pieces.
    bool whole = std::find(names.begin(), names.end(), text) != names.end();
    bool cut = text.size() > 3 && text.substr(text.size() - 3) == "\u2026";
    EXPECT_TRUE(whole || cut) << text;
  }
  EXPECT_GE(labels, 10);  // thinned or turned, but labelled
  auto description = describe_chart_data(*model::charts_of(laid.document).front());
  for (const auto& name : names) EXPECT_NE(description.find(name), std::string::npos) << name;
}

TEST(PlotLayout, ASinglePointGetsItsTick) {
  auto laid = lay_out(R"("kind": "line", "x": "x", "y": "v")", R"([{"x": 2019, "v": 5}])");
  EXPECT_TRUE(has_text(laid, "2019"));
}

TEST(PlotLayout, TinyValuesNeverReadZero) {
  auto laid = lay_out(R"("kind": "bar", "x": "k", "y": "v")",
                      R"([{"k": "a", "v": 0.0004}, {"k": "b", "v": 0.0002}])");
  EXPECT_TRUE(has_text(laid, "0.0004")) << fmt::format("{}", fmt::join(laid.texts, "|"));
  auto description = describe_chart_data(*model::charts_of(laid.document).front());
  EXPECT_NE(description.find("0.0004"), std::string::npos) << description;
}

}  // namespace
}  // namespace folio::chart
