#pragma once
// How a colour looks to readers with a colour-vision deficiency, and how far apart two colours
// look: used to check that every theme's series colours stay apart for them too.
#include "core/color.h"

namespace folio {

enum class ColourVision { typical, protanopia, deuteranopia, tritanopia };

// The colour as seen with a complete deficiency (Machado, Oliveira and Fernandes 2009,
// severity 1), computed in linear RGB.
Color simulate(const Color& color, ColourVision vision);

// CIE 1976 colour difference (Euclidean distance in CIELAB, D65): about 2.3 is the smallest
// difference people notice side by side; 10 and more reads as clearly different colours.
double delta_e(const Color& a, const Color& b);

}  // namespace folio
