// Donut: shares of a whole, largest first, with a legend of values and percentages and the
// total in the hole. Nulls take no share; a negative part is an input error (a share of a
// whole cannot be less than nothing); a whole of zero draws an empty ring (an angle computed
// from it would be NaN, and Cairo 1.16 aborts on that).
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "chart/native_chart.h"
#include "chart/series.h"
#include "core/errors.h"
#include "core/limits.h"
#include "kind/chart_kind.h"
#include "text/number_format.h"

namespace folio::kind {
namespace {

struct Share {
  std::string name;
  double value = 0;
};

std::vector<Share> shares_of(const model::Chart& chart) {
  std::vector<Share> shares;
  auto series = chart::group_series(chart);
  if (series.empty()) return shares;
  for (const auto& p : series.front().points)
    shares.push_back({chart::category(chart, p), std::max(0.0, p.y.value_or(0))});
  if (chart.spec.sort != spec::Sort::none)
    std::stable_sort(shares.begin(), shares.end(),
                     [](auto& a, auto& b) { return a.value > b.value; });
  return shares;
}

double total_of(const std::vector<Share>& shares) {
  double total = 0;
  for (const auto& share : shares) total += share.value;
  return total;
}

std::string percent(double value, double total, const std::string& language) {
  spec::NumberFormat format;
  format.style = spec::NumberStyle::percent;
  return text::format_number(total > 0 ? value / total : 0, format, language);
}

// The legend beside the ring: swatch, name, value and share, one row a part.
std::vector<text::ShapedTextPtr> legend_rows(const model::Chart& chart, const model::Theme& theme,
                                             double width) {
  auto shares = shares_of(chart);
  double total = total_of(shares);
  auto format = chart::axis_format(chart.spec.y, {});
  std::vector<text::ShapedTextPtr> rows;
  for (const auto& share : shares)
    rows.push_back(
        text::shape_text(fmt::format("{}  {} · {}", share.name,
                                     text::format_number(share.value, format, chart.language),
                                     percent(share.value, total, chart.language)),
                         theme.text(model::TextRole::legend_text), {width - 16}));
  return rows;
}

double rows_height(const std::vector<text::ShapedTextPtr>& rows) {
  double height = 0;
  for (const auto& row : rows) height += row->size().height + 6;
  return height;
}

// The ring follows the chart's aspect ratio unless its legend needs more height (many parts,
// or a narrow column where the rows wrap).
double donut_height(const model::Chart& chart, const model::Theme& theme, double width) {
  double diameter = width * 0.45;
  double legend = rows_height(legend_rows(chart, theme, width - diameter - 24)) + 4;
  return legend > width / chart.spec.aspect_ratio.value_or(1.9) ? legend : 0;
}

void draw_donut(const DrawContext& ctx) {
  const auto& theme = ctx.theme;
  auto shares = shares_of(ctx.chart);
  double total = total_of(shares);
  auto format = chart::axis_format(ctx.chart.spec.y, {});
  double diameter = std::min(ctx.body.height, ctx.body.width * 0.45);
  // A pie is a donut without its hole; the total then goes under the legend instead.
  bool pie = ctx.chart.spec.kind == "pie";
  double radius = diameter / 2, hole = pie ? 0 : radius * 0.58;
  Point center{ctx.body.x + radius, ctx.body.y + ctx.body.height / 2};

  if (total <= 0) {
    scene::Path ring;
    ring.arc(center.x, center.y, radius, 0, 2 * M_PI).close();
    if (hole > 0)
      ring.move_to(center.x + hole, center.y)
          .arc_negative(center.x, center.y, hole, 0, -2 * M_PI)
          .close();
    ctx.frame.fill(ring, theme.colors().grid);
  }
  double angle = -M_PI / 2;  // the first share starts at twelve o'clock
  for (size_t i = 0; i < shares.size() && total > 0; ++i) {
    // Divided first: 2π times a part near 1.8e308 would overflow to infinity.
    double sweep = 2 * M_PI * (shares[i].value / total);
    if (sweep <= 0) continue;
    scene::Path slice;
    if (pie) slice.move_to(center.x, center.y);
    slice.arc(center.x, center.y, radius, angle, angle + sweep);
    if (!pie) slice.arc_negative(center.x, center.y, hole, angle + sweep, angle);
    slice.close();
    Color fill = theme.series(i).color;
    ctx.frame.add(scene::Shape{slice, fill, scene::Stroke{theme.colors().background, 1.2}});
    // Each share large enough to hold it carries its percentage, so a reader (or a grey
    // photocopy) need not match shades against the legend.
    auto style = theme.text(model::TextRole::label_value);
    style.color =
        contrast_ratio(theme.colors().background, fill) >= contrast_ratio(theme.colors().text, fill)
            ? theme.colors().background
            : theme.colors().text;
    auto label = text::shape_text(percent(shares[i].value, total, ctx.chart.language), style);
    double middle = pie ? radius * 0.64 : (radius + hole) / 2;
    double thickness = pie ? radius : radius - hole;
    double mid_angle = angle + sweep / 2;
    // The label's extent across the ring and along it, at the angle it sits.
    double w = label->size().width, h = label->size().height;
    double across = std::fabs(w * std::cos(mid_angle)) + std::fabs(h * std::sin(mid_angle));
    double along = std::fabs(w * std::sin(mid_angle)) + std::fabs(h * std::cos(mid_angle));
    if (sweep * middle >= along + 6 && thickness >= across + 4 &&
        contrast_ratio(style.color, fill) >= 3) {
      Point at{center.x + middle * std::cos(mid_angle), center.y + middle * std::sin(mid_angle)};
      ctx.frame.text({at.x - label->size().width / 2, at.y - label->size().height / 2}, label);
    }
    angle += sweep;
  }
  if (!pie) {
    // The total fits the hole: the type shrinks (to 7 pt at least) rather than be cut.
    auto style = theme.text(model::TextRole::stat_value);
    std::string total_text = text::format_number(total, format, ctx.chart.language);
    auto total_run = text::shape_text(total_text, style);
    while (total_run->size().width > hole * 1.7 && style.size_pt > 7) {
      style.size_pt = std::max(7.0, style.size_pt * 0.9);
      total_run = text::shape_text(total_text, style);
    }
    ctx.frame.text(
        {center.x - total_run->size().width / 2, center.y - total_run->size().height / 2},
        total_run);
  }

  double x = ctx.body.x + diameter + 24;
  auto rows = legend_rows(ctx.chart, theme, ctx.body.right() - x);
  double y = center.y - rows_height(rows) / 2;
  for (size_t i = 0; i < rows.size(); ++i) {
    ctx.frame.fill(scene::Path::rectangle({x, y + 3, 10, 10}), theme.series(i).color);
    ctx.frame.text({x + 16, y}, rows[i]);
    y += rows[i]->size().height + 6;
  }
}

std::string describe_donut(const model::Chart& chart) {
  auto shares = shares_of(chart);
  double total = total_of(shares);
  auto format = chart::axis_format(chart.spec.y, {});
  std::string text = fmt::format(
      "{} of a total of {}: ", chart::count_phrase(shares.size(), "part", "parts", chart.language),
      text::format_number(total, format, chart.language));
  for (size_t i = 0; i < shares.size(); ++i)
    text += fmt::format("{}{} {} ({})", i ? "; " : "", shares[i].name,
                        text::format_number(shares[i].value, format, chart.language),
                        percent(shares[i].value, total, chart.language));
  return text + ".";
}

void require_parts(const model::Chart& chart, const spec::JsonDocument& doc) {
  if (!chart.y || !chart.data) return;
  double sum = 0;
  for (size_t row = 0; row < chart.data->rows; ++row) {
    auto value = chart.y->numbers()[row];
    if (value) sum += std::max(0.0, *value);
    if (!value || *value >= 0) continue;
    throw InputError(
        doc.locate(chart.spec.y->pointer),
        fmt::format("parts of a whole, zero or more, in field \"{}\"", chart.y->name),
        fmt::format("{} in row {} of dataset \"{}\"", *value, row + 1, chart.data->name),
        "show gains and losses as a bar or waterfall chart");
  }
  // Each share is a part of the sum: a sum past the largest number has no shares.
  if (!std::isfinite(sum))
    throw InputError(
        doc.locate(chart.spec.y->pointer),
        fmt::format("parts whose sum is at most 1.8e308, in field \"{}\"", chart.y->name),
        fmt::format("a larger sum in dataset \"{}\"", chart.data->name));
}

}  // namespace

std::optional<NativeChart> native_doughnut(const model::Chart& chart, const model::Theme& theme) {
  return chart::native_shares(chart, theme, NativeChart::Kind::doughnut);
}

std::optional<NativeChart> native_pie(const model::Chart& chart, const model::Theme& theme) {
  return chart::native_shares(chart, theme, NativeChart::Kind::pie);
}

// Donut and pie share everything but their name (which decides the hole).
ChartKind shares_kind(std::string_view name) {
  return {name,
          {"x", "y", "sort", "facet"},
          {.data = Need::required,
           .x = Need::required,
           .x_use = model::FieldUse::any,
           .y = Need::required},
          {.facets = true, .max_rows = limits::kShareParts, .rows_are = "parts"},
          draw_donut,
          describe_donut,
          donut_height,
          require_parts,
          name == "donut" ? native_doughnut : native_pie};
}

const ChartKind& pie_chart_kind() {
  static const ChartKind kind = shares_kind("pie");
  return kind;
}

const ChartKind& donut_chart_kind() {
  static const ChartKind kind = shares_kind("donut");
  return kind;
}

}  // namespace folio::kind
