// Chart layouts checked on the scene, before any pixels: texts, positions and colours.
#include <gtest/gtest.h>

#include <algorithm>

#include "chart/layout_chart.h"
#include "model/document.h"
#include "spec/parse.h"
#include "test_support.h"

namespace folio::chart {
namespace {

struct Sample {
  model::Document document;
  const model::Chart& chart(const std::string& id) const {
    for (const auto* c : model::charts_of(document))
      if (c->spec.id == id) return *c;
    throw std::runtime_error("no chart " + id);
  }
};

const Sample& sample() {
  static Sample s{model::resolve_document(spec::parse_document_file(
      std::string(FOLIO_SOURCE_DIR) + "/samples/korea-cambodia/briefing.json"))};
  return s;
}

void collect(const scene::Frame& frame, Point origin,
             std::vector<std::pair<Rect, std::string>>& texts,
             std::vector<std::pair<Rect, std::string>>* groups = nullptr,
             const std::string& role = "") {
  for (const auto& item : frame.items) {
    if (const auto* text = std::get_if<scene::Text>(&item)) {
      texts.push_back({{origin.x + text->position.x, origin.y + text->position.y,
                        text->run->size().width, text->run->size().height},
                       text->run->text()});
    } else if (const auto* group = std::get_if<scene::Group>(&item)) {
      Point inner{origin.x + group->offset.x, origin.y + group->offset.y};
      if (groups && group->role == role)
        groups->push_back(
            {{inner.x, inner.y, group->frame->size.width, group->frame->size.height}, group->role});
      collect(*group->frame, inner, texts, groups, role);
    }
  }
}

std::vector<std::string> texts_of(const scene::Frame& frame) {
  std::vector<std::pair<Rect, std::string>> texts;
  collect(frame, {0, 0}, texts);
  std::vector<std::string> result;
  for (const auto& [box, text] : texts) result.push_back(text);
  return result;
}

bool contains(const std::vector<std::string>& texts, const std::string& wanted) {
  return std::find(texts.begin(), texts.end(), wanted) != texts.end();
}

TEST(LineChart, TradeChartHasBillionTicksAndYearLabels) {
  const auto& chart = sample().chart("trade-growth");
  auto frame = layout_chart(chart, sample().document.theme, kSlideSize,
                            {.background = true, .figure_label = ""});
  auto texts = texts_of(frame);
  for (const char* tick :
       {"0", "0.2", "0.4", "0.6", "0.8", "1.0", "US$1.2B", "2000", "2010", "2018"})
    EXPECT_TRUE(contains(texts, tick)) << tick;
  EXPECT_TRUE(contains(texts, "Two-way trade"));  // legend
  EXPECT_TRUE(contains(texts, chart.spec.title));
  EXPECT_TRUE(std::any_of(texts.begin(), texts.end(),
                          [](auto& t) { return t.rfind("Source: Embassy overview", 0) == 0; }));
}

TEST(LineChart, EveryTextStaysInsideTheChart) {
  for (const char* id :
       {"trade-growth", "oda", "fdi-ranking", "diplomatic-timeline", "headline-figures"}) {
    const auto& chart = sample().chart(id);
    for (Size size :
         {kSlideSize, Size{481, chart_height_for_width(chart, sample().document.theme, 481)}}) {
      auto frame = layout_chart(chart, sample().document.theme, size);
      std::vector<std::pair<Rect, std::string>> texts;
      collect(frame, {0, 0}, texts);
      for (const auto& [box, text] : texts) {
        EXPECT_GE(box.x, -0.01) << id << ": " << text;
        EXPECT_GE(box.y, -0.01) << id << ": " << text;
        EXPECT_LE(box.right(), size.width + 0.01) << id << ": " << text;
        EXPECT_LE(box.bottom(), size.height + 0.01) << id << ": " << text;
      }
    }
  }
}

TEST(BarChart, RankingIsSortedAndHighlightsKorea) {
  const auto& chart = sample().chart("fdi-ranking");
  auto frame = layout_chart(chart, sample().document.theme, kSlideSize);
  std::vector<std::pair<Rect, std::string>> texts;
  collect(frame, {0, 0}, texts);
  auto y_of = [&](const std::string& name) {
    for (const auto& [box, text] : texts)
      if (text == name) return box.y;
    ADD_FAILURE() << "no label " << name;
    return 0.0;
  };
  EXPECT_LT(y_of("China"), y_of("Republic of Korea"));
  EXPECT_LT(y_of("Republic of Korea"), y_of("Malaysia"));
  EXPECT_LT(y_of("Viet Nam"), y_of("Thailand"));
  auto all = texts_of(frame);
  EXPECT_TRUE(contains(all, "US$5.8 billion"));
  EXPECT_TRUE(contains(all, "US$13.5 billion"));
  // Korea's bar is the only one in the highlight colour; it is reported, so fully opaque.
  auto highlight = sample().document.theme.colors().highlight;
  int highlighted = 0;
  for (const auto& item : frame.items)
    if (const auto* shape = std::get_if<scene::Shape>(&item);
        shape && shape->fill && *shape->fill == highlight)
      ++highlighted;
  EXPECT_EQ(highlighted, 1);
}

TEST(StatTiles, ShowFormattedHeadlineFigures) {
  const auto& chart = sample().chart("headline-figures");
  // Wide enough for three tiles a row, amounts are written in words.
  auto wide = texts_of(layout_chart(chart, sample().document.theme, {800, 200}));
  for (const char* value : {"US$1.0 billion", "20×", "US$700 million", "US$5.8 billion", "200+"})
    EXPECT_TRUE(contains(wide, value)) << value;
  // In a column of text, words would cost a row of tiles: all amounts take the short form.
  auto narrow = texts_of(layout_chart(chart, sample().document.theme, {481, 200}));
  for (const char* value : {"US$1.0B", "20×", "US$700M", "US$5.8B", "200+"})
    EXPECT_TRUE(contains(narrow, value)) << value;
}

TEST(Timeline, LabelsNeverOverlapAtPageOrSlideWidth) {
  const auto& chart = sample().chart("diplomatic-timeline");
  for (double width : {481.0, 640.0, 360.0}) {
    Size size{width, chart_height_for_width(chart, sample().document.theme, width)};
    auto frame = layout_chart(chart, sample().document.theme, size);
    std::vector<std::pair<Rect, std::string>> texts, labels;
    collect(frame, {0, 0}, texts, &labels, "label:event");
    EXPECT_EQ(labels.size(),
              6u);  // nine events: 1996/1997 share a label, and so do the three of 2019-20
    for (size_t i = 0; i < labels.size(); ++i)
      for (size_t j = i + 1; j < labels.size(); ++j)
        EXPECT_FALSE(labels[i].first.intersects(labels[j].first))
            << width << ": " << i << " and " << j;
    auto all = texts_of(frame);
    EXPECT_TRUE(contains(all, "Mar 2019"));
    EXPECT_TRUE(contains(all, "No diplomatic relations"));
  }
}

TEST(Scene, DumpIsStableAndRounded) {
  const auto& chart = sample().chart("oda");
  auto first = scene::dump(layout_chart(chart, sample().document.theme, kSlideSize));
  auto second = scene::dump(layout_chart(chart, sample().document.theme, kSlideSize));
  EXPECT_EQ(first, second);
  EXPECT_EQ(first.rfind("frame 640.00x360.00\n", 0), 0u);
  EXPECT_NE(first.find("\"US$700 million\""), std::string::npos);
}

}  // namespace
}  // namespace folio::chart

