// The folio program's SVG pictures: forwarded to folio-svg-picture.so, loaded on the first one.
#include "modules/loader.h"

namespace folio {
namespace {

const modules::SvgPictureModule& svg_picture_module() {
  static const auto& table = modules::load<modules::SvgPictureModule>(
      "folio-svg-picture.so", "folio_svg_picture_module", "read an SVG picture");
  return table;
}

}  // namespace

std::optional<Size> svg_intrinsic_size(const std::string& bytes) {
  return svg_picture_module().intrinsic_size(bytes);
}

void draw_svg_picture(cairo_t* cr, const std::string& bytes, const Rect& area) {
  svg_picture_module().draw(cr, bytes, area);
}

}  // namespace folio
