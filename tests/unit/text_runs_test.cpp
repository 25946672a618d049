// Shaped text read back as runs, as the SVG text layer and native text write it: the string a
// reader sees, at the place and size it is drawn.
#include "text/text_runs.h"

#include <gtest/gtest.h>

#include "model/theme.h"

namespace folio::text {
namespace {

model::TextStyle body(const std::string& language = "en") {
  return model::load_theme("briefing").in_language(language).text(model::TextRole::body);
}

std::string joined(const std::vector<TextRun>& runs) {
  std::string text;
  for (const auto& run : runs) text += (text.empty() ? "" : "|") + run.text;
  return text;
}

TEST(TextRuns, OneLineIsOneRunAtItsBaseline) {
  auto shaped = shape_text("Two-way trade", body());
  auto runs = text_runs(*shaped);
  ASSERT_EQ(runs.size(), 1u);
  EXPECT_EQ(runs[0].text, "Two-way trade");
  EXPECT_NEAR(runs[0].baseline, shaped->first_baseline(), 1e-9);
  EXPECT_NEAR(runs[0].x, shaped->layout_offset().x, 1e-9);
  EXPECT_NEAR(runs[0].width, shaped->size().width, 0.01);
  EXPECT_DOUBLE_EQ(runs[0].size_pt, body().size_pt);
  EXPECT_EQ(runs[0].family, "Noto Sans");
  EXPECT_FALSE(runs[0].right_to_left);
}

TEST(TextRuns, WrappedLinesLoseTheSpaceTheyBrokeAt) {
  auto shaped =
      shape_text("President Moon visits Cambodia to meet the Prime Minister", body(), {100});
  auto runs = text_runs(*shaped);
  ASSERT_GE(runs.size(), 2u);
  std::string words;
  for (const auto& run : runs) {
    EXPECT_NE(run.text.back(), ' ') << run.text;
    words += (words.empty() ? "" : " ") + run.text;
    EXPECT_LE(run.x + run.width, 100.01) << run.text;
  }
  EXPECT_EQ(words, "President Moon visits Cambodia to meet the Prime Minister");
  EXPECT_LT(runs[0].baseline, runs[1].baseline);
}

TEST(TextRuns, KhmerHasNoZeroWidthSpacesAndItsOwnFont) {
  // Line breaking inserts U+200B between Khmer words; a copied run must not carry them.
  const std::string khmer = "ព្រះរាជាណាចក្រកម្ពុជា និងសាធារណរដ្ឋកូរ៉េ";
  auto shaped = shape_text(khmer, body("km"), {60});
  std::string all;
  for (const auto& run : text_runs(*shaped)) {
    EXPECT_EQ(run.text.find("\xE2\x80\x8B"), std::string::npos);
    EXPECT_NE(run.family.find("Khmer"), std::string::npos) << run.family;
    all += run.text;
  }
  std::string expected = khmer;
  expected.erase(std::remove(expected.begin(), expected.end(), ' '), expected.end());
  all.erase(std::remove(all.begin(), all.end(), ' '), all.end());
  EXPECT_EQ(all, expected);
}

TEST(TextRuns, AShortenedLabelEndsInAnEllipsis) {
  auto shaped = shape_label("Ministry of Economy and Finance of the Kingdom", body(), 60, 1);
  ASSERT_TRUE(shaped->ellipsized());
  auto runs = text_runs(*shaped);
  ASSERT_FALSE(runs.empty());
  EXPECT_EQ(runs.back().text, "\xE2\x80\xA6") << joined(runs);
  EXPECT_EQ(runs.front().text.rfind("Ministry", 0), 0u) << joined(runs);
  EXPECT_LE(runs.back().x + runs.back().width, 60.01);
}

TEST(TextRuns, MixedDirectionsKeepEachRunsDirectionAndScript) {
  auto shaped = shape_text("Aid to \u05D9\u05E9\u05E8\u05D0\u05DC rose", body());
  auto runs = text_runs(*shaped);
  ASSERT_GE(runs.size(), 3u) << joined(runs);
  EXPECT_EQ(runs.front().text, "Aid to ");
  EXPECT_FALSE(runs.front().right_to_left);
  EXPECT_TRUE(runs[1].right_to_left);
  EXPECT_EQ(runs[1].text, "\u05D9\u05E9\u05E8\u05D0\u05DC");
  EXPECT_NE(runs[1].family.find("Hebrew"), std::string::npos) << runs[1].family;
  EXPECT_EQ(runs.back().text, "rose");
  for (size_t i = 1; i < runs.size(); ++i) EXPECT_LT(runs[i - 1].x, runs[i].x);
}

TEST(TextRuns, BoldLinksAndFootnoteMarksAreRunsOfTheirOwn) {
  auto text = parse_inline_markdown("**Exports** rose, see [KOTRA](https://kotra.or.kr)^[2019.]");
  const Color link{0.8, 0.1, 0.1, 1};
  auto shaped = shape_rich_text(text, body(), {}, link);
  auto runs = text_runs(*shaped);
  ASSERT_EQ(runs.size(), 4u) << joined(runs);
  EXPECT_EQ(runs[0].text, "Exports");
  EXPECT_EQ(runs[0].weight, 700);
  EXPECT_EQ(runs[1].text, " rose, see ");
  EXPECT_EQ(runs[1].weight, 400);
  EXPECT_EQ(runs[2].text, "KOTRA");
  EXPECT_NEAR(runs[2].color.r, link.r, 1e-3);
  EXPECT_EQ(runs[3].text, "1");
  // The mark is raised and smaller.
  EXPECT_LT(runs[3].baseline, runs[0].baseline - 1);
  EXPECT_LT(runs[3].size_pt, runs[0].size_pt);
}

}  // namespace
}  // namespace folio::text
