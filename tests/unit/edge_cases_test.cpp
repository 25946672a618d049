// Awkward data must give a sensible chart, never a crash or a NaN handed to Cairo.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <cmath>

#include "chart/layout_chart.h"
#include "model/document.h"
#include "render/outputs.h"
#include "test_support.h"

namespace folio::chart {
namespace {

bool finite(const scene::Frame& frame, std::string& where) {
  for (const auto& item : frame.items) {
    if (const auto* shape = std::get_if<scene::Shape>(&item)) {
      for (const auto& op : shape->path.ops)
        for (double v : op.v)
          if (!std::isfinite(v)) return where = "path", false;
    } else if (const auto* text = std::get_if<scene::Text>(&item)) {
      if (!std::isfinite(text->position.x) || !std::isfinite(text->position.y))
        return where = text->run->text(), false;
    } else if (const auto* group = std::get_if<scene::Group>(&item)) {
      if (!std::isfinite(group->offset.x) || !std::isfinite(group->offset.y) ||
          !finite(*group->frame, where))
        return false;
    }
  }
  return true;
}

struct Case {
  const char* name;
  const char* values;  // JSON array of {"k": …, "v": …, "d": …}
};

const Case kCases[] = {
    {"empty", "[]"},
    {"single", R"([{"k": "only", "v": 5, "d": "2001"}])"},
    {"all equal",
     R"([{"k": "a", "v": 7, "d": "2001"}, {"k": "b", "v": 7, "d": "2002"}, {"k": "c", "v": 7, "d": "2003"}])"},
    {"all zero", R"([{"k": "a", "v": 0, "d": "2001"}, {"k": "b", "v": 0, "d": "2005"}])"},
    {"huge", R"([{"k": "a", "v": 1e15, "d": "1900"}, {"k": "b", "v": 3e15, "d": "2100"}])"},
    {"tiny", R"([{"k": "a", "v": 1e-9, "d": "2001-01"}, {"k": "b", "v": 3e-9, "d": "2001-02"}])"},
    {"negative",
     R"([{"k": "a", "v": -40, "d": "2001"}, {"k": "b", "v": 25, "d": "2002"}, {"k": "c", "v": -3, "d": "2003"}])"},
    {"nulls",
     R"([{"k": "a", "v": null, "d": "2001"}, {"k": "b", "v": 3, "d": "2002"}, {"k": "c", "v": null, "d": "2003"}])"},
    {"long names", R"([{"k": "An unusually long category name of forty", "v": 3, "d": "2001"},
                       {"k": "Another unusually long category name here", "v": 4, "d": "2001"}])"},
    // The extremes a double holds: sums overflow, spans overflow, logarithms span 600 decades.
    {"near the largest double",
     R"([{"k": "a", "v": 1e308, "d": "2001"}, {"k": "b", "v": 1.7e308, "d": "2002"}])"},
    {"both signs at the largest",
     R"([{"k": "a", "v": -1.7e308, "d": "2001"}, {"k": "b", "v": 1.7e308, "d": "2002"}])"},
    {"smallest to largest",
     R"([{"k": "a", "v": 5e-324, "d": "2001"}, {"k": "b", "v": 1.7e308, "d": "2002"}])"},
    {"scripts",
     R"([{"k": "대한민국", "v": 3, "d": "2001"}, {"k": "ព្រះរាជាណាចក្រកម្ពុជា", "v": 4, "d": "2002"}])"},
};

const char* kCharts[] = {
    R"("kind": "line", "x": "d", "y": "v")",
    R"("kind": "bar", "x": "k", "y": "v")",
    R"("kind": "bar", "orientation": "horizontal", "sort": "descending", "x": "k", "y": "v")",
    R"("kind": "timeline", "x": "d", "label": "k")",
    R"("kind": "donut", "sort": "descending", "x": "k", "y": "v")",
    R"("kind": "table", "columns": ["k", {"field": "v", "bar": true}, "d"])",
    R"("kind": "line", "facet": "k", "x": "d", "y": "v")",
    R"("kind": "timeline", "series": "k", "x": "d", "label": "k")",
    R"("kind": "bar", "facet": "k", "x": "d", "y": "v")",
    // Zero and negative values have no place on a log axis: left out, never a NaN.
    R"("kind": "line", "x": "d", "y": {"field": "v", "scale": "log"})",
    R"("kind": "scatter", "x": {"field": "v", "scale": "log"}, "y": {"field": "v", "scale": "log"}, "label": "k")",
};

TEST(EdgeCases, EveryKindLaysOutAndRendersAwkwardData) {
  auto theme = model::load_theme("briefing");
  for (const auto& c : kCases) {
    for (const char* chart_json : kCharts) {
      std::string json =
          fmt::format(R"({{"meta": {{"title": "T"}}, "data": {{"d": {{"values": {}}}}},
          "blocks": [{{"type": "chart", "id": "c", "title": "Edge", "data": "d", {}}}]}})",
                      c.values, chart_json);
      SCOPED_TRACE(std::string(c.name) + " / " + chart_json);
      // A negative part of a whole is bad input, said so, not drawn; so are parts whose sum
      // no double holds.
      bool donut = std::string(chart_json).find("donut") != std::string::npos;
      if (donut && (std::string(c.name) == "negative" ||
                    std::string(c.name) == "both signs at the largest")) {
        EXPECT_NE(folio::testing::error_of([&] {
                    model::resolve_document(folio::testing::parse_text(json));
                  }).find("expected parts of a whole, zero or more"),
                  std::string::npos);
        continue;
      }
      if (donut && std::string(c.name) == "near the largest double") {
        EXPECT_NE(folio::testing::error_of([&] {
                    model::resolve_document(folio::testing::parse_text(json));
                  }).find("expected parts whose sum is at most 1.8e308, in field \"v\""),
                  std::string::npos);
        continue;
      }
      auto document = model::resolve_document(folio::testing::parse_text(json));
      const auto& chart = *model::charts_of(document).front();
      for (Size size : {kSlideSize, Size{200, 150}}) {
        scene::Frame frame;
        ASSERT_NO_THROW(
            frame = layout_chart(chart, theme, size, {.background = true, .figure_label = ""}));
        std::string where;
        EXPECT_TRUE(finite(frame, where)) << "not finite: " << where;
        EXPECT_GT(render::render_png(frame, {72, "", ""}).size(), 100u);
        EXPECT_GT(render::render_svg(frame).size(), 100u);
      }
      EXPECT_GT(chart_height_for_width(chart, theme, 481, "Figure 1"), 0);
    }
  }
}

