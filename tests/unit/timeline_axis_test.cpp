// A timeline's band is a calendar: month and day data get month ticks that name the year, and
// span labels too long for their span move out of the band instead of spilling over it.
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <gtest/gtest.h>

#include <array>
#include <random>

#include "chart/layout_chart.h"
#include "model/document.h"
#include "test_support.h"

namespace folio::chart {
namespace {

struct Placed {
  Rect box;
  std::string text;
  std::string group;  // the role of the innermost group holding it
};

void collect(const scene::Frame& frame, Point origin, const std::string& role,
             std::vector<Placed>& texts) {
  for (const auto& item : frame.items) {
    if (const auto* group = std::get_if<scene::Group>(&item)) {
      collect(*group->frame, {origin.x + group->offset.x, origin.y + group->offset.y},
              group->role.empty() ? role : group->role, texts);
    } else if (const auto* text = std::get_if<scene::Text>(&item)) {
      texts.push_back({{origin.x + text->position.x, origin.y + text->position.y,
                        text->run->size().width, text->run->size().height},
                       text->run->text(),
                       role});
    }
  }
}

std::vector<Placed> texts_of(const std::string& values, const std::string& spans, Size size) {
  auto document = model::resolve_document(folio::testing::parse_text(fmt::format(
      R"({{"meta": {{"title": "T"}}, "data": {{"d": {{"values": {}}}}}, "blocks": [{{"type": "chart",
      "id": "t", "kind": "timeline", "data": "d", "x": "date", "label": "event",
      "spans": {}}}]}})",
      values, spans)));
  const auto& chart = *model::charts_of(document).front();
  auto frame = layout_chart(chart, model::load_theme("briefing"), size);
  std::vector<Placed> texts;
  collect(frame, {0, 0}, "", texts);
  return texts;
}

const char* kMonthly = R"([{"date": "2021-01-15", "event": "First case"},
    {"date": "2021-04-02", "event": "Borders closed"},
    {"date": "2022-06-01", "event": "Reopening"},
    {"date": "2022-11-30", "event": "Election"}])";

TEST(TimelineAxis, MonthDataGetMonthTicksThatNameTheYear) {
  auto texts = texts_of(kMonthly, "[]", {720, 300});
  std::vector<std::string> ticks;
  for (const auto& t : texts)
    if (t.group.empty() && t.text != "T") ticks.push_back(t.text);
  ASSERT_GE(ticks.size(), 3u) << fmt::format("{}", fmt::join(ticks, "|"));
  // The first tick names its year; later ticks name only the month until the year changes.
  EXPECT_NE(ticks.front().find("2021"), std::string::npos) << ticks.front();
  bool names_2022 = std::any_of(ticks.begin(), ticks.end(),
                                [](auto& t) { return t.find("2022") != std::string::npos; });
  EXPECT_TRUE(names_2022);
  bool month_only = std::any_of(texts.begin(), texts.end(), [](const Placed& t) {
    return t.text == "Apr" || t.text == "Jul" || t.text == "Oct";
  });
  EXPECT_TRUE(month_only);
}

TEST(TimelineAxis, AYearHiddenBehindASpanEdgeMovesToTheNextTick) {
  // Jan 2022 falls on the span's left edge, so its label is hidden: the year goes to the next
  // tick that is shown instead of never being written.
  auto texts =
      texts_of(kMonthly, R"([{"start": "2022-01", "end": "2022-09", "label": "R"}])", {720, 300});
  bool names_2022 = std::any_of(texts.begin(), texts.end(), [](const Placed& t) {
    return t.group.empty() && t.text.find("2022") != std::string::npos &&
           t.text.find(',') == std::string::npos;
  });
  EXPECT_TRUE(names_2022);
}

TEST(TimelineAxis, ASpanLabelTooLongForItsSpanIsPlacedOutsideTheBand) {
  auto texts = texts_of(kMonthly,
                        R"([{"start": "2021-03", "end": "2021-05",
                              "label": "Lockdown in the capital and the provinces"}])",
                        {720, 300});
  auto label = std::find_if(texts.begin(), texts.end(), [](const Placed& t) {
    return t.text == "Lockdown in the capital and the provinces";
  });
  ASSERT_NE(label, texts.end());
  EXPECT_EQ(label->group, "label:span");
  // Nothing it is drawn over: no other text meets it.
  for (const auto& t : texts) {
    if (&t == &*label) continue;
    EXPECT_FALSE(t.box.intersects(label->box)) << t.text;
  }
}

