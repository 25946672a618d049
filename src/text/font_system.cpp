#include "text/font_system.h"

#include <fmt/format.h>
#include <fontconfig/fontconfig.h>
#include <pango/pangofc-fontmap.h>

#include <mutex>
#include <nlohmann/json.hpp>

#include "core/errors.h"
#include "model/embedded_styles.h"

namespace folio::text {
namespace {

nlohmann::json font_manifest() {
  for (const auto& style : model::embedded_styles())
    if (style.name == "fonts") return nlohmann::json::parse(style.json);
  throw RenderError("styles/fonts.json is missing from the build");
}

std::string xml_escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '&')
      out += "&amp;";
    else if (c == '<')
      out += "&lt;";
    else if (c == '>')
      out += "&gt;";
    else
      out += c;
  }
  return out;
}

// Only the listed files are accepted; the directories are named so fontconfig can use the
// caches Debian's fc-cache trigger already wrote, instead of scanning fonts on every run.
FcConfig* private_font_config(const nlohmann::json& manifest,
                              const std::vector<std::string>& document_fonts = {}) {
  std::string xml = "<?xml version=\"1.0\"?>\n<fontconfig>\n";
  for (const auto& dir : manifest.at("directories")) xml += "<dir>" + xml_escape(dir) + "</dir>\n";
  xml +=
      "<cachedir>/var/cache/fontconfig</cachedir>\n<cachedir "
      "prefix=\"xdg\">fontconfig</cachedir>\n";
  xml += "<selectfont><acceptfont>\n";
  for (const auto& file : manifest.at("files")) xml += "<glob>" + xml_escape(file) + "</glob>\n";
  for (const auto& file : document_fonts) xml += "<glob>" + xml_escape(file) + "</glob>\n";
  xml += "</acceptfont><rejectfont><glob>*</glob>\n";
  if (manifest.contains("rejectFamilies"))
    for (const auto& family : manifest.at("rejectFamilies"))
      xml += "<pattern><patelt name=\"family\"><string>" + xml_escape(family) +
             "</string></patelt></pattern>\n";
  xml += "</rejectfont></selectfont>\n</fontconfig>\n";

  FcConfig* config = FcConfigCreate();
  if (!FcConfigParseAndLoadFromMemory(config, reinterpret_cast<const FcChar8*>(xml.c_str()),
                                      FcTrue) ||
      !FcConfigBuildFonts(config)) {
    FcConfigDestroy(config);
    throw RenderError("fontconfig rejected folio's private font configuration");
  }
  FcFontSet* fonts = FcConfigGetFonts(config, FcSetSystem);
  for (const auto& family : manifest.at("families")) {
    bool found = false;
    for (int i = 0; fonts && i < fonts->nfont && !found; ++i) {
      FcChar8* name = nullptr;
      for (int n = 0; FcPatternGetString(fonts->fonts[i], FC_FAMILY, n, &name) == FcResultMatch;
           ++n)
        if (family.get<std::string>() == reinterpret_cast<const char*>(name)) found = true;
    }
    if (!found) {
      FcConfigDestroy(config);
      throw RenderError(fmt::format("font \"{}\" not found: apt-get install {}",
                                    family.get<std::string>(),
                                    manifest.at("packages").get<std::string>()));
    }
  }
  return config;
}

}  // namespace

// The font configuration, built once for the process and shared by every thread's font map
// (fontconfig is thread-safe; Pango font maps are not, so each thread has its own).
FcConfig* shared_font_config() {
  static std::once_flag once;
  static FcConfig* config = nullptr;
  static std::string failure;
  std::call_once(once, [] {
    try {
      config = private_font_config(font_manifest());
      // Made current before Pango starts, or Pango's own FcInit parses the whole system
      // setup; librsvg's per-thread default font maps then use it too.
      FcConfigSetCurrent(config);
    } catch (const RenderError& error) {
      failure = error.what();
    }
  });
  if (!config) throw RenderError(failure);
  return config;
}

bool is_font_file(const std::string& path) {
  int count = 0;
  FcPattern* pattern =
      FcFreeTypeQuery(reinterpret_cast<const FcChar8*>(path.c_str()), 0, nullptr, &count);
  if (pattern) FcPatternDestroy(pattern);
  return pattern != nullptr;
}

FontSystem& FontSystem::instance(const std::vector<std::string>& document_fonts) {
  thread_local std::map<std::vector<std::string>, std::unique_ptr<FontSystem>> systems;
  auto& system = systems[document_fonts];
  if (!system) system.reset(new FontSystem(document_fonts));
  return *system;
}

FontSystem::~FontSystem() {
  // The kept layouts hold fonts of this map: they go first.
  shapes_.clear();
  g_object_unref(context_);
  g_object_unref(font_map_);
  if (own_config_) FcConfigDestroy(own_config_);
}

FontSystem::FontSystem(const std::vector<std::string>& document_fonts) {
  FcConfig* config = shared_font_config();
  if (!document_fonts.empty()) {
    // The built-in set plus the document's files, as application fonts of a configuration
    // of its own: another document in the same process never sees them.
    own_config_ = private_font_config(font_manifest(), document_fonts);
    for (const auto& file : document_fonts)
      if (!FcConfigAppFontAddFile(own_config_, reinterpret_cast<const FcChar8*>(file.c_str())))
        throw RenderError(fmt::format("{}: fontconfig could not read this font", file));
    config = own_config_;
  }
  font_map_ = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT);
  pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(font_map_), config);

  context_ = pango_font_map_create_context(font_map_);
  pango_cairo_context_set_resolution(context_, 72);  // point sizes mean points
  pango_context_set_round_glyph_positions(context_, FALSE);
  // One set of unhinted metrics for every output, so PDF, SVG and PNG lay out identically.
  cairo_font_options_t* options = cairo_font_options_create();
  cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options(context_, options);
  cairo_font_options_destroy(options);
  // Every text names its own language (shaped_text.cpp); this is only what Pango falls back to.
  pango_context_set_language(context_, pango_language_from_string("en"));
}

}  // namespace folio::text
