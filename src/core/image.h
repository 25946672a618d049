#pragma once
#include <optional>
#include <string>

#include "core/geometry.h"

namespace folio {

// An image file's bytes, its format and its size in points (PNG pixels count as 1/96 in, as
// in CSS; SVG sizes in their own units). Decoding and drawing happen in src/render.
struct ImageData {
  enum Format { png, svg } format = png;
  std::string bytes;
  Size size;
};

// Recognises a PNG or SVG file by its content and reads its size; nullopt for anything else.
std::optional<ImageData> probe_image(std::string bytes);

}  // namespace folio