TEST(TimelineAxis, AShortSpanLabelStaysInsideItsSpan) {
  auto texts =
      texts_of(kMonthly, R"([{"start": "2021-02", "end": "2022-10", "label": "Gap"}])", {720, 300});
  auto label =
      std::find_if(texts.begin(), texts.end(), [](const Placed& t) { return t.text == "Gap"; });
  ASSERT_NE(label, texts.end());
  EXPECT_NE(label->group, "label:span");
}

// Leaders (unfilled open strokes) and label boxes in chart coordinates.
struct Leader {
  std::vector<Point> points;
};

void collect_marks(const scene::Frame& frame, Point origin, std::vector<Leader>& leaders,
                   std::vector<Rect>& labels) {
  for (const auto& item : frame.items) {
    if (const auto* group = std::get_if<scene::Group>(&item)) {
      Point at{origin.x + group->offset.x, origin.y + group->offset.y};
      if (group->role == "label:event" || group->role == "label:span")
        labels.push_back({at.x, at.y, group->frame->size.width, group->frame->size.height});
      collect_marks(*group->frame, at, leaders, labels);
    } else if (const auto* shape = std::get_if<scene::Shape>(&item)) {
      if (shape->fill || !shape->stroke || shape->path.ops.size() < 2) continue;
      Leader leader;
      bool open_polyline = true;
      for (const auto& op : shape->path.ops) {
        if (op.kind != scene::PathOp::move && op.kind != scene::PathOp::line) open_polyline = false;
        leader.points.push_back({origin.x + op.v[0], origin.y + op.v[1]});
      }
      if (open_polyline && shape->path.ops.front().kind == scene::PathOp::move)
        leaders.push_back(leader);
    }
  }
}

// How many label boxes (shrunk by a point, so touching its own label does not count) the
// polyline passes through.
size_t boxes_crossed(const Leader& leader, const std::vector<Rect>& labels) {
  size_t crossed = 0;
  for (const auto& box : labels) {
    Rect inner{box.x + 1, box.y + 1, box.width - 2, box.height - 2};
    bool hit = false;
    for (size_t i = 0; i + 1 < leader.points.size() && !hit; ++i) {
      auto a = leader.points[i], b = leader.points[i + 1];
      double length = std::hypot(b.x - a.x, b.y - a.y);
      for (double t = 0; t <= 1 && !hit; t += 0.25 / std::max(1.0, length)) {
        Point p{a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t};
        hit = p.x > inner.x && p.x < inner.right() && p.y > inner.y && p.y < inner.bottom();
      }
    }
    crossed += hit;
  }
  return crossed;
}

TEST(TimelineAxis, NoLeaderCrossesALabelOnRandomTimelines) {
  // Dense events within one year, a decade or a century, at slide, page and narrow widths.
  auto theme = model::load_theme("briefing");
  for (unsigned seed = 1; seed <= 60; ++seed) {
    std::mt19937 random(seed);
    int range_years = std::array{1, 10, 100}[seed % 3];
    std::uniform_int_distribution<int> year(1950, 1950 + range_years - 1), month(1, 12), day(1, 28),
        words(1, 7);
    int count = 3 + static_cast<int>(random() % 28);
    std::string values = "[";
    for (int i = 0; i < count; ++i) {
      std::string label;
      for (int w = words(random); w > 0; --w) label += w > 1 ? "event " : "event";
      values += fmt::format(R"({}{{"date": "{:04}-{:02}-{:02}", "event": "{}"}})", i ? "," : "",
                            year(random), month(random), day(random), label);
    }
    auto document = model::resolve_document(folio::testing::parse_text(fmt::format(
        R"({{"meta": {{"title": "T"}}, "data": {{"d": {{"values": {}]}}}}, "blocks": [{{"type":
        "chart", "id": "t", "kind": "timeline", "data": "d", "x": "date", "label": "event"}}]}})",
        values)));
    const auto& chart = *model::charts_of(document).front();
    for (double width : {360.0, 481.0, 720.0}) {
      Size size{width, chart_height_for_width(chart, theme, width)};
      auto frame = layout_chart(chart, theme, size);
      std::vector<Leader> leaders;
      std::vector<Rect> labels;
      collect_marks(frame, {0, 0}, leaders, labels);
      ASSERT_FALSE(labels.empty());
      for (const auto& leader : leaders)
        EXPECT_EQ(boxes_crossed(leader, labels), 0u)
            << "seed " << seed << " width " << width << " leader at x " << leader.points[0].x;
      for (size_t i = 0; i < labels.size(); ++i)
        for (size_t j = i + 1; j < labels.size(); ++j)
          EXPECT_FALSE(labels[i].intersects(labels[j])) << "seed " << seed << " width " << width;
    }
  }
}

}  // namespace
}  // namespace folio::chart
