#pragma once
#include <qpdf/QPDF.hh>

#include "render/pdf/paint_log.h"

namespace folio::render::pdf {

// Replaces the structure tree Cairo wrote (a Document of anonymous Spans and empty Links) by
// the one the painter logged: each element with its type, /Alt, /Lang, /ID and table
// attributes, elements continued across pages kept whole, each Span's marked content moved
// into its element, each link annotation an OBJR inside its Link element; a new parent tree
// and ID tree; and every page's content rewritten so that what no element owns is an
// /Artifact. Throws RenderError if Cairo's tags do not match the log.
void rebuild_structure_tree(QPDF& pdf, const PaintLog& log);

}  // namespace folio::render::pdf
