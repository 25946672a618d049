#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <iostream>
#include <map>
#include <sstream>

#include "cli/batch_command.h"
#include "cli/chart_command.h"
#include "cli/check_command.h"
#include "cli/render_command.h"
#include "cli/slides_command.h"
#include "cli/watch_command.h"
#include "core/errors.h"
#include "spec/schema.h"

namespace {

constexpr int kExitOk = 0, kExitRenderFailure = 1, kExitBadInput = 2;

std::set<std::string> parse_formats(const std::string& list) {
  std::set<std::string> formats;
  std::stringstream stream(list);
  for (std::string item; std::getline(stream, item, ',');) {
    if (item != "pdf" && item != "svg" && item != "png" && item != "chart-pdf")
      throw CLI::ValidationError(
          "--format", fmt::format("expected pdf, svg, png or chart-pdf, found \"{}\"", item));
    formats.insert(item);
  }
  if (formats.empty())
    throw CLI::ValidationError("--format", "expected at least one of pdf, svg, png, chart-pdf");
  return formats;
}

// "NAME=VALUE" pairs of a repeatable option.
std::map<std::string, std::string> parse_assignments(const std::vector<std::string>& items,
                                                     const std::string& option,
                                                     const std::string& form) {
  std::map<std::string, std::string> pairs;
  for (const auto& item : items) {
    auto equals = item.find('=');
    if (equals == std::string::npos || equals == 0)
      throw CLI::ValidationError(option, fmt::format("expected {}, found \"{}\"", form, item));
    pairs[item.substr(0, equals)] = item.substr(equals + 1);
  }
  return pairs;
}

// CLI11's Range lets NaN through (every comparison with it is false).
const CLI::Validator kResolution = CLI::Validator(
    [](std::string& text) -> std::string {
      double value = 0;
      try {
        size_t used = 0;
        value = std::stod(text, &used);
        if (used != text.size()) return "expected a number of dots per inch";
      } catch (const std::exception&) {
        return fmt::format("expected a number of dots per inch, found \"{}\"", text);
      }
      if (!(value >= 18 && value <= 1200))
        return fmt::format("expected a resolution from 18 to 1200 dpi, found {}", text);
      return "";
    },
    "18 to 1200", "resolution");

// --allow-path, for every command that reads a document's files.
void add_allow_path_option(CLI::App* command, std::vector<std::filesystem::path>& folders) {
  command
      ->add_option("--allow-path", folders,
                   "DIR: the document may also read data, images, fonts, themes and charts "
                   "from DIR (by default only from its own folder)")
      ->check(CLI::ExistingDirectory)
      ->take_all();
}

// --set data.NAME=FILE pairs.
std::map<std::string, std::filesystem::path> parse_data_replacements(
    const std::vector<std::string>& items) {
  std::map<std::string, std::filesystem::path> replaced;
  for (const auto& [name, file] : parse_assignments(items, "--set", "data.NAME=FILE")) {
    if (name.rfind("data.", 0) != 0 || name.size() == 5)
      throw CLI::ValidationError("--set",
                                 fmt::format("expected data.NAME=FILE, found \"{}\"", name));
    replaced[name.substr(5)] = file;
  }
  return replaced;
}

// --missing-glyphs and --strict, for every command that draws text.
// --svg-text for `render`, `watch` and `chart`.
void add_svg_text_option(CLI::App* command, folio::render::SvgText& text) {
  const std::map<std::string, folio::render::SvgText> modes = {
      {"outlines", folio::render::SvgText::outlines},
      {"layer", folio::render::SvgText::layer},
      {"native", folio::render::SvgText::native}};
  command
      ->add_option("--svg-text", text,
                   "SVG text: layer (outlines plus invisible selectable text), outlines (only "
                   "the picture) or native (real text in the theme's fonts, to edit)")
      ->transform(CLI::CheckedTransformer(modes))
      ->default_str("layer");
}

void add_warning_options(CLI::App* command, std::string& missing_glyphs, bool& strict) {
  command
      ->add_option("--missing-glyphs", missing_glyphs,
                   "warn: draw characters no font has as boxes and say so; error: refuse")
      ->check(CLI::IsMember({"warn", "error"}))
      ->default_str("warn");
  command->add_flag("--strict", strict, "Every warning is an error (exit 2, nothing written)");
}

// The options `render` and `watch` share: what to render and how.
struct DocumentOptions {
  folio::cli::RenderRequest request;
  std::string formats = "pdf,svg,png";
  std::vector<std::string> params, replacements;
  bool timings = false, strict = false;
  std::string missing_glyphs = "warn";

