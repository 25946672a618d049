// The folio program's PDF completion: forwarded to folio-pdf.so, loaded on the first PDF, or
// ahead of it on another thread when a run says early that it will write one.
#include <future>
#include <mutex>

#include "modules/loader.h"

namespace folio::render::pdf {
namespace {

std::shared_future<const modules::PdfModule*>& loading() {
  static std::shared_future<const modules::PdfModule*> future;
  return future;
}

const modules::PdfModule& pdf_module() {
  prepare_finish();
  return *loading().get();  // rethrows what load threw: the same error, later
}

}  // namespace

void prepare_finish() {
  static std::once_flag once;
  std::call_once(once, [] {
    loading() = std::async(std::launch::async, [] {
                  return &modules::load<modules::PdfModule>("folio-pdf.so", "folio_pdf_module",
                                                            "write a PDF");
                }).share();
  });
}

std::string pdf_libraries() {
  return pdf_module().pdf_libraries();
}

std::string finish_pdf(const std::string& cairo_pdf, const DocumentInfo& info,
                       const PaintLog& log) {
  return pdf_module().finish_pdf(cairo_pdf, info, log);
}

}  // namespace folio::render::pdf
