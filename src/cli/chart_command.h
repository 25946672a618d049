#pragma once
#include <filesystem>
#include <optional>
#include <string>

#include "cli/render_command.h"
#include "core/geometry.h"

namespace folio::cli {

struct ChartRequest {
  std::filesystem::path spec;    // one chart object, its data inline or from a file
  std::filesystem::path output;  // .svg, .png or .pdf
  std::string
      size;  // "1280x720" (CSS px), "16:9", "4:3", "A5", "A4", "Letter"; "" for the chart's own
  std::string theme = "briefing";
  std::string language = "en";  // BCP 47: numbers and dates are written for it
  std::optional<double> dpi;    // PNG only; 96 when the size is given in pixels, else 200
  bool missing_glyphs_are_errors = false;              // --missing-glyphs error, --strict
  std::vector<std::filesystem::path> allowed_folders;  // --allow-path DIR
  render::SvgText svg_text = render::SvgText::layer;   // --svg-text
};

// Parses a --size value into points; nullopt when it is not one of the accepted forms.
std::optional<Size> parse_chart_size(const std::string& text);

// Renders one chart to one file, written atomically; returns the time of each stage. Throws
// InputError or RenderError.
Timings run_chart(const ChartRequest& request);

}  // namespace folio::cli
