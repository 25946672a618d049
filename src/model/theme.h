#pragma once
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/color.h"

namespace folio::model {

struct TextStyle {
  std::string family;  // a Pango family list, e.g. "Noto Sans, NanumGothic, Noto Sans Khmer"
  double size_pt = 10;
  bool bold = false;
  bool italic = false;
  Color color;
  double line_height = 1.3;  // multiple of the size
  bool hyphenate = false;    // break long words with a hyphen; briefings do not by default
  std::string language = "en";  // BCP 47: how Pango shapes and breaks the text
};

// A theme from styles/<name>.json: colour and size tokens, a categorical palette and text
// elements that inherit from each other (axis.label <- axis.text <- text).
class Theme {
 public:
  const std::string& name() const { return data_->name; }
  // The language texts are set in (Pango's shaping and line breaking, and the fonts it prefers
  // for a script); the document's, or a chart's own. Copies are cheap.
  const std::string& language() const { return language_; }
  Theme in_language(const std::string& language) const;
  Color color(const std::string& token) const;
  double size(const std::string& token) const;
  const std::vector<Color>& palette() const { return data_->palette; }
  // How series i is told apart: its colour, and in themes that ask for it (print-mono) a dash
  // pattern and a marker shape, so series stay distinct without colour.
  struct SeriesStyle {
    Color color;
    std::vector<double> dash;  // empty for solid
    std::string marker;        // circle, square, diamond, triangle
  };
  SeriesStyle series(size_t index) const;
  // The element's style after the cascade: explicit "parent", else the name without its last
  // dotted part, else "text".
  TextStyle text(const std::string& element) const;
  std::vector<std::string> text_elements() const;

 private:
  friend Theme load_theme(const std::string& name);
  struct Data {
    std::string name;
    std::map<std::string, Color> colors;
    std::map<std::string, double> sizes;
    std::map<std::string, std::string> fonts;
    std::vector<Color> palette;
    std::vector<std::vector<double>> dashes;
    std::vector<std::string> markers;
    std::map<std::string, std::map<std::string, std::string>> elements;  // raw properties
    std::map<std::string, TextStyle> styles;  // every element's cascade, resolved at load
    TextStyle cascade(const std::string& element) const;
  };
  std::shared_ptr<const Data> data_ = std::make_shared<Data>();
  std::string language_ = "en";
};

// Loads a built-in theme; throws std::out_of_range naming the known themes.
Theme load_theme(const std::string& name);
std::vector<std::string> theme_names();

}  // namespace folio::model