TEST(EdgeCases, DonutSharesIgnoreNullsAndRefuseNegatives) {
  auto document = model::resolve_document(folio::testing::parse_text(R"({"meta": {"title": "T"},
      "data": {"d": {"values": [{"k": "a", "v": 3}, {"k": "b", "v": null}, {"k": "c", "v": 0}, {"k": "d", "v": 1}]}},
      "blocks": [{"type": "chart", "id": "c", "kind": "donut", "data": "d", "x": "k", "y": "v"}]})"));
  EXPECT_EQ(describe_chart_data(*model::charts_of(document).front()),
            "4 parts of a total of 4: a 3 (75%); b 0 (0%); c 0 (0%); d 1 (25%).");
  for (const char* kind : {"donut", "pie"}) {
    auto spec = folio::testing::parse_text(fmt::format(R"({{"meta": {{"title": "T"}},
      "data": {{"d": {{"values": [{{"k": "a", "v": 3}}, {{"k": "c", "v": -2}}]}}}},
      "blocks": [{{"type": "chart", "id": "c", "kind": "{}", "data": "d", "x": "k", "y": "v"}}]}})",
                                                       kind));
    EXPECT_EQ(folio::testing::error_of([&] { model::resolve_document(spec); }),
              "doc.json:3:" + std::string(kind[0] == 'd' ? "92" : "90") +
                  ": error: /blocks/0/y: expected parts of a whole, zero or more, in field \"v\", "
                  "found -2 in row 2 of dataset \"d\" (show gains and losses as a bar or waterfall "
                  "chart)");
  }
}

TEST(EdgeCases, AHighlightMustNameACategory) {
  auto spec = folio::testing::parse_text(R"({"meta": {"title": "T"},
      "data": {"d": {"values": [{"k": "Korea, Republic of", "v": 3}, {"k": "Japan", "v": 2}]}},
      "blocks": [{"type": "chart", "id": "c", "kind": "bar", "orientation": "horizontal",
                  "data": "d", "x": "k", "y": "v", "highlight": "Korea"}]})");
  EXPECT_EQ(folio::testing::error_of([&] { model::resolve_document(spec); }),
            "doc.json:4:65: error: /blocks/0/highlight: expected a category of field \"k\" "
            "(Korea, Republic of, Japan), found \"Korea\"");
  auto typo = folio::testing::parse_text(R"({"meta": {"title": "T"},
      "data": {"d": {"values": [{"k": "Korea", "v": 3}, {"k": "Japan", "v": 2}]}},
      "blocks": [{"type": "chart", "id": "c", "kind": "lollipop", "data": "d", "x": "k", "y": "v",
                  "highlight": ["Japan", "Koreaa"]}]})");
  EXPECT_EQ(folio::testing::error_of([&] { model::resolve_document(typo); }),
            "doc.json:4:42: error: /blocks/0/highlight/1: expected a category of field \"k\" "
            "(Korea, Japan), found \"Koreaa\" (did you mean \"Korea\"?)");
}

