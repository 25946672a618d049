#include "cli/render_command.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <utility>

#include "chart/layout_chart.h"
#include "cli/source_date.h"
#include "cli/theme_option.h"
#include "core/output_set.h"
#include "core/errors.h"
#include "layout/paged_document.h"
#include "model/document.h"
#include "render/outputs.h"
#include "spec/parse.h"
#include "text/font_system.h"
#include "text/number_format.h"

namespace folio::cli {

namespace {

// Every SVG gets a <title>: the chart's own, else its id in words ("headline figures").
std::string svg_title(const model::Chart& chart) {
  if (!chart.spec.title.empty()) return chart.spec.title;
  std::string words = chart.spec.id;
  std::replace_if(
      words.begin(), words.end(), [](char c) { return c == '-' || c == '_'; }, ' ');
  if (!words.empty())
    words[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(words[0])));
  return words;
}

}  // namespace

RenderResult run_render(const RenderRequest& request) {
  auto spec = spec::parse_document_file(request.document, {.replaced_data = request.replaced_data});
  if (!request.theme.empty()) {
    check_theme_option(request.theme);
    spec.style.theme = request.theme;
  }
  auto document = model::resolve_document(spec, {.params = request.params});
  text::FontSystem::instance().set_language(document.meta.language);
  text::set_default_locale(document.meta.language);

  std::filesystem::path out_dir = request.out_dir.empty()
                                      ? std::filesystem::path("out") / request.document.stem()
                                      : request.out_dir;
  OutputSet outputs;
  if (request.formats.count("pdf")) {
    auto paged = layout::layout_document(document);
    outputs.add(out_dir / (request.document.stem().string() + ".pdf"),
                         render::render_pdf(paged, pdf_options_from_environment()));
  }
  if (request.formats.count("svg") || request.formats.count("png")) {
    for (const model::Chart* chart : model::charts_of(document)) {
      auto frame = chart::layout_chart(*chart, document.theme,
                                       chart::standalone_chart_size(*chart, document.theme),
                                       {.background = true, .figure_label = ""});
      auto base = out_dir / "charts" / chart->spec.id;
      if (request.formats.count("svg"))
        outputs.add(
            base.string() + ".svg",
            render::render_svg(frame, {svg_title(*chart), chart::describe_chart(*chart), ""}));
      if (request.formats.count("png"))
        outputs.add(base.string() + ".png", render::render_png(frame, {request.dpi}));
    }
  }

  RenderResult result;
  result.written = outputs.commit();
  return result;
}

}  // namespace folio::cli
