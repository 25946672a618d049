#include <cairo-pdf.h>
#include <fmt/format.h>

#include <vector>

#include "core/errors.h"
#include "core/strings.h"
#include "render/cairo_stream.h"
#include "render/outputs.h"
#include "render/painter.h"
#include "render/pdf/finish.h"

namespace folio::render {
namespace {

// The Info dictionary and the XMP metadata say the same, from the document's own date and never
// the clock, so the same input gives the same bytes.
pdf::DocumentInfo document_info(const spec::Meta& meta, const PdfOptions& options) {
  return {
      .title = meta.title,
      .author = meta.author,
      .subject = !meta.subject.empty() ? meta.subject : meta.subtitle,
      .keywords = join(meta.keywords),
      .creator = options.creator,
      .producer = fmt::format("folio {} ({})", FOLIO_VERSION, pdf::pdf_libraries()),
      .date = meta.date.empty() ? options.fallback_date : meta.date + "T00:00:00Z",
      .language = meta.language,
  };
}

void add_outline(cairo_surface_t* surface, const std::vector<layout::OutlineEntry>& outline) {
  std::vector<int> parents = {CAIRO_PDF_OUTLINE_ROOT};  // parents[level - 1] is the parent id
  for (const auto& entry : outline) {
    size_t level = static_cast<size_t>(std::max(1, entry.level));
    parents.resize(std::min(parents.size(), level));
    while (parents.size() < level) parents.push_back(parents.back());
    std::string link = fmt::format("dest='{}'", entry.destination);
    int id = cairo_pdf_surface_add_outline(surface, parents.back(), entry.title.c_str(),
                                           link.c_str(), CAIRO_PDF_OUTLINE_FLAG_OPEN);
    parents.push_back(id);
  }
}

}  // namespace

namespace {

// A chart's PDF (`figure_alternative` set) is painted without Cairo's structure tags, which
// the finisher replaces by one Figure; a document's tags are the structure of its pages.
std::string paint_pdf(const layout::PagedDocument& document, const PdfOptions& options,
                      const std::string& figure_alternative) {
  std::string bytes;
  cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(
      append_to_string, &bytes, document.page_size.width, document.page_size.height);
  cairo_t* cr = cairo_create(surface);
  bool tagged = figure_alternative.empty();
  // Without any structure tag, Cairo 1.16 writes link annotations into a damaged file.
  if (tagged) cairo_tag_begin(cr, "Document", nullptr);
  pdf::PaintLog log;
  log.figure_alternative = figure_alternative;
  pdf::Tagger tagger(log);
  PaintOptions paint{.pdf_tags = tagged, .draw_text = true, .tagger = tagged ? &tagger : nullptr};
  for (size_t i = 0; i < document.pages.size(); ++i) {
    tagger.begin_page();
    if (i < document.page_labels.size())
      cairo_pdf_surface_set_page_label(surface, document.page_labels[i].c_str());
    paint_frame(cr, document.pages[i], paint);
    tagger.end_page(cr);
    cairo_show_page(cr);
  }
  if (tagged) cairo_tag_end(cr, "Document");
  add_outline(surface, document.outline);
  cairo_status_t status = cairo_status(cr);
  cairo_destroy(cr);
  if (status != CAIRO_STATUS_SUCCESS) {
    cairo_surface_destroy(surface);
    throw RenderError(fmt::format("drawing the PDF failed: {}", cairo_status_to_string(status)));
  }
  finish_surface(surface, "PDF");
  return pdf::finish_pdf(bytes, document_info(document.meta, options), log);
}

}  // namespace

void prepare_pdf() {
  pdf::prepare_finish();
}

std::string render_pdf(const layout::PagedDocument& document, const PdfOptions& options) {
  return paint_pdf(document, options, "");
}

std::string render_chart_pdf(const scene::Frame& frame, const ChartPdfOptions& options) {
  layout::PagedDocument paged;
  paged.meta.title = options.title;
  paged.meta.subject = options.description;
  paged.meta.language = options.language.empty() ? "en" : options.language;
  paged.page_size = frame.size;
  paged.pages.push_back(frame);
  paged.page_labels.push_back("1");
  // A chart without a text alternative still needs one: its title says what it shows.
  std::string alternative = !options.description.empty() ? options.description : options.title;
  return paint_pdf(paged, options.pdf, alternative.empty() ? "Chart" : alternative);
}

}  // namespace folio::render