namespace folio::chart {
namespace {

model::Document series_document(const std::string& stack) {
  return model::resolve_document(
      folio::testing::parse_text(R"({"meta": {"title": "T"}, "data": {"t": {"values": [
      {"year": "2012", "flow": "Imports", "v": 900}, {"year": "2012", "flow": "Exports", "v": 70},
      {"year": "2019", "flow": "Imports", "v": 696}, {"year": "2019", "flow": "Exports", "v": 335}]}},
      "blocks": [{"type": "chart", "id": "c", "kind": "bar", "data": "t", "x": "year", "y": "v", "series": "flow",
                  "stack": ")" + stack +
                                 R"("}]})"));
}

std::vector<Rect> filled_rects(const scene::Frame& frame, const Color& color) {
  std::vector<Rect> rects;
  for (const auto& item : frame.items) {
    const auto* shape = std::get_if<scene::Shape>(&item);
    if (!shape || !shape->fill || !(*shape->fill == color) || shape->path.ops.size() != 5) continue;
    const auto& ops = shape->path.ops;
    rects.push_back(
        {ops[0].v[0], ops[0].v[1], ops[1].v[0] - ops[0].v[0], ops[2].v[1] - ops[0].v[1]});
  }
  return rects;
}

TEST(SeriesColumns, GroupedStackedAndPercent) {
  auto theme = model::load_theme("briefing");
  auto imports = theme.series(0).color, exports = theme.series(1).color;
  for (const char* stack : {"none", "stacked", "percent"}) {
    auto document = series_document(stack);
    auto frame = layout_chart(*model::charts_of(document).front(), theme, kSlideSize);
    auto in = filled_rects(frame, imports), out = filled_rects(frame, exports);
    ASSERT_EQ(in.size(), 2u) << stack;
    ASSERT_EQ(out.size(), 2u) << stack;
    if (std::string(stack) == "none") {
      EXPECT_LT(in[0].right(), out[0].x + 0.01);                    // side by side
      EXPECT_NEAR(in[0].height / out[0].height, 900.0 / 70, 0.01);  // heights in proportion
      EXPECT_TRUE(contains(texts_of(frame), "900"));
    } else {
      EXPECT_NEAR(in[0].x, out[0].x, 0.01);         // one column per category
      EXPECT_NEAR(out[0].bottom(), in[0].y, 0.01);  // exports stacked on imports
    }
    if (std::string(stack) == "percent") {
      EXPECT_NEAR(in[1].height / (in[1].height + out[1].height), 696.0 / 1031, 1e-6);
      EXPECT_TRUE(contains(texts_of(frame), "100%"));
    }
  }
}

}  // namespace
}  // namespace folio::chart

