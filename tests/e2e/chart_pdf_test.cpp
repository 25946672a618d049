// `--format chart-pdf`: each chart as a one-page PDF of its own size, the vector form slide
// programs place, with its fonts embedded and its text extractable.
#include <nlohmann/json.hpp>

#include "e2e_support.h"
#include "image_compare.h"

namespace folio::e2e {
namespace {

TEST(ChartPdf, EveryChartIsAOnePagePdfOfItsOwnSize) {
  ScratchDir dir("chart-pdf");
  auto sample = std::string(FOLIO_SOURCE_DIR) + "/samples/korea-cambodia/briefing.json";
  auto result = run(folio("render " + shell_quote(sample) + " --format chart-pdf,svg --out " +
                          shell_quote(dir.path.string())));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  // Only what was asked for: no briefing PDF, no PNGs.
  EXPECT_FALSE(std::filesystem::exists(dir.path / "briefing.pdf"));
  auto index = nlohmann::json::parse(read_file(dir.path / "charts" / "index.json"));
  ASSERT_EQ(index["charts"].size(), 6u);
  for (const auto& chart : index["charts"]) {
    std::string id = chart["id"];
    ASSERT_EQ(chart["files"]["pdf"], id + ".pdf");
    auto pdf = (dir.path / "charts" / (id + ".pdf")).string();
    auto info = run("pdfinfo " + shell_quote(pdf));
    ASSERT_EQ(info.exit_code, 0) << id << ": " << info.err;
    EXPECT_NE(info.out.find("Pages:           1\n"), std::string::npos) << info.out;
    EXPECT_NE(info.out.find(fmt::format("Page size:       {:g} x {:g} pts",
                                        chart["width_pt"].get<double>(),
                                        chart["height_pt"].get<double>())),
              std::string::npos)
        << info.out;
    if (!chart["title"].get<std::string>().empty()) {
      EXPECT_NE(info.out.find("Title:           " + chart["title"].get<std::string>()),
                std::string::npos)
          << info.out;
    }
    // Every font embedded (a slide program on another machine has none of them).
    auto fonts = run("pdffonts " + shell_quote(pdf));
    std::istringstream lines(fonts.out);
    std::string line;
    int font_lines = 0;
    for (int i = 0; std::getline(lines, line); ++i) {
      if (i < 2) continue;
      ++font_lines;
      EXPECT_NE(line.find(" yes yes yes "), std::string::npos) << id << ": " << line;
    }
    EXPECT_GT(font_lines, 0) << id;
    // The labels are text, in reading order enough to find the title.
    auto text = run("pdftotext " + shell_quote(pdf) + " -");
    EXPECT_NE(squeeze(text.out).find(squeeze(chart["title"].get<std::string>())), std::string::npos)
        << id << ": " << text.out;
    // The same picture as the SVG: poppler and librsvg draw it within anti-aliasing.
    auto from_pdf = (dir.path / (id + "-pdf")).string();
    ASSERT_EQ(
        run("pdftoppm -png -r 96 -singlefile " + shell_quote(pdf) + " " + shell_quote(from_pdf))
            .exit_code,
        0);
    auto from_svg = (dir.path / (id + "-svg.png")).string();
    ASSERT_EQ(run("rsvg-convert " + shell_quote((dir.path / "charts" / (id + ".svg")).string()) +
                  " -o " + shell_quote(from_svg))
                  .exit_code,
              0);
    auto difference = compare_pngs(from_pdf + ".png", from_svg, 96);
    ASSERT_TRUE(difference.loaded) << id;
    EXPECT_LT(difference.differing_fraction, 0.01)
        << id << ": " << difference.differing_fraction * 100 << "% of pixels differ";
  }
}

TEST(ChartPdf, TheSameInputGivesTheSameBytes) {
  ScratchDir dir("chart-pdf-same");
  auto sample = std::string(FOLIO_SOURCE_DIR) + "/samples/korea-cambodia/briefing.json";
  for (const char* out : {"a", "b"})
    ASSERT_EQ(run(folio("render " + shell_quote(sample) + " --format chart-pdf --out " +
                        shell_quote((dir.path / out).string())))
                  .exit_code,
              0);
  for (const auto& entry : std::filesystem::directory_iterator(dir.path / "a" / "charts"))
    EXPECT_EQ(read_file(entry.path()),
              read_file(dir.path / "b" / "charts" / entry.path().filename()))
        << entry.path().filename();
}

}  // namespace
}  // namespace folio::e2e
