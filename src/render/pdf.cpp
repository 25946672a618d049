#include <cairo-pdf.h>
#include <fmt/format.h>

#include <vector>

#include "core/errors.h"
#include "core/strings.h"
#include "render/cairo_stream.h"
#include "render/outputs.h"
#include "render/painter.h"
#include "render/pdf_catalog.h"

namespace folio::render {
namespace {

void set_metadata(cairo_surface_t* surface, const spec::Meta& meta, const PdfOptions& options) {
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, meta.title.c_str());
  if (!meta.author.empty())
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, meta.author.c_str());
  std::string subject = !meta.subject.empty() ? meta.subject : meta.subtitle;
  if (!subject.empty())
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, subject.c_str());
  std::string keywords = join(meta.keywords);
  if (!keywords.empty())
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_KEYWORDS, keywords.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, options.creator.c_str());
  // The document's own date, never the clock: the same input gives the same bytes.
  std::string date = meta.date.empty() ? options.fallback_date : meta.date + "T00:00:00Z";
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, date.c_str());
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

std::string render_pdf(const layout::PagedDocument& document, const PdfOptions& options) {
  std::string bytes;
  cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(
      append_to_string, &bytes, document.page_size.width, document.page_size.height);
  set_metadata(surface, document.meta, options);
  cairo_t* cr = cairo_create(surface);
  // Without any structure tag, Cairo 1.16 writes link annotations into a damaged file.
  cairo_tag_begin(cr, "Document", nullptr);
  PaintOptions paint{.pdf_tags = true};
  for (size_t i = 0; i < document.pages.size(); ++i) {
    if (i < document.page_labels.size())
      cairo_pdf_surface_set_page_label(surface, document.page_labels[i].c_str());
    paint_frame(cr, document.pages[i], paint);
    cairo_show_page(cr);
  }
  cairo_tag_end(cr, "Document");
  add_outline(surface, document.outline);
  cairo_status_t status = cairo_status(cr);
  cairo_destroy(cr);
  if (status != CAIRO_STATUS_SUCCESS) {
    cairo_surface_destroy(surface);
    throw RenderError(fmt::format("drawing the PDF failed: {}", cairo_status_to_string(status)));
  }
  finish_surface(surface, "PDF");
  // The document's language, for screen readers and hyphenation in readers; and an /ID made
  // from the content, so the same input gives the same file (archives require an /ID).
  return add_catalog_entries(std::move(bytes), "/Lang " + pdf_string(document.meta.language),
                             /*with_id=*/true);
}

std::string render_chart_pdf(const scene::Frame& frame, const ChartPdfOptions& options) {
  layout::PagedDocument paged;
  paged.meta.title = options.title;
  paged.meta.subject = options.description;
  paged.meta.language = options.language.empty() ? "en" : options.language;
  paged.page_size = frame.size;
  // Not tagged as a Figure yet: Cairo 1.16 fails the page ("invalid tag name, attributes, or
  // nesting") for a chart frame wrapped in a structure tag on its own page, and it cannot write
  // a Figure's /Alt anyway. The text alternative is the PDF's subject meanwhile.
  paged.pages.push_back(frame);
  paged.page_labels.push_back("1");
  return render_pdf(paged, options.pdf);
}

}  // namespace folio::render