TEST(EdgeCases, ATableHighlightMustNameARow) {
  auto spec = folio::testing::parse_text(R"({"meta": {"title": "T"},
      "data": {"d": {"values": [{"k": "Cambodia", "v": 3}, {"k": "Japan", "v": 2}]}},
      "blocks": [{"type": "chart", "id": "c", "kind": "table", "data": "d",
                  "columns": [{"field": "k"}, {"field": "v"}], "highlight": "Camboda"}]})");
  EXPECT_EQ(folio::testing::error_of([&] { model::resolve_document(spec); }),
            "doc.json:4:77: error: /blocks/0/highlight: expected a category of field \"k\" "
            "(Cambodia, Japan), found \"Camboda\" (did you mean \"Cambodia\"?)");
}

TEST(StatTiles, ShowTheChangeAgainstAPreviousValue) {
  auto theme = model::load_theme("briefing");
  auto document =
      model::resolve_document(folio::testing::parse_text(R"({"meta": {"title": "T"}, "blocks": [
      {"type": "stats", "id": "s", "kind": "stats", "items": [
        {"value": 1e9, "previous": 9.7e8, "previousLabel": "vs 2012", "format": {"style": "currency", "currency": "USD"}, "label": "trade"},
        {"value": 80, "previous": 100, "label": "down"},
        {"value": 5, "previous": 0, "label": "from zero"}]}]})"));
  const auto& chart = *model::charts_of(document).front();
  auto frame = layout_chart(chart, theme, kSlideSize);
  std::vector<std::pair<std::string, Color>> texts;
  for (const auto& item : frame.items)
    if (const auto* text = std::get_if<scene::Text>(&item))
      texts.push_back({text->run->text(), text->run->color()});
  auto find = [&](const std::string& wanted) {
    for (const auto& [text, color] : texts)
      if (text == wanted) return color;
    ADD_FAILURE() << "no text " << wanted;
    return Color{};
  };
  EXPECT_EQ(find("▲ 3.1% vs 2012"), theme.colors().positive);
  EXPECT_EQ(find("▼ 20%"), theme.colors().negative);
  EXPECT_EQ(find("▲ 5"), theme.colors().positive);  // no percentage of zero
  EXPECT_EQ(describe_chart_data(chart),
            "trade: US$1.0 billion (up from US$970 million vs 2012). down: 80 (down from 100). "
            "from zero: 5 (up from 0).");
}

TEST(EdgeCases, StatTilesWithExtremeValues) {
  auto theme = model::load_theme("briefing");
  auto document =
      model::resolve_document(folio::testing::parse_text(R"({"meta": {"title": "T"}, "blocks": [
      {"type": "stats", "id": "s", "kind": "stats", "items": [
        {"value": 0, "label": "zero"}, {"value": -2.5e12, "format": "compact", "label": "negative"},
        {"value": 1e-7, "format": "percent", "label": "tiny"}, {"value": 123456789012, "label": "a long number"}]}]})"));
  auto frame = layout_chart(*model::charts_of(document).front(), theme, kSlideSize);
  std::string where;
  EXPECT_TRUE(finite(frame, where)) << where;
}

}  // namespace
}  // namespace folio::chart

