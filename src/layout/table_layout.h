#pragma once
#include <vector>

#include "model/document.h"
#include "scene/scene.h"

namespace folio::layout {

// A table cut into frames that the flow places one by one: the header row is repeated on
// every page the table reaches; rows never split.
struct TableFrames {
  scene::Frame title;  // empty size when the table has no title
  scene::Frame header;
  std::vector<scene::Frame> rows;  // the totals row, if any, is the last
  scene::Frame source;             // empty size when there is no source
};

// `label` ("Table 2") is set before the title.
TableFrames layout_table(const model::Table& table, const model::Theme& theme, double width,
                         const std::string& label = "");

}  // namespace folio::layout