namespace folio::chart {
namespace {

TEST(Legend, SitsWhereItIsAsked) {
  auto theme = model::load_theme("briefing");
  for (const char* position : {"top", "right", "bottom"}) {
    auto document = model::resolve_document(
        folio::testing::parse_text(R"({"meta": {"title": "T"}, "data": {"d": {"values": [
        {"x": 2000, "s": "Alpha", "y": 1}, {"x": 2001, "s": "Alpha", "y": 2}, {"x": 2000, "s": "Beta", "y": 3},
        {"x": 2001, "s": "Beta", "y": 1}]}}, "blocks": [{"type": "chart", "id": "c", "kind": "line", "data": "d",
        "x": "x", "y": "y", "series": "s", "legend": ")" +
                                   std::string(position) + R"("}]})"));
    auto frame = layout_chart(*model::charts_of(document).front(), theme, kSlideSize);
    std::vector<std::pair<Rect, std::string>> texts;
    collect(frame, {0, 0}, texts);
    Rect alpha{}, year{}, top_tick{};
    for (const auto& [box, text] : texts) {
      if (text == "Alpha") alpha = box;
      if (text == "2001") year = box;
      if (text == "3.0") top_tick = box;
    }
    SCOPED_TRACE(position);
    ASSERT_GT(top_tick.height, 0);  // the top tick label was found
    std::string where = position;
    if (where == "top") {
      EXPECT_LT(alpha.bottom(), top_tick.y);
    } else if (where == "bottom") {
      EXPECT_GT(alpha.y, year.bottom());
    } else {
      EXPECT_GT(alpha.x, year.right());
    }
  }
}

}  // namespace
}  // namespace folio::chart

namespace folio::chart {
namespace {

TEST(Donut, LabelsEveryShareWideEnoughInsideItsSlice) {
  auto file = spec::parse_chart_file(
      std::string(FOLIO_SOURCE_DIR) + "/samples/gallery/specs/donut.json",
      {.replaced_data = {}, .allowed_folders = {std::string(FOLIO_SOURCE_DIR) + "/samples"}});
  auto chart = model::resolve_chart(file.chart, {}, *file.json);
  for (const char* theme_name : {"briefing", "print-mono", "dark"}) {
    auto theme = model::load_theme(theme_name);
    std::vector<std::pair<Rect, std::string>> texts;
    collect(layout_chart(chart, theme, kSlideSize), {0, 0}, texts);
    std::vector<std::string> all;
    for (const auto& [box, text] : texts) all.push_back(text);
    // 44.7% (China) down to 7.3% (Thailand) all fit at slide size; each is also in the legend.
    for (const char* share : {"44.7%", "19.2%", "10.3%", "9.6%", "8.9%", "7.3%"})
      EXPECT_TRUE(contains(all, share)) << theme_name << " " << share;
  }
}

}  // namespace
}  // namespace folio::chart
