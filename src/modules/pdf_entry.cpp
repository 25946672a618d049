// folio-pdf.so's entry.
#include "modules/module_tables.h"

FOLIO_MODULE_ENTRY const folio::modules::ModuleTable* folio_pdf_module() {
  static const folio::modules::PdfModule table{
      {FOLIO_MODULE_STAMP}, &folio::render::pdf::finish_pdf, &folio::render::pdf::pdf_libraries};
  return &table;
}
