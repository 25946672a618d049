#include <fmt/format.h>

#include <algorithm>

#include "charts/registry.h"
#include "core/strings.h"
#include "model/document.h"
#include "spec/node.h"

namespace folio::model {
namespace {

Page page_geometry(const spec::Page& page) {
  Page geometry;
  geometry.size = page.size == "Letter" ? Size{612, 792} : Size{595.28, 841.89};
  if (page.landscape) std::swap(geometry.size.width, geometry.size.height);
  geometry.body = Rect{0, 0, geometry.size.width, geometry.size.height}.inset(
      page.margin_top_pt, page.margin_right_pt, page.margin_bottom_pt, page.margin_left_pt);
  return geometry;
}

[[noreturn]] void fail_at(const spec::JsonDocument& doc, const std::string& pointer,
                          const std::string& expected, const std::string& found,
                          const std::string& hint = "") {
  throw InputError(doc.locate(pointer), expected, found, hint);
}

const Dataset& require_dataset(const std::map<std::string, Dataset>& datasets,
                               const std::string& name, const spec::JsonDocument& doc,
                               const std::string& pointer) {
  auto it = datasets.find(name);
  if (it != datasets.end()) return it->second;
  std::vector<std::string> names;
  for (const auto& [known, dataset] : datasets) names.push_back(known);
  std::string list = join(names);
  std::string suggestion = spec::closest_match(name, names);
  fail_at(doc, pointer,
          list.empty() ? "a dataset, but \"data\" defines none" : "a dataset name (" + list + ")",
          fmt::format("\"{}\"", quote_for_message(name)),
          suggestion.empty() ? "" : fmt::format("did you mean \"{}\"?", suggestion));
}

const Column* bind_field(const Dataset& data, const std::optional<std::string>& field,
                         charts::Need need, FieldUse use, const spec::JsonDocument& doc,
                         const std::string& pointer, const std::string& key) {
  if (need == charts::Need::none) return nullptr;
  if (!field) {
    if (need == charts::Need::required)
      fail_at(doc, pointer, fmt::format("a \"{}\" field", key), "none");
    return nullptr;
  }
  return &require_field(data, *field, use, doc, pointer + "/" + key);
}

std::string source_line(const spec::Chart& chart, const Dataset* data) {
  std::string source = !chart.source.empty() ? chart.source : data ? data->source : "";
  std::string note = data ? data->note : "";
  std::string line = source.empty() ? "" : "Source: " + source;
  if (!note.empty()) line += (line.empty() ? "" : ". ") + note;
  return line;
}

}  // namespace

Chart resolve_chart(const spec::Chart& spec, const std::map<std::string, Dataset>& datasets,
                    const spec::JsonDocument& document_file) {
  // Errors point into the file the chart was written in: the document or an included spec.
  const spec::JsonDocument& doc = spec.file ? *spec.file : document_file;
  const charts::ChartKind* kind = charts::find_chart_kind(spec.kind);
  if (!kind) {
    std::vector<std::string> names;
    for (const auto& known : charts::chart_kinds()) names.emplace_back(known.name);
    std::string list = join(names);
    std::string suggestion = spec::closest_match(spec.kind, names);
    fail_at(doc, spec.pointer + "/kind", "a chart kind (" + list + ")",
            fmt::format("\"{}\"", spec.kind),
            suggestion.empty() ? "" : fmt::format("did you mean \"{}\"?", suggestion));
  }
  Chart chart;
  chart.spec = spec;
  const auto& needs = kind->needs;
  if (needs.data != charts::Need::none && spec.inline_data) {
    chart.own_data = std::make_shared<const Dataset>(load_dataset(*spec.inline_data));
    chart.data = chart.own_data.get();
  } else if (needs.data != charts::Need::none && !spec.data.empty()) {
    chart.data = &require_dataset(datasets, spec.data, doc, spec.pointer + "/data");
  }
  if (needs.data == charts::Need::required && !chart.data)
    fail_at(doc, spec.pointer,
            fmt::format("a \"data\" key naming a dataset for a {} chart", spec.kind), "none");
  if (needs.items == charts::Need::required && spec.items.empty())
    fail_at(doc, spec.pointer, fmt::format("an \"items\" array for a {} chart", spec.kind), "none");
  if (chart.data) {
    auto field = [](const std::optional<spec::Axis>& axis) {
      return axis ? std::optional<std::string>(axis->field) : std::nullopt;
    };
    chart.x = bind_field(*chart.data, field(spec.x), needs.x, needs.x_use, doc, spec.pointer, "x");
    chart.y = bind_field(*chart.data, field(spec.y), needs.y, needs.y_use, doc, spec.pointer, "y");
    chart.series = bind_field(*chart.data, spec.series_field, needs.series, FieldUse::any, doc,
                              spec.pointer, "series");
    chart.label = bind_field(*chart.data, spec.label_field, needs.label, FieldUse::any, doc,
                             spec.pointer, "label");
    chart.size = bind_field(*chart.data, spec.size_field, needs.size, FieldUse::numeric, doc,
                            spec.pointer, "size");
    chart.estimated = bind_field(*chart.data, spec.estimated_field, needs.estimated, FieldUse::any,
                                 doc, spec.pointer, "estimated");
    if (spec.facet)
      chart.facet =
          &require_field(*chart.data, spec.facet->field, FieldUse::any, doc, spec.facet->pointer);
    if (needs.columns != charts::Need::none)
      for (const auto& column : spec.columns)
        chart.columns.push_back(&require_field(*chart.data, column.field,
                                               column.bar ? FieldUse::numeric : FieldUse::any, doc,
                                               column.pointer));
  }
  if (needs.columns == charts::Need::required && spec.columns.empty())
    fail_at(doc, spec.pointer, fmt::format("a \"columns\" list for a {} chart", spec.kind), "none");
  chart.source_line = source_line(spec, chart.data);
  if (kind->validate && chart.data) kind->validate(chart, doc);
  return chart;
}

namespace {

Block resolve_block(const spec::Block& block, const Document& document,
                    const spec::JsonDocument& doc) {
  Block resolved;
  resolved.pointer = block.pointer;
  if (const auto* chart = std::get_if<spec::Chart>(&block.content)) {
    resolved.content = resolve_chart(*chart, document.datasets, doc);
  } else if (const auto* table = std::get_if<spec::Table>(&block.content)) {
    Table bound;
    bound.spec = *table;
    bound.data = &require_dataset(document.datasets, table->data, doc, block.pointer + "/data");
    for (const auto& column : table->columns)
      bound.columns.push_back(
          &require_field(*bound.data, column.field, FieldUse::any, doc, column.pointer));
    bound.summed.assign(table->columns.size(), false);
    if (table->totals) {
      for (size_t i = 0; i < table->totals->fields.size(); ++i) {
        const auto& field = table->totals->fields[i];
        std::string where = fmt::format("{}/totals/fields/{}", block.pointer, i);
        require_field(*bound.data, field, FieldUse::numeric, doc, where);
        auto column = std::find_if(table->columns.begin(), table->columns.end(),
                                   [&](const auto& c) { return c.field == field; });
        if (column == table->columns.end())
          fail_at(doc, where, "a field shown as a column of the table",
                  fmt::format("\"{}\"", field));
        bound.summed[column - table->columns.begin()] = true;
      }
    }
    resolved.content = std::move(bound);
  } else if (const auto* grid = std::get_if<spec::Grid>(&block.content)) {
    Grid bound;
    bound.spec = *grid;
    bound.spec.blocks.clear();
    for (const auto& child : grid->blocks)
      bound.blocks.push_back(resolve_block(child, document, doc));
    resolved.content = std::move(bound);
  } else {
    std::visit(
        [&](const auto& content) {
          using T = std::decay_t<decltype(content)>;
          if constexpr (!std::is_same_v<T, spec::Chart> && !std::is_same_v<T, spec::Table> &&
                        !std::is_same_v<T, spec::Grid>)
            resolved.content = content;
        },
        block.content);
  }
  return resolved;
}

}  // namespace

namespace {

void collect_charts(const std::vector<Block>& blocks, std::vector<const Chart*>& charts) {
  for (const auto& block : blocks) {
    if (const auto* chart = std::get_if<Chart>(&block.content)) charts.push_back(chart);
    if (const auto* grid = std::get_if<Grid>(&block.content)) collect_charts(grid->blocks, charts);
  }
}

}  // namespace

std::vector<const Chart*> charts_of(const Document& document) {
  std::vector<const Chart*> charts;
  collect_charts(document.blocks, charts);
  return charts;
}

Document resolve_document(const spec::Document& spec) {
  Document document;
  const auto& doc = *spec.json;
  document.meta = spec.meta;
  document.page = page_geometry(spec.page);
  document.cover = spec.cover;
  document.contents = spec.contents;
  document.sources = spec.sources;
  try {
    document.theme = load_theme(spec.style.theme);
  } catch (const std::out_of_range&) {
    fail_at(doc, spec.style.pointer, "a theme from styles/ (" + join(theme_names()) + ")",
            fmt::format("\"{}\"", spec.style.theme));
  }
  for (const auto& dataset : spec.data)
    document.datasets.emplace(dataset.name, load_dataset(dataset));
  for (const auto& block : spec.blocks)
    document.blocks.push_back(resolve_block(block, document, doc));
  return document;
}

}  // namespace folio::model
