// `folio slides`: a 16:9 deck from a document, a title slide and one slide per chart, as a
// presenter opens it: page size, text, fonts, bookmarks and the slide numbers.
#include <algorithm>

#include "e2e_support.h"

namespace folio::e2e {
namespace {

const std::string kSamples = std::string(FOLIO_SOURCE_DIR) + "/samples/korea-cambodia/";

std::string page_text(const std::string& pdf, int page) {
  return run(fmt::format("pdftotext -f {0} -l {0} {1} -", page, shell_quote(pdf))).out;
}

TEST(Slides, TheSampleBecomesATitleSlideAndOneSlidePerChart) {
  ScratchDir dir("slides");
  auto deck = (dir.path / "deck.pdf").string();
  auto result =
      run(folio("slides " + shell_quote(kSamples + "briefing.json") + " -o " + shell_quote(deck)));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, deck + "\n");
  auto info = run("pdfinfo " + shell_quote(deck)).out;
  EXPECT_NE(info.find("Pages:           7\n"), std::string::npos) << info;
  // 13.333 × 7.5 in: PowerPoint's widescreen slide.
  EXPECT_NE(info.find("Page size:       960 x 540 pts"), std::string::npos) << info;
  EXPECT_NE(info.find("Title:           Korea–Cambodia Relations"), std::string::npos);

  auto title = squeeze(page_text(deck, 1));
  EXPECT_NE(title.find("Korea–Cambodia Relations"), std::string::npos) << title;
  EXPECT_NE(title.find("2 March 2020"), std::string::npos) << title;
  const char* chart_titles[] = {"Half a century of relations, with a 22-year break",
                                "Official visits since 1997",
                                "Two-way trade grew twentyfold to US$1 billion",
                                "Korean ODA to Cambodia reached US$700 million",
                                "Korea is Cambodia's second-largest direct investor"};
  for (int i = 0; i < 5; ++i) {
    auto text = squeeze(page_text(deck, i + 3));
    EXPECT_NE(text.find(chart_titles[i]), std::string::npos) << "slide " << i + 3 << ": " << text;
    // "3 / 7": poppler reads the narrow gaps around the slash as no space.
    std::string unspaced = text;
    unspaced.erase(std::remove(unspaced.begin(), unspaced.end(), ' '), unspaced.end());
    EXPECT_NE(unspaced.find(fmt::format("{}/7", i + 3)), std::string::npos) << text;
    EXPECT_NE(text.find("Source:"), std::string::npos) << text;
  }
  // Every font embedded, so the deck shows the same on a projector's laptop.
  auto fonts = run("pdffonts " + shell_quote(deck)).out;
  EXPECT_EQ(fonts.find(" no "), std::string::npos) << fonts;
  // A bookmark per slide.
  auto outline = run("qpdf --json --json-key=outlines " + shell_quote(deck)).out;
  for (const char* bookmark :
       {"\"title\": \"Korea–Cambodia Relations\"", "\"title\": \"Headline figures\"",
        "\"title\": \"Official visits since 1997\""})
    EXPECT_NE(outline.find(bookmark), std::string::npos) << bookmark;
  // The timeline has more events than one slide holds at 14 pt: drawn smaller, and said.
  EXPECT_NE(result.err.find("warning: /blocks/5: chart \"diplomatic-timeline\" has too much to "
                            "show on one slide: its smallest text would be"),
            std::string::npos)
      << result.err;
}

TEST(Slides, AKoreanDocumentNumbersAndDatesItsSlidesInKorean) {
  ScratchDir dir("slides-ko");
  auto deck = (dir.path / "deck.pdf").string();
  auto result = run(
      folio("slides " + shell_quote(kSamples + "briefing.ko.json") + " -o " + shell_quote(deck)));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  auto title = squeeze(page_text(deck, 1));
  EXPECT_NE(title.find("2020년 3월 2일"), std::string::npos) << title;
}

TEST(Slides, WrongOutputsAndCrowdedChartsUnderStrictAreOneLineErrors) {
  ScratchDir dir("slides-bad");
  auto deck = (dir.path / "deck.key").string();
  auto wrong =
      run(folio("slides " + shell_quote(kSamples + "briefing.json") + " -o " + shell_quote(deck)));
  EXPECT_EQ(wrong.exit_code, 2);
  EXPECT_EQ(wrong.err,
            "folio: error: --output: expected a file ending in .pdf or .pptx, found \"deck.key\" (see "
            "'folio --help')\n");
  auto strict = run(folio("slides " + shell_quote(kSamples + "briefing.json") + " -o " +
                          shell_quote((dir.path / "deck.pdf").string()) + " --strict"));
  EXPECT_EQ(strict.exit_code, 2);
  EXPECT_NE(strict.err.find("briefing.json:157:5: error: /blocks/5: expected a chart that fits a "
                            "slide, found chart \"diplomatic-timeline\" has too much"),
            std::string::npos)
      << strict.err;
  EXPECT_EQ(std::count(strict.err.begin(), strict.err.end(), '\n'), 1);
  EXPECT_FALSE(std::filesystem::exists(dir.path / "deck.pdf"));
}

}  // namespace
}  // namespace folio::e2e
