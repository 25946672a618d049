// Every script a briefing meets sets with a real font: no boxes, and each script from the font
// the theme names for it (Han in the forms of the text's language).
#include <gtest/gtest.h>
#include <pango/pangocairo.h>

#include <set>

#include "model/theme.h"
#include "scene/missing_glyphs.h"
#include "text/script_runs.h"
#include "text/shaped_text.h"

namespace folio {
namespace {

struct Sample {
  const char* script;
  const char* language;
  const char* text;
  const char* font;  // the family that must set the non-Latin part
};

const Sample kSamples[] = {
    {"Latin (Vietnamese)", "vi", "Tiếng Việt: Hà Nội, Đà Nẵng, Huế", "Noto Sans"},
    {"Greek", "el", "Ελληνική Δημοκρατία", "Noto Sans"},
    {"Cyrillic", "ru", "Российская Федерация", "Noto Sans"},
    {"Hangul", "ko", "대한민국과 캄보디아 왕국", "NanumGothic"},
    {"Hangul in English", "en", "대한민국과 캄보디아 왕국", "NanumGothic"},
    {"Hanja in Korean", "ko", "大韓民國", "Noto Sans CJK KR"},
    {"Han (simplified)", "zh", "中华人民共和国外交部", "Noto Sans CJK SC"},
    {"Han (traditional)", "zh-TW", "中華民國外交部", "Noto Sans CJK TC"},
    {"Kana and kanji", "ja", "日本国外務省とカンボジア", "Noto Sans CJK JP"},
    {"Khmer", "km", "ព្រះរាជាណាចក្រកម្ពុជា", "Noto Sans Khmer"},
    {"Lao", "lo", "ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ", "Noto Sans Lao"},
    {"Thai", "th", "ราชอาณาจักรไทย", "Noto Sans Thai"},
    {"Myanmar", "my", "မြန်မာနိုင်ငံ", "Noto Sans Myanmar"},
    {"Devanagari", "hi", "भारत गणराज्य", "Noto Sans Devanagari"},
    {"Arabic", "ar", "المملكة العربية السعودية", "Noto Sans Arabic"},
    {"Hebrew", "he", "מדינת ישראל", "Noto Sans Hebrew"},
};

// The families Pango chose for the runs of a shaped text.
std::set<std::string> families_used(const text::ShapedText& shaped) {
  std::set<std::string> families;
  PangoLayoutIter* iter = pango_layout_get_iter(shaped.layout());
  do {
    PangoLayoutRun* run = pango_layout_iter_get_run_readonly(iter);
    if (!run) continue;
    PangoFontDescription* font = pango_font_describe(run->item->analysis.font);
    families.insert(pango_font_description_get_family(font));
    pango_font_description_free(font);
  } while (pango_layout_iter_next_run(iter));
  pango_layout_iter_free(iter);
  return families;
}

TEST(Scripts, EveryCoveredScriptSetsWithItsFont) {
  auto theme = model::load_theme("briefing");
  for (const auto& sample : kSamples) {
    for (auto role :
         {model::TextRole::body, model::TextRole::heading_1, model::TextRole::axis_label}) {
      auto shaped = text::shape_text(sample.text, theme.in_language(sample.language).text(role));
      EXPECT_EQ(shaped->unknown_glyphs(), 0) << sample.script;
      EXPECT_TRUE(families_used(*shaped).count(sample.font))
          << sample.script << " is not set in " << sample.font;
    }
  }
}

TEST(Scripts, SymbolsNumbersNeedHaveGlyphs) {
  auto theme = model::load_theme("briefing");
  // Minus, times, arrows for changes, per mille and the currency signs of the region.
  auto shaped = text::shape_text("−12 × 3 ▲ ▼ ‰ € ₩ ₭ ៛ ฿ ₹ ₫ ₪ ¥ £ ₱ ₮",
                                 theme.text(model::TextRole::stat_change));
  EXPECT_EQ(shaped->unknown_glyphs(), 0);
  auto families = families_used(*shaped);
  EXPECT_TRUE(families.count("Noto Sans Math")) << "the minus sign";
  EXPECT_TRUE(families.count("Noto Sans Symbols2")) << "the triangles";
}

TEST(Scripts, MixedDirectionLinesKeepTheirOrder) {
  auto theme = model::load_theme("briefing");
  // Pango's bidi: an Arabic name inside an English sentence reads right to left inside a line
  // that still starts on the left.
  auto shaped = text::shape_text("Visit of المملكة العربية السعودية in 2024",
                                 theme.text(model::TextRole::body));
  EXPECT_EQ(shaped->unknown_glyphs(), 0);
  EXPECT_EQ(pango_layout_get_direction(shaped->layout(), 0), PANGO_DIRECTION_LTR);
  EXPECT_EQ(families_used(*shaped).count("Noto Sans Arabic"), 1u);
}

TEST(Scripts, AScriptWithNoFontIsNamedCharacterByCharacter) {
  auto theme = model::load_theme("briefing");
  scene::Frame frame{{200, 40}, {}};
  frame.text({0, 0}, text::shape_text("Santali ᱚᱞ", theme.text(model::TextRole::body)));
  scene::Frame page{{400, 400}, {}};
  page.group({10, 10}, std::move(frame));
  std::get<scene::Group>(page.items.back()).source = "/blocks/4";
  std::vector<scene::MissingGlyphs> missing;
  scene::find_missing_glyphs(page, "", missing);
  ASSERT_EQ(missing.size(), 1u);
  EXPECT_EQ(missing[0].source, "/blocks/4");
  std::string expected =
      "U+1C5A OL CHIKI LETTER LA, U+1C5E OL CHIKI LETTER AL in \"Santali ᱚᱞ\" (fonts tried: ";
  EXPECT_EQ(scene::describe_missing(missing[0]).substr(0, expected.size()), expected);
  EXPECT_NE(scene::describe_missing(missing[0]).find("Noto Sans, Noto Sans Math"),
            std::string::npos);
}

}  // namespace
}  // namespace folio

namespace folio::text {
namespace {

TEST(ScriptRuns, SpacesBetweenJoinARunAndFiguresAfterDoNot) {
  auto runs = script_runs("Trade 한국과 캄보디아. −12 ▲");
  ASSERT_EQ(runs.size(), 2u);
  EXPECT_EQ(runs[0].script, "Latin");
  EXPECT_EQ(runs[1].script, "Hangul");
  EXPECT_EQ(std::string("Trade 한국과 캄보디아. −12 ▲")
                .substr(runs[1].start, runs[1].end - runs[1].start),
            "한국과 캄보디아");
}

}  // namespace
}  // namespace folio::text
