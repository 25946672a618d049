#pragma once
// The contract of a chart kind. A kind declares which fields it reads and draws its marks
// (and any guides it needs from src/guide) into the body rectangle that chart layout left
// after the title, subtitle, note and source lines. Colours and sizes come from the theme.
#include <string>
#include <string_view>

#include "core/geometry.h"
#include "model/dataset.h"
#include "model/document.h"
#include "model/theme.h"
#include "scene/scene.h"
#include "spec/json_document.h"

namespace folio::charts {

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

struct DrawContext {
  const model::Chart& chart;
  const model::Theme& theme;
  Rect body;
  scene::Frame& frame;
};

struct ChartKind {
  std::string_view name;
  FieldNeeds needs;
  void (*draw)(const DrawContext&);
  // One-paragraph text alternative of the data, for SVG <desc> and the PDF's text.
  std::string (*describe)(const model::Chart&);
  // The body height the kind needs at this width inside a document; null to follow the
  // chart's aspect ratio.
  double (*natural_height)(const model::Chart&, const model::Theme&, double width) = nullptr;
  // Checks beyond field types (e.g. that dates parse); throws InputError. May be null.
  void (*validate)(const model::Chart&, const spec::JsonDocument&) = nullptr;
};

}  // namespace folio::charts
