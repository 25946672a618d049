// Timelines in lanes: one lane per series, stacked, their labels never colliding.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <random>

#include "chart/layout_chart.h"
#include "model/document.h"
#include "test_support.h"

namespace folio::chart {
namespace {

model::Document lanes_document(const std::string& values) {
  return model::resolve_document(folio::testing::parse_text(fmt::format(
      R"({{"meta": {{"title": "T"}}, "data": {{"d": {{"values": {}}}}}, "blocks": [{{"type": "chart",
      "id": "t", "kind": "timeline", "data": "d", "x": "date", "label": "event", "series": "lane",
      "spans": [{{"start": "1975", "end": "1997", "label": "Gap"}}]}}]}})",
      values)));
}

struct Placed {
  Rect box;
  std::string text;
};

void collect(const scene::Frame& frame, Point origin, std::vector<Placed>& events,
             std::vector<Placed>& texts) {
  for (const auto& item : frame.items) {
    if (const auto* group = std::get_if<scene::Group>(&item)) {
      Point at{origin.x + group->offset.x, origin.y + group->offset.y};
      if (group->role == "label:event")
        events.push_back({{at.x, at.y, group->frame->size.width, group->frame->size.height}, ""});
      collect(*group->frame, at, events, texts);
    } else if (const auto* text = std::get_if<scene::Text>(&item)) {
      texts.push_back({{origin.x + text->position.x, origin.y + text->position.y,
                        text->run->size().width, text->run->size().height},
                       text->run->text()});
    }
  }
}

TEST(TimelineLanes, StackOneLanePerSeriesInOrder) {
  auto document = lanes_document(R"([
      {"date": "1970", "event": "Established", "lane": "Relations"},
      {"date": "2019-03", "event": "State visit", "lane": "Visits"},
      {"date": "1997", "event": "Resumed", "lane": "Relations"}])");
  const auto& chart = *model::charts_of(document).front();
  auto size = standalone_chart_size(chart, model::load_theme("briefing"));
  auto frame = layout_chart(chart, model::load_theme("briefing"), size);
  std::vector<Placed> events, texts;
  collect(frame, {0, 0}, events, texts);
  auto y_of = [&](const std::string& text) {
    for (const auto& t : texts)
      if (t.text == text) return t.box.y;
    ADD_FAILURE() << "no text " << text;
    return 0.0;
  };
  EXPECT_LT(y_of("Relations"), y_of("Established"));
  EXPECT_LT(y_of("Resumed"), y_of("Visits"));  // the second lane starts below the first
  EXPECT_LT(y_of("Visits"), y_of("State visit"));
  // The span's label is written once, in the first lane's band.
  EXPECT_EQ(std::count_if(texts.begin(), texts.end(), [](auto& t) { return t.text == "Gap"; }), 1);
  EXPECT_NE(describe_chart_data(chart).find("Visits, Mar 2019: State visit."), std::string::npos);
}

TEST(TimelineLanes, LabelsNeverOverlapOnRandomData) {
  auto theme = model::load_theme("briefing");
  for (unsigned seed = 1; seed <= 40; ++seed) {
    std::mt19937 random(seed);
    std::uniform_int_distribution<int> year(1960, 2024), lane(0, 2), words(1, 6);
    std::string values = "[";
    int count = 4 + static_cast<int>(random() % 14);
    for (int i = 0; i < count; ++i) {
      std::string label;
      for (int w = words(random); w > 0; --w) label += w > 1 ? "word " : "word";
      values += fmt::format(R"({}{{"date": "{}", "event": "{}", "lane": "L{}"}})", i ? "," : "",
                            year(random), label, lane(random));
    }
    auto document = lanes_document(values + "]");
    const auto& chart = *model::charts_of(document).front();
    for (double width : {481.0, 640.0}) {
      Size size = fit_chart_size(chart, theme, {width, 200});
      auto frame = layout_chart(chart, theme, size, {.background = true, .figure_label = ""});
      std::vector<Placed> events, texts;
      collect(frame, {0, 0}, events, texts);
      for (size_t i = 0; i < events.size(); ++i) {
        EXPECT_GE(events[i].box.x, -1e-6) << "seed " << seed;
        EXPECT_LE(events[i].box.right(), width + 1e-6) << "seed " << seed;
        EXPECT_LE(events[i].box.bottom(), size.height) << "seed " << seed;
        for (size_t j = i + 1; j < events.size(); ++j)
          EXPECT_FALSE(events[i].box.intersects(events[j].box))
              << "seed " << seed << " width " << width << " labels " << i << ", " << j;
      }
    }
  }
}

}  // namespace
}  // namespace folio::chart
