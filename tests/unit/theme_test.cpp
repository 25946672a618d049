#include "model/theme.h"

#include <gtest/gtest.h>

#include "core/colour_vision.h"

namespace folio::model {
namespace {

TEST(Theme, TextElementsInheritFromTheirParents) {
  auto theme = load_theme("briefing");
  auto text = theme.text(model::TextRole::text);
  auto axis_label = theme.text(model::TextRole::axis_label);
  auto axis_title = theme.text(model::TextRole::axis_title);
  EXPECT_EQ(axis_label.size_pt, theme.text(model::TextRole::axis_text).size_pt);
  EXPECT_NE(axis_label.size_pt, text.size_pt);
  EXPECT_EQ(axis_label.family, text.family);
  EXPECT_TRUE(axis_title.bold);
  EXPECT_EQ(axis_title.size_pt, axis_label.size_pt);
  // An element the theme does not name falls back along its dotted name to "text".
  EXPECT_EQ(theme.text_named("heading.7").size_pt, theme.text(model::TextRole::heading).size_pt);
  EXPECT_EQ(theme.text_named("nothing.here").size_pt, text.size_pt);
}

TEST(Theme, UnknownThemeThrows) {
  EXPECT_THROW(load_theme("no-such-theme"), std::out_of_range);
}

TEST(Theme, HanTakesTheFormsOfTheLanguage) {
  auto theme = load_theme("briefing");
  EXPECT_NE(theme.text(TextRole::body).family.find("Noto Sans CJK SC"), std::string::npos);
  EXPECT_NE(theme.in_language("ja").text(TextRole::body).family.find("Noto Sans CJK JP"),
            std::string::npos);
  EXPECT_NE(theme.in_language("ko-KR").text(TextRole::body).family.find("Noto Sans CJK KR"),
            std::string::npos);
  // ICU's likely subtags: Taiwan and Hong Kong write traditional characters.
  EXPECT_NE(theme.in_language("zh-TW").text(TextRole::body).family.find("Noto Sans CJK TC"),
            std::string::npos);
  EXPECT_NE(theme.in_language("zh-Hant").text(TextRole::body).family.find("Noto Sans CJK TC"),
            std::string::npos);
  EXPECT_NE(theme.in_language("zh").text(TextRole::body).family.find("Noto Sans CJK SC"),
            std::string::npos);
  EXPECT_NE(theme.in_language("ja").text_named("chart.title").family.find("Noto Sans CJK JP"),
            std::string::npos);
}

// Every text colour must reach WCAG AA (4.5:1) on the background it is set on.
TEST(Theme, EveryTextColourMeetsWcagAA) {
  for (const auto& name : theme_names()) {
    auto theme = load_theme(name);
    for (const auto& element : theme.text_elements()) {
      bool on_cover_band =
          element.rfind("cover.", 0) == 0 &&
          (element == "cover.title" || element == "cover.subtitle" || element == "cover.kicker");
      Color background = theme.color_named(on_cover_band ? "coverBand" : "background");
      double ratio = contrast_ratio(theme.text_named(element).color, background);
      EXPECT_GE(ratio, 4.5) << name << " " << element << " "
                            << theme.text_named(element).color.hex();
      if (element == "stat.change") {
        for (const char* tone : {"positive", "negative"})
          EXPECT_GE(contrast_ratio(theme.color_named(tone), theme.colors().tile), 4.5)
              << name << " " << tone;
      }
      if (element.rfind("callout.", 0) == 0) {
        EXPECT_GE(contrast_ratio(theme.text_named(element).color, theme.colors().callout), 4.5)
            << name << " " << element;
      }
      if (element.rfind("stat.", 0) == 0 || element.rfind("label.span", 0) == 0) {
        EXPECT_GE(contrast_ratio(theme.text_named(element).color, theme.colors().tile), 4.5)
            << name << " " << element;
      }
    }
  }
}

TEST(Theme, FourThemesShip) {
  EXPECT_EQ(theme_names(), (std::vector<std::string>{"briefing", "dark", "print-mono", "slides"}));
}

// Lines, bars and markers need 3:1 against the background (WCAG 2.1, non-text contrast).
TEST(Theme, SeriesColoursStandOutFromTheBackground) {
  for (const auto& name : theme_names()) {
    auto theme = load_theme(name);
    for (const auto& color : theme.palette())
      EXPECT_GE(contrast_ratio(color, theme.colors().background), 3.0)
          << name << " " << color.hex();
    EXPECT_GE(contrast_ratio(theme.colors().highlight, theme.colors().background), 3.0) << name;
  }
}

TEST(Theme, MonochromeSeriesDifferInDashAndMarker) {
  auto mono = load_theme("print-mono");
  for (size_t i = 0; i < 4; ++i) {
    const auto& color = mono.series(i).color;
    EXPECT_NEAR(color.r, color.g, 1e-9);  // grey
    EXPECT_NEAR(color.g, color.b, 1e-9);
    for (size_t j = 0; j < i; ++j) {
      EXPECT_NE(mono.series(i).marker, mono.series(j).marker);
      EXPECT_NE(mono.series(i).dash, mono.series(j).dash);
    }
  }
  EXPECT_TRUE(load_theme("briefing").series(1).dash.empty());
}

// Every pair of the first six series stays clearly apart (CIELAB difference of 10 or more)
// for typical vision and for each complete colour-vision deficiency, unless the theme tells
// series apart by dash and marker instead (print-mono).
TEST(Theme, SeriesColoursStayApartForColourBlindReaders) {
  const ColourVision visions[] = {ColourVision::typical, ColourVision::protanopia,
                                  ColourVision::deuteranopia, ColourVision::tritanopia};
  constexpr size_t kSeries = 6;
  constexpr double kMinDifference = 10;
  for (const auto& name : theme_names()) {
    auto theme = load_theme(name);
    if (!theme.series(1).dash.empty()) continue;
    for (auto vision : visions)
      for (size_t i = 0; i < kSeries; ++i)
        for (size_t j = 0; j < i; ++j)
          EXPECT_GE(delta_e(simulate(theme.series(i).color, vision),
                            simulate(theme.series(j).color, vision)),
                    kMinDifference)
              << name << ": series " << i << " " << theme.series(i).color.hex() << " and " << j
              << " " << theme.series(j).color.hex() << " under vision " << static_cast<int>(vision);
  }
}

TEST(ColourVision, SimulationsAgreeWithPublishedExamples) {
  Color red = *parse_color("#ff0000"), green = *parse_color("#00ff00");
  // Red and green, far apart for typical vision, come close for deuteranopes.
  EXPECT_GT(delta_e(red, green), 100);
  EXPECT_LT(delta_e(simulate(red, ColourVision::deuteranopia),
                    simulate(green, ColourVision::deuteranopia)),
            30);
  // Greys are unchanged by every simulation.
  Color grey = *parse_color("#777777");
  for (auto vision : {ColourVision::protanopia, ColourVision::deuteranopia})
    EXPECT_LT(delta_e(simulate(grey, vision), grey), 1.0);
  EXPECT_NEAR(delta_e(*parse_color("#000000"), *parse_color("#ffffff")), 100, 0.01);
}

TEST(Color, ReadableOnDarkensOrLightensJustEnough) {
  Color white{1, 1, 1, 1}, night = *parse_color("#0f1720");
  for (const auto& name : theme_names()) {
    auto theme = load_theme(name);
    for (const auto& color : theme.palette())
      EXPECT_GE(
          contrast_ratio(readable_on(color, theme.colors().background), theme.colors().background),
          4.5)
          << name << " " << color.hex();
  }
  Color orange = *parse_color("#cc7722");
  EXPECT_LT(contrast_ratio(orange, white), 4.5);
  Color darker = readable_on(orange, white);
  EXPECT_GE(contrast_ratio(darker, white), 4.5);
  EXPECT_LT(contrast_ratio(darker, white), 5.5);  // no darker than needed
  EXPECT_GT(readable_on(*parse_color("#1f4e8c"), night).relative_luminance(),
            parse_color("#1f4e8c")->relative_luminance());
  EXPECT_EQ(readable_on(*parse_color("#1f4e8c"), white),
            *parse_color("#1f4e8c"));  // already readable
}

TEST(Color, ParsesHexAndComputesContrast) {
  EXPECT_EQ(parse_color("#fff")->hex(), "#ffffff");
  EXPECT_EQ(parse_color("#1f4e8c")->hex(), "#1f4e8c");
  EXPECT_EQ(parse_color("#00000080")->hex(), "#00000080");
  EXPECT_FALSE(parse_color("blue").has_value());
  EXPECT_FALSE(parse_color("#12345g").has_value());
  EXPECT_NEAR(contrast_ratio(*parse_color("#000"), *parse_color("#fff")), 21.0, 1e-9);
}

}  // namespace
}  // namespace folio::model
