// Sizes that would make Cairo fail or exhaust memory are input errors naming the limit, and
// pages that leave almost no room still lay out without reading past their lines.
#include "e2e_support.h"

namespace folio::e2e {
namespace {

const std::string kSample =
    (std::filesystem::path(FOLIO_SOURCE_DIR) / "samples/korea-cambodia/briefing.json").string();

TEST(RenderLimits, AResolutionThatIsNoNumberIsRefused) {
  ScratchDir dir("limits-dpi");
  for (const char* dpi : {"nan", "inf", "-5", "1e999", "2000"}) {
    auto result = run(folio("render " + shell_quote(kSample) + " --out " +
                            shell_quote(dir.path.string()) + " --dpi " + dpi));
    EXPECT_EQ(result.exit_code, 2) << dpi;
    EXPECT_NE(result.err.find("folio: error: --dpi: expected a"), std::string::npos) << result.err;
    EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
  }
  EXPECT_TRUE(std::filesystem::is_empty(dir.path));
}

TEST(RenderLimits, APngPastCairosSizeIsRefusedBeforeDrawing) {
  ScratchDir dir("limits-png");
  auto spec = dir.path / "chart.json";
  std::ofstream(spec) << R"({"id": "c", "kind": "bar", "x": "k", "y": "v",
    "data": {"values": [{"k": "a", "v": 1}, {"k": "b", "v": 2}]}})";
  auto result =
      run(folio("chart " + shell_quote(spec.string()) + " -o " +
                shell_quote((dir.path / "c.png").string()) + " --size 4000x2000 --dpi 1200"));
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err,
            "folio: error: --dpi 1200: the chart would be 50000 × 25000 pixels, over the limit of "
            "32767 a side; lower --dpi or --size (see 'folio --help')\n");
  EXPECT_FALSE(std::filesystem::exists(dir.path / "c.png"));
  // Under the side limit, over the total (100 million pixels, 400 MB of memory).
  result = run(folio("chart " + shell_quote(spec.string()) + " -o " +
                     shell_quote((dir.path / "c.png").string()) + " --size 2000x1500 --dpi 600"));
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("over the limit of 100 million in all"), std::string::npos)
      << result.err;
}

TEST(RenderLimits, ADocumentsChartsAtTooHighAResolutionNameTheChart) {
  ScratchDir dir("limits-doc-png");
  auto doc = dir.path / "doc.json";
  std::ofstream(doc) << R"({"meta": {"title": "T"}, "blocks": [{"type": "chart", "id": "tall",
    "kind": "bar", "x": "k", "y": "v", "height": 4000,
    "data": {"values": [{"k": "a", "v": 1}]}}]})";
  auto result = run(folio("render " + shell_quote(doc.string()) + " --out " +
                          shell_quote((dir.path / "out").string()) + " --dpi 1200"));
  EXPECT_EQ(result.exit_code, 2) << result.err;
  EXPECT_NE(result.err.find("folio: error: --dpi 1200: chart \"tall\" would be "),
            std::string::npos)
      << result.err;
  EXPECT_FALSE(std::filesystem::exists(dir.path / "out"));
}

// A footnote taller than the page, and margins that leave little room: the first used to
// read past the end of the paragraph's lines.
TEST(RenderLimits, PagesWithAlmostNoRoomStillLayOut) {
  ScratchDir dir("limits-room");
  std::string long_note;
  for (int i = 0; i < 3000; ++i) long_note += "Long note. ";
  const std::string docs[] = {
      R"({"meta": {"title": "T"}, "blocks": [{"type": "paragraph", "text": "A note^[)" + long_note +
          R"(] here."}]})",
      R"({"meta": {"title": "T"}, "page": {"margins": {"top": "120mm", "bottom": "120mm"}},
         "blocks": [{"type": "paragraph", "text": "A paragraph of several lines that must go somewhere even though the margins leave room for about one line on each page."},
         {"type": "heading", "text": "After"}]})",
  };
  for (size_t i = 0; i < std::size(docs); ++i) {
    auto doc = dir.path / fmt::format("doc{}.json", i);
    std::ofstream(doc) << docs[i];
    auto out = dir.path / fmt::format("out{}", i);
    auto result = run("timeout 60 " + folio("render " + shell_quote(doc.string()) + " --out " +
                                            shell_quote(out.string()) + " --format pdf"));
    EXPECT_EQ(result.exit_code, 0) << i << ": " << result.err;
    EXPECT_EQ(
        run("qpdf --check " + shell_quote((out / fmt::format("doc{}.pdf", i)).string())).exit_code,
        0);
  }
}

TEST(RenderLimits, MarginsMustLeaveRoomForText) {
  ScratchDir dir("limits-margins");
  auto doc = dir.path / "doc.json";
  std::ofstream(doc)
      << R"({"meta": {"title": "T"}, "page": {"margins": {"top": "200mm", "bottom": "200mm"}},
    "blocks": [{"type": "paragraph", "text": "Hello."}]})";
  auto result = run(folio("render " + shell_quote(doc.string()) + " --out " +
                          shell_quote((dir.path / "out").string())));
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err, doc.string() +
                            ":1:46: error: /page/margins: expected top and bottom margins that "
                            "leave at least 51 mm of the page's 297 mm height for text, found "
                            "400 mm\n");
  EXPECT_FALSE(std::filesystem::exists(dir.path / "out"));
}

// A document of `pages` pages: a line of text on each, the pages broken by hand.
std::string document_of_pages(int pages) {
  std::string blocks;
  for (int i = 1; i <= pages; ++i)
    blocks += fmt::format(R"({}{{"type": "paragraph", "text": "Page {}."}})",
                          i > 1 ? R"(, {"type": "pageBreak"}, )" : "", i);
  return R"({"meta": {"title": "T"}, "blocks": [)" + blocks + "]}";
}

TEST(RenderLimits, ADocumentTakesTwoThousandPages) {
  ScratchDir dir("limits-pages");
  auto doc = dir.path / "doc.json";
  std::ofstream(doc) << document_of_pages(2000);
  auto out = dir.path / "out";
  auto result = run(folio("render " + shell_quote(doc.string()) + " --out " +
                          shell_quote(out.string()) + " --format pdf"));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(
      run("pdfinfo " + shell_quote((out / "doc.pdf").string())).out.find("Pages:           2000\n"),
      std::string::npos);
  std::filesystem::remove_all(out);
  std::ofstream(doc) << document_of_pages(2001);
  result = run(folio("render " + shell_quote(doc.string()) + " --out " + shell_quote(out.string()) +
                     " --format pdf"));
  EXPECT_EQ(result.exit_code, 2);
  // The page break that would open page 2001 is block 3999.
  EXPECT_NE(result.err.find(": error: /blocks/3999: expected a document of at most 2000 pages, "
                            "found more from this block on (split the document)\n"),
            std::string::npos)
      << result.err;
  EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
  EXPECT_FALSE(std::filesystem::exists(out));
}

}  // namespace
}  // namespace folio::e2e
