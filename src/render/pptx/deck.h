#pragma once
// A deck as PowerPoint holds it: slides of text boxes, shapes, native charts and pictures.
// Built by the slides command from the laid-out deck; written here as a .pptx package.
#include <optional>
#include <string>
#include <vector>

#include "chart/native_chart.h"
#include "core/color.h"
#include "core/geometry.h"
#include "kind/native_chart.h"
#include "render/pptx/template.h"

namespace folio::render::pptx {

struct TextBox {
  Rect area;  // in points on the 960 × 540 slide
  std::string text;
  std::string name;  // the shape's name in the selection pane ("Title", "Source")
  double size_pt = 14;
  bool bold = false;
  Color color;
  std::string font;
  bool right_aligned = false;
};

struct Band {
  Rect area;
  Color color;
};

struct NativeChartFrame {
  Rect area;
  chart::NativeChart chart;
  std::string name, description;  // the description is the chart's text alternative
};

struct NativeTableFrame {
  Rect area;
  kind::NativeTable table;
  double scale = 1;  // from the table's own points to the slide's
  std::string name, description;
};

struct Picture {
  Rect area;
  std::string png, svg;  // PowerPoint shows the SVG, older readers the PNG
  std::string name, description;
};

// Shapes that show one chart (stat tiles): one group, named and described as the chart.
struct ShapeGroup {
  Rect area;
  std::string name, description;
  std::vector<Band> bands;
  std::vector<TextBox> texts;
};

struct Slide {
  Color background;
  std::optional<ShapeGroup> group;
  std::vector<Band> bands;
  std::vector<TextBox> texts;
  std::optional<NativeChartFrame> chart;
  std::optional<NativeTableFrame> table;
  std::optional<Picture> picture;
};

struct DeckContent {
  std::string title, author, subject, language = "en";
  std::string date;  // ISO 8601 (core properties), never the clock
  std::vector<Slide> slides;
  // A user's deck whose masters, layouts and theme the slides take (--template); their own
  // backgrounds then show through.
  std::optional<Template> base;
};

// The .pptx bytes. Throws RenderError.
std::string render_pptx(const DeckContent& deck);

}  // namespace folio::render::pptx
