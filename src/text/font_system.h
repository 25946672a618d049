#pragma once
#include <pango/pangocairo.h>

#include <string>

namespace folio::text {

// The process's one Pango font map over a private fontconfig configuration holding only the
// fonts listed in styles/fonts.json. Created on first use; throws RenderError naming the
// Debian package when a font is missing.
class FontSystem {
 public:
  static FontSystem& instance();
  PangoContext* context() const { return context_; }
  void set_language(const std::string& bcp47);

  FontSystem(const FontSystem&) = delete;
  FontSystem& operator=(const FontSystem&) = delete;

 private:
  FontSystem();
  PangoFontMap* font_map_ = nullptr;
  PangoContext* context_ = nullptr;
};

}  // namespace folio::text
