#include "cli/slides_command.h"

#include <fmt/format.h>

#include "cli/deck_content.h"
#include "cli/load_document.h"
#include "cli/source_date.h"
#include "cli/stopwatch.h"
#include "core/errors.h"
#include "core/output_set.h"
#include "layout/slides.h"
#include "render/outputs.h"
#include "render/pptx/deck.h"
#include "scene/missing_glyphs.h"

namespace folio::cli {

RenderResult run_slides(const SlidesRequest& request) {
  std::string extension = request.output.extension().string();
  if (extension != ".pdf" && extension != ".pptx")
    throw UsageError(fmt::format("--output: expected a file ending in .pdf or .pptx, found \"{}\"",
                                 request.output.filename().string()));
  RenderResult result;
  Timings& time = result.timings;
  const auto& options = request.document;
  auto loaded = load_document(options, options.theme.empty() ? "slides" : options.theme, time,
                              nullptr, result.warnings);
  std::optional<layout::Deck> deck;
  {
    Stopwatch watch(time.layout);
    deck = layout::layout_slides(*loaded->model);
  }
  for (const auto& notice : deck->notices) {
    const spec::JsonDocument& file = notice.file ? *notice.file : *loaded->spec->json;
    if (options.strict)
      throw InputError(file.locate(notice.pointer), "a chart that fits a slide", notice.message);
    result.warnings.push_back(format_warning(file.locate(notice.pointer), notice.message));
  }
  std::vector<scene::MissingGlyphs> missing;
  for (const auto& slide : deck->pages.pages) scene::find_missing_glyphs(slide, "", missing);
  report_missing_glyphs(missing, *loaded->spec->json, options.missing_glyphs_are_errors,
                        result.warnings);
  std::string bytes;
  {
    Stopwatch watch(time.render);
    bytes = extension == ".pptx" ? render::pptx::render_pptx(deck_content(*deck, *loaded->model))
                                 : render::render_pdf(deck->pages, pdf_options_from_environment());
  }
  {
    Stopwatch watch(time.write);
    write_file_atomically(request.output, std::move(bytes));
  }
  result.charts = static_cast<int>(deck->charts.size());
  result.charts_laid_out = result.charts;
  result.written = {request.output};
  return result;
}

}  // namespace folio::cli
