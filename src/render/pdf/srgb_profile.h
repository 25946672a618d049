#pragma once
#include <string_view>

namespace folio::render::pdf {

// The sRGB IEC 61966-2.1 ICC profile (version 2) of Debian's icc-profiles-free, built into the
// program so that a PDF's output intent never depends on the machine it is made on.
std::string_view srgb_profile();

}  // namespace folio::render::pdf
