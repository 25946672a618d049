// Every word folio writes on a page is in the document's language, and a document may
// override any of them.
#include "e2e_support.h"

namespace folio::e2e {
namespace {

std::string korean_document(const std::string& extra) {
  return R"({"meta": {"title": "한국-캄보디아 관계", "language": "ko", "date": "2024-07-01",
  "author": "주캄보디아 대한민국 대사관"},
 "cover": {}, "contents": true, "sources": true, )" +
         extra + R"(
 "data": {"t": {"values": [{"year": 2017, "v": 780}, {"year": 2019, "v": 1031}],
                "source": "한국무역협회"}},
 "blocks": [{"type": "heading", "text": "교역"},
  {"type": "paragraph", "text": "한국과 캄보디아의 교역은 2019년에 10억 달러에 이르렀다."},
  {"type": "chart", "id": "t", "kind": "bar", "data": "t", "x": "year", "y": "v",
   "title": "교역액"}]})";
}

struct Rendered {
  CommandResult result;
  std::string text;
};

Rendered render(const ScratchDir& dir, const std::string& document,
                const std::string& options = "") {
  auto doc = dir.path / "doc.json";
  std::ofstream(doc) << document;
  auto out = dir.path / "out";
  std::filesystem::remove_all(out);
  Rendered rendered;
  rendered.result = run(folio("render " + shell_quote(doc.string()) + " --format pdf --out " +
                              shell_quote(out.string()) + options));
  if (rendered.result.exit_code == 0)
    rendered.text =
        squeeze(run("pdftotext -enc UTF-8 " + shell_quote((out / "doc.pdf").string()) + " -").out);
  return rendered;
}

TEST(LocalisedPages, AKoreanDocumentSpeaksKorean) {
  ScratchDir dir("localised");
  auto rendered = render(dir, korean_document(""));
  ASSERT_EQ(rendered.result.exit_code, 0) << rendered.result.err;
  EXPECT_EQ(rendered.result.err, "");
  for (const char* word : {"2024년 7월 1일", "목차", "그림 1", "출처: 한국무역협회", "1 / 2쪽",
                           "데이터", "그림 1. 교역액"})
    EXPECT_NE(rendered.text.find(word), std::string::npos) << word << " in " << rendered.text;
  for (const char* english : {"Contents", "Figure", "Source", "Page", "Data", "July"})
    EXPECT_EQ(rendered.text.find(english), std::string::npos) << english;
}

TEST(LocalisedPages, ADocumentOverridesAnyMessage) {
  ScratchDir dir("localised-override");
  auto rendered = render(dir, korean_document(R"("strings": {"contents": "차례",
   "page": "p{page}/{pages}"},)"));
  ASSERT_EQ(rendered.result.exit_code, 0) << rendered.result.err;
  EXPECT_NE(rendered.text.find("차례"), std::string::npos);
  EXPECT_NE(rendered.text.find("p1/2"), std::string::npos);
  EXPECT_EQ(rendered.text.find("목차"), std::string::npos);
}

TEST(LocalisedPages, AnUnknownMessageOrABadPatternIsAnInputError) {
  ScratchDir dir("localised-bad");
  auto unknown = render(dir, korean_document(R"("strings": {"contnets": "차례"},)"));
  EXPECT_EQ(unknown.result.exit_code, 2);
  EXPECT_EQ(unknown.result.err,
            (dir.path / "doc.json").string() +
                ":3:62: error: /strings/contnets: expected a message id (contents, coverDate, "
                "data, figure, moreRows, noData, page, slide, source, sources, table), found "
                "\"contnets\" (did you mean \"contents\"?)\n");
  auto bad = render(dir, korean_document(R"("strings": {"moreRows": "{count, plural, one {#}"},)"));
  EXPECT_EQ(bad.result.exit_code, 2);
  EXPECT_NE(bad.result.err.find("/strings/moreRows: expected an ICU MessageFormat pattern"),
            std::string::npos)
      << bad.result.err;
}

TEST(LocalisedPages, AnUnknownLanguageFallsBackToEnglishWithAWarning) {
  ScratchDir dir("localised-unknown");
  std::string document = korean_document("");
  document.replace(document.find("\"ko\""), 4, "\"tlh\"");
  auto rendered = render(dir, document);
  ASSERT_EQ(rendered.result.exit_code, 0) << rendered.result.err;
  EXPECT_NE(rendered.result.err.find(": warning: /meta/language: folio's own words"),
            std::string::npos)
      << rendered.result.err;
  EXPECT_NE(rendered.text.find("Contents"), std::string::npos);
  auto strict = render(dir, document, " --strict");
  EXPECT_EQ(strict.result.exit_code, 2);
  EXPECT_FALSE(std::filesystem::exists(dir.path / "out"));
}

}  // namespace
}  // namespace folio::e2e

namespace folio::e2e {
namespace {

// A document brings a font of its own: its glyphs are used, embedded and subset; without it,
// the same text is boxes and a warning.
TEST(DocumentFonts, AFontTheDocumentListsIsUsedEmbeddedAndSubset) {
  ScratchDir dir("document-fonts");
  std::filesystem::create_directories(dir.path / "fonts");
  std::filesystem::copy_file("/usr/share/fonts/truetype/noto/NotoSansCherokee-Regular.ttf",
                             dir.path / "fonts/Brand.ttf");
  std::string blocks = R"("blocks": [{"type": "paragraph", "text": "Cherokee: ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ"}]})";
  std::ofstream(dir.path / "with.json")
      << R"({"meta": {"title": "Fonts"}, "fonts": ["fonts/Brand.ttf"],
  "style": {"fonts": {"sans": "Noto Sans, Noto Sans Cherokee"}}, )"
      << blocks;
  std::ofstream(dir.path / "without.json") << R"({"meta": {"title": "Fonts"}, )" << blocks;
  auto render = [&](const char* name) {
    return run(folio("render " + shell_quote((dir.path / name).string()) + " --format pdf --out " +
                     shell_quote((dir.path / "out").string())));
  };
  auto with = render("with.json");
  ASSERT_EQ(with.exit_code, 0) << with.err;
  EXPECT_EQ(with.err, "");
  auto fonts = run("pdffonts " + shell_quote((dir.path / "out/with.pdf").string())).out;
  EXPECT_NE(fonts.find("+NotoSansCherokee-Regular"), std::string::npos) << fonts;
  EXPECT_NE(fonts.find("yes yes yes"), std::string::npos) << fonts;
  auto text =
      run("pdftotext -enc UTF-8 " + shell_quote((dir.path / "out/with.pdf").string()) + " -");
  EXPECT_NE(text.out.find("ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ"), std::string::npos) << text.out;
  auto without = render("without.json");
  EXPECT_EQ(without.exit_code, 0);
  EXPECT_NE(without.err.find("no font has U+13E3 CHEROKEE LETTER TSA"), std::string::npos)
      << without.err;
}

}  // namespace
}  // namespace folio::e2e
