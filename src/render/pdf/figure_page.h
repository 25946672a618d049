#pragma once
#include <qpdf/QPDF.hh>
#include <string>

namespace folio::render::pdf {

// Makes the file's one page a tagged Figure: its whole content one marked-content sequence,
// the structure tree Document → Figure with `alternative` as /Alt and the page as its
// bounding box, replacing whatever tree Cairo wrote. For charts alone on their page, which
// Cairo 1.16 cannot tag itself.
void tag_page_as_figure(QPDF& pdf, const std::string& alternative);

}  // namespace folio::render::pdf
