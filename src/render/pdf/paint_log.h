#pragma once
// What the painter tells the PDF finisher about each page it drew: what Cairo's file cannot
// say by itself.
#include <string>
#include <vector>

#include "core/geometry.h"

namespace folio::render::pdf {

struct PaintedLink {
  Rect area;  // on the page, in points from its top left corner
  std::string description;
};

struct PaintedPage {
  std::vector<PaintedLink> links;
};

struct PaintLog {
  std::vector<PaintedPage> pages;  // one per page, in order
  // A file that is one chart on one page (--format chart-pdf): the page becomes one Figure
  // with this text alternative. Empty for documents, whose structure Cairo's tags give.
  std::string figure_alternative;
};

}  // namespace folio::render::pdf
