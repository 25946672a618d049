#pragma once
// The folio program links only what every run needs (Cairo, Pango, ICU, ...). The libraries
// behind PDF completion (libqpdf and its TLS and crypto stack), PowerPoint decks (libzip,
// libxml2, libxlsxwriter) and SVG pictures (librsvg) are loaded with the module that uses them,
// the first time a run needs it: each would otherwise cost every start, an SVG or PNG export
// too, milliseconds of mapping and symbol binding. The library (libfolio.a) links them all
// directly and has no modules.
#include <string>

#include "modules/module_tables.h"

namespace folio::modules {

// Opens the shared object `file` (from the folio-modules folder beside the program in a build
// tree, or the installed module folder), calls its `entry` and checks the table's stamp.
// Throws RenderError naming `file`, the places searched, and what could not be done (`need`:
// "write a PDF") when it is missing, does not load, or is from another build.
const ModuleTable& load_module(const char* file, const char* entry, const char* need);

template <class Table>
const Table& load(const char* file, const char* entry, const char* need) {
  return static_cast<const Table&>(load_module(file, entry, need));
}

}  // namespace folio::modules
