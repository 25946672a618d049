// folio-pptx.so's entry.
#include "modules/module_tables.h"

FOLIO_MODULE_ENTRY const folio::modules::ModuleTable* folio_pptx_module() {
  static const folio::modules::PptxModule table{
      {FOLIO_MODULE_STAMP}, &folio::render::pptx::render_pptx, &folio::render::pptx::read_template};
  return &table;
}
