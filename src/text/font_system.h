#pragma once
#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "text/shape_cache.h"

namespace folio::text {

// A Pango font map over a private fontconfig configuration holding only the fonts listed in
// styles/fonts.json: one per thread (Pango's font maps are not thread-safe), all sharing the
// process's one configuration. Created on first use; throws RenderError naming the Debian
// package when a font is missing.
// Whether fontconfig reads `path` as a font (TrueType, OpenType or a collection).
bool is_font_file(const std::string& path);

class FontSystem {
 public:
  // The font system of this thread for the built-in set plus a document's own font files
  // (absolute paths; none for the built-in set alone). Each set is built once per thread.
  static FontSystem& instance(const std::vector<std::string>& document_fonts = {});
  ~FontSystem();
  PangoContext* context() const { return context_; }
  ShapeCache& shapes() { return shapes_; }

  FontSystem(const FontSystem&) = delete;
  FontSystem& operator=(const FontSystem&) = delete;

 private:
  explicit FontSystem(const std::vector<std::string>& document_fonts);
  FcConfig* own_config_ = nullptr;  // with a document's fonts; else the shared configuration
  PangoFontMap* font_map_ = nullptr;
  PangoContext* context_ = nullptr;
  ShapeCache shapes_;  // emptied first when the font system goes
};

}  // namespace folio::text
