#pragma once
#include <string>

#include "render/pdf/document_info.h"

namespace folio::render::pdf {

// The XMP packet of a PDF/A-2b and PDF/UA-1 file: Dublin Core title, author, description and
// language, the PDF and XMP properties matching the Info dictionary, the pdfaid and pdfuaid
// identification, and the extension schema PDF/A asks for the pdfuaid properties it does not
// predefine.
std::string xmp_packet(const DocumentInfo& info);

}  // namespace folio::render::pdf
