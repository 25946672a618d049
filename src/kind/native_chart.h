#pragma once
// A chart as the numbers and styles a slide program's own chart holds (DrawingML's line, area,
// bar, scatter, doughnut and pie charts), for decks whose charts open with "Edit Data". A kind
// that has such an equivalent says so (ChartKind::native); the others go into decks as
// pictures.
#include <optional>
#include <string>
#include <vector>

#include "core/color.h"

namespace folio::kind {

struct NativeSeries {
  std::string name;
  std::vector<std::optional<double>> values;  // one per category (or per x); empty for a gap
  std::vector<double> xs;                     // scatter: the x of each value
  Color color;
  // Colours of single points where they differ from the series' (highlighted bars, pie and
  // doughnut slices), one per value or none.
  std::vector<Color> point_colors;
  std::vector<bool> estimated;  // per value: drawn as an open marker or a lighter bar
};

struct NativeChart {
  enum class Kind { line, area, bar, scatter, doughnut, pie } kind = Kind::line;
  enum class Grouping { standard, clustered, stacked, percent } grouping = Grouping::standard;
  bool horizontal = false;  // bars drawn across (a ranking)
  bool lines = false;       // scatter: points joined (a line chart over numbers or dates)
  bool markers = true;      // line and scatter-with-lines: markers on the points
  std::vector<std::string> categories;
  std::vector<NativeSeries> series;
  std::string value_format = "General";  // an Excel number format code for the values
  std::string x_format = "General";      // and for a scatter's x values
  bool x_log = false, y_log = false;     // logarithmic axes (base 10)
  std::optional<double> x_min, x_max;    // a scatter's x axis: the data's extent, as folio's
  std::string x_title, y_title;
  bool legend = true;
  // The theme, as far as the slide program's chart takes one.
  std::string font_family;
  double font_size_pt = 12;
  Color text_color, axis_color, grid_color, background;
};

// A table as a slide program's own table: its cells as folio writes them, the rows that fit,
// and what the rest come to ("… and 3 more rows"). Bars in cells have no equivalent.
struct NativeTable {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;  // [row][column]
  std::vector<char> aligns;                    // per column: 'l', 'c' or 'r'
  std::vector<bool> strong;                    // per row: highlighted, in bold
  std::vector<double> widths;                  // per column, in the chart's own points
  double header_height = 0;
  std::vector<double> row_heights;
  std::string more;  // a last line under the rows, or ""
  std::string font_family;
  double size_pt = 10, header_size_pt = 10;
  Color text, header_text, rule, grid;
};

}  // namespace folio::kind
