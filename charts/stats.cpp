// Stat tiles: a row (or grid) of headline figures, each a large value over a short label.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "kind/chart_kind.h"
#include "text/number_format.h"

namespace folio::kind {
namespace {

constexpr double kTilePadding = 10;
constexpr double kTileGap = 8;

// "▲ 12.5% vs 2018": the relative change in the theme's positive or negative colour. A change
// from zero has no percentage, so the absolute difference is shown instead.
text::ShapedTextPtr change_line(const spec::StatItem& item, const model::Theme& theme, double width,
                                const std::string& language) {
  if (!item.previous) return nullptr;
  double previous = *item.previous, difference = item.value - previous;
  std::string arrow = difference > 0 ? "▲" : difference < 0 ? "▼" : "■";
  std::string amount;
  if (previous != 0) {
    spec::NumberFormat percent;
    percent.style = spec::NumberStyle::percent;
    amount = text::format_number(std::fabs(difference / previous), percent, language);
  } else {
    amount = text::format_number(std::fabs(difference), item.format, language);
  }
  auto style = theme.text(model::TextRole::stat_change);
  style.color = difference > 0   ? theme.colors().positive
                : difference < 0 ? theme.colors().negative
                                 : theme.colors().muted;
  std::string line = fmt::format("{} {}", arrow, amount);
  if (!item.previous_label.empty()) line += " " + item.previous_label;
  return text::shape_text(line, style, {width});
}

struct TileGrid {
  std::vector<Rect> tiles;  // relative to the body's top-left
  std::vector<text::ShapedTextPtr> values, labels, changes;
  double height = 0;
};

// Most tiles a row at which every value fits at full size; rows are balanced (5 -> 3 + 2) and
// each row fills the width.
TileGrid plan(const model::Chart& chart, const model::Theme& theme, double width) {
  TileGrid grid;
  const auto& items = chart.spec.items;
  int count = static_cast<int>(items.size());
  if (count == 0) return grid;
  // Amounts in words ("US$700 million") when three tiles a row still fit them, else in the
  // short notation ("US$700M"): tiles are read at a glance, and all of them use one form.
  auto written = [&](const std::string& notation) {
    std::vector<std::string> texts;
    for (const auto& item : items) {
      spec::NumberFormat format = item.format;
      if (!notation.empty()) format.notation = notation;
      texts.push_back(text::format_number(item.value, format, chart.language));
    }
    return texts;
  };
  auto columns_for = [&](const std::vector<std::string>& texts) {
    double widest = 0;
    for (const auto& text : texts)
      widest = std::max(
          widest, text::shape_text(text, theme.text(model::TextRole::stat_value))->size().width);
    int columns = count;
    while (columns > 1 && (width - (columns - 1) * kTileGap) / columns - 2 * kTilePadding < widest)
      --columns;
    return columns;
  };
  auto texts = written("");
  int columns = columns_for(texts);
  if (columns < std::min(count, 3)) {
    texts = written("short");
    columns = columns_for(texts);
  }
  int rows = (count + columns - 1) / columns;
  columns = (count + rows - 1) / rows;

  double y = 0;
  for (int row = 0, first = 0; row < rows; ++row) {
    int in_row = std::min(columns, count - first);
    double tile_width = (width - (in_row - 1) * kTileGap) / in_row;
    double row_height = 0;
    for (int i = 0; i < in_row; ++i) {
      double inner = tile_width - 2 * kTilePadding;
      grid.values.push_back(text::shape_text(texts[first + i],
                                             theme.text(model::TextRole::stat_value),
                                             {inner, text::Align::left, 1}));
      grid.labels.push_back(text::shape_text(items[first + i].label,
                                             theme.text(model::TextRole::stat_label), {inner}));
      grid.changes.push_back(change_line(items[first + i], theme, inner, chart.language));
      double change_height = grid.changes.back() ? grid.changes.back()->size().height + 2 : 0;
      row_height = std::max(row_height, 2 * kTilePadding + 3 + grid.values.back()->size().height +
                                            3 + change_height + grid.labels.back()->size().height);
    }
    for (int i = 0; i < in_row; ++i)
      grid.tiles.push_back({i * (tile_width + kTileGap), y, tile_width, row_height});
    y += row_height + kTileGap;
    first += in_row;
  }
  grid.height = y - kTileGap;
  return grid;
}

void draw_stats(const DrawContext& ctx) {
  auto grid = plan(ctx.chart, ctx.theme, ctx.body.width);
  // On a slide the body is taller than the tiles: centre them rather than leave a gap below.
  double top = ctx.body.y + std::max(0.0, (ctx.body.height - grid.height) / 2);
  for (size_t i = 0; i < grid.tiles.size(); ++i) {
    Rect tile = grid.tiles[i];
    tile.x += ctx.body.x;
    tile.y += top;
    ctx.frame.fill(scene::Path::rectangle(tile), ctx.theme.colors().tile);
    ctx.frame.fill(scene::Path::rectangle({tile.x, tile.y, tile.width, 3}),
                   ctx.theme.colors().accent);
    double y = tile.y + 3 + kTilePadding;
    ctx.frame.text({tile.x + kTilePadding, y}, grid.values[i]);
    y += grid.values[i]->size().height + 3;
    if (grid.changes[i]) {
      ctx.frame.text({tile.x + kTilePadding, y}, grid.changes[i]);
      y += grid.changes[i]->size().height + 2;
    }
    ctx.frame.text({tile.x + kTilePadding, y}, grid.labels[i]);
  }
}

std::string describe_stats(const model::Chart& chart) {
  std::string text;
  for (const auto& item : chart.spec.items) {
    text += fmt::format("{}: {}", item.label,
                        text::format_number(item.value, item.format, chart.language));
    if (item.previous)
      text += fmt::format(" ({} {}{})",
                          item.value > *item.previous   ? "up from"
                          : item.value < *item.previous ? "down from"
                                                        : "unchanged from",
                          text::format_number(*item.previous, item.format, chart.language),
                          item.previous_label.empty() ? "" : " " + item.previous_label);
    text += ". ";
  }
  return text;
}

double stats_height(const model::Chart& chart, const model::Theme& theme, double width) {
  return plan(chart, theme, width).height;
}

}  // namespace

const ChartKind& stats_chart_kind() {
  static const ChartKind kind{
      "stats",           {"items"},  {.data = Need::none, .items = Need::required},
      {.figure = false}, draw_stats, describe_stats,
      stats_height};
  return kind;
}

}  // namespace folio::kind
