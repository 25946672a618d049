// Each distinct text is shaped once a thread: asking again gives the same shaped text, and a
// text that differs in any input is shaped anew, with what that input changes.
#include "text/shape_cache.h"

#include <gtest/gtest.h>

#include <functional>
#include <thread>

#include "model/theme.h"
#include "text/shaped_text.h"

namespace folio::text {
namespace {

model::TextStyle body_style() {
  return model::load_theme("briefing").text(model::TextRole::body);
}

TEST(ShapeCache, TheSameTextIsShapedOnce) {
  auto style = body_style();
  auto first = shape_text("Two-way trade in 2019", style, {120});
  auto again = shape_text("Two-way trade in 2019", style, {120});
  EXPECT_EQ(first.get(), again.get());
  EXPECT_EQ(first, shape_rich_text({"Two-way trade in 2019", {}}, style, {120}, style.color));
}

TEST(ShapeCache, EveryInputThatChangesTheTextIsPartOfTheKey) {
  const std::string text = "Official development assistance since 1987";
  auto base_style = body_style();
  const TextOptions base_options{160, Align::left, 0, true};
  auto base = shape_text(text, base_style, base_options);
  struct Variant {
    const char* what;
    std::function<ShapedTextPtr()> shape;
    std::function<bool(const ShapedText&)> changed;  // what a user would see differ
  };
  auto with_style = [&](auto change) {
    auto style = base_style;
    change(style);
    return shape_text(text, style, base_options);
  };
  auto with_options = [&](auto change) {
    auto options = base_options;
    change(options);
    return shape_text(text, base_style, options);
  };
  const Size size = base->size();
  std::vector<Variant> variants = {
      {"text", [&] { return shape_text(text + "!", base_style, base_options); },
       [&](const ShapedText& s) { return s.text() != base->text(); }},
      {"size", [&] { return with_style([](auto& s) { s.size_pt += 2; }); },
       [&](const ShapedText& s) { return s.size().height > size.height; }},
      {"bold", [&] { return with_style([](auto& s) { s.bold = !s.bold; }); },
       [&](const ShapedText& s) { return s.size().width != size.width; }},
      {"italic", [&] { return with_style([](auto& s) { s.italic = !s.italic; }); },
       [&](const ShapedText& s) { return s.size().width != size.width; }},
      // shape_text links in the text's own colour: the link colour stays the base's here.
      {"colour",
       [&] {
         auto red = base_style;
         red.color = {1, 0, 0, 1};
         return shape_rich_text({text, {}}, red, base_options, base_style.color);
       },
       [&](const ShapedText& s) {
         return s.color() == Color{1, 0, 0, 1};
       }},
      {"link colour",
       [&] {
         return shape_rich_text({text, {}}, base_style, base_options, Color{0, 0, 1, 1});
       },
       [&](const ShapedText&) { return true; }},
      {"line height", [&] { return with_style([](auto& s) { s.line_height *= 2; }); },
       [&](const ShapedText& s) { return s.size().height > size.height; }},
      {"family", [&] { return with_style([](auto& s) { s.family = "Noto Serif"; }); },
       [&](const ShapedText& s) { return s.families() == "Noto Serif"; }},
      {"width", [&] { return with_options([](auto& o) { o.width_pt = 60; }); },
       [&](const ShapedText& s) { return s.line_count() > base->line_count(); }},
      {"lines", [&] { return with_options([](auto& o) { o.max_lines = 1; }); },
       [&](const ShapedText& s) { return s.ellipsized(); }},
      {"alignment", [&] { return with_options([](auto& o) { o.align = Align::right; }); },
       [](const ShapedText& s) {
         return pango_layout_get_alignment(s.layout()) == PANGO_ALIGN_RIGHT;
       }},
      {"link",
       [&] {
         return shape_rich_text({text, {{TextSpan::link, 0, 8, "https://example.org/"}}},
                                base_style, base_options, base_style.color);
       },
       [&](const ShapedText& s) { return s.spans().size() == 1; }},
  };
  ASSERT_GT(base->line_count(), 1);
  for (const auto& variant : variants) {
    auto shaped = variant.shape();
    EXPECT_NE(shaped.get(), base.get()) << variant.what;
    EXPECT_TRUE(variant.changed(*shaped)) << variant.what;
    EXPECT_EQ(shaped.get(), variant.shape().get()) << variant.what << " is kept too";
  }
}

TEST(ShapeCache, TheLanguageIsPartOfTheKey) {
  auto english = body_style();
  auto korean = model::load_theme("briefing").in_language("ko").text(model::TextRole::body);
  EXPECT_NE(shape_key({"한국", {}}, english, {}, english.color),
            shape_key({"한국", {}}, korean, {}, korean.color));
}

TEST(ShapeCache, LongTextsAreNotKept) {
  auto style = body_style();
  std::string paragraph;
  while (paragraph.size() <= kShapeCacheLongestText) paragraph += "Trade grew again this year. ";
  EXPECT_TRUE(shape_key({paragraph, {}}, style, {400}, style.color).empty());
  auto first = shape_text(paragraph, style, {400});
  auto again = shape_text(paragraph, style, {400});
  EXPECT_NE(first.get(), again.get());
  EXPECT_EQ(first->size().height, again->size().height);
}

TEST(ShapeCache, EachThreadShapesItsOwn) {
  auto style = body_style();
  auto here = shape_text("Republic of Korea", style);
  ShapedTextPtr there;
  std::thread([&] { there = shape_text("Republic of Korea", style); }).join();
  ASSERT_TRUE(there);
  EXPECT_NE(here.get(), there.get());
  EXPECT_EQ(here->size().width, there->size().width);
}

TEST(ShapeCache, ItIsEmptiedWhenFull) {
  auto style = body_style();
  auto first = shape_text("label 0", style);
  for (size_t i = 1; i <= kShapeCacheEntries; ++i) shape_text("label " + std::to_string(i), style);
  auto again = shape_text("label 0", style);
  EXPECT_NE(first.get(), again.get());
  EXPECT_EQ(first->size().width, again->size().width);
}

}  // namespace
}  // namespace folio::text
