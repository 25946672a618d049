#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <tuple>

#include "core/limits.h"
#include "core/strings.h"
#include "kind/chart_kind.h"
#include "model/bind_text.h"
#include "model/document.h"
#include "model/theme_layers.h"
#include "spec/node.h"
#include "text/font_system.h"

namespace folio::model {
namespace {

[[noreturn]] void fail_at(const spec::JsonDocument& doc, const std::string& pointer,
                          const std::string& expected, const std::string& found,
                          const std::string& hint = "") {
  throw InputError(doc.locate(pointer), expected, found, hint);
}

// The page, and the text area its margins leave: at least two inches each way, or no
// heading, table row or chart could stand on it.
Page page_geometry(const spec::Page& page, const spec::JsonDocument& doc) {
  constexpr double kLeast = 144;
  Page geometry;
  geometry.size = page.size == "Letter" ? Size{612, 792} : Size{595.28, 841.89};
  if (page.landscape) std::swap(geometry.size.width, geometry.size.height);
  geometry.body = Rect{0, 0, geometry.size.width, geometry.size.height}.inset(
      page.margin_top_pt, page.margin_right_pt, page.margin_bottom_pt, page.margin_left_pt);
  auto require_room = [&](double room, double page_length, double margins, const char* sides,
                          const char* dimension) {
    auto mm = [](double pt) { return pt / 72 * 25.4; };
    if (room < kLeast)
      fail_at(doc, "/page/margins",
              fmt::format("{} margins that leave at least {:.0f} mm of the page's {:.0f} mm {} "
                          "for text",
                          sides, mm(kLeast), mm(page_length), dimension),
              fmt::format("{:.0f} mm", mm(margins)));
  };
  require_room(geometry.body.width, geometry.size.width, page.margin_left_pt + page.margin_right_pt,
               "left and right", "width");
  require_room(geometry.body.height, geometry.size.height,
               page.margin_top_pt + page.margin_bottom_pt, "top and bottom", "height");
  return geometry;
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
                         kind::Need need, FieldUse use, const spec::JsonDocument& doc,
                         const std::string& pointer, const std::string& key) {
  if (need == kind::Need::none) return nullptr;
  if (!field) {
    if (need == kind::Need::required)
      fail_at(doc, pointer, fmt::format("a \"{}\" field", key), "none");
    return nullptr;
  }
  return &require_field(data, *field, use, doc, pointer + "/" + key);
}

std::string source_line(const spec::Chart& chart, const Dataset* data,
                        const text::Messages& messages) {
  std::string source = !chart.source.empty() ? chart.source : data ? data->source : "";
  std::string note = data ? data->note : "";
  std::string line = source.empty() ? "" : messages.format("source", {{"source", source}});
  if (!note.empty()) line += (line.empty() ? "" : ". ") + note;
  return line;
}

}  // namespace

namespace {

// The chart's own texts with their expressions evaluated, in the chart's language.
void bind_chart_texts(spec::Chart& chart, const TextBinder& document_binder,
                      const spec::JsonDocument& doc) {
  TextBinder binder = document_binder.in_language(chart.language);
  const std::string& at = chart.pointer;
  chart.title = binder.text(chart.title, doc, at + "/title");
  chart.subtitle = binder.text(chart.subtitle, doc, at + "/subtitle");
  chart.note = binder.text(chart.note, doc, at + "/note");
  chart.source = binder.text(chart.source, doc, at + "/source");
  for (auto& item : chart.items) {
    item.label = binder.text(item.label, doc, item.pointer + "/label");
    item.previous_label = binder.text(item.previous_label, doc, item.pointer + "/previousLabel");
    if (!item.value_expression.empty())
      item.value = binder.number(item.value_expression, doc, item.pointer + "/value");
  }
  for (auto& annotation : chart.annotations)
    annotation.label = binder.text(annotation.label, doc, annotation.pointer + "/label");
  for (auto& span : chart.spans) span.label = binder.text(span.label, doc, span.pointer + "/label");
  for (auto& column : chart.columns)
    column.title = binder.text(column.title, doc, column.pointer + "/title");
}

}  // namespace

// Values times their format's magnitude (and a percent's hundred) must stay doubles: past
// 1.8e308 every label of them would read "∞".
double format_factor(const spec::NumberFormat& format) {
  return format.magnitude * (format.style == spec::NumberStyle::percent ? 100 : 1);
}

void check_scaled(double value, const spec::NumberFormat& format, const spec::JsonDocument& doc,
                  const std::string& pointer) {
  double factor = format_factor(format);
  if (std::isfinite(value) && !std::isfinite(value * factor))
    fail_at(
        doc, pointer,
        fmt::format("values that stay below 1.8e308 when multiplied by their format's {} ({:g})",
                    format.magnitude != 1 ? "magnitude" : "hundred (percent)", factor),
        fmt::format("{:g}", value));
}

void check_scaled(const Column* column, const std::optional<spec::NumberFormat>& format,
                  const spec::JsonDocument& doc, const std::string& pointer) {
  if (!column || !format || std::fabs(format_factor(*format)) <= 1) return;
  for (const auto& value : column->numbers())
    if (value) check_scaled(*value, *format, doc, pointer);
}

// What a chart can draw readably: a kind's own row limit (parts of a donut, events on a
// timeline) and the panels of small multiples.
void check_chart_limits(const Chart& chart, const kind::ChartKind& kind,
                        const spec::JsonDocument& doc) {
  if (!chart.data) return;
  const auto& spec = chart.spec;
  // A single-series ranking draws only its `top` rows, so a long list cut to ten is fine.
  size_t drawn = chart.data->rows;
  if (spec.top && !chart.series && !chart.facet)
    drawn = std::min(drawn, static_cast<size_t>(std::max(*spec.top, 0)));
  if (kind.can.max_rows && drawn > kind.can.max_rows)
    fail_at(
        doc, spec.pointer + "/data",
        fmt::format("at most {} {} in a {} chart", kind.can.max_rows, kind.can.rows_are, spec.kind),
        fmt::format("{} {}", drawn, kind.can.rows_are),
        "a transform's where can keep the largest, or a table can list them all");
  if (chart.facet) {
    std::set<std::string> panels;
    for (size_t row = 0; row < chart.data->rows; ++row) {
      const auto& text = chart.facet->text(row);
      panels.insert(text ? *text : "");
      if (panels.size() > limits::kFacetPanels) break;
    }
    if (panels.size() > limits::kFacetPanels)
      fail_at(doc, spec.facet->pointer,
              fmt::format("a field with at most {} values (one panel each)", limits::kFacetPanels),
              fmt::format("\"{}\" with more", chart.facet->name));
  }
}

Chart resolve_chart(const spec::Chart& spec, const std::map<std::string, Dataset>& datasets,
                    const spec::JsonDocument& document_file, const TextBinder* binder,
                    const std::string& language,
                    const std::map<std::string, std::string>& strings) {
  // Errors point into the file the chart was written in: the document or an included spec.
  const spec::JsonDocument& doc = spec.file ? *spec.file : document_file;
  const kind::ChartKind* chart_kind = kind::find_chart_kind(spec.kind);
  if (!chart_kind) {
    std::vector<std::string> names;
    for (const auto& known : kind::chart_kinds()) names.emplace_back(known.name);
    std::string list = join(names);
    std::string suggestion = spec::closest_match(spec.kind, names);
    fail_at(doc, spec.pointer + "/kind", "a chart kind (" + list + ")",
            fmt::format("\"{}\"", spec.kind),
            suggestion.empty() ? "" : fmt::format("did you mean \"{}\"?", suggestion));
  }
  Chart chart;
  chart.spec = spec;
  std::string document_language = binder ? binder->scope().locale() : language;
  chart.language = spec.language.empty() ? document_language : spec.language;
  chart.messages = text::Messages::for_language(chart.language, strings);
  const auto& needs = chart_kind->needs;
  if (needs.data != kind::Need::none && spec.inline_data) {
    chart.own_data = std::make_shared<const Dataset>(load_dataset(*spec.inline_data));
    chart.data = chart.own_data.get();
  } else if (needs.data != kind::Need::none && !spec.data.empty()) {
    chart.data = &require_dataset(datasets, spec.data, doc, spec.pointer + "/data");
  }
  if (needs.data == kind::Need::required && !chart.data)
    fail_at(doc, spec.pointer,
            fmt::format("a \"data\" key naming a dataset for a {} chart", spec.kind), "none");
  if (needs.items == kind::Need::required && spec.items.empty())
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
    if (needs.columns != kind::Need::none)
      for (const auto& column : spec.columns)
        chart.columns.push_back(&require_field(*chart.data, column.field,
                                               column.bar ? FieldUse::numeric : FieldUse::any, doc,
                                               column.pointer));
  }
  if (needs.columns == kind::Need::required && spec.columns.empty())
    fail_at(doc, spec.pointer, fmt::format("a \"columns\" list for a {} chart", spec.kind), "none");
  // A chart on its own (folio chart) can quote its own data, as "data".
  std::optional<expr::Scope> own_scope;
  std::optional<TextBinder> own_binder;
  if (!binder) {
    own_scope.emplace(chart.language);
    if (chart.data) own_scope->add_dataset(*chart.data, "data");
    own_binder.emplace(*own_scope);
    binder = &*own_binder;
  }
  bind_chart_texts(chart.spec, *binder, doc);
  if (chart.data && !chart.columns.empty()) {
    // A table chart shows its text cells: those may quote data too.
    if (auto bound = bind_cells(*chart.data, binder->in_language(spec.language))) {
      for (auto& column : chart.columns) column = bound->find(column->name);
      for (const Column** field : {&chart.x, &chart.y, &chart.series, &chart.label,
                                   &chart.estimated, &chart.size, &chart.facet})
        if (*field) *field = bound->find((*field)->name);
      chart.own_data = bound;
      chart.data = bound.get();
    }
  }
  chart.source_line = source_line(chart.spec, chart.data, chart.messages);
  check_chart_limits(chart, *chart_kind, doc);
  for (const auto& [column, axis, key] :
       {std::tuple{chart.x, &spec.x, "/x"}, std::tuple{chart.y, &spec.y, "/y"}})
    if (*axis) check_scaled(column, (*axis)->format, doc, spec.pointer + key);
  for (size_t i = 0; i < chart.columns.size() && i < spec.columns.size(); ++i)
    check_scaled(chart.columns[i], spec.columns[i].format, doc, spec.columns[i].pointer);
  for (const auto& item : chart.spec.items)
    check_scaled(item.value, item.format, doc, item.pointer);
  if (chart_kind->validate && chart.data) chart_kind->validate(chart, doc);
  return chart;
}

