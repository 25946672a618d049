#pragma once
// What the painter tells the PDF finisher about the pages it drew: what Cairo's file cannot
// say by itself. Cairo 1.16 writes marked content and a structure tree for its tags, but no
// /Alt, /Lang, /ID, attributes or artifacts, and no elements that continue across pages; so
// the painter tags only leaves (one Cairo "Span" per run of content under one element, one
// Cairo link per annotation) and logs the element each belongs to, and the finisher builds
// the real tree from the log.
#include <string>
#include <vector>

#include "core/geometry.h"
#include "scene/scene.h"

namespace folio::render::pdf {

struct PaintedLink {
  Rect area;  // on the page, in points from its top left corner
  std::string description;
};

struct PaintedPage {
  std::vector<PaintedLink> links;
};

// An element of the structure tree: a tagged group, or several with one key.
struct StructureNode {
  scene::Structure structure;
  std::string alternative;  // /Alt (a figure's text alternative)
  int parent = -1;          // index into PaintLog::nodes; -1 for the Document element
};

// One Cairo structure tag the painter opened, in order: a run of content, or a link.
struct TaggedLeaf {
  int node = -1;  // the element it belongs to
  bool link = false;
};

// The order in which elements and leaves appeared: the reading order of the tree.
struct LogEvent {
  enum Kind { node, leaf } kind;
  int index;
};

struct PaintLog {
  std::vector<PaintedPage> pages;  // one per page, in order
  std::vector<StructureNode> nodes;
  std::vector<TaggedLeaf> leaves;
  std::vector<LogEvent> events;
  // A file that is one chart on one page (--format chart-pdf): the page becomes one Figure
  // with this text alternative, and the painter tags nothing.
  std::string figure_alternative;
};

}  // namespace folio::render::pdf
