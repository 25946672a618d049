#include "render/pdf/tagger.h"

#include <algorithm>

namespace folio::render::pdf {
namespace {

constexpr int kArtifact = -2;
constexpr const char* kLeafTag = "Span";

}  // namespace

bool Tagger::in_artifact() const {
  return std::find(stack_.begin(), stack_.end(), kArtifact) != stack_.end();
}

void Tagger::close_leaf(cairo_t* cr) {
  if (!leaf_open_) return;
  cairo_tag_end(cr, kLeafTag);
  leaf_open_ = false;
}

void Tagger::enter(cairo_t* cr, const scene::Structure& structure, const std::string& alternative) {
  close_leaf(cr);
  if (structure.type == "Artifact" || in_artifact()) {
    stack_.push_back(kArtifact);
    return;
  }
  int parent = stack_.empty() ? -1 : stack_.back();
  if (!structure.key.empty()) {
    auto found = keyed_.find({parent, structure.type, structure.key});
    if (found != keyed_.end()) {
      stack_.push_back(found->second);
      return;
    }
  }
  log_.nodes.push_back({structure, alternative, parent});
  int index = static_cast<int>(log_.nodes.size()) - 1;
  if (!structure.key.empty()) keyed_[{parent, structure.type, structure.key}] = index;
  log_.events.push_back({LogEvent::node, index});
  stack_.push_back(index);
}

void Tagger::leave(cairo_t* cr) {
  close_leaf(cr);
  if (!stack_.empty()) stack_.pop_back();
}

void Tagger::content(cairo_t* cr) {
  if (leaf_open_ || stack_.empty() || in_artifact()) return;
  cairo_tag_begin(cr, kLeafTag, nullptr);
  leaf_open_ = true;
  log_.leaves.push_back({stack_.back(), false});
  log_.events.push_back({LogEvent::leaf, static_cast<int>(log_.leaves.size()) - 1});
}

void Tagger::link(cairo_t* cr, const std::string& attributes, PaintedLink link) {
  close_leaf(cr);
  cairo_tag_begin(cr, CAIRO_TAG_LINK, attributes.c_str());
  cairo_tag_end(cr, CAIRO_TAG_LINK);
  if (!log_.pages.empty()) log_.pages.back().links.push_back(std::move(link));
  int node = stack_.empty() || in_artifact() ? -1 : stack_.back();
  log_.leaves.push_back({node, true});
  log_.events.push_back({LogEvent::leaf, static_cast<int>(log_.leaves.size()) - 1});
}

}  // namespace folio::render::pdf
