#pragma once
// What each module of the folio program offers (loader.h): one table of functions, reached
// through the module's one exported symbol, with the build stamp both sides were compiled with.
// The tables hold C++ types: a module is only ever loaded by the folio program built with it.
#include <optional>
#include <string>

#include "core/geometry.h"
#include "core/svg_picture.h"
#include "render/pdf/finish.h"
#include "render/pptx/deck.h"

namespace folio::modules {

struct ModuleTable {
  const char* stamp;  // FOLIO_MODULE_STAMP of the build
};

// folio-pdf.so: completing Cairo's PDF with libqpdf (src/render/pdf/).
struct PdfModule : ModuleTable {
  std::string (*finish_pdf)(const std::string& cairo_pdf, const render::pdf::DocumentInfo& info,
                            const render::pdf::PaintLog& log);
  std::string (*pdf_libraries)();
};

// folio-pptx.so: PowerPoint packages with libzip, libxml2 and libxlsxwriter (src/render/pptx/).
struct PptxModule : ModuleTable {
  std::string (*render_pptx)(const render::pptx::DeckContent& deck);
  render::pptx::Template (*read_template)(const std::string& bytes, const std::string& name);
};

// folio-svg-picture.so: SVG pictures with librsvg (src/core/svg_picture.cpp).
struct SvgPictureModule : ModuleTable {
  std::optional<Size> (*intrinsic_size)(const std::string& bytes);
  void (*draw)(cairo_t* cr, const std::string& bytes, const Rect& area);
};

}  // namespace folio::modules

// Each module's entry, the one symbol it exports: `const ModuleTable* folio_NAME_module()`,
// pointing at the module's own table (called through that exact type, which the sanitizers
// check).
#define FOLIO_MODULE_ENTRY extern "C" __attribute__((visibility("default")))
