#include "cli/chart_command.h"

#include <fmt/format.h>

#include "chart/layout_chart.h"
#include "cli/render_command.h"
#include "cli/source_date.h"
#include "cli/stopwatch.h"
#include "cli/theme_option.h"
#include "core/errors.h"
#include "core/output_set.h"
#include "core/text_scan.h"
#include "model/document.h"
#include "render/outputs.h"
#include "scene/missing_glyphs.h"
#include "spec/parse.h"
#include "text/font_system.h"
#include "text/number_format.h"

namespace folio::cli {

std::optional<Size> parse_chart_size(const std::string& text) {
  {  // WIDTHxHEIGHT in CSS px (96 per inch)
    TextScan scan(text);
    auto w = scan.digits(2, 5);
    auto h = w && scan.take('x') ? scan.digits(2, 5) : std::nullopt;
    if (h && scan.done())
      return Size{static_cast<double>(*w) * 0.75, static_cast<double>(*h) * 0.75};
  }
  {  // W:H, an aspect ratio at slide width
    TextScan scan(text);
    auto w = scan.digits(1, 2);
    auto h = w && scan.take(':') ? scan.digits(1, 2) : std::nullopt;
    if (h && scan.done()) {
      if (*w <= 0 || *h <= 0) return std::nullopt;
      return Size{chart::kSlideSize.width,
                  chart::kSlideSize.width * static_cast<double>(*h) / static_cast<double>(*w)};
    }
  }
  if (text == "A5") return Size{419.53, 595.28};
  if (text == "A4") return Size{595.28, 841.89};
  if (text == "Letter") return Size{612, 792};
  return std::nullopt;
}

Timings run_chart(const ChartRequest& request) {
  Timings time;
  std::string extension = request.output.extension().string();
  if (extension != ".svg" && extension != ".png" && extension != ".pdf")
    throw UsageError(
        fmt::format("--output: expected a file ending in .svg, .png or .pdf, found \"{}\"",
                    request.output.filename().string()));
  std::optional<spec::ChartFile> parsed;
  {
    Stopwatch watch(time.parse);
    parsed.emplace(spec::parse_chart_file(
        request.spec, {.replaced_data = {}, .allowed_folders = request.allowed_folders}));
  }
  const auto& file = *parsed;
  check_theme_option(request.theme);
  if (!spec::is_language_tag(request.language))
    throw UsageError(fmt::format(
        "--language: expected a BCP 47 language tag such as \"en\" or \"ko-KR\", found \"{}\"",
        request.language));
  auto theme = model::load_theme(request.theme).in_language(request.language);
  std::optional<model::Chart> resolved;
  {
    Stopwatch watch(time.resolve);
    resolved.emplace(model::resolve_chart(file.chart, {}, *file.json, nullptr, request.language));
  }
  const auto& chart = *resolved;
  Size size = chart::standalone_chart_size(chart, theme);
  if (!request.size.empty()) {
    auto parsed = parse_chart_size(request.size);
    if (!parsed)
      throw UsageError(
          fmt::format("--size: expected WIDTHxHEIGHT in pixels, a ratio such as 16:9, or A5, A4, "
                      "Letter, found \"{}\"",
                      request.size));
    size = *parsed;
    // A table or timeline cut off, or drawn over its own source line, would be worse than a
    // taller file than asked; the user is told.
    Size fitted = chart::fit_chart_size(chart, theme, size);
    if (fitted.height > size.height + 0.5)
      fmt::print(stderr,
                 "folio: note: {}: the chart needs {:.0f} pt of height, more than --size gives "
                 "({:.0f} pt); made taller\n",
                 request.output.string(), fitted.height, size.height);
    size = fitted;
  }
  std::optional<scene::Frame> laid_out;
  {
    Stopwatch watch(time.layout);
    laid_out.emplace(
        chart::layout_chart(chart, theme, size, {.background = true, .figure_label = ""}));
  }
  auto& frame = *laid_out;
  {
    std::vector<scene::MissingGlyphs> missing;
    std::vector<std::string> warnings;
    scene::find_missing_glyphs(frame, chart.spec.pointer, missing);
    report_missing_glyphs(missing, *file.json, request.missing_glyphs_are_errors, warnings);
    for (const auto& warning : warnings) fmt::print(stderr, "{}\n", warning);
  }
  std::string bytes;
  std::optional<Stopwatch> rendering(std::in_place, time.render);
  if (extension == ".svg") {
    bytes = render::render_svg(frame, {chart.spec.title.empty() ? chart.spec.id : chart.spec.title,
                                       chart::describe_chart(chart), chart.spec.id + "-",
                                       chart.language, request.svg_text});
  } else if (extension == ".png") {
    bool pixels = request.size.find('x') != std::string::npos;  // "800x600": CSS pixels
    double dpi = request.dpi.value_or(pixels ? 96 : 200);
    if (auto problem = render::png_size_problem(frame.size, dpi); !problem.empty())
      throw UsageError(
          fmt::format("--dpi {}: the chart would be {}; lower --dpi or --size", dpi, problem));
    bytes =
        render::render_png(frame, {dpi, chart.spec.title.empty() ? chart.spec.id : chart.spec.title,
                                   chart::describe_chart(chart)});
  } else {
    bytes = render::render_chart_pdf(
        frame, {chart.spec.title.empty() ? chart.spec.id : chart.spec.title,
                chart::describe_chart(chart), chart.language, pdf_options_from_environment()});
  }
  rendering.reset();
  {
    Stopwatch watch(time.write);
    write_file_atomically(request.output, std::move(bytes));
  }
  return time;
}

}  // namespace folio::cli
