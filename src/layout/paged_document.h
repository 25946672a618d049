#pragma once
#include <string>
#include <vector>

#include "model/document.h"
#include "scene/scene.h"

namespace folio::chart {
class ChartCache;
}

namespace folio::layout {

struct OutlineEntry {
  std::string title;
  int level = 1;
  std::string destination;  // a named destination anchored on the page: [A-Za-z0-9_.-]
};

// Pages as positioned frames plus what the PDF needs beside them.
struct PagedDocument {
  spec::Meta meta;
  Size page_size;
  std::vector<scene::Frame> pages;
  std::vector<std::string> page_labels;  // "i", "ii" for front matter, then "1", "2", ...
  std::vector<OutlineEntry> outline;
};

struct LayoutOptions {
  chart::ChartCache* charts = nullptr;  // charts laid out by an earlier run (watch mode)
};

PagedDocument layout_document(const model::Document& document, const LayoutOptions& options = {});

}  // namespace folio::layout
