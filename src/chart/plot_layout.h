#pragma once
// The one plot layout of every cartesian kind (line, area, columns, rankings, lollipops,
// scatter, waterfall), after Vega's view layout and ggplot2's gtable: the legend, the axis
// titles and the tick labels are measured first, the plot rectangle is what they leave, and
// then the guides are drawn around it. A kind describes its axes in a PlotRequest, draws only
// its marks into the Plot it gets back, and hands it to finish_plot, which draws what goes
// over the marks (reference lines, callouts, labels at line ends). So annotations, axis
// titles, legends and gridlines behave the same in every kind.
#include <limits>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "chart/value_axis.h"
#include "guide/annotations.h"
#include "guide/category_labels.h"
#include "guide/legend.h"
#include "kind/chart_kind.h"
#include "scale/calendar.h"
#include "scale/linear_scale.h"

namespace folio::chart {

// The axis of positions: categories (bands), numbers or dates.
enum class PositionKind { band, numeric, time };

struct PositionAxisRequest {
  PositionKind kind = PositionKind::numeric;
  std::vector<std::string> categories;                // band
  std::vector<bool> emphasized;                       // band: names set in bold (highlights)
  double lo = 0, hi = 1;                              // numeric or time: the data's extent
  scale::TimeUnit precision = scale::TimeUnit::year;  // time: the finest the data are written to
  spec::NumberFormat format;                          // numeric labels; time: format.date
  bool log = false;
  bool whole_steps = false;  // numbers that count (years): ticks at least one apart
  std::string title;
};

struct ValueAxisRequest {
  double lo = 0, hi = 0;  // the values drawn (stack sums included); axis min/max widen them
  double positive_lo = std::numeric_limits<double>::infinity();  // the least above zero (log)
  bool from_zero = true;  // amounts start at zero; scatter positions need not
  bool percent = false;   // shares of 100%: 0 to 100% whatever the data
  spec::NumberFormat format;
  std::string title;
  bool log = false;
  bool labels_drawn = true;  // small-multiple panels right of the first share its labels
  std::optional<double> min, max;
};

struct PlotRequest {
  PositionAxisRequest position;
  ValueAxisRequest value;
  bool horizontal = false;  // rankings: categories down the left, values along x
  std::vector<guide::LegendEntry> legend;
  guide::LegendSide legend_side = guide::LegendSide::top;
  // Series named at the right end of their lines instead of in a legend, in their colours.
  std::vector<std::pair<std::string, Color>> end_labels;
  double edge_pad = 0;  // room for markers at the ends of a numeric axis
  double top_pad = 0;   // room above the plot (value labels over columns)
  double end_pad = 0;   // horizontal: room right of the longest bar (its value label)
  double start_pad = 0; // horizontal: room left of the longest negative bar (its label)
  bool annotations = true;
};

struct Plot {
  Rect area;               // the plot rectangle: marks go here
  ValueAxis value_axis;    // its ticks and labels
  spec::NumberFormat value_format;  // how values are written (shares of 100% as percentages)
  scale::ContinuousScale value;     // values along y (along x when horizontal)
  scale::ContinuousScale position;  // numbers or dates along x
  scale::BandScale band;            // categories along x (along y when horizontal)
  bool horizontal = false;
  std::vector<text::ShapedTextPtr> end_labels;
  guide::AnnotationPlane plane;  // marks register what they cover, so labels keep clear
  std::vector<spec::Annotation> annotations;  // in the plot's own x and y

  double band_centre(size_t i) const { return band.center(static_cast<int>(i)); }
};

Plot layout_plot(const kind::DrawContext& ctx, const PlotRequest& request);

// Reference lines and callouts over the marks, and the series labels at the line ends (`ends`:
// series index and the y of its last value).
void finish_plot(const kind::DrawContext& ctx, Plot& plot,
                 const std::vector<std::pair<size_t, double>>& ends = {});

// The height a horizontal ranking of these categories needs at this width: a row for each,
// as tall as its (wrapped) name.
double ranking_height(const std::vector<std::string>& categories, const model::Theme& theme,
                      double width, const std::string& value_title);

// The least body height a plot of this chart needs at this width, whatever its aspect ratio:
// its legend, its axis titles, its x labels and a plot of a few lines of text. A chart made
// taller than its aspect ratio says in a narrow column, rather than drawing over itself.
double minimum_plot_height(const model::Chart& chart, const model::Theme& theme, double width);

// Whether markers are drawn on a line of `points` points across `width`: as asked, or (auto)
// when they stand at least a marker's width apart.
bool markers_shown(spec::Markers setting, size_t points, double width, double marker_radius);

}  // namespace folio::chart
