#pragma once
#include <pango/pangocairo.h>

#include <string>

namespace folio::text {

// A Pango font map over a private fontconfig configuration holding only the fonts listed in
// styles/fonts.json: one per thread (Pango's font maps are not thread-safe), all sharing the
// process's one configuration. Created on first use; throws RenderError naming the Debian
// package when a font is missing.
class FontSystem {
 public:
  static FontSystem& instance();
  ~FontSystem();
  PangoContext* context() const { return context_; }

  FontSystem(const FontSystem&) = delete;
  FontSystem& operator=(const FontSystem&) = delete;

 private:
  FontSystem();
  PangoFontMap* font_map_ = nullptr;
  PangoContext* context_ = nullptr;
};

}  // namespace folio::text
