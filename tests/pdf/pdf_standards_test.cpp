// Every PDF folio writes (briefings, slide decks, single charts) passes the PDF/UA-1 and
// PDF/A-2b checker of pdf_checker.cpp and qpdf --check; Cairo's own file, before folio completes
// it, does not, so the checker can fail.
#include <cairo-pdf.h>

#include <algorithm>

#include "document_generator.h"
#include "e2e_support.h"
#include "pdf_checker.h"

namespace folio::e2e {
namespace {

using pdf_test::pdf_problems;

const std::string kSamples = std::string(FOLIO_SOURCE_DIR) + "/samples/";

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& line : lines) out += line + "\n";
  return out;
}

void expect_clean(const std::filesystem::path& pdf) {
  SCOPED_TRACE(pdf.string());
  auto problems = pdf_problems(read_file(pdf));
  EXPECT_TRUE(problems.empty()) << joined(problems);
  auto check = run("qpdf --check " + shell_quote(pdf.string()));
  EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
}

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

TEST(PdfStandards, CairosOwnFileFailsTheChecker) {
  std::string bytes;
  cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(append, &bytes, 200, 100);
  cairo_t* cr = cairo_create(surface);
  cairo_rectangle(cr, 10, 10, 50, 50);
  cairo_fill(cr);
  cairo_destroy(cr);
  cairo_surface_destroy(surface);
  auto problems = pdf_problems(bytes);
  for (const char* expected :
       {"the catalog has no /Lang", "the catalog has no XMP /Metadata stream",
        "no GTS_PDFA1 output intent with an RGB ICC profile",
        "the viewer preferences do not set /DisplayDocTitle true"})
    EXPECT_NE(std::find(problems.begin(), problems.end(), expected), problems.end())
        << expected << "\n"
        << joined(problems);
}

TEST(PdfStandards, EverySampleDocumentPassesTheChecker) {
  ScratchDir dir("pdf-standards");
  for (const char* document : {"korea-cambodia/briefing.json", "korea-cambodia/briefing.ko.json",
                               "country-profile/profile.json", "gallery/gallery.json"}) {
    auto out = dir.path / std::filesystem::path(document).stem();
    auto result = run(folio("render " + shell_quote(kSamples + document) + " --format pdf --out " +
                            shell_quote(out.string()) + " --allow-path " + shell_quote(kSamples)));
    ASSERT_EQ(result.exit_code, 0) << document << result.err;
    for (const auto& entry : std::filesystem::directory_iterator(out))
      if (entry.path().extension() == ".pdf") expect_clean(entry.path());
  }
}

TEST(PdfStandards, SlideDecksAndChartPdfsPassTheChecker) {
  ScratchDir dir("pdf-standards-slides");
  auto deck = dir.path / "deck.pdf";
  auto result = run(folio("slides " + shell_quote(kSamples + "korea-cambodia/briefing.json") +
                          " -o " + shell_quote(deck.string())));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  expect_clean(deck);
  result = run(folio("render " + shell_quote(kSamples + "korea-cambodia/briefing.json") +
                     " --format chart-pdf --out " + shell_quote(dir.path.string())));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  int charts = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir.path / "charts"))
    if (entry.path().extension() == ".pdf") {
      expect_clean(entry.path());
      ++charts;
    }
  EXPECT_EQ(charts, 6);
}

