#include <fmt/format.h>

#include <algorithm>

#include "core/strings.h"
#include "core/text_scan.h"
#include "kind/chart_kind.h"
#include "spec/file_reference.h"
#include "spec/parse.h"

namespace folio::spec {
namespace {

Axis parse_axis(const Node& node) {
  Axis axis;
  axis.pointer = node.pointer();
  if (node.is_string()) {
    axis.field = node.as_nonempty_string();
    return axis;
  }
  node.allow_only({"field", "title", "format", "min", "max", "scale"});
  axis.field = node.required("field").as_nonempty_string();
  axis.title = node.string_or("title", "");
  if (auto format = node.optional("format")) axis.format = parse_number_format(*format);
  if (auto min = node.optional("min")) axis.min = min->as_number();
  if (auto max = node.optional("max")) axis.max = max->as_number();
  if (axis.min && axis.max && *axis.min >= *axis.max)
    node.required("max").fail(fmt::format("a number above \"min\" ({})", *axis.min));
  if (auto scale = node.optional("scale")) {
    axis.scale = scale->as_enum({"linear", "log"}) == "log" ? Scale::log : Scale::linear;
    if (axis.scale == Scale::log && axis.min && *axis.min <= 0)
      node.required("min").fail("a number above 0 on a log scale");
  }
  return axis;
}

std::string field_of(const Node& node) {
  if (node.is_string()) return node.as_nonempty_string();
  node.allow_only({"field", "order"});
  return node.required("field").as_nonempty_string();
}

Span parse_span(const Node& node) {
  node.allow_only({"start", "end", "label"});
  Span span;
  span.pointer = node.pointer();
  span.start = node.required("start").as_nonempty_string();
  span.end = node.required("end").as_nonempty_string();
  span.label = node.string_or("label", "");
  return span;
}

// A position on an axis: a number, or a date such as "2019-03" for time axes.
double axis_value(const Node& node) {
  if (node.is_number()) return node.as_number();
  std::string text = node.is_string() ? node.as_string() : "";
  TextScan scan(text);
  auto year = scan.digits(4, 4);
  std::optional<long long> month = 1;
  if (year && scan.take('-')) month = scan.digits(2, 2);
  if (!node.is_string() || !year || !month || *month < 1 || *month > 12 || !scan.done())
    node.fail("a number or a date as YYYY or YYYY-MM");
  return static_cast<double>(*year) + static_cast<double>(*month - 1) / 12;
}

Annotation parse_annotation(const Node& node) {
  node.allow_only({"type", "x", "y", "label"});
  Annotation annotation;
  annotation.pointer = node.pointer();
  std::string type = node.required("type").as_enum({"line", "range", "point"});
  annotation.type = type == "range"   ? AnnotationType::range
                    : type == "point" ? AnnotationType::point
                                      : AnnotationType::line;
  annotation.label = node.string_or("label", "");
  auto read = [&](const char* key, std::optional<double>& first, std::optional<double>& second) {
    auto value = node.optional(key);
    if (!value) return;
    if (annotation.type == AnnotationType::range) {
      auto ends = value->elements();
      if (ends.size() != 2) value->fail("two values, [from, to]");
      first = axis_value(ends[0]), second = axis_value(ends[1]);
    } else {
      first = axis_value(*value);
    }
  };
  read("x", annotation.x, annotation.x2);
  read("y", annotation.y, annotation.y2);
  if (annotation.type == AnnotationType::point && (!annotation.x || !annotation.y))
    node.fail_found("both \"x\" and \"y\" for a point", annotation.x ? "no \"y\"" : "no \"x\"");
  if (annotation.type != AnnotationType::point &&
      annotation.x.has_value() == annotation.y.has_value())
    node.fail_found("one of \"x\" or \"y\"", annotation.x ? "both" : "neither");
  return annotation;
}

StatItem parse_stat(const Node& node) {
  node.allow_only({"value", "format", "label", "previous", "previousLabel"});
  StatItem item;
  if (auto previous = node.optional("previous")) item.previous = previous->as_number();
  item.previous_label = node.string_or("previousLabel", "");
  item.pointer = node.pointer();
  // A number, or an expression quoting the data: "{{ trade.usd_m | last }}".
  Node value = node.required("value");
  if (value.is_string())
    item.value_expression = value.as_nonempty_string();
  else
    item.value = value.as_number();
  if (auto format = node.optional("format")) item.format = parse_number_format(*format);
  item.label = node.required("label").as_nonempty_string();
  return item;
}

std::vector<std::string> string_list(const Node& node) {
  std::vector<std::string> list;
  if (node.is_string()) return {node.as_string()};
  for (const Node& element : node.elements()) list.push_back(element.as_string());
  return list;
}

}  // namespace

namespace {

// The kind, checked against the registry: unknown kinds name the known ones.
const kind::ChartKind& kind_of(const Node& node) {
  Node kind_node = node.required("kind");
  std::string name = kind_node.as_nonempty_string();
  if (const auto* kind = kind::find_chart_kind(name)) return *kind;
  std::vector<std::string> names;
  for (const auto& known : kind::chart_kinds()) names.emplace_back(known.name);
  std::string suggestion = closest_match(name, names);
  kind_node.fail_found(fmt::format("a chart kind ({})", join(names)),
                       fmt::format("\"{}\"", quote_for_message(name)),
                       suggestion.empty() ? "" : fmt::format("did you mean \"{}\"?", suggestion));
}

// Every key is one every chart takes or one this kind declares: a key the kind would ignore
// (timeline "spans" on a bar chart) is an error naming the keys it takes.
void allow_kind_keys(const Node& node, const kind::ChartKind& kind) {
  std::vector<std::string> allowed;
  for (auto key : kind::common_keys()) allowed.emplace_back(key);
  for (auto key : kind.keys) allowed.emplace_back(key);
  for (const auto& [key, value] : node.members()) {
    if (std::find(allowed.begin(), allowed.end(), key) != allowed.end()) continue;
    std::string suggestion = closest_match(key, allowed);
    std::vector<std::string> own;
    for (auto k : kind.keys) own.emplace_back(k);
    throw InputError(
        node.document().locate(value.pointer(), true),
        fmt::format("a key that \"{}\" charts take ({}, or any chart's: {})", kind.name,
                    own.empty() ? "none of its own" : join(own), join(kind::common_keys())),
        fmt::format("\"{}\"", quote_for_message(key)),
        suggestion.empty() ? "" : fmt::format("did you mean \"{}\"?", suggestion));
  }
}

template <typename Enum>
Enum enum_of(const Node& node, std::initializer_list<std::pair<std::string_view, Enum>> choices) {
  std::vector<std::string_view> names;
  for (const auto& [name, value] : choices) names.push_back(name);
  std::string chosen = node.as_enum(names);
  for (const auto& [name, value] : choices)
    if (name == chosen) return value;
  return choices.begin()->second;
}

}  // namespace

Chart parse_chart(const Node& node, Inputs& inputs) {
  Chart chart;
  chart.file = &node.document();
  chart.pointer = node.pointer();
  const kind::ChartKind& kind = kind_of(node);
  allow_kind_keys(node, kind);
  Node id = node.required("id");
  chart.id = id.as_string();
  TextScan id_scan(chart.id);
  bool id_ok = id_scan.span([](char c) { return is_ascii_lower(c) || is_ascii_digit(c); }, 1) == 1;
  id_scan.span(
      [](char c) { return is_ascii_lower(c) || is_ascii_digit(c) || c == '_' || c == '-'; }, 63);
  if (!id_ok || !id_scan.done())
    id.fail("an id of lowercase letters, digits, '-' and '_' (it names the chart's files)");
  chart.kind = std::string(kind.name);
  chart.title = node.string_or("title", "");
  chart.subtitle = node.string_or("subtitle", "");
  chart.source = node.string_or("source", "");
  chart.note = node.string_or("note", "");
  if (auto data = node.optional("data")) {
    if (data->is_object())
      chart.inline_data = std::make_shared<const Dataset>(parse_dataset(chart.id, *data, inputs));
    else
      chart.data = data->as_nonempty_string();
  }
  if (auto x = node.optional("x")) chart.x = parse_axis(*x);
  if (auto y = node.optional("y")) chart.y = parse_axis(*y);
  // A log axis only where the kind draws positions on it: bars and areas show amounts by their
  // length from zero, which a log axis does not have.
  for (const char* key : {"x", "y"}) {
    auto axis = key[0] == 'x' ? chart.x : chart.y;
    bool allowed = key[0] == 'x' ? kind.can.log_x : kind.can.log_y;
    if (axis && axis->scale == Scale::log && !allowed)
      node.required(key).required("scale").fail_found(
          fmt::format("\"linear\" (\"{}\" charts have no log scale on their {} axis)", kind.name,
                      key),
          "\"log\"");
  }
  if (auto series = node.optional("series")) {
    chart.series_field = field_of(*series);
    if (auto order = series->is_object() ? series->optional("order") : std::nullopt)
      chart.series_order = string_list(*order);
  }
  if (auto label = node.optional("label")) chart.label_field = field_of(*label);
  if (auto estimated = node.optional("estimated")) chart.estimated_field = field_of(*estimated);
  if (auto size = node.optional("size")) chart.size_field = field_of(*size);
  if (auto top = node.optional("top")) chart.top = top->as_int_in(1, 1000);
  if (auto orientation = node.optional("orientation"))
    chart.orientation = enum_of<Orientation>(
        *orientation,
        {{"vertical", Orientation::vertical}, {"horizontal", Orientation::horizontal}});
  if (auto sort = node.optional("sort"))
    chart.sort = enum_of<Sort>(
        *sort,
        {{"none", Sort::none}, {"ascending", Sort::ascending}, {"descending", Sort::descending}});
  if (auto stack = node.optional("stack"))
    chart.stack = enum_of<Stack>(
        *stack, {{"none", Stack::none}, {"stacked", Stack::stacked}, {"percent", Stack::percent}});
  if (auto legend = node.optional("legend"))
    chart.legend = enum_of<Legend>(*legend, {{"auto", Legend::automatic},
                                             {"top", Legend::top},
                                             {"right", Legend::right},
                                             {"bottom", Legend::bottom},
                                             {"direct", Legend::direct},
                                             {"none", Legend::none}});
  if (auto markers = node.optional("markers"))
    chart.markers = enum_of<Markers>(
        *markers,
        {{"auto", Markers::automatic}, {"always", Markers::always}, {"never", Markers::never}});
  if (auto highlight = node.optional("highlight")) {
    chart.highlight = string_list(*highlight);
    chart.highlight_pointer_is_string = highlight->is_string();
  }
  if (auto total = node.optional("total")) chart.total = total->as_nonempty_string();
  if (auto spans = node.optional("spans"))
    for (const Node& span : spans->elements()) chart.spans.push_back(parse_span(span));
  if (auto annotations = node.optional("annotations"))
    for (const Node& annotation : annotations->elements()) {
      chart.annotations.push_back(parse_annotation(annotation));
      // A category axis has no place between categories: annotations there name values.
      if (!kind.can.numeric_x && chart.annotations.back().x)
        annotation.required("x").fail_found(
            fmt::format("a \"y\" (the categories of \"{}\" charts have no positions between them)",
                        kind.name),
            "an \"x\"");
    }
  if (auto items = node.optional("items"))
    for (const Node& item : items->elements()) chart.items.push_back(parse_stat(item));
  if (auto width = node.optional("width")) chart.width_pt = width->as_number_in(72, 4000);
  if (auto height = node.optional("height")) chart.height_pt = height->as_number_in(36, 4000);
  if (auto ratio = node.optional("aspectRatio")) chart.aspect_ratio = ratio->as_number_in(0.25, 8);
  if (auto language = node.optional("language")) chart.language = parse_language_tag(*language);
  if (auto columns = node.optional("columns")) chart.columns = parse_table_columns(*columns, true);
  if (auto facet = node.optional("facet")) {
    Facet parsed;
    parsed.pointer = facet->pointer();
    if (facet->is_string()) {
      parsed.field = facet->as_nonempty_string();
    } else {
      facet->allow_only({"field", "columns"});
      parsed.field = facet->required("field").as_nonempty_string();
      if (auto columns = facet->optional("columns")) parsed.columns = columns->as_int_in(1, 8);
    }
    chart.facet = std::move(parsed);
  }
  return chart;
}

ChartFile parse_chart_file(const std::filesystem::path& path, const ParseOptions& options) {
  ChartFile file;
  file.inputs.readable_folders = readable_folders(path, options.allowed_folders);
  file.json = std::make_shared<JsonDocument>(JsonDocument::load(path, path.string()));
  Node root(*file.json, file.json->root(), "");
  file.inputs.keep(file.json);
  file.chart = parse_chart(root, file.inputs);
  return file;
}

}  // namespace folio::spec
