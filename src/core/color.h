#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace folio {

struct Color {
  double r = 0, g = 0, b = 0, a = 1;

  bool operator==(const Color&) const = default;
  std::string hex() const;
  Color with_alpha(double alpha) const { return {r, g, b, alpha}; }
  // WCAG 2 relative luminance and contrast ratio, used to keep text readable.
  double relative_luminance() const;
};

double contrast_ratio(const Color& foreground, const Color& background);

// The colour moved towards black (or white, on a dark background) just far enough to reach
// `ratio` against the background: text in a series' colour that still reads (WCAG AA).
Color readable_on(const Color& color, const Color& background, double ratio = 4.5);

// Accepts #rgb, #rrggbb and #rrggbbaa; nullopt for anything else.
std::optional<Color> parse_color(std::string_view text);

}  // namespace folio
