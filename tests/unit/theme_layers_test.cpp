// A document's own theme: tokens over a built-in theme, from a theme file and inline, checked
// like the document itself.
#include "model/theme_layers.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "model/document.h"
#include "test_support.h"

namespace folio::model {
namespace {

const char* kBlocks = R"("blocks": [{"type": "paragraph", "text": "x"}])";

TEST(ThemeLayers, InlineTokensOverrideTheInheritedTheme) {
  auto spec = folio::testing::parse_text(std::string(R"({"meta": {"title": "T"},
   "style": {"inherit": "dark", "colors": {"accent": "#7a1f5c"}, "palette": ["#7a1f5c", "#2a8c82"],
             "text": {"body": {"size": 12.5}}},)") +
                                         kBlocks + "}");
  auto document = resolve_document(spec);
  EXPECT_EQ(document.theme.colors().accent.hex(), "#7a1f5c");
  EXPECT_EQ(document.theme.colors().background, load_theme("dark").colors().background);
  EXPECT_EQ(document.theme.palette().size(), 2u);
  EXPECT_EQ(document.theme.text(TextRole::body).size_pt, 12.5);
  // Another theme for cached charts, though it inherits "dark".
  EXPECT_NE(document.theme.name(), load_theme("dark").name());
}

TEST(ThemeLayers, AThemeFileIsReadRelativeToTheDocumentAndInlineTokensWin) {
  auto dir = std::filesystem::temp_directory_path() / "folio-theme-layers";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "brand.json") << R"({"colors": {"accent": "#112233", "rule": "#445566"}})";
  std::ofstream(dir / "doc.json") << R"({"meta": {"title": "T"},
   "style": {"file": "brand.json", "colors": {"rule": "#778899"}},)"
                                  << kBlocks << "}";
  auto document = resolve_document(spec::parse_document_file(dir / "doc.json"));
  EXPECT_EQ(document.theme.colors().accent.hex(), "#112233");
  EXPECT_EQ(document.theme.colors().rule.hex(), "#778899");
  std::filesystem::remove_all(dir);
}

TEST(ThemeLayers, BadTokensAreOneLineErrorsAtTheirPosition) {
  auto error = [](const std::string& style) {
    return folio::testing::error_of([&] {
      resolve_document(folio::testing::parse_text(R"({"meta": {"title": "T"}, "style": )" + style +
                                                  "," + kBlocks + "}"));
    });
  };
  EXPECT_EQ(error(R"({"colors": {"acent": "#123456"}})"),
            "doc.json:1:47: error: /style/colors/acent: expected a colour token (accent, axis, "
            "background, base, callout, coverBand, coverMuted, coverText, grid, heading, "
            "highlight, link, muted, negative, positive, rule, span, tableStripe, text, tile), "
            "found \"acent\" (did you mean \"accent\"?)");
  EXPECT_EQ(error(R"({"colors": {"accent": "purple"}})"),
            "doc.json:1:57: error: /style/colors/accent: expected a colour (#rrggbb or #rgb), "
            "found \"purple\"");
  EXPECT_NE(error(R"({"sizes": {"line": "thick"}})").find("/style/sizes/line: expected a number"),
            std::string::npos);
  EXPECT_NE(error(R"({"text": {"body": {"weight": "heavy"}}})").find("/style/text/body/weight"),
            std::string::npos);
  EXPECT_NE(error(R"({"inherit": "brand"})").find("/style/inherit: expected a theme"),
            std::string::npos);
}

}  // namespace
}  // namespace folio::model
