#include "render/pdf_catalog.h"

#include <gtest/gtest.h>

namespace folio::render {
namespace {

const std::string kMinimalPdf =
    "%PDF-1.5\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids "
    "[] /Count 0 >>\n"
    "endobj\nxref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n0000000058 00000 n \ntrailer\n"
    "<< /Size 3\n   /Root 1 0 R\n>>\nstartxref\n109\n%%EOF\n";

TEST(PdfCatalog, AppendsARevisedCatalogWithAnXrefThatPointsAtIt) {
  std::string updated = add_catalog_entries(kMinimalPdf, "/Lang (ko)");
  ASSERT_GT(updated.size(), kMinimalPdf.size());
  EXPECT_EQ(updated.substr(0, kMinimalPdf.size()), kMinimalPdf);  // an update, never a rewrite
  std::string tail = updated.substr(kMinimalPdf.size());
  size_t object = kMinimalPdf.size();
  EXPECT_EQ(tail.rfind("1 0 obj\n<< /Type /Catalog /Pages 2 0 R    /Lang (ko)\n>>", 0), 0u) << tail;
  EXPECT_NE(tail.find("xref\n1 1\n" + std::string(10 - std::to_string(object).size(), '0') +
                      std::to_string(object) + " 00000 n \n"),
            std::string::npos)
      << tail;
  EXPECT_NE(tail.find("/Prev 109"), std::string::npos);
  EXPECT_EQ(tail.substr(tail.size() - 6), "%%EOF\n");
}

TEST(PdfCatalog, LeavesUnknownLayoutsAlone) {
  EXPECT_EQ(add_catalog_entries("not a pdf", "/Lang (en)"), "not a pdf");
}

TEST(PdfCatalog, EscapesStrings) {
  EXPECT_EQ(pdf_string("a(b)\\c"), "(a\\(b\\)\\\\c)");
}

}  // namespace
}  // namespace folio::render
