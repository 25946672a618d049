#include "cli/slides_command.h"

#include <fmt/format.h>

#include "cli/deck_content.h"
#include "cli/load_document.h"
#include "cli/source_date.h"
#include "cli/stopwatch.h"
#include "core/errors.h"
#include "core/file_read.h"
#include "core/limits.h"
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
  if (!request.template_file.empty() && extension != ".pptx")
    throw UsageError(fmt::format("--template: expected an output ending in .pptx, found \"{}\"",
                                 request.output.filename().string()));
  std::optional<render::pptx::Template> base;
  if (!request.template_file.empty()) {
    auto read = read_regular_file(request.template_file, limits::kTemplateBytes);
    if (!read.bytes)
      throw UsageError(
          fmt::format("--template: expected a PowerPoint file (.pptx), found {}", read.found));
    try {
      base = render::pptx::read_template(*read.bytes, request.template_file.string());
    } catch (const RenderError& error) {
      throw UsageError(error.what());  // a template that is not one is the user's to fix
    }
  }
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
    if (extension == ".pptx") {
      auto content = deck_content(*deck, *loaded->model);
      content.base = std::move(base);
      bytes = render::pptx::render_pptx(content);
    } else {
      bytes = render::render_pdf(deck->pages, pdf_options_from_environment());
    }
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
