// The folio program's PDF completion: forwarded to folio-pdf.so, loaded on the first PDF.
#include "modules/loader.h"

namespace folio::render::pdf {
namespace {

const modules::PdfModule& pdf_module() {
  static const auto& table =
      modules::load<modules::PdfModule>("folio-pdf.so", "folio_pdf_module", "write a PDF");
  return table;
}

}  // namespace

std::string pdf_libraries() {
  return pdf_module().pdf_libraries();
}

std::string finish_pdf(const std::string& cairo_pdf, const DocumentInfo& info,
                       const PaintLog& log) {
  return pdf_module().finish_pdf(cairo_pdf, info, log);
}

}  // namespace folio::render::pdf
