// A timeline's band is a calendar: month and day data get month ticks that name the year, and
// span labels too long for their span move out of the band instead of spilling over it.
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <gtest/gtest.h>

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

}  // namespace
}  // namespace folio::chart
