// folio-svg-picture.so's entry.
#include "modules/module_tables.h"

FOLIO_MODULE_ENTRY const folio::modules::ModuleTable* folio_svg_picture_module() {
  static const folio::modules::SvgPictureModule table{
      {FOLIO_MODULE_STAMP}, &folio::svg_intrinsic_size, &folio::draw_svg_picture};
  return &table;
}
