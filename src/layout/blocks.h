#pragma once
#include <map>
#include <span>
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
  int list_count = 0;  // lists placed so far: each is one L element of a tagged PDF
  // The level the last heading was tagged at; 0 before the first.
  int tagged_heading_level = 0;
  chart::ChartCache* charts = nullptr;  // when set, charts come from and go to this cache
  bool after_heading = false;           // the block being placed follows a heading
  bool skip_page_break = false;         // the next page break was taken before its heading

  ParagraphStyle body_style() const;
};

// Places one block in the flow. `following` are the blocks after it, which a heading keeps
// with (as much of them as must not be parted from it).
void flow_block(BodyContext& context, const model::Block& block,
                std::span<const model::Block> following);
void flow_heading(BodyContext& context, const std::string& text, int level, double keep_height);

}  // namespace folio::layout
