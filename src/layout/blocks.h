#pragma once
#include <map>
#include <string>
#include <vector>

#include "layout/flow.h"
#include "layout/paged_document.h"
#include "layout/paragraph.h"
#include "layout/sources_page.h"

namespace folio::layout {

// What laying out the body keeps track of across blocks.
struct BodyContext {
  const model::Document& document;
  Flow& flow;
  PagedDocument& paged;
  FootnoteCounter footnotes;
  std::map<std::string, int> page_of;  // named destination -> page index
  std::vector<FigureRecord> figures;
  int figure_count = 0, table_count = 0, section_count = 0;
  chart::ChartCache* charts = nullptr;  // when set, charts come from and go to this cache

  ParagraphStyle body_style() const;
};

// Places one block in the flow. `next` is the block after it, which a heading keeps with.
void flow_block(BodyContext& context, const model::Block& block, const model::Block* next);
void flow_heading(BodyContext& context, const std::string& text, int level, double keep_height);

}  // namespace folio::layout