namespace {

Block resolve_block(const spec::Block& block, const Document& document,
                    const spec::JsonDocument& doc, const TextBinder& binder) {
  Block resolved;
  resolved.pointer = block.pointer;
  const std::string& at = block.pointer;
  auto markdown = expr::Insert::markdown;
  if (const auto* chart = std::get_if<spec::Chart>(&block.content)) {
    resolved.content =
        resolve_chart(*chart, document.datasets, doc, &binder, "en", document.strings);
  } else if (const auto* table = std::get_if<spec::Table>(&block.content)) {
    Table bound;
    bound.spec = *table;
    bound.language = binder.scope().locale();
    bound.messages = document.messages;
    bound.spec.title = binder.text(table->title, doc, at + "/title");
    bound.spec.source = binder.text(table->source, doc, at + "/source");
    for (auto& column : bound.spec.columns)
      column.title = binder.text(column.title, doc, column.pointer + "/title");
    if (bound.spec.totals)
      bound.spec.totals->label = binder.text(table->totals->label, doc, at + "/totals/label");
    bound.data = &require_dataset(document.datasets, table->data, doc, block.pointer + "/data");
    if (bound.data->rows > limits::kTableRows)
      fail_at(doc, block.pointer + "/data",
              fmt::format("a table of at most {} rows", limits::kTableRows),
              fmt::format("{} rows", bound.data->rows),
              "a transform's where can keep the rows a reader needs; a CSV can carry the rest");
    bound.own_data = bind_cells(*bound.data, binder);
    if (bound.own_data) bound.data = bound.own_data.get();
    for (const auto& column : table->columns) {
      bound.columns.push_back(
          &require_field(*bound.data, column.field, FieldUse::any, doc, column.pointer));
      check_scaled(bound.columns.back(), column.format, doc, column.pointer);
    }
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
      bound.blocks.push_back(resolve_block(child, document, doc, binder));
    resolved.content = std::move(bound);
  } else if (const auto* heading = std::get_if<spec::Heading>(&block.content)) {
    resolved.content = spec::Heading{binder.text(heading->text, doc, at + "/text"), heading->level};
  } else if (const auto* paragraph = std::get_if<spec::Paragraph>(&block.content)) {
    resolved.content = spec::Paragraph{binder.text(paragraph->text, doc, at + "/text", markdown)};
  } else if (const auto* list = std::get_if<spec::List>(&block.content)) {
    spec::List bound = *list;
    for (size_t i = 0; i < bound.items.size(); ++i)
      bound.items[i] =
          binder.text(list->items[i], doc, fmt::format("{}/items/{}", at, i), markdown);
    resolved.content = std::move(bound);
  } else if (const auto* callout = std::get_if<spec::Callout>(&block.content)) {
    resolved.content = spec::Callout{binder.text(callout->title, doc, at + "/title"),
                                     binder.text(callout->text, doc, at + "/text", markdown)};
  } else {
    resolved.content = std::get<spec::PageBreak>(block.content);
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

namespace {

// A parameter's value from the command line, typed like its default.
expr::Value param_value(const spec::Param& param, const std::map<std::string, std::string>& set) {
  auto given = set.find(param.name);
  const auto& fallback = param.default_value;
  if (given == set.end()) {
    if (fallback.is_number()) return expr::Value::of_number(fallback.get<double>());
    if (fallback.is_boolean()) return expr::Value::of_boolean(fallback.get<bool>());
    return expr::Value::of_text(fallback.get<std::string>());
  }
  const std::string& text = given->second;
  if (fallback.is_number()) {
    char* stop = nullptr;
    double number = std::strtod(text.c_str(), &stop);
    if (text.empty() || *stop != '\0')
      throw UsageError(
          fmt::format("--param {}: expected a number like its default ({}), found \"{}\"",
                      param.name, fallback.dump(), text));
    return expr::Value::of_number(number);
  }
  if (fallback.is_boolean()) {
    if (text != "true" && text != "false")
      throw UsageError(
          fmt::format("--param {}: expected true or false, found \"{}\"", param.name, text));
    return expr::Value::of_boolean(text == "true");
  }
  return expr::Value::of_text(text);
}

// Datasets, parameters and values share one namespace, so that a name means one thing.
void check_names(const spec::Document& spec) {
  std::map<std::string, std::string> seen;  // name -> what it names
  auto claim = [&](const std::string& name, const std::string& pointer, const char* what) {
    auto [it, fresh] = seen.emplace(name, what);
    if (!fresh)
      fail_at(*spec.json, pointer, fmt::format("a name that is not also a {}", it->second),
              fmt::format("\"{}\"", name), "datasets, params and values share one set of names");
  };
  for (const auto& dataset : spec.data) claim(dataset.name, dataset.pointer, "dataset");
  for (const auto& param : spec.params) claim(param.name, param.pointer, "parameter");
  for (const auto& value : spec.values) claim(value.name, value.pointer, "value");
}

}  // namespace

namespace {

// The document's overrides of folio's own words, checked, and the catalogue in its language.
void resolve_messages(const spec::Document& spec, Document& document) {
  const auto& doc = *spec.json;
  std::vector<std::string> ids = text::message_ids();
  for (const auto& entry : spec.strings) {
    if (std::find(ids.begin(), ids.end(), entry.name) == ids.end()) {
      std::string match = spec::closest_match(entry.name, ids);
      throw InputError(doc.locate(entry.pointer, true), fmt::format("a message id ({})", join(ids)),
                       fmt::format("\"{}\"", entry.name),
                       match.empty() ? "" : fmt::format("did you mean \"{}\"?", match));
    }
    std::string error =
        entry.name == "coverDate" ? "" : text::message_pattern_error(entry.expression);
    if (!error.empty())
      fail_at(doc, entry.pointer, "an ICU MessageFormat pattern",
              fmt::format("\"{}\" ({})", quote_for_message(entry.expression), error));
    document.strings[entry.name] = entry.expression;
  }
  document.messages = text::Messages::for_language(spec.meta.language, document.strings);
  if (!document.messages.has_language())
    document.notices.push_back(
        {"/meta/language",
         fmt::format("folio's own words (\"Contents\", \"Page 1 of 2\") have no translation "
                     "for \"{}\" yet; they are written in English (\"strings\" can give them)",
                     spec.meta.language)});
  if (document.contents && document.contents->title.empty())
    document.contents->title = document.messages.format("contents");
  if (document.sources && document.sources->title.empty())
    document.sources->title = document.messages.format("sources");
}

}  // namespace

Document resolve_document(const spec::Document& spec, const ResolveOptions& options) {
  Document document;
  const auto& doc = *spec.json;
  // Each part on its own, so that `folio check` reports the errors of every part.
  auto part = [&](auto&& step) { return attempt(options.errors, step); };
  document.meta = spec.meta;
  part([&] { document.page = page_geometry(spec.page, doc); });
  document.cover = spec.cover;
  document.contents = spec.contents;
  document.sources = spec.sources;
  part([&] {
    try {
      document.theme = load_theme(spec.style.theme, check_theme_layers(spec.style))
                           .in_language(spec.meta.language);
    } catch (const std::out_of_range&) {
      fail_at(doc, spec.style.pointer, "a theme from styles/ (" + join(theme_names()) + ")",
              fmt::format("\"{}\"", spec.style.theme));
    }
  });
  // The document's own font files, beside the built-in set, for every text of the theme.
  std::vector<std::string> fonts;
  for (const auto& font : spec.fonts)
    part([&] {
      if (!text::is_font_file(font.name))
        fail_at(doc, font.pointer, "a TrueType or OpenType font file", "a file of another kind");
      fonts.push_back(font.name);
    });
  document.theme = document.theme.with_fonts(std::move(fonts));
  for (const auto& set : options.params) {
    const std::string& name = set.first;  // not a structured binding: clang 14 cannot capture one
    bool declared = std::any_of(spec.params.begin(), spec.params.end(),
                                [&](const auto& p) { return p.name == name; });
    if (!declared) {
      std::vector<std::string> names;
      for (const auto& p : spec.params) names.push_back(p.name);
      std::string match = spec::closest_match(name, names);
      throw UsageError(
          fmt::format("--param: expected a parameter the document declares ({}), found \"{}\"{}",
                      names.empty() ? "it declares none" : join(names), name,
                      match.empty() ? "" : fmt::format(" (did you mean \"{}\"?)", match)));
    }
  }
  part([&] { check_names(spec); });
  part([&] { resolve_messages(spec, document); });
  expr::Scope scope(document.meta.language);
  for (const auto& param : spec.params)
    scope.add_param(param.name, param_value(param, options.params));
  for (const auto& value : spec.values)
    scope.add_value(value.name, value.expression, string_locator(doc, value.pointer));
  bool every_dataset = spec.failed_datasets.empty();
  for (const auto& dataset : spec.data)
    every_dataset &= part([&] {
      auto [it, added] = document.datasets.emplace(dataset.name, load_dataset(dataset, &scope));
      scope.add_dataset(it->second);
    });
  // Texts and charts that quote a dataset which failed would only repeat its error as
  // "unknown dataset": a check stops here until the datasets are right.
  if (options.errors && !every_dataset) return document;
  TextBinder binder(scope);
  part([&] { document.meta.title = binder.text(spec.meta.title, doc, "/meta/title"); });
  part([&] { document.meta.subtitle = binder.text(spec.meta.subtitle, doc, "/meta/subtitle"); });
  if (document.cover)
    part([&] {
      auto& cover = *document.cover;
      cover.kicker = binder.text(cover.kicker, doc, "/cover/kicker");
      for (size_t i = 0; i < cover.lines.size(); ++i)
        cover.lines[i] = binder.text(cover.lines[i], doc, fmt::format("/cover/lines/{}", i));
      cover.note = binder.text(cover.note, doc, "/cover/note");
    });
  for (const auto& block : spec.blocks)
    part([&] { document.blocks.push_back(resolve_block(block, document, doc, binder)); });
  // Each chart writes charts/<id>.svg and .png: two with one id would overwrite each other.
  std::map<std::string, const Chart*> ids;
  for (const Chart* chart : charts_of(document)) {
    auto [first, fresh] = ids.emplace(chart->spec.id, chart);
    if (fresh) continue;
    const auto& chart_doc = chart->spec.file ? *chart->spec.file : doc;
    const auto& first_doc = first->second->spec.file ? *first->second->spec.file : doc;
    auto earlier = first_doc.locate(first->second->spec.pointer + "/id");
    InputError again(
        chart_doc.locate(chart->spec.pointer + "/id"),
        "an id no other chart has (it names the chart's files)",
        fmt::format("\"{}\" again", chart->spec.id),
        fmt::format("first used at {}:{}:{}", earlier.file, earlier.line, earlier.column));
    if (!options.errors) throw again;
    options.errors->add(again);
  }
  return document;
}

}  // namespace folio::model
