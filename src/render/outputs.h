#pragma once
#include <memory>
#include <string>

#include "layout/paged_document.h"
#include "render/svg_text.h"
#include "scene/scene.h"

struct _cairo_surface;  // cairo_surface_t, without Cairo's header in every includer

namespace folio::render {

struct PdfOptions {
  std::string creator = "folio";
  // The creation and modification date when the document has no meta.date, as ISO 8601 in
  // UTC; the command line takes it from SOURCE_DATE_EPOCH. Never the clock.
  std::string fallback_date = "2000-01-01T00:00:00Z";
};

struct SvgOptions {
  std::string title;        // written as <title>
  std::string description;  // written as <desc>: the chart's text alternative
  std::string id_prefix;    // keeps ids unique when several SVGs are inlined in one page
  std::string language;     // xml:lang of the whole picture (BCP 47), "" for none
  SvgText text = SvgText::layer;
};

struct PngOptions {
  double dpi = 200;         // also written in the file (pHYs)
  std::string title;        // iTXt "Title"
  std::string description;  // iTXt "Description": the chart's text alternative
};

struct ChartPdfOptions {
  std::string title;        // the PDF's title (shown by readers: DisplayDocTitle)
  std::string description;  // its subject: the chart's text alternative
  std::string language;     // the catalog's /Lang
  PdfOptions pdf;
};

// A run that will write a PDF says so first: what finishing one needs is then readied on
// another thread while the run lays out its pages (render/pdf/finish.h).
void prepare_pdf();

// Each returns the file's bytes; nothing touches the file system. Throws RenderError.
std::string render_pdf(const layout::PagedDocument& document, const PdfOptions& options = {});
// One chart on one page of its own size, fonts embedded: the vector form slide programs such
// as Keynote place best.
std::string render_chart_pdf(const scene::Frame& frame, const ChartPdfOptions& options);
std::string render_svg(const scene::Frame& frame, const SvgOptions& options = {});
std::string render_png(const scene::Frame& frame, const PngOptions& options = {});
// The same in two steps: painting, which reads the frame's shaped texts (Pango) and so stays
// on the thread that laid it out, and encoding, which touches nothing but the pixels and may
// run on another core while the next chart is painted. Encoding packs the rows it compresses
// into the pixels' own memory, so the pixels are given up to it.
struct PngPixels {
  std::shared_ptr<_cairo_surface> surface;
};
PngPixels paint_png(const scene::Frame& frame, const PngOptions& options);
std::string encode_png(PngPixels pixels, const PngOptions& options);

// Why a frame of `size` points cannot be a PNG at `dpi` ("66667 × 37500 pixels, over the
// limit of 32767 a side"), or "" when it can. Checked before Cairo is asked for the surface.
// The pixels a PNG of `size` points at `dpi` has: whole pixels covering the chart.
Size png_pixel_size(Size size, double dpi);
std::string png_size_problem(Size size, double dpi);

}  // namespace folio::render
