#pragma once
#include <filesystem>

#include "cli/render_command.h"

namespace folio::cli {

struct SlidesRequest {
  RenderRequest document;        // the document, --param, --set, --allow-path, --theme, warnings
  std::filesystem::path output;  // deck.pdf or deck.pptx
  std::filesystem::path template_file;  // --template brand.pptx: its masters and layouts
};

// Renders a document as a 16:9 deck (a title slide, then one slide per chart) in the `slides`
// theme unless --theme names another; written atomically. Throws InputError, UsageError or
// RenderError.
RenderResult run_slides(const SlidesRequest& request);

}  // namespace folio::cli
