#pragma once
#include <string>
#include <vector>

#include "layout/flow.h"

namespace folio::layout {

// What the sources page says of one numbered figure or table.
struct FigureRecord {
  std::string label;  // "Figure 3", "Table 1"
  std::string title;
  std::string source_line;  // "Source: …" with the dataset's note
  std::string description;  // the chart's text alternative
  std::string destination;  // named destination of the figure
};

// Lists every figure and table with its source and, if asked, its text alternative, so that
// what a chart shows is also in the PDF as text.
// Then every dataset of the document with its source and note.
void flow_sources(Flow& flow, const std::vector<FigureRecord>& figures,
                  const spec::Sources& options, const model::Document& document);

}  // namespace folio::layout
