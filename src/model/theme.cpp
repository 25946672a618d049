#include "model/theme.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>
#include <stdexcept>
#include <utility>

#include "model/embedded_styles.h"
#include "text/language_tags.h"

namespace folio::model {
namespace {

const nlohmann::json& style_json(const std::string& name) {
  thread_local std::map<std::string, nlohmann::json> cache;
  auto found = cache.find(name);
  if (found != cache.end()) return found->second;
  for (const auto& style : embedded_styles())
    if (style.name == name) return cache[name] = nlohmann::json::parse(style.json);
  throw std::out_of_range(name);
}

std::string parent_of(const std::string& element) {
  auto dot = element.rfind('.');
  if (dot != std::string::npos) return element.substr(0, dot);
  return element == "text" ? "" : "text";
}

Color require_color(const std::string& text, const std::string& where) {
  auto color = parse_color(text);
  if (!color) throw std::runtime_error(fmt::format("theme: {}: bad colour \"{}\"", where, text));
  return *color;
}

constexpr std::pair<const char*, Color ThemeColors::*> kColorTokens[] = {
    {"accent", &ThemeColors::accent},
    {"axis", &ThemeColors::axis},
    {"background", &ThemeColors::background},
    {"base", &ThemeColors::base},
    {"callout", &ThemeColors::callout},
    {"coverBand", &ThemeColors::cover_band},
    {"coverMuted", &ThemeColors::cover_muted},
    {"coverText", &ThemeColors::cover_text},
    {"grid", &ThemeColors::grid},
    {"heading", &ThemeColors::heading},
    {"highlight", &ThemeColors::highlight},
    {"link", &ThemeColors::link},
    {"muted", &ThemeColors::muted},
    {"negative", &ThemeColors::negative},
    {"positive", &ThemeColors::positive},
    {"rule", &ThemeColors::rule},
    {"span", &ThemeColors::span},
    {"tableStripe", &ThemeColors::table_stripe},
    {"text", &ThemeColors::text},
    {"tile", &ThemeColors::tile},
};

constexpr std::pair<const char*, double ThemeSizes::*> kSizeTokens[] = {
    {"axisLine", &ThemeSizes::axis_line},
    {"barGap", &ThemeSizes::bar_gap},
    {"chartGap", &ThemeSizes::chart_gap},
    {"gridline", &ThemeSizes::gridline},
    {"headingGapAbove", &ThemeSizes::heading_gap_above},
    {"headingGapBelow", &ThemeSizes::heading_gap_below},
    {"line", &ThemeSizes::line},
    {"marker", &ThemeSizes::marker},
    {"minText", &ThemeSizes::min_text},
    {"paragraphGap", &ThemeSizes::paragraph_gap},
};

// In TextRole's order.
constexpr const char* kTextRoleNames[kTextRoleCount] = {
    "text",
    "axis.label",
    "axis.text",
    "axis.title",
    "body",
    "callout.text",
    "callout.title",
    "chart.figure",
    "chart.note",
    "chart.source",
    "chart.subtitle",
    "chart.title",
    "contents.entry",
    "contents.entry.1",
    "cover.kicker",
    "cover.line",
    "cover.meta",
    "cover.note",
    "cover.subtitle",
    "cover.title",
    "footnote",
    "heading",
    "heading.1",
    "heading.2",
    "heading.3",
    "label.annotation",
    "label.date",
    "label.event",
    "label.point",
    "label.series",
    "label.span",
    "label.value",
    "legend.text",
    "list.marker",
    "page.classification",
    "page.footer",
    "page.header",
    "sources.description",
    "sources.figure",
    "sources.source",
    "stat.change",
    "stat.label",
    "stat.value",
    "table.cell",
    "table.header",
    "table.title",
    "table.total",
};

}  // namespace

TextRole heading_role(int level) {
  return level <= 1 ? TextRole::heading_1 : level == 2 ? TextRole::heading_2 : TextRole::heading_3;
}

std::vector<std::string> theme_names() {
  std::vector<std::string> names;
  for (const auto& style : embedded_styles())
    if (style_json(std::string(style.name)).contains("colors")) names.emplace_back(style.name);
  return names;
}

std::vector<std::string> theme_color_tokens() {
  std::vector<std::string> names;
  for (const auto& [token, member] : kColorTokens) names.emplace_back(token);
  return names;
}

std::vector<std::string> theme_size_tokens() {
  std::vector<std::string> names;
  for (const auto& [token, member] : kSizeTokens) names.emplace_back(token);
  return names;
}

Theme load_theme(const std::string& name, const std::vector<nlohmann::json>& overrides) {
  // Themes inherit: apply the chain from the root theme down so the child's tokens win.
  std::vector<const nlohmann::json*> chain;
  for (std::string current = name; !current.empty();) {
    const auto& json = style_json(current);
    if (!json.contains("colors")) throw std::out_of_range(current);
    chain.insert(chain.begin(), &json);
    current = json.value("inherits", "");
  }
  for (const auto& layer : overrides) chain.push_back(&layer);
  Theme theme;
  auto data = std::make_shared<Theme::Data>();
  // The name tells cached charts apart: a theme with overrides is another theme.
  data->name = name;
  if (!overrides.empty())
    data->name +=
        fmt::format("+{:016x}", std::hash<std::string>{}(nlohmann::json(overrides).dump()));
  static const nlohmann::json empty = nlohmann::json::object();
  auto section = [](const nlohmann::json& json, const char* key) -> const nlohmann::json& {
    return json.contains(key) ? json.at(key) : empty;
  };
  for (const auto* json : chain) {
    for (const auto& [token, value] : section(*json, "colors").items())
      data->colors[token] = require_color(value.get<std::string>(), token);
    for (const auto& [token, value] : section(*json, "sizes").items())
      data->sizes[token] = value.get<double>();
    for (const auto& [token, value] : section(*json, "fonts").items())
      data->fonts[token] = value.get<std::string>();
    for (const auto& [script, fonts] : section(*json, "scriptFonts").items())
      for (const auto& [token, value] : fonts.items()) {
        auto& scripts = data->script_fonts[token];
        auto copy = std::make_shared<std::map<std::string, std::string>>(
            scripts ? *scripts : std::map<std::string, std::string>{});
        (*copy)[script] = value.get<std::string>();
        scripts = std::move(copy);
      }
    for (const auto& [language, fonts] : section(*json, "languageFonts").items())
      for (const auto& [token, value] : fonts.items())
        data->language_fonts[language][token] = value.get<std::string>();
    if (json->contains("seriesDashes"))
      data->dashes = json->at("seriesDashes").get<std::vector<std::vector<double>>>();
    if (json->contains("seriesMarkers"))
      data->markers = json->at("seriesMarkers").get<std::vector<std::string>>();
    if (json->contains("palette")) {
      data->palette.clear();
      for (const auto& value : json->at("palette"))
        data->palette.push_back(require_color(value, "palette"));
    }
    for (const auto& [element, properties] : section(*json, "text").items())
      for (const auto& [property, value] : properties.items())
        data->elements[element][property] =
            value.is_string() ? value.get<std::string>() : value.dump();
  }
  // Every element must resolve (a bad colour or size is an error when the theme loads).
  for (const auto& [element, properties] : data->elements) data->cascade(element);
  for (const auto& [token, member] : kColorTokens) {
    auto found = data->colors.find(token);
    if (found == data->colors.end())
      throw std::runtime_error(fmt::format("theme {}: no colour \"{}\"", name, token));
    data->resolved_colors.*member = found->second;
  }
  for (const auto& [token, member] : kSizeTokens) {
    auto found = data->sizes.find(token);
    if (found == data->sizes.end())
      throw std::runtime_error(fmt::format("theme {}: no size \"{}\"", name, token));
    data->resolved_sizes.*member = found->second;
  }
  for (size_t role = 0; role < kTextRoleCount; ++role) {
    auto cascaded = data->cascade(kTextRoleNames[role]);
    data->roles[role] = cascaded.style;
    data->role_fonts[role] = cascaded.font;
  }
  theme.data_ = std::move(data);
  return theme.in_language("en");
}

Theme Theme::in_language(const std::string& language) const {
  // Layout asks for each chart's language; most charts are in the document's, already resolved.
  if (fonts_ && (language.empty() || language == language_)) return *this;
  Theme copy = *this;
  if (!language.empty()) copy.language_ = language;
  auto fonts = std::make_shared<std::map<std::string, std::string>>(data_->fonts);
  if (const std::string* key = text::best_language_key(copy.language_, data_->language_fonts))
    for (const auto& [token, family] : data_->language_fonts.at(*key)) (*fonts)[token] = family;
  copy.fonts_ = std::move(fonts);
  return copy;
}

std::shared_ptr<const std::map<std::string, std::string>> Theme::scripts_of(
    const std::string& font) const {
  auto found = data_->script_fonts.find(font);
  return found != data_->script_fonts.end() ? found->second : nullptr;
}

Theme Theme::with_fonts(std::vector<std::string> files) const {
  Theme copy = *this;
  if (files.empty()) return copy;
  // Another font set is another theme to the chart cache.
  auto data = std::make_shared<Data>(*data_);
  std::string joined;
  for (const auto& file : files) joined += file + "\n";
  data->name += fmt::format("+fonts{:016x}", std::hash<std::string>{}(joined));
  copy.data_ = std::move(data);
  copy.document_fonts_ = std::make_shared<const std::vector<std::string>>(std::move(files));
  return copy;
}

std::string Theme::family_of(const std::string& font, const std::string& fallback) const {
  if (!fonts_) return fallback;
  auto found = fonts_->find(font);
  return found != fonts_->end() ? found->second : fallback;
}

Color Theme::color_named(const std::string& token) const {
  auto it = data_->colors.find(token);
  if (it != data_->colors.end()) return it->second;
  // A literal colour is allowed wherever a token is.
  if (auto literal = parse_color(token)) return *literal;
  throw std::runtime_error(fmt::format("theme {}: no colour \"{}\"", data_->name, token));
}

double Theme::size_named(const std::string& token) const {
  auto it = data_->sizes.find(token);
  if (it == data_->sizes.end())
    throw std::runtime_error(fmt::format("theme {}: no size \"{}\"", data_->name, token));
  return it->second;
}

Theme::SeriesStyle Theme::series(size_t index) const {
  SeriesStyle style;
  const auto& d = *data_;
  style.color = d.palette.empty() ? d.resolved_colors.text : d.palette[index % d.palette.size()];
  if (!d.dashes.empty()) style.dash = d.dashes[index % d.dashes.size()];
  style.marker = d.markers.empty() ? "circle" : d.markers[index % d.markers.size()];
  return style;
}

std::vector<std::string> Theme::text_elements() const {
  std::vector<std::string> names;
  for (const auto& [name, properties] : data_->elements) names.push_back(name);
  return names;
}

TextStyle Theme::text(TextRole role) const {
  auto index = static_cast<size_t>(role);
  TextStyle style = data_->roles[index];
  style.family = family_of(data_->role_fonts[index], style.family);
  style.script_families = scripts_of(data_->role_fonts[index]);
  style.document_fonts = document_fonts_;
  style.language = language_;
  return style;
}

TextStyle Theme::text_named(const std::string& element) const {
  auto cascaded = data_->cascade(element);
  cascaded.style.family = family_of(cascaded.font, cascaded.style.family);
  cascaded.style.script_families = scripts_of(cascaded.font);
  cascaded.style.document_fonts = document_fonts_;
  cascaded.style.language = language_;
  return cascaded.style;
}

Theme::Data::Cascaded Theme::Data::cascade(const std::string& element) const {
  std::vector<const std::map<std::string, std::string>*> chain;
  for (std::string current = element; !current.empty();) {
    auto it = elements.find(current);
    std::string next = parent_of(current);
    if (it != elements.end()) {
      chain.insert(chain.begin(), &it->second);
      auto parent = it->second.find("parent");
      if (parent != it->second.end()) next = parent->second;
    }
    current = next;
  }
  std::map<std::string, std::string> merged;
  for (const auto* properties : chain)
    for (const auto& [key, value] : *properties) merged[key] = value;
  TextStyle style;
  auto get = [&](const char* key, const char* fallback) {
    auto it = merged.find(key);
    return it == merged.end() ? std::string(fallback) : it->second;
  };
  std::string font = get("font", "sans");
  style.family = fonts.count(font) ? fonts.at(font) : font;
  style.size_pt = std::stod(get("size", "10"));
  style.bold = get("weight", "normal") == "bold";
  style.italic = get("style", "normal") == "italic";
  std::string color_token = get("color", "text");
  auto token = colors.find(color_token);
  auto literal = parse_color(color_token);
  if (token == colors.end() && !literal)
    throw std::runtime_error(fmt::format("theme {}: no colour \"{}\"", name, color_token));
  style.color = token != colors.end() ? token->second : *literal;
  style.line_height = std::stod(get("lineHeight", "1.3"));
  style.hyphenate = get("hyphenate", "false") == "true";
  return {style, font};
}

}  // namespace folio::model