  void add_to(CLI::App* command) {
    command->add_option("document", request.document, "The document (JSON, format v1)")->required();
    command->add_option("--out,-o", request.out_dir,
                        "Output folder (default: out/<document name>)");
    command
        ->add_option("--format,-f", formats,
                     "Comma-separated: pdf (the document), svg, png, chart-pdf (each chart)")
        ->default_str("pdf,svg,png");
    command->add_option("--theme", request.theme,
                        "Theme from styles/, instead of the document's style");
    command->add_option("--dpi", request.dpi, "PNG resolution in dots per inch")
        ->default_val(200)
        ->check(kResolution);
    add_allow_path_option(command, request.allowed_folders);
    command->add_option("--param,-p", params, "NAME=VALUE: sets a parameter the document declares")
        ->take_all();
    command
        ->add_option("--set", replacements, "data.NAME=FILE: reads dataset NAME from FILE instead")
        ->take_all();
    command->add_option("--deps", request.deps_file,
                        "Writes a Makefile rule: the outputs depend on every file read");
    command->add_flag("--timings", timings, "Prints the time of each stage on stderr");
    add_svg_text_option(command, request.svg_text);
    add_warning_options(command, missing_glyphs, strict);
  }
  // Checks what CLI11 could not; throws CLI::ValidationError.
  void finish() {
    request.formats = parse_formats(formats);
    request.missing_glyphs_are_errors = strict || missing_glyphs == "error";
    request.strict = strict;
    request.params = parse_assignments(params, "--param", "NAME=VALUE");
    request.replaced_data = parse_data_replacements(replacements);
  }
};

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"folio: charts and briefing documents from declarative JSON", "folio"};
  app.set_version_flag("--version", std::string("folio ") + FOLIO_VERSION);
  app.require_subcommand(1);

  DocumentOptions render_options;
  auto* render =
      app.add_subcommand("render", "Render a document to PDF, and each chart to SVG and PNG");
  render_options.add_to(render);
  std::filesystem::path params_file;
  int jobs = 1;
  render->add_option("--params", params_file,
                     "CSV of parameter values: one briefing per row, --out naming {param}s");
  render->add_option("--jobs,-j", jobs, "Briefings of --params rendered at once")
      ->default_val(1)
      ->check(CLI::Range(1, 256));

  DocumentOptions watch_options;
  int debounce_ms = 15;
  auto* watch = app.add_subcommand(
      "watch", "Render a document, then again whenever a file it reads changes (Ctrl-C stops)");
  watch_options.add_to(watch);
  watch
      ->add_option("--debounce", debounce_ms,
                   "Milliseconds to wait for more saves before rendering")
      ->default_val(15)
      ->check(CLI::Range(0, 10000));

  auto* schema = app.add_subcommand(
      "schema", "Print the JSON Schema of the document format (for editors: \"$schema\")");

  folio::cli::CheckRequest check_request;
  std::vector<std::string> check_params, check_replacements;
  std::string check_format = "text";
  auto* check = app.add_subcommand(
      "check", "Check a document, its data and the files it names without rendering: every error");
  check->add_option("document", check_request.document.document, "The document (JSON, format v1)")
      ->required();
  check->add_option("--format", check_format, "text: one line each on stderr; json: on stdout")
      ->check(CLI::IsMember({"text", "json"}))
      ->default_str("text");
  check->add_option("--theme", check_request.document.theme, "Theme from styles/");
  check->add_option("--param,-p", check_params, "NAME=VALUE: sets a parameter")->take_all();
  check->add_option("--set", check_replacements, "data.NAME=FILE: reads dataset NAME from FILE")
      ->take_all();
  add_allow_path_option(check, check_request.document.allowed_folders);
  check->add_flag("--strict", check_request.document.strict, "Every warning is an error");

  folio::cli::ChartRequest chart_request;
  double chart_dpi = 0;
  bool chart_timings = false;
  auto* chart = app.add_subcommand("chart", "Render one chart spec to an SVG, PNG or PDF file");
  chart
      ->add_option("spec", chart_request.spec,
                   "The chart (JSON: a chart object, its data inline or from a file)")
      ->required();
  chart->add_option("--output,-o", chart_request.output, "Output file: .svg, .png or .pdf")
      ->required();
  chart->add_option("--size", chart_request.size, "1280x720 (pixels), 16:9, 4:3, A5, A4 or Letter");
  chart->add_option("--theme", chart_request.theme, "Theme from styles/")->default_str("briefing");
  chart
      ->add_option("--language", chart_request.language,
                   "Language of numbers and dates (BCP 47: en, ko, ...)")
      ->default_str("en");
  chart
      ->add_option("--dpi", chart_dpi, "PNG resolution (default 96 for a size in pixels, else 200)")
      ->check(kResolution);
  add_allow_path_option(chart, chart_request.allowed_folders);
  chart->add_flag("--timings", chart_timings, "Prints the time of each stage on stderr");
  std::string chart_missing_glyphs = "warn";
  bool chart_strict = false;
  add_svg_text_option(chart, chart_request.svg_text);
  add_warning_options(chart, chart_missing_glyphs, chart_strict);

  folio::cli::SlidesRequest slides_request;
  std::vector<std::string> slides_params, slides_replacements;
  std::string slides_missing_glyphs = "warn";
  bool slides_strict = false, slides_timings = false;
  auto* slides = app.add_subcommand(
      "slides", "Render a document as a 16:9 deck: a title slide, then one slide per chart");
  slides->add_option("document", slides_request.document.document, "The document (JSON)")
      ->required();
  slides
      ->add_option("--output,-o", slides_request.output,
                   "The deck: .pdf or .pptx (native, editable charts)")
      ->required();
  slides->add_option("--template", slides_request.template_file,
                     "A .pptx whose slide masters, layouts and theme the deck takes");
  slides->add_option("--theme", slides_request.document.theme, "Theme from styles/")
      ->default_str("slides");
  slides->add_option("--param,-p", slides_params, "NAME=VALUE: sets a parameter")->take_all();
  slides->add_option("--set", slides_replacements, "data.NAME=FILE: reads dataset NAME from FILE")
      ->take_all();
  add_allow_path_option(slides, slides_request.document.allowed_folders);
  slides->add_flag("--timings", slides_timings, "Prints the time of each stage on stderr");
  add_warning_options(slides, slides_missing_glyphs, slides_strict);

  try {
    app.parse(argc, argv);
    if (slides->parsed()) {
      auto& request = slides_request.document;
      request.params = parse_assignments(slides_params, "--param", "NAME=VALUE");
      request.replaced_data = parse_data_replacements(slides_replacements);
      request.strict = slides_strict;
      request.missing_glyphs_are_errors = slides_strict || slides_missing_glyphs == "error";
    }
    if (chart_dpi > 0) chart_request.dpi = chart_dpi;
    if (render->parsed()) render_options.finish();
    if (watch->parsed()) watch_options.finish();
    if (check->parsed()) {
      check_request.json = check_format == "json";
      check_request.document.params = parse_assignments(check_params, "--param", "NAME=VALUE");
      check_request.document.replaced_data = parse_data_replacements(check_replacements);
    }
  } catch (const CLI::Success& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    // One line, like every other error: what is wrong, and where to read more.
    std::cerr << "folio: error: " << folio::printable(e.what()) << " (see 'folio --help')\n";
    return kExitBadInput;
  }

  try {
    if (render->parsed() && !params_file.empty())
      return folio::cli::run_batch({render_options.request, params_file, jobs});
    if (render->parsed()) {
      auto result = folio::cli::run_render(render_options.request);
      for (const auto& warning : result.warnings) std::cerr << warning << '\n';
      for (const auto& path : result.written) std::cout << path.string() << '\n';
      if (render_options.timings)
        std::cerr << "folio: timings: " << folio::cli::describe_timings(result) << '\n';
    }
    if (slides->parsed()) {
      auto result = folio::cli::run_slides(slides_request);
      for (const auto& warning : result.warnings) std::cerr << warning << '\n';
      std::cout << slides_request.output.string() << '\n';
      if (slides_timings)
        std::cerr << "folio: timings: " << folio::cli::describe_timings(result) << '\n';
    }
    if (check->parsed()) return folio::cli::run_check(check_request);
    if (schema->parsed()) {
      std::cout << folio::spec::format_schema();
      return kExitOk;
    }
    if (watch->parsed())
      return folio::cli::run_watch({watch_options.request, debounce_ms, watch_options.timings});
    if (chart->parsed()) {
      chart_request.missing_glyphs_are_errors = chart_strict || chart_missing_glyphs == "error";
      auto timings = folio::cli::run_chart(chart_request);
      std::cout << chart_request.output.string() << '\n';
      if (chart_timings) {
        folio::cli::RenderResult result;
        result.timings = timings;
        result.charts = result.charts_laid_out = 1;
        std::cerr << "folio: timings: " << folio::cli::describe_timings(result) << '\n';
      }
    }
    return kExitOk;
  } catch (const folio::InputError& e) {
    std::cerr << e.what() << '\n';
    return kExitBadInput;
  } catch (const folio::UsageError& e) {
    std::cerr << "folio: error: " << folio::printable(e.what()) << " (see 'folio --help')\n";
    return kExitBadInput;
  } catch (const folio::RenderError& e) {
    std::cerr << "folio: error: " << folio::printable(e.what()) << '\n';
    return kExitRenderFailure;
  } catch (const std::exception& e) {
    std::cerr << "folio: internal error: " << folio::printable(e.what()) << '\n';
    return kExitRenderFailure;
  }
}