// Generated documents (headings of any level, long tables across pages, lists, callouts,
// footnotes, charts and grids, every theme): every one passes the checker.
// FOLIO_GENERATED_PDFS=N checks N seeds instead of the default 24.
TEST(PdfStandards, GeneratedDocumentsPassTheChecker) {
  ScratchDir dir("pdf-standards-generated");
  const char* seeds_variable = std::getenv("FOLIO_GENERATED_PDFS");
  unsigned seeds = seeds_variable ? static_cast<unsigned>(std::atoi(seeds_variable)) : 24;
  for (unsigned seed = 1; seed <= seeds; ++seed) {
    auto document = testing::generated_document(seed);
    document["folio"] = 1;
    auto path = dir.path / fmt::format("generated-{}.json", seed);
    std::ofstream(path) << document.dump(1);
    auto out = dir.path / fmt::format("out-{}", seed);
    auto result = run(folio("render " + shell_quote(path.string()) + " --format pdf --out " +
                            shell_quote(out.string())));
    ASSERT_EQ(result.exit_code, 0) << "seed " << seed << ": " << result.err;
    SCOPED_TRACE(fmt::format("seed {} (document kept as {})", seed, path.string()));
    auto problems = pdf_problems(read_file(out / fmt::format("generated-{}.pdf", seed)));
    EXPECT_TRUE(problems.empty()) << joined(problems);
    if (!problems.empty())
      std::filesystem::copy_file(path, "/tmp/" + path.filename().string(),
                                 std::filesystem::copy_options::overwrite_existing);
  }
}

// Two charts side by side are read one after the other, not line by line across both, by
// poppler in the order the file gives (-raw; its default layout mode regroups any PDF's text
// by position, merging the two charts' axis labels into lines) and by MuPDF: the content is
// painted, and tagged, in reading order.
TEST(PdfStandards, TextIsExtractedInReadingOrder) {
  ScratchDir dir("pdf-reading-order");
  auto document = R"({"folio": 1, "meta": {"title": "Order", "language": "en"},
    "data": {"a": {"values": [{"k": "north", "v": 3}, {"k": "south", "v": 5}]},
             "b": {"values": [{"k": "east", "v": 4}, {"k": "west", "v": 6}]}},
    "blocks": [
      {"type": "paragraph", "text": "Alpha paragraph comes first."},
      {"type": "grid", "columns": 2, "blocks": [
        {"type": "chart", "id": "left", "kind": "bar", "data": "a", "x": "k", "y": "v",
         "title": "Left chart title wraps over several lines of text here"},
        {"type": "chart", "id": "right", "kind": "bar", "data": "b", "x": "k", "y": "v",
         "title": "Right chart title wraps over several lines of text too"}]},
      {"type": "paragraph", "text": "Omega paragraph comes last."}]})";
  std::ofstream(dir.path / "order.json") << document;
  auto result = run(folio("render " + shell_quote((dir.path / "order.json").string()) +
                          " --format pdf --out " + shell_quote(dir.path.string())));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  auto pdf = shell_quote((dir.path / "order.pdf").string());
  for (const std::string& reader :
       {"pdftotext -raw " + pdf + " -", "mutool draw -F txt -o - " + pdf}) {
    SCOPED_TRACE(reader);
    auto text = squeeze(run(reader).out);
    std::vector<std::string> in_order = {
        "Alpha paragraph", "Left chart", "north", "south",
        "Right chart",     "east",       "west",  "Omega paragraph"};
    size_t at = 0;
    for (const auto& words : in_order) {
      size_t found = text.find(words, at);
      EXPECT_NE(found, std::string::npos) << "\"" << words << "\" out of order in: " << text;
      if (found != std::string::npos) at = found + words.size();
    }
  }
}

TEST(PdfStandards, TheXmpTitleAndLanguageAreTheDocumentsOwn) {
  ScratchDir dir("pdf-standards-xmp");
  auto result = run(folio("render " + shell_quote(kSamples + "korea-cambodia/briefing.ko.json") +
                          " --format pdf --out " + shell_quote(dir.path.string())));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  auto meta = run("pdfinfo -meta " + shell_quote((dir.path / "briefing.ko.pdf").string()));
  EXPECT_NE(meta.out.find("<rdf:li xml:lang=\"x-default\">한국–캄보디아 관계</rdf:li>"),
            std::string::npos)
      << meta.out;
  EXPECT_NE(meta.out.find("<dc:language><rdf:Bag><rdf:li>ko</rdf:li>"), std::string::npos);
  auto info = run("pdfinfo " + shell_quote((dir.path / "briefing.ko.pdf").string()));
  EXPECT_NE(info.out.find("Title:           한국–캄보디아 관계"), std::string::npos) << info.out;
}

}  // namespace
}  // namespace folio::e2e
