#include "cli/render_command.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <deque>
#include <future>
#include <optional>
#include <set>
#include <thread>
#include <utility>

#include "chart/chart_cache.h"
#include "chart/layout_chart.h"
#include "cli/chart_index.h"
#include "cli/load_document.h"
#include "cli/source_date.h"
#include "cli/stopwatch.h"
#include "cli/theme_option.h"
#include "core/errors.h"
#include "core/limits.h"
#include "core/output_set.h"
#include "core/strings.h"
#include "layout/flow.h"
#include "layout/paged_document.h"
#include "model/document.h"
#include "render/outputs.h"
#include "scene/missing_glyphs.h"
#include "spec/parse.h"
#include "text/font_system.h"
#include "text/number_format.h"

namespace folio::cli {

namespace {

// An SVG kept from an earlier run is reused only when it was written with the same text.
std::string svg_cache_key(render::SvgText text) {
  switch (text) {
    case render::SvgText::outlines:
      return "svg outlines";
    case render::SvgText::native:
      return "svg native";
    default:
      return "svg layer";
  }
}

}  // namespace

namespace {

// A Makefile rule: every output depends on every input (spaces and '#' escaped, '$' doubled).
std::string make_rule(const std::vector<std::filesystem::path>& targets,
                      const std::vector<std::filesystem::path>& prerequisites) {
  auto escape = [](const std::string& path) {
    std::string out;
    for (char c : path) {
      if (c == ' ' || c == '#' || c == '\\') out += '\\';
      if (c == '$') out += '$';
      out += c;
    }
    return out;
  };
  std::string rule;
  for (const auto& target : targets) {
    if (!rule.empty()) rule += ' ';
    rule += escape(target.string());
  }
  rule += ':';
  std::set<std::string> seen;
  for (const auto& input : prerequisites)
    if (seen.insert(input.lexically_normal().string()).second)
      rule.append(" \\\n  ").append(escape(input.lexically_normal().string()));
  rule += '\n';
  return rule;
}

}  // namespace

void report_missing_glyphs(const std::vector<scene::MissingGlyphs>& missing,
                           const spec::JsonDocument& json, bool as_errors,
                           std::vector<std::string>& warnings) {
  if (missing.empty()) return;
  if (as_errors) {
    std::string found = scene::describe_missing(missing.front());
    if (missing.size() > 1) found += fmt::format("; {} more texts like it", missing.size() - 1);
    throw InputError(json.locate(missing.front().source), "text the fonts can show", found,
                     "--missing-glyphs warn draws it with boxes");
  }
  for (const auto& one : missing)
    warnings.push_back(
        format_warning(json.locate(one.source), "no font has " + scene::describe_missing(one)));
}

RenderResult run_render(const RenderRequest& request, chart::ChartCache* cache,
                        std::vector<std::filesystem::path>* inputs) {
  RenderResult result;
  Timings& time = result.timings;
  if (request.formats.count("pdf") || request.formats.count("chart-pdf")) render::prepare_pdf();
  auto loaded = load_document(request, request.theme, time, inputs, result.warnings);
  spec::Document& spec = *loaded->spec;
  model::Document& document = *loaded->model;

  chart::ChartCache own_cache;
  chart::ChartCache& charts = cache ? *cache : own_cache;
  charts.start_run();
  std::filesystem::path out_dir = request.out_dir.empty()
                                      ? std::filesystem::path("out") / request.document.stem()
                                      : request.out_dir;
  OutputSet outputs;
  std::vector<scene::MissingGlyphs> missing;
  if (request.formats.count("pdf")) {
    std::optional<layout::PagedDocument> paged;
    {
      Stopwatch watch(time.layout);
      try {
        paged = layout::layout_document(document, {.charts = &charts});
      } catch (const layout::TooManyPages& error) {
        throw InputError(spec.json->locate(error.pointer()),
                         fmt::format("a document of at most {} pages", limits::kPages),
                         "more from this block on", "split the document");
      }
    }
    for (const auto& page : paged->pages) scene::find_missing_glyphs(page, "", missing);
    Stopwatch watch(time.render);
    outputs.add(out_dir / (request.document.stem().string() + ".pdf"),
                render::render_pdf(*paged, pdf_options_from_environment()));
  }
  std::vector<std::string> index_entries;
  // PNGs are painted here, in turn, and encoded on the other cores while the next chart is
  // painted (encoding is most of a PNG's time). At most one encoding a core is in flight, so
  // the run holds that many painted images beside the one being painted: on 2 cores, the
  // workload's five 300-dpi charts take 0.18 s instead of 0.31 s, and 80 MB instead of 49.
  const size_t encoders = std::max(1u, std::thread::hardware_concurrency());
  std::deque<std::shared_future<std::string>> encoding;
  auto encode_later = [&](render::PngPixels pixels, render::PngOptions options) {
    while (encoding.size() >= encoders) encoding.front().wait(), encoding.pop_front();
    // The pixels are let go as soon as they are encoded: the task itself lives on in its
    // future (the cache and the output set hold it) until the run ends.
    encoding.push_back(std::async(std::launch::async, [pixels = std::move(pixels),
                                                       options = std::move(options)]() mutable {
                         return render::encode_png(std::move(pixels), options);
                       }).share());
    return encoding.back();
  };
  for (const model::Chart* chart : model::charts_of(document)) {
    auto base = out_dir / "charts" / chart->spec.id;
    // Every output gets a title: the chart's own, else its id in words ("Headline figures").
    const std::string title = chart::display_title(*chart);
    // The text alternative, written into the SVG, the PNG and the index: described once (a
    // large chart's description reads all its points), and only when one of them is made.
    std::optional<std::string> described;
    auto description = [&]() -> const std::string& {
      if (!described) described = chart::describe_chart(*chart);
      return *described;
    };
    // Each output is made from the chart's frame only when not kept from an earlier run.
    auto frame = [&] {
      Stopwatch watch(time.layout);
      auto laid_out = charts.layout(*chart, document.theme,
                                    chart::standalone_chart_size(*chart, document.theme),
                                    {.background = true, .figure_label = ""});
      scene::find_missing_glyphs(laid_out, chart->spec.pointer, missing);
      return laid_out;
    };
    if (request.formats.count("svg"))
      outputs.add(base.string() + ".svg",
                  charts.output(*chart, document.theme, svg_cache_key(request.svg_text), [&] {
                    auto laid_out = frame();
                    Stopwatch watch(time.render);
                    return render::render_svg(laid_out, {title, description(), chart->spec.id + "-",
                                                         chart->language, request.svg_text});
                  }));
    if (request.formats.count("png"))
      outputs.add(
          base.string() + ".png",
          charts.output_later(*chart, document.theme, fmt::format("png {}", request.dpi), [&] {
            auto laid_out = frame();
            // Checked before Cairo is asked for the surface; a PNG kept from an
            // earlier run was checked when it was made.
            if (auto problem = render::png_size_problem(laid_out.size, request.dpi);
                !problem.empty())
              throw UsageError(
                  fmt::format("--dpi {}: chart \"{}\" would be {}; lower --dpi or make the chart "
                              "smaller",
                              request.dpi, chart->spec.id, problem));
            Stopwatch watch(time.render);
            render::PngOptions options{request.dpi, title, description()};
            return encode_later(render::paint_png(laid_out, options), options);
          }));
    if (request.formats.count("chart-pdf"))
      outputs.add(base.string() + ".pdf", charts.output(*chart, document.theme, "chart-pdf", [&] {
        auto laid_out = frame();
        Stopwatch watch(time.render);
        return render::render_chart_pdf(
            laid_out, {title, description(), chart->language, pdf_options_from_environment()});
      }));
    if (request.formats.count("svg") || request.formats.count("png") ||
        request.formats.count("chart-pdf"))
      index_entries.push_back(charts.output(
          *chart, document.theme, fmt::format("index {} {}", join(request.formats), request.dpi),
          [&] {
            return chart_index_entry(*chart, chart::standalone_chart_size(*chart, document.theme),
                                     description(), request.formats, request.dpi);
          }));
  }
  charts.end_run();
  report_missing_glyphs(missing, *spec.json, request.missing_glyphs_are_errors, result.warnings);
  result.charts_laid_out = charts.laid_out();
  result.charts = charts.charts();
  if (!index_entries.empty())
    outputs.add(out_dir / "charts" / "index.json", chart_index_json(index_entries));

  {
    Stopwatch watch(time.write);
    // The dependency file names the outputs and is written together with them.
    if (!request.deps_file.empty()) {
      std::vector<std::filesystem::path> written = outputs.paths();
      outputs.add(request.deps_file, make_rule(written, spec.inputs.paths));
    }
    result.written = outputs.commit();
  }
  return result;
}

std::string describe_timings(const RenderResult& result) {
  const auto& t = result.timings;
  return fmt::format(
      "parse {:.1f} ms, resolve {:.1f} ms, layout {:.1f} ms, render {:.1f} ms, write {:.1f} ms "
      "(total {:.1f} ms); charts: {} of {} laid out anew",
      t.parse, t.resolve, t.layout, t.render, t.write, t.total(), result.charts_laid_out,
      result.charts);
}

}  // namespace folio::cli
