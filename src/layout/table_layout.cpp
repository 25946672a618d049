#include "layout/table_layout.h"

#include <algorithm>
#include <numeric>

#include "chart/table_cells.h"
#include "text/number_format.h"
#include "text/passage_language.h"
#include "text/shaped_text.h"

namespace folio::layout {
namespace {

constexpr double kCellPadX = 6, kCellPadY = 4;

bool numeric(const model::Column* column) {
  return column->type == model::ColumnType::number;
}

text::Align align_of(const spec::TableColumn& spec, const model::Column* column) {
  if (spec.align == "center") return text::Align::center;
  if (spec.align == "right" || (spec.align.empty() && numeric(column))) return text::Align::right;
  return text::Align::left;
}

// Each column's cells, then its total ("" where it has none): a numeric column is written in
// one unit and one precision, its total included, and a column of years as years.
std::vector<std::vector<std::string>> column_cells(const model::Table& table) {
  const auto& specs = table.spec.columns;
  std::vector<size_t> rows(table.data->rows);
  for (size_t r = 0; r < rows.size(); ++r) rows[r] = r;
  std::vector<std::vector<std::string>> columns;
  for (size_t c = 0; c < specs.size(); ++c) {
    auto* column = table.columns[c];
    bool summed = table.spec.totals && table.summed[c];
    if (!numeric(column) || !summed) {
      columns.push_back(chart::column_texts(column, rows, specs[c], table.language));
      columns.back().push_back("");
      continue;
    }
    std::vector<double> values;
    double sum = 0;
    for (const auto& value : column->numbers())
      if (value) values.push_back(*value), sum += *value;
    values.push_back(sum);
    auto written =
        text::format_column(values, chart::column_format(column, specs[c]), table.language);
    std::vector<std::string> cells;
    for (size_t r = 0, k = 0; r < rows.size(); ++r)
      cells.push_back(column->numbers()[r] ? written[k++] : "–");
    cells.push_back(written.back());
    columns.push_back(std::move(cells));
  }
  return columns;
}

// A row of cells, each a TH (header row, scope Column) or TD of a tagged PDF; the stripe and
// rules are decoration (artifacts).
scene::Frame row_frame(const std::vector<std::string>& cells, const std::vector<double>& widths,
                       const std::vector<text::Align>& aligns, const model::TextStyle& style,
                       std::optional<Color> background, Color rule, const std::string& language,
                       bool header = false) {
  std::vector<text::ShapedTextPtr> runs;
  double height = 0;
  for (size_t i = 0; i < cells.size(); ++i) {
    runs.push_back(text::shape_text(cells[i], style, {widths[i] - 2 * kCellPadX, aligns[i]}));
    height = std::max(height, runs.back()->size().height);
  }
  double total = std::accumulate(widths.begin(), widths.end(), 0.0);
  scene::Frame frame{{total, height + 2 * kCellPadY}, {}};
  scene::Frame decoration{frame.size, {}};
  if (background)
    decoration.fill(scene::Path::rectangle({0, 0, total, frame.size.height}), *background);
  decoration.stroke(scene::Path::segment({0, frame.size.height}, {total, frame.size.height}),
                    {rule, 0.5});
  frame.group({0, 0}, std::move(decoration), "", "", "Artifact");
  scene::Structure cell_structure(header ? "TH" : "TD");
  if (header) cell_structure.scope = "Column";
  double x = 0;
  for (size_t i = 0; i < runs.size(); ++i) {
    double inner = widths[i] - 2 * kCellPadX;
    double offset = aligns[i] == text::Align::right    ? inner - runs[i]->size().width
                    : aligns[i] == text::Align::center ? (inner - runs[i]->size().width) / 2
                                                       : 0;
    scene::Structure element = cell_structure;
    element.language = text::passage_language(cells[i], language);
    frame.tagged_text({x + kCellPadX + offset, kCellPadY}, runs[i], element);
    x += widths[i];
  }
  return frame;
}

}  // namespace

TableFrames layout_table(const model::Table& table, const model::Theme& theme, double width,
                         const std::string& label) {
  TableFrames frames;
  const auto& specs = table.spec.columns;
  auto cell_style = theme.text(model::TextRole::table_cell);
  auto header_style = theme.text(model::TextRole::table_header);
  // Columns share the width in proportion to their widest content, within limits.
  auto cells_of = column_cells(table);
  std::vector<double> natural(specs.size(), 0);
  for (size_t c = 0; c < specs.size(); ++c) {
    natural[c] = text::shape_text(specs[c].title, header_style)->size().width;
    for (const auto& cell : cells_of[c])
      natural[c] = std::max(natural[c], text::shape_text(cell, cell_style)->size().width);
    natural[c] = std::min(natural[c], width * 0.6) + 2 * kCellPadX;
  }
  double total = std::accumulate(natural.begin(), natural.end(), 0.0);
  std::vector<double> widths;
  for (double w : natural) widths.push_back(w * width / total);
  std::vector<text::Align> aligns;
  for (size_t c = 0; c < specs.size(); ++c) aligns.push_back(align_of(specs[c], table.columns[c]));

  if (!table.spec.title.empty() || !label.empty()) {
    double y = 0;
    frames.title = {{width, 0}, {}};
    if (!label.empty()) {
      auto run = text::shape_text(label, theme.text(model::TextRole::chart_figure), {width});
      frames.title.text({0, y}, run);
      y += run->size().height + 1;
    }
    if (!table.spec.title.empty()) {
      auto title =
          text::shape_text(table.spec.title, theme.text(model::TextRole::table_title), {width});
      frames.title.text({0, y}, title);
      y += title->size().height;
    }
    frames.title.size.height = y + 6;
  }
  std::vector<std::string> titles;
  for (const auto& spec : specs) titles.push_back(spec.title);
  frames.header = row_frame(titles, widths, aligns, header_style, std::nullopt, theme.colors().rule,
                            table.language, true);
  for (size_t row = 0; row < table.data->rows; ++row) {
    std::vector<std::string> cells;
    for (size_t c = 0; c < specs.size(); ++c) cells.push_back(cells_of[c][row]);
    std::optional<Color> stripe;
    if (table.spec.zebra && row % 2 == 1) stripe = theme.colors().table_stripe;
    frames.rows.push_back(
        row_frame(cells, widths, aligns, cell_style, stripe, theme.colors().grid, table.language));
  }
  if (table.spec.totals) {
    std::vector<std::string> cells(specs.size());
    for (size_t c = 0; c < specs.size(); ++c) cells[c] = cells_of[c].back();
    if (cells[0].empty()) cells[0] = table.spec.totals->label;
    auto totals = row_frame(cells, widths, aligns, theme.text(model::TextRole::table_total),
                            std::nullopt, theme.colors().rule, table.language);
    scene::Frame rule{totals.size, {}};
    rule.stroke(scene::Path::segment({0, 0}, {totals.size.width, 0}), {theme.colors().rule, 0.8});
    totals.group({0, 0}, std::move(rule), "", "", "Artifact");
    frames.rows.push_back(std::move(totals));
  }
  std::string source = !table.spec.source.empty() ? table.spec.source : table.data->source;
  if (!source.empty()) {
    auto run = text::shape_text(table.messages.format("source", {{"source", source}}),
                                theme.text(model::TextRole::chart_source), {width});
    frames.source = {{width, run->size().height + 4}, {}};
    frames.source.text({0, 4}, run);
  }
  return frames;
}

}  // namespace folio::layout
