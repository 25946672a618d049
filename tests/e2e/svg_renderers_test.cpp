// A chart's SVG must look the same wherever it is dropped: in a librsvg tool and in a browser.
#include "chromium.h"
#include "e2e_support.h"
#include "image_compare.h"

namespace folio::e2e {
namespace {

TEST(SvgRenderers, ChromiumAndRsvgDrawEveryChartAlike) {
  ScratchDir dir("renderers");
  auto sample = std::string(FOLIO_SOURCE_DIR) + "/samples/korea-cambodia/briefing.json";
  ASSERT_EQ(run(folio("render " + shell_quote(sample) + " --format svg --out " +
                      shell_quote(dir.path.string())))
                .exit_code,
            0);
  int compared = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir.path / "charts")) {
    if (entry.path().extension() != ".svg") continue;
    auto svg = entry.path().string();
    auto rsvg_png = svg + ".rsvg.png", chrome_png = svg + ".chromium.png";
    ASSERT_EQ(run("rsvg-convert " + shell_quote(svg) + " -o " + shell_quote(rsvg_png)).exit_code, 0)
        << svg;
    // The SVG's size in pt at CSS's 96 px per inch, as rsvg-convert uses.
    auto [width, height] = svg_size_px(read_file(svg));
    int width_px = static_cast<int>(width), height_px = static_cast<int>(height);
    auto chrome = run(chromium(dir.path / "profile", width_px, height_px,
                               "--screenshot=" + shell_quote(chrome_png), "file://" + svg));
    ASSERT_TRUE(std::filesystem::exists(chrome_png)) << chrome.err;
    auto difference = compare_pngs(rsvg_png, chrome_png, 96);
    ASSERT_TRUE(difference.loaded) << svg;
    EXPECT_GE(difference.width, width_px - 1);
    // Anti-aliasing differs at glyph and line edges; shapes, text and colours must not.
    EXPECT_LT(difference.differing_fraction, 0.005)
        << entry.path().filename() << ": " << difference.differing_fraction * 100
        << "% of pixels differ";
    ++compared;
  }
  EXPECT_EQ(compared, 6);
}

}  // namespace
}  // namespace folio::e2e
