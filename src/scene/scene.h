#pragma once
// The display list every stage hands to the painter: small, closed and fully positioned.
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/color.h"
#include "core/geometry.h"
#include "core/image.h"
#include "text/shaped_text.h"

namespace folio::scene {

struct PathOp {
  enum Kind { move, line, curve, arc, arc_negative, close } kind;
  double v[6] = {0, 0, 0, 0, 0, 0};  // move/line: x y; curve: 3 points; arcs: cx cy r a0 a1
};

struct Path {
  std::vector<PathOp> ops;
  Path& move_to(double x, double y);
  Path& line_to(double x, double y);
  Path& curve_to(double x1, double y1, double x2, double y2, double x3, double y3);
  // Arcs join the current point with a line, as in Cairo; arc_negative runs anticlockwise.
  Path& arc(double cx, double cy, double radius, double angle0, double angle1);
  Path& arc_negative(double cx, double cy, double radius, double angle0, double angle1);
  Path& close();
  static Path rectangle(const Rect& rect);
  static Path circle(Point center, double radius);
  static Path segment(Point from, Point to);
  // A data marker of about the same visual weight whatever its shape.
  static Path marker(const std::string& shape, Point center, double radius);
};

struct Stroke {
  Stroke(Color color_, double width_, std::vector<double> dash_ = {}, bool round_caps_ = false)
      : color(color_), width(width_), dash(std::move(dash_)), round_caps(round_caps_) {}
  Color color;
  double width = 1;
  std::vector<double> dash;
  bool round_caps = false;
};

struct Shape {
  Path path;
  std::optional<Color> fill;
  std::optional<Stroke> stroke;
};

struct Text {
  Point position;  // top-left of the layout box
  text::ShapedTextPtr run;
  double rotation = 0;  // radians about `position`, clockwise on the page (y down); -pi/4 rises
};

struct Frame;

// Where a group stands in a tagged PDF's structure tree.
struct Structure {
  std::string type;  // "H1", "P", "Figure", "Table", "TR", "TH", "Artifact"...; "" for none
  // Groups of one type and key under the same parent are one element: a table continued on
  // the next page is still one Table.
  std::string key;
  std::string language;  // BCP 47, for text in another language than the document's
  std::string id;        // the element's /ID: a footnote's, so that references can name it
  std::string scope;     // a header cell's: "Column" or "Row"

  Structure() = default;
  Structure(std::string structure_type) : type(std::move(structure_type)) {}
  Structure(const char* structure_type) : type(structure_type) {}
  Structure(std::string structure_type, std::string structure_key)
      : type(std::move(structure_type)), key(std::move(structure_key)) {}
  bool empty() const { return type.empty(); }
};

struct Group {
  Point offset;
  std::shared_ptr<const Frame> frame;
  std::string role;     // "chart:line", "page-footer"...
  std::string alt;      // a text alternative, written where the output format has a place for it
  Structure structure;  // its element in a tagged PDF, if any
  double scale = 1;     // drawn scaled about `offset`: a figure shrunk to fit its page
  std::string source;   // the document pointer of the block it shows ("/blocks/3"), or ""
};

// A named destination (PDF) at a point: targets of bookmarks and links.
struct Anchor {
  Point position;
  std::string name;
};

// A clickable area: "#name" goes to a named destination, anything else is a URI.
struct Link {
  Rect area;
  std::string target;
  std::string description;  // what the link says (its text), for screen readers (/Contents)
};

// A PNG or SVG drawn into `area` (SVGs stay vectors in PDF and SVG output).
struct Image {
  Rect area;
  std::shared_ptr<const ImageData> data;
};

using Item = std::variant<Shape, Text, Group, Anchor, Link, Image>;

struct Frame {
  Size size;
  std::vector<Item> items;

  void add(Item item);
  void fill(const Path& path, Color color);
  void stroke(const Path& path, Stroke stroke);
  void text(Point position, text::ShapedTextPtr run, double rotation = 0);
  // A text alone in a group that is one element of a tagged PDF (a cover's "H1", a "TD").
  void tagged_text(Point position, text::ShapedTextPtr run, Structure structure);
  void group(Point offset, Frame frame, std::string role = "", std::string alt = "",
             Structure structure = {}, double scale = 1);
};

// `inner` as the one group of a frame of its size: an element around elements ("TR" in
// "THead").
Frame wrapped(Frame inner, Structure structure);

// A stable, human-readable listing of a frame (coordinates rounded to 0.01 pt) for tests.
std::string dump(const Frame& frame);

}  // namespace folio::scene
