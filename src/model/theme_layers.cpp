#include "model/theme_layers.h"

#include <fmt/format.h>

#include <algorithm>

#include "core/color.h"
#include "core/errors.h"
#include "core/strings.h"
#include "model/theme.h"
#include "spec/node.h"

namespace folio::model {
namespace {

void require_known(const spec::Node& value, const std::string& key,
                   const std::vector<std::string>& known, const char* what) {
  if (std::find(known.begin(), known.end(), key) != known.end()) return;
  std::string match = spec::closest_match(key, known);
  throw InputError(value.document().locate(value.pointer(), true),
                   fmt::format("a {} token ({})", what, join(known)), fmt::format("\"{}\"", key),
                   match.empty() ? "" : fmt::format("did you mean \"{}\"?", match));
}

void require_color(const spec::Node& value) {
  std::string text = value.as_nonempty_string();
  if (!parse_color(text))
    value.fail_found("a colour (#rrggbb or #rgb)", fmt::format("\"{}\"", text));
}

nlohmann::json checked_layer(const spec::Node& node) {
  nlohmann::json layer = nlohmann::json::object();
  if (auto colors = node.optional("colors"))
    for (const auto& [token, value] : colors->members()) {
      require_known(value, token, theme_color_tokens(), "colour");
      require_color(value);
      layer["colors"][token] = value.as_string();
    }
  if (auto sizes = node.optional("sizes"))
    for (const auto& [token, value] : sizes->members()) {
      require_known(value, token, theme_size_tokens(), "size");
      layer["sizes"][token] = value.as_number_in(0, 1000);
    }
  if (auto palette = node.optional("palette")) {
    auto colours = palette->elements();
    if (colours.empty()) palette->fail("a list of at least one colour");
    for (const auto& colour : colours) {
      require_color(colour);
      layer["palette"].push_back(colour.as_string());
    }
  }
  if (auto fonts = node.optional("fonts"))
    for (const auto& [token, value] : fonts->members())
      layer["fonts"][token] = value.as_nonempty_string();
  if (auto text = node.optional("text"))
    for (const auto& [element, properties] : text->members()) {
      properties.allow_only(
          {"font", "size", "weight", "style", "color", "lineHeight", "hyphenate", "parent"});
      auto& out = layer["text"][element];
      out = nlohmann::json::object();
      if (auto v = properties.optional("font")) out["font"] = v->as_nonempty_string();
      if (auto v = properties.optional("size")) out["size"] = v->as_number_in(1, 500);
      if (auto v = properties.optional("weight")) out["weight"] = v->as_enum({"normal", "bold"});
      if (auto v = properties.optional("style")) out["style"] = v->as_enum({"normal", "italic"});
      if (auto v = properties.optional("color")) {
        std::string colour = v->as_nonempty_string();
        auto tokens = theme_color_tokens();
        if (!parse_color(colour)) require_known(*v, colour, tokens, "colour");
        out["color"] = colour;
      }
      if (auto v = properties.optional("lineHeight")) out["lineHeight"] = v->as_number_in(0.5, 5);
      if (auto v = properties.optional("hyphenate")) out["hyphenate"] = v->as_bool();
      if (auto v = properties.optional("parent")) out["parent"] = v->as_nonempty_string();
    }
  return layer;
}

}  // namespace

std::vector<nlohmann::json> check_theme_layers(const spec::Style& style) {
  std::vector<nlohmann::json> layers;
  for (const auto& layer : style.layers) {
    const spec::Json* value = &layer.file->root();
    if (!layer.pointer.empty())
      value = &layer.file->root().at(spec::Json::json_pointer(layer.pointer));
    layers.push_back(checked_layer(spec::Node(*layer.file, *value, layer.pointer)));
  }
  return layers;
}

}  // namespace folio::model
