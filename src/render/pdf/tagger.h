#pragma once
#include <cairo.h>

#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "render/pdf/paint_log.h"

namespace folio::render::pdf {

// The painter's side of tagging (see paint_log.h): keeps the stack of elements the painter is
// inside, opens a Cairo leaf tag when content is drawn under an element, and logs it.
// Content drawn under no element, or under an "Artifact", gets no tag: the finisher marks it
// as an artifact (page furniture, rules, decoration).
class Tagger {
 public:
  explicit Tagger(PaintLog& log) : log_(log) {}

  void begin_page() { log_.pages.emplace_back(); }
  void end_page(cairo_t* cr) { close_leaf(cr); }
  void enter(cairo_t* cr, const scene::Structure& structure, const std::string& alternative);
  void leave(cairo_t* cr);
  // Called before anything is drawn.
  void content(cairo_t* cr);
  // A link annotation: Cairo's link tag, logged as a leaf of the current element.
  void link(cairo_t* cr, const std::string& attributes, PaintedLink link);
  // Before a tag that is not structure (a named destination).
  void interrupt(cairo_t* cr) { close_leaf(cr); }

 private:
  void close_leaf(cairo_t* cr);
  bool in_artifact() const;

  PaintLog& log_;
  std::vector<int> stack_;  // node indices; -2 for an artifact
  bool leaf_open_ = false;
  // Keyed elements by (parent, type, key): a 10,000-row table finds its TBody at once.
  std::map<std::tuple<int, std::string, std::string>, int> keyed_;
};

}  // namespace folio::render::pdf
