// The .pptx deck opened where users meet it: LibreOffice Impress (headless) opens it and turns it
// into a PDF, whose text and pictures are checked against folio's own deck; LibreOffice Calc
// opens a chart's embedded workbook and finds the chart's numbers. Labelled `libreoffice` in
// ctest; skipped where LibreOffice is not installed.
#include <algorithm>
#include <cctype>

#include "e2e_support.h"
#include "image_compare.h"

namespace folio::e2e {
namespace {

const std::string kSample = std::string(FOLIO_SOURCE_DIR) + "/samples/korea-cambodia/briefing.json";

bool have_libreoffice() {
  return run("command -v soffice").exit_code == 0;
}

// soffice with a profile of its own (two may run at once), converting `file` into `folder`.
CommandResult convert(const std::filesystem::path& file, const std::string& to,
                      const std::filesystem::path& folder) {
  return run(fmt::format(
      "timeout 300 soffice --headless --norestore -env:UserInstallation=file://{} --convert-to {} "
      "--outdir {} {}",
      (folder / "profile").string(), shell_quote(to), shell_quote(folder.string()),
      shell_quote(file.string())));
}

struct Decks {
  ScratchDir dir{"office"};
  std::filesystem::path pptx = dir.path / "deck.pptx", pdf = dir.path / "deck.pdf";
  std::filesystem::path impress_pdf = dir.path / "impress" / "deck.pdf";
};

Decks& decks() {
  static Decks* made = [] {
    auto* d = new Decks;
    for (const auto& out : {d->pptx, d->pdf})
      EXPECT_EQ(run(folio("slides " + shell_quote(kSample) + " -o " + shell_quote(out.string())))
                    .exit_code,
                0);
    std::filesystem::create_directories(d->dir.path / "impress");
    auto converted = convert(d->pptx, "pdf", d->dir.path / "impress");
    EXPECT_TRUE(std::filesystem::exists(d->impress_pdf)) << converted.out << converted.err;
    return d;
  }();
  return *made;
}

TEST(LibreOffice, ImpressOpensTheDeckWithEveryTitleCategoryAndSeries) {
  if (!have_libreoffice()) GTEST_SKIP() << "LibreOffice (soffice) is not installed";
  const auto& d = decks();
  auto info = run("pdfinfo " + shell_quote(d.impress_pdf.string())).out;
  EXPECT_NE(info.find("Pages:           7\n"), std::string::npos) << info;
  EXPECT_NE(info.find("Page size:       960"), std::string::npos) << info;
  auto text = squeeze(run("pdftotext " + shell_quote(d.impress_pdf.string()) + " -").out);
  for (const char* expected :
       {// the title slide
        "Korea–Cambodia Relations", "2 March 2020",
        // chart titles, as text boxes
        "Half a century of relations, with a 22-year break",
        "Two-way trade grew twentyfold to US$1 billion",
        "Korean ODA to Cambodia reached US$700 million",
        "Korea is Cambodia's second-largest direct investor",
        // series and categories of the native charts
        "Two-way trade", "Imports from Korea", "Exports to Korea", "1991–2000", "2016–2019",
        "Total", "China", "Republic of Korea", "Thailand",
        // values and sources
        "US$700M", "US$5.8B", "Source: Embassy overview (US$700 million, cumulative to 2019)"})
    EXPECT_NE(text.find(expected), std::string::npos) << expected;
}

TEST(LibreOffice, ImpressDrawsEachSlideAsFolioDrawsIt) {
  if (!have_libreoffice()) GTEST_SKIP() << "LibreOffice (soffice) is not installed";
  const auto& d = decks();
  auto folio_pages = (d.dir.path / "folio").string(), impress_pages = (d.dir.path / "lo").string();
  ASSERT_EQ(
      run("pdftoppm -png -r 18 " + shell_quote(d.pdf.string()) + " " + shell_quote(folio_pages))
          .exit_code,
      0);
  ASSERT_EQ(run("pdftoppm -png -r 18 " + shell_quote(d.impress_pdf.string()) + " " +
                shell_quote(impress_pages))
                .exit_code,
            0);
  // At 18 dpi a slide is its layout: where the title, chart and source are. Pictures and text
  // boxes land where folio draws them; native charts are drawn by Impress, with its own legend
  // and axis labels, and differ more.
  const double allowed[] = {0.03, 0.05, 0.05, 0.05, 0.10, 0.10, 0.10};
  for (int page = 1; page <= 7; ++page) {
    auto difference = compare_pngs(fmt::format("{}-{}.png", folio_pages, page),
                                   fmt::format("{}-{}.png", impress_pages, page), 64);
    ASSERT_TRUE(difference.loaded) << "slide " << page;
    EXPECT_LT(difference.differing_fraction, allowed[page - 1])
        << "slide " << page << ": " << difference.differing_fraction * 100 << "% of pixels differ";
    std::printf("slide %d: %.1f%% of pixels differ\n", page, difference.differing_fraction * 100);
  }
}

TEST(LibreOffice, CalcOpensAChartsWorkbookAndFindsItsNumbers) {
  if (!have_libreoffice()) GTEST_SKIP() << "LibreOffice (soffice) is not installed";
  const auto& d = decks();
  auto folder = d.dir.path / "calc";
  std::filesystem::create_directories(folder);
  auto workbook = folder / "oda.xlsx";
  // The deck's second chart is the ODA columns.
  ASSERT_EQ(
      run("unzip -p " + shell_quote(d.pptx.string()) +
          " ppt/embeddings/Microsoft_Excel_Worksheet2.xlsx > " + shell_quote(workbook.string()))
          .exit_code,
      0);
  // CSV in UTF-8 (76), comma-separated (44), text quoted with " (34).
  auto converted = convert(workbook, "csv:Text - txt - csv (StarCalc):44,34,76", folder);
  auto csv = read_file(folder / "oda.csv");
  ASSERT_FALSE(csv.empty()) << converted.out << converted.err;
  for (const char* row : {"1991–2000,", "2001–2005,", "2016–2019,", "Total,"})
    EXPECT_NE(csv.find(row), std::string::npos) << row << " in\n" << csv;
  // The cells hold numbers, shown in the chart's format.
  for (const char* row : {"1991–2000,US$40M", "2016–2019,US$225M", "Total,US$700M"})
    EXPECT_NE(csv.find(row), std::string::npos) << row << " in\n" << csv;
}

TEST(LibreOffice, ADeckTakesTheMastersOfATemplateImpressWrote) {
  if (!have_libreoffice()) GTEST_SKIP() << "LibreOffice (soffice) is not installed";
  const auto& d = decks();
  // Impress saves folio's deck again as PowerPoint: its own masters, layouts and theme.
  auto folder = d.dir.path / "template";
  std::filesystem::create_directories(folder);
  convert(d.pptx, "pptx:Impress MS PowerPoint 2007 XML", folder);
  auto brand = folder / "deck.pptx";
  ASSERT_TRUE(std::filesystem::exists(brand));
  auto branded = folder / "branded.pptx";
  auto made = run(folio("slides " + shell_quote(kSample) + " -o " + shell_quote(branded.string()) +
                        " --template " + shell_quote(brand.string())));
  ASSERT_EQ(made.exit_code, 0) << made.err;
  // The template's master is the deck's, and Impress opens the deck with every slide.
  auto master =
      run("unzip -p " + shell_quote(branded.string()) + " ppt/slideMasters/slideMaster1.xml").out;
  EXPECT_EQ(
      master,
      run("unzip -p " + shell_quote(brand.string()) + " ppt/slideMasters/slideMaster1.xml").out);
  std::filesystem::create_directories(folder / "pdf");
  convert(branded, "pdf", folder / "pdf");
  auto pdf = (folder / "pdf" / "branded.pdf").string();
  EXPECT_NE(run("pdfinfo " + shell_quote(pdf)).out.find("Pages:           7\n"), std::string::npos);
  auto text = squeeze(run("pdftotext " + shell_quote(pdf) + " -").out);
  EXPECT_NE(text.find("Korean ODA to Cambodia reached US$700 million"), std::string::npos);
  // A PDF deck has no masters to take.
  auto wrong = run(folio("slides " + shell_quote(kSample) + " -o " +
                         shell_quote((folder / "deck.pdf").string()) + " --template " +
                         shell_quote(brand.string())));
  EXPECT_EQ(wrong.exit_code, 2);
  EXPECT_EQ(wrong.err,
            "folio: error: --template: expected an output ending in .pptx, found \"deck.pdf\" "
            "(see 'folio --help')\n");
}

TEST(LibreOffice, ImpressOpensTheGalleryDeckOfEveryKindSlideForSlide) {
  if (!have_libreoffice()) GTEST_SKIP() << "LibreOffice (soffice) is not installed";
  ScratchDir dir("office-gallery");
  auto gallery = std::string(FOLIO_SOURCE_DIR) + "/samples/gallery/gallery.json";
  auto allow = " --allow-path " + shell_quote(std::string(FOLIO_SOURCE_DIR) + "/samples");
  auto pptx = dir.path / "gallery.pptx", pdf = dir.path / "gallery.pdf";
  for (const auto& out : {pptx, pdf})
    ASSERT_EQ(
        run(folio("slides " + shell_quote(gallery) + allow + " -o " + shell_quote(out.string())))
            .exit_code,
        0);
  std::filesystem::create_directories(dir.path / "impress");
  convert(pptx, "pdf", dir.path / "impress");
  auto impress = (dir.path / "impress" / "gallery.pdf").string();
  auto pages = [](const std::string& file) {
    auto info = run("pdfinfo " + shell_quote(file)).out;
    auto at = info.find("Pages:");
    return at == std::string::npos ? -1 : std::stoi(info.substr(at + 6));
  };
  int count = pages(pdf.string());
  ASSERT_GT(count, 20);
  ASSERT_EQ(pages(impress), count);
  // Each slide's first line in folio's deck (its title, or a tile's value) is on Impress's
  // slide of the same number.
  for (int page = 1; page <= count; ++page) {
    auto text = [&](const std::string& file) {
      return run(fmt::format("pdftotext -f {0} -l {0} {1} -", page, shell_quote(file))).out;
    };
    std::string ours = text(pdf.string());
    std::string first = ours.substr(0, ours.find('\n'));
    if (first.empty()) continue;
    // Without spaces: poppler puts one before a colon where Impress spaced the glyphs wider.
    auto unspaced = [](std::string t) {
      t.erase(
          std::remove_if(t.begin(), t.end(),
                         [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }),
          t.end());
      return t;
    };
    EXPECT_NE(unspaced(text(impress)).find(unspaced(first)), std::string::npos)
        << "slide " << page << ": \"" << first << "\"";
  }
}

}  // namespace
}  // namespace folio::e2e
