#pragma once
// Cairo writes the pages; this completes the file into PDF/UA-1 and PDF/A-2b with libqpdf,
// as objects, never by editing bytes: the catalog's language, viewer preferences, XMP metadata
// and sRGB output intent, an Info dictionary matching the XMP, described and printable link
// annotations with pages set to tab in structure order, complete CID fonts, and a trailer /ID
// computed from the content, so the same input still gives the same bytes.
#include <string>

#include "render/pdf/document_info.h"
#include "render/pdf/paint_log.h"

namespace folio::render::pdf {

// "cairo 1.16.0, qpdf 11.3.0": the libraries that write folio's PDFs, for its Producer.
std::string pdf_libraries();

// Readies what finish_pdf needs ahead of it, on another thread, so that it overlaps the work
// before: in the folio program, loading the PDF module (libqpdf and its TLS stack: a few
// milliseconds of mapping and symbol binding); in the library, where they are linked, nothing.
// finish_pdf waits for it, and reports a failure to load as it would have without this.
void prepare_finish();

// Throws RenderError if `cairo_pdf` cannot be read.
std::string finish_pdf(const std::string& cairo_pdf, const DocumentInfo& info, const PaintLog& log);

}  // namespace folio::render::pdf