namespace folio::chart {
namespace {

model::Document annotated(const std::string& annotations) {
  return model::resolve_document(folio::testing::parse_text(R"({"meta": {"title": "T"},
      "data": {"d": {"values": [{"x": 2000, "y": 0}, {"x": 2010, "y": 100}]}},
      "blocks": [{"type": "chart", "id": "c", "kind": "line", "data": "d", "x": "x", "y": "y",
                  "annotations": )" + annotations + "}]}"));
}

TEST(Annotations, AreCheckedWhenParsed) {
  EXPECT_EQ(folio::testing::error_of(
                [] { annotated(R"([{"type": "point", "x": 2005, "label": "p"}])"); }),
            "doc.json:4:35: error: /blocks/0/annotations/0: expected both \"x\" and \"y\" for a "
            "point, found no \"y\"");
  EXPECT_EQ(folio::testing::error_of([] { annotated(R"([{"type": "range", "x": [2001]}])"); }),
            "doc.json:4:58: error: /blocks/0/annotations/0/x: expected two values, [from, to], "
            "found an array of 1");
  EXPECT_EQ(
      folio::testing::error_of([] { annotated(R"([{"type": "line", "x": 2001, "y": 3}])"); }),
      "doc.json:4:35: error: /blocks/0/annotations/0: expected one of \"x\" or \"y\", found both");
}

TEST(Annotations, LinesRangesAndCalloutsLandOnTheirValues) {
  auto document = annotated(
      R"([{"type": "line", "y": 50, "label": "Half"}, {"type": "range", "x": ["2002", "2004-07"]},
                                {"type": "point", "x": 2010, "y": 100, "label": "Peak"}])");
  auto theme = model::load_theme("briefing");
  auto frame = layout_chart(*model::charts_of(document).front(), theme, kSlideSize);
  // The dashed rule at y = 50 lies halfway between the baseline (0) and the top tick (100).
  std::vector<const scene::Shape*> dashed, spans;
  for (const auto& item : frame.items)
    if (const auto* shape = std::get_if<scene::Shape>(&item)) {
      if (shape->stroke && !shape->stroke->dash.empty()) dashed.push_back(shape);
      if (shape->fill && *shape->fill == theme.colors().span) spans.push_back(shape);
    }
  ASSERT_EQ(dashed.size(), 1u);
  ASSERT_EQ(spans.size(), 1u);
  double rule_y = dashed[0]->path.ops[0].v[1];
  double zero_y = 0, top_y = 0;
  for (const auto& item : frame.items)
    if (const auto* text = std::get_if<scene::Text>(&item)) {
      if (text->run->text() == "0") zero_y = text->position.y + text->run->size().height / 2;
      if (text->run->text() == "100") top_y = text->position.y + text->run->size().height / 2;
    }
  EXPECT_NEAR(rule_y, (zero_y + top_y) / 2, 0.01);
  // The range runs from 2002 to July 2004: a quarter of the decade plus 6/12 of a year.
  const auto& range = spans[0]->path.ops;
  double width = range[1].v[0] - range[0].v[0];
  double decade = dashed[0]->path.ops[1].v[0] - dashed[0]->path.ops[0].v[0];
  EXPECT_NEAR(width / decade, 2.5 / 10, 1e-6);
  bool peak = false;
  for (const auto& item : frame.items)
    if (const auto* text = std::get_if<scene::Text>(&item))
      peak = peak || text->run->text() == "Peak";
  EXPECT_TRUE(peak);
}

}  // namespace
}  // namespace folio::chart

namespace folio::chart {
namespace {

std::string description_of(const std::string& kind_and_keys, const std::string& values) {
  auto document = model::resolve_document(folio::testing::parse_text(
      R"({"meta": {"title": "T"}, "data": {"d": {"values": )" + values +
      R"(}}, "blocks": [{"type": "chart", "id": "c", "data": "d", )" + kind_and_keys + "}]}"));
  return describe_chart_data(*model::charts_of(document).front());
}

TEST(Descriptions, CountWithPluralsNotOneParts) {
  EXPECT_EQ(description_of(R"("kind": "donut", "x": "k", "y": "v")", R"([{"k": "a", "v": 3}])"),
            "1 part of a total of 3: a 3 (100%).");
  EXPECT_EQ(description_of(R"("kind": "table", "columns": [{"field": "k"}])", R"([{"k": "a"}])"),
            "Table of 1 row with column k: a.");
  EXPECT_EQ(description_of(R"("kind": "timeline", "x": "d", "label": "e",
                              "spans": [{"start": "2021-03", "end": "2021-05", "label": "S"}])",
                           R"([{"d": "2021-04-02", "e": "One"}])"),
            "1 event. Mar 2021 to May 2021: S. Apr 2, 2021: One.");
  EXPECT_EQ(description_of(R"("kind": "timeline", "x": "d", "label": "e")",
                           R"([{"d": "2021", "e": "One"}, {"d": "2022", "e": "Two"}])"),
            "2 events. 2021: One. 2022: Two.");
}

}  // namespace
}  // namespace folio::chart
