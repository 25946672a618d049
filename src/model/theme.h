#pragma once
#include <map>
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
};

// A theme from styles/<name>.json: colour and size tokens, a categorical palette and text
// elements that inherit from each other (axis.label <- axis.text <- text).
class Theme {
 public:
  const std::string& name() const { return name_; }
  Color color(const std::string& token) const;
  double size(const std::string& token) const;
  const std::vector<Color>& palette() const { return palette_; }
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
  std::string name_;
  std::map<std::string, Color> colors_;
  std::map<std::string, double> sizes_;
  std::map<std::string, std::string> fonts_;
  std::vector<Color> palette_;
  std::vector<std::vector<double>> dashes_;
  std::vector<std::string> markers_;
  std::map<std::string, std::map<std::string, std::string>> elements_;  // raw properties
};

// Loads a built-in theme; throws std::out_of_range naming the known themes.
Theme load_theme(const std::string& name);
std::vector<std::string> theme_names();

}  // namespace folio::model
