#pragma once
#include <string>

#include "layout/paged_document.h"
#include "scene/scene.h"

namespace folio::render {

struct PdfOptions {
  std::string creator = "folio";
};

struct SvgOptions {
  std::string title;        // written as <title>
  std::string description;  // written as <desc>: the chart's text alternative
  std::string id_prefix;    // keeps ids unique when several SVGs are inlined in one page
};

struct PngOptions {
  double dpi = 200;
};

// Each returns the file's bytes; nothing touches the file system. Throws RenderError.
std::string render_pdf(const layout::PagedDocument& document, const PdfOptions& options = {});
std::string render_svg(const scene::Frame& frame, const SvgOptions& options = {});
std::string render_png(const scene::Frame& frame, const PngOptions& options = {});

}  // namespace folio::render
