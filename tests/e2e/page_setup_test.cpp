#include "e2e_support.h"

namespace folio::e2e {
namespace {

std::string page_size_of(const std::string& page_json) {
  ScratchDir dir("page-setup");
  auto doc = dir.path / "doc.json";
  std::ofstream(doc) << R"({"meta": {"title": "T", "classification": "For official use"}, "page": )"
                     << page_json << R"(, "blocks": [{"type": "paragraph", "text": "Hello"}]})";
  auto result = run(folio("render " + shell_quote(doc.string()) + " --format pdf --out " +
                          shell_quote(dir.path.string())));
  EXPECT_EQ(result.exit_code, 0) << result.err;
  auto info = run("pdfinfo " + shell_quote((dir.path / "doc.pdf").string())).out;
  auto text = run("pdftotext " + shell_quote((dir.path / "doc.pdf").string()) + " -").out;
  EXPECT_NE(text.find("For official use"), std::string::npos);
  auto at = info.find("Page size:");
  return info.substr(at + 17, info.find('\n', at) - at - 17);
}

TEST(PageSetup, A4AndLetterInBothOrientations) {
  EXPECT_EQ(page_size_of(R"({"size": "A4"})"), "595.28 x 841.89 pts (A4)");
  EXPECT_EQ(page_size_of(R"({"size": "A4", "orientation": "landscape"})"),
            "841.89 x 595.28 pts (A4)");
  EXPECT_EQ(page_size_of(R"({"size": "Letter"})"), "612 x 792 pts (letter)");
  EXPECT_EQ(page_size_of(R"({"size": "Letter", "orientation": "landscape"})"),
            "792 x 612 pts (letter)");
}

}  // namespace
}  // namespace folio::e2e
