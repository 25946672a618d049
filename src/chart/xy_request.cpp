#include "chart/xy_request.h"

#include <cmath>
#include <limits>

#include "text/shaped_text.h"

namespace folio::chart {

PositionAxisRequest position_request(const model::Chart& chart, const std::vector<Series>& series) {
  double lo = std::numeric_limits<double>::infinity(), hi = -lo;
  for (const auto& s : series)
    for (const auto& p : s.points) lo = std::min(lo, p.x), hi = std::max(hi, p.x);
  return position_request(chart, lo, hi);
}

PositionAxisRequest position_request(const model::Chart& chart, double lo, double hi) {
  PositionAxisRequest request;
  if (lo > hi) lo = 0, hi = 1;
  widen_to_axis(chart.spec.x, lo, hi);
  request.lo = lo, request.hi = hi;
  bool dates = chart.x && chart.x->type == model::ColumnType::text;
  request.kind = dates ? PositionKind::time : PositionKind::numeric;
  if (dates) request.precision = date_precision(*chart.x);
  request.format = axis_format(chart.spec.x, default_x_format(chart.x));
  request.whole_steps = request.format.style == spec::NumberStyle::year;
  request.log = chart.spec.x && chart.spec.x->scale == spec::Scale::log;
  request.title = chart.spec.x ? chart.spec.x->title : "";
  return request;
}

ValueAxisRequest value_request(const model::Chart& chart, double lo, double hi) {
  ValueAxisRequest request;
  request.lo = lo, request.hi = hi;
  request.format = axis_format(chart.spec.y, {});
  const auto& axis = chart.spec.y;
  if (axis) {
    request.title = axis->title;
    request.min = axis->min, request.max = axis->max;
    request.log = axis->scale == spec::Scale::log;
  }
  request.labels_drawn = chart.value_axis_labels;
  return request;
}

void name_series(PlotRequest& request, const model::Chart& chart, const std::vector<Series>& series,
                 const model::Theme& theme, const Rect& body, bool ends_allowed, bool dots) {
  std::vector<std::string> names;
  for (const auto& s : series) names.push_back(s.name);
  name_series(request, chart, names, theme, body, ends_allowed, dots);
}

void name_series(PlotRequest& request, const model::Chart& chart,
                 const std::vector<std::string>& names, const model::Theme& theme, const Rect& body,
                 bool ends_allowed, bool dots) {
  if (names.size() < 2) return;
  auto mode = chart.spec.legend;
  bool ends = ends_allowed && (mode == spec::Legend::direct ||
                               (mode == spec::Legend::automatic && names.size() <= 4));
  if (ends) {
    // Names stacked beside the plot must fit its height (they are shaped as the plot will).
    double height = 0;
    for (const auto& name : names)
      height +=
          text::shape_label(name, theme.text(model::TextRole::label_series), body.width / 4, 2)
              ->size()
              .height +
          2;
    ends = height <= body.height * 0.75;
  }
  for (size_t i = 0; i < names.size(); ++i) {
    auto style = theme.series(i);
    if (ends)
      request.end_labels.push_back({names[i], style.color});
    else
      request.legend.push_back(
          {names[i], style.color, dots ? std::vector<double>{} : style.dash, style.marker, dots});
  }
  request.legend_side = guide::legend_side(mode);
}

}  // namespace folio::chart
