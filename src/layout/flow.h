#pragma once
#include <string>
#include <vector>

#include "model/document.h"
#include "scene/scene.h"
#include "text/shaped_text.h"

namespace folio::layout {

// Fills pages top to bottom. Knows nothing of block kinds beyond "a frame of some height".
class Flow {
 public:
  explicit Flow(const model::Page& page) : page_(page) {}

  double room() const { return page_.body.bottom() - y_; }
  bool at_top() const { return y_ <= page_.body.y + 0.01; }
  double width() const { return page_.body.width; }
  int page_index() const { return static_cast<int>(pages_.size()) - 1; }

  void new_page() {
    pages_.push_back(scene::Frame{page_.size, {}});
    y_ = page_.body.y;
  }
  // A new page unless `height` still fits on this one (or this page is still empty).
  void ensure_room(double height) {
    if (pages_.empty() || (height > room() && !at_top())) new_page();
  }
  void gap(double height) {
    if (!at_top()) y_ += height;
  }
  void place(scene::Frame frame, const std::string& role = "", const std::string& alt = "",
             const std::string& structure = "") {
    double height = frame.size.height;
    pages_.back().group({page_.body.x, y_}, std::move(frame), role, alt, structure);
    y_ += height;
  }
  void place_text(const text::ShapedTextPtr& run, const std::string& structure, double indent = 0) {
    scene::Frame frame{{run->size().width, run->size().height}, {}};
    frame.text({0, 0}, run);
    pages_.back().group({page_.body.x + indent, y_}, std::move(frame), "", "", structure);
    y_ += run->size().height;
  }
  void anchor(const std::string& name) {
    pages_.back().add(scene::Anchor{{page_.body.x, y_}, name});
  }

  std::vector<scene::Frame>& pages() { return pages_; }
  const model::Page& page() const { return page_; }

 private:
  model::Page page_;
  std::vector<scene::Frame> pages_;
  double y_ = 0;
};

}  // namespace folio::layout
