#include "core/color.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace folio {
namespace {

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

double linear_channel(double c) {
  return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

}  // namespace

std::string Color::hex() const {
  auto byte = [](double v) { return static_cast<int>(std::lround(std::clamp(v, 0.0, 1.0) * 255)); };
  if (a >= 1.0) return fmt::format("#{:02x}{:02x}{:02x}", byte(r), byte(g), byte(b));
  return fmt::format("#{:02x}{:02x}{:02x}{:02x}", byte(r), byte(g), byte(b), byte(a));
}

double Color::relative_luminance() const {
  return 0.2126 * linear_channel(r) + 0.7152 * linear_channel(g) + 0.0722 * linear_channel(b);
}

double contrast_ratio(const Color& foreground, const Color& background) {
  double l1 = foreground.relative_luminance();
  double l2 = background.relative_luminance();
  if (l1 < l2) std::swap(l1, l2);
  return (l1 + 0.05) / (l2 + 0.05);
}

Color readable_on(const Color& color, const Color& background, double ratio) {
  if (contrast_ratio(color, background) >= ratio) return color;
  double target = background.relative_luminance() > 0.18 ? 0.0 : 1.0;
  Color result = color;
  for (int step = 1; step <= 20 && contrast_ratio(result, background) < ratio; ++step) {
    double t = step / 20.0;
    result = {color.r + (target - color.r) * t, color.g + (target - color.g) * t,
              color.b + (target - color.b) * t, color.a};
  }
  return result;
}

std::optional<Color> parse_color(std::string_view text) {
  if (text.empty() || text[0] != '#') return std::nullopt;
  text.remove_prefix(1);
  std::string expanded;
  if (text.size() == 3) {
    for (char c : text) expanded += {c, c};
  } else if (text.size() == 6 || text.size() == 8) {
    expanded = text;
  } else {
    return std::nullopt;
  }
  double channels[4] = {0, 0, 0, 1};
  for (size_t i = 0; i < expanded.size() / 2; ++i) {
    int hi = hex_digit(expanded[2 * i]);
    int lo = hex_digit(expanded[2 * i + 1]);
    if (hi < 0 || lo < 0) return std::nullopt;
    channels[i] = (hi * 16 + lo) / 255.0;
  }
  return Color{channels[0], channels[1], channels[2], channels[3]};
}

}  // namespace folio
