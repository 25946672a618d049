#include "core/colour_vision.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace folio {
namespace {

using Matrix = std::array<std::array<double, 3>, 3>;

double to_linear(double c) {
  return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}
double to_srgb(double c) {
  c = std::clamp(c, 0.0, 1.0);
  return c <= 0.0031308 ? c * 12.92 : 1.055 * std::pow(c, 1 / 2.4) - 0.055;
}

const Matrix& matrix_for(ColourVision vision) {
  // Machado et al. 2009, Table 1 at severity 1.0.
  static const Matrix protanopia{{{0.152286, 1.052583, -0.204868},
                                  {0.114503, 0.786281, 0.099216},
                                  {-0.003882, -0.048116, 1.051998}}};
  static const Matrix deuteranopia{{{0.367322, 0.860646, -0.227968},
                                    {0.280085, 0.672501, 0.047413},
                                    {-0.011820, 0.042940, 0.968881}}};
  static const Matrix tritanopia{{{1.255528, -0.076749, -0.178779},
                                  {-0.078411, 0.930809, 0.147602},
                                  {0.004733, 0.691367, 0.303900}}};
  static const Matrix identity{{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}};
  switch (vision) {
    case ColourVision::protanopia:
      return protanopia;
    case ColourVision::deuteranopia:
      return deuteranopia;
    case ColourVision::tritanopia:
      return tritanopia;
    case ColourVision::typical:
      break;
  }
  return identity;
}

std::array<double, 3> to_lab(const Color& color) {
  double r = to_linear(color.r), g = to_linear(color.g), b = to_linear(color.b);
  double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116; };
  return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

}  // namespace

Color simulate(const Color& color, ColourVision vision) {
  const Matrix& m = matrix_for(vision);
  std::array<double, 3> in{to_linear(color.r), to_linear(color.g), to_linear(color.b)};
  std::array<double, 3> out{};
  for (size_t i = 0; i < 3; ++i) out[i] = m[i][0] * in[0] + m[i][1] * in[1] + m[i][2] * in[2];
  return {to_srgb(out[0]), to_srgb(out[1]), to_srgb(out[2]), color.a};
}

double delta_e(const Color& a, const Color& b) {
  auto la = to_lab(a), lb = to_lab(b);
  return std::hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]);
}

}  // namespace folio
