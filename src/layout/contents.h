#pragma once
#include <functional>
#include <string>
#include <vector>

#include "model/document.h"
#include "scene/scene.h"

namespace folio::layout {

struct ContentsEntry {
  std::string title;
  int level = 1;
  std::string destination;
};

// The contents pages: a title, then one linked row per entry with its page label, from
// `label_of(destination)`. Each page is a frame of the body's size.
std::vector<scene::Frame> layout_contents(
    const std::vector<ContentsEntry>& entries, const std::string& title,
    const model::Document& document,
    const std::function<std::string(const std::string&)>& label_of);

}  // namespace folio::layout
