#pragma once
// The contract of a chart kind, below both src/chart (which lays charts out) and charts/
// (which holds the kinds): a kind declares the keys of the chart object it takes, the fields
// it binds, what it supports (facets, log axes, annotations), and draws its body. Parsing and
// resolving read these declarations; no other code compares kind names.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/geometry.h"
#include "kind/native_chart.h"
#include "model/dataset.h"
#include "model/document.h"
#include "model/theme.h"
#include "scene/scene.h"
#include "spec/json_document.h"

namespace folio::kind {

enum class Need { none, optional, required };

struct FieldNeeds {
  Need data = Need::required;
  Need x = Need::none;
  model::FieldUse x_use = model::FieldUse::any;
  Need y = Need::none;
  model::FieldUse y_use = model::FieldUse::numeric;
  Need series = Need::none;
  Need label = Need::none;
  Need estimated = Need::none;
  Need size = Need::none;
  Need items = Need::none;
  Need columns = Need::none;  // a "columns" list of fields (tables)
};

// What a kind supports beyond its fields.
struct Capabilities {
  bool facets = false;       // small multiples ("facet")
  bool log_x = false;        // "scale": "log" on the x axis
  bool log_y = false;        // ... on the y axis
  bool annotations = false;  // reference lines, ranges, callouts
  bool figure = true;        // numbered "Figure N" in a document (stat tiles are not)
  bool numeric_x = false;    // x is a position (numbers or dates), not a category
  bool dots = false;         // marks are dots: legend swatches are dots too
  // The most rows the kind draws (0: the dataset's limit only), and what it calls them.
  std::size_t max_rows = 0;
  const char* rows_are = "rows";
};

struct DrawContext {
  const model::Chart& chart;
  const model::Theme& theme;  // in the chart's language
  Rect body;
  scene::Frame& frame;
};

struct ChartKind {
  std::string_view name;
  // Keys of the chart object this kind reads, beyond those every chart has (common_keys()).
  std::vector<std::string_view> keys;
  FieldNeeds needs;
  Capabilities can;
  void (*draw)(const DrawContext&);
  // One-paragraph text alternative of the data, for SVG <desc> and the PDF's text.
  std::string (*describe)(const model::Chart&);
  // The body height the kind needs at this width inside a document; null to follow the
  // chart's aspect ratio.
  double (*natural_height)(const model::Chart&, const model::Theme&, double width) = nullptr;
  // Checks beyond field types (e.g. that dates parse); throws InputError. May be null.
  void (*validate)(const model::Chart&, const spec::JsonDocument&) = nullptr;
  // The chart as a slide program's own chart (kind/native_chart.h); null for kinds without an
  // equivalent, which decks show as pictures.
  std::optional<NativeChart> (*native)(const model::Chart&, const model::Theme&) = nullptr;
  // The chart as a slide program's own table, the rows that fit in `body` (points, the
  // chart's own units); null for kinds that are not tables.
  std::optional<NativeTable> (*native_table)(const model::Chart&, const model::Theme&,
                                             Size body) = nullptr;
};

// The keys every chart object takes, whatever its kind.
const std::vector<std::string_view>& common_keys();

// The one explicit list of chart kinds (charts/registry.cpp; self-registering globals vanish
// from static libraries).
const std::vector<ChartKind>& chart_kinds();
const ChartKind* find_chart_kind(std::string_view name);

}  // namespace folio::kind
