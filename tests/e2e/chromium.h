#pragma once
// Headless Chromium as the browser a web page with folio's SVGs would be opened in.
#include <string>

#include "e2e_support.h"

namespace folio::e2e {

// The command that opens `url` in a fresh headless Chromium with its own profile folder and
// a window of `width` × `height` CSS pixels at one device pixel each; `action` is
// "--screenshot=FILE" or "--dump-dom".
inline std::string chromium(const std::filesystem::path& profile, int width, int height,
                            const std::string& action, const std::string& url) {
  return fmt::format(
      "chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
      "--disable-background-networking --disable-component-update --disable-sync "
      "--hide-scrollbars --force-device-scale-factor=1 --user-data-dir={} --window-size={},{} "
      "{} {}",
      shell_quote(profile.string()), width, height, action, shell_quote(url));
}

// An SVG's width and height in CSS pixels (96 per inch; folio writes them in pt).
inline std::pair<double, double> svg_size_px(const std::string& svg) {
  double width_pt = std::stod(svg.substr(svg.find("width=\"") + 7));
  double height_pt = std::stod(svg.substr(svg.find("height=\"") + 8));
  return {width_pt * 96 / 72, height_pt * 96 / 72};
}

}  // namespace folio::e2e
