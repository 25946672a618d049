// Micro-benchmarks of folio's stages, for profiling one at a time what bench/compare measures
// whole: ticks, text measurement, each kind's chart layout, and writing PDF, SVG and PNG.
//   ./build/bench/folio_bench_micro [--benchmark_filter=Layout]
#include <benchmark/benchmark.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "chart/layout_chart.h"
#include "layout/paged_document.h"
#include "model/document.h"
#include "model/theme.h"
#include "render/outputs.h"
#include "scale/ticks.h"
#include "spec/parse.h"
#include "text/shaped_text.h"

namespace {

const std::filesystem::path kSource = FOLIO_SOURCE_DIR;

void BM_NiceTicks(benchmark::State& state) {
  double hi = 1;
  for (auto _ : state) {
    hi = hi > 1e12 ? 1.7 : hi * 1.37;  // ranges of every magnitude
    benchmark::DoNotOptimize(folio::scale::nice_ticks(-hi / 7, hi, 6));
  }
}
BENCHMARK(BM_NiceTicks);

void BM_LogTicks(benchmark::State& state) {
  double hi = 10;
  for (auto _ : state) {
    hi = hi > 1e200 ? 10 : hi * 31;
    benchmark::DoNotOptimize(folio::scale::log_ticks(0.01, hi, 6));
  }
}
BENCHMARK(BM_LogTicks);

// Shaping a label (Pango and HarfBuzz), as every axis label, title and value label is.
void BM_ShapeLabel(benchmark::State& state) {
  auto theme = folio::model::load_theme("briefing");
  auto style = theme.text(folio::model::TextRole::axis_label);
  std::vector<std::string> labels;
  for (int i = 0; i < 100; ++i) labels.push_back("US$" + std::to_string(i * 137) + " million");
  size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(folio::text::shape_text(labels[i++ % 100], style));
}
BENCHMARK(BM_ShapeLabel);

// A gallery chart spec, resolved once: what layout and the writers start from.
struct GalleryChart {
  folio::spec::ChartFile file;
  std::optional<folio::model::Chart> chart;
  explicit GalleryChart(const std::string& name)
      : file(folio::spec::parse_chart_file(
            kSource / "samples/gallery/specs" / (name + ".json"),
            {.replaced_data = {}, .allowed_folders = {kSource / "samples"}})) {
    chart.emplace(folio::model::resolve_chart(file.chart, {}, *file.json, nullptr, "en"));
  }
};

void BM_LayoutChart(benchmark::State& state, const std::string& name) {
  GalleryChart gallery(name);
  auto theme = folio::model::load_theme("briefing");
  for (auto _ : state)
    benchmark::DoNotOptimize(folio::chart::layout_chart(*gallery.chart, theme, {640, 360}));
}

void BM_WriteChart(benchmark::State& state, const std::string& format) {
  GalleryChart gallery("line-annotations");
  auto theme = folio::model::load_theme("briefing");
  auto frame = folio::chart::layout_chart(*gallery.chart, theme, {640, 360},
                                          {.background = true, .figure_label = ""});
  for (auto _ : state)
    benchmark::DoNotOptimize(format == "svg" ? folio::render::render_svg(frame)
                                             : folio::render::render_png(frame, {200, "", ""}));
}

// The benchmark workload's 3 pages, laid out once, written as PDF.
void BM_WritePdf(benchmark::State& state) {
  auto spec = folio::spec::parse_document_file(kSource / "bench/workload/briefing.json");
  auto document = folio::model::resolve_document(spec);
  auto paged = folio::layout::layout_document(document);
  for (auto _ : state) benchmark::DoNotOptimize(folio::render::render_pdf(paged));
}
BENCHMARK(BM_WritePdf)->Unit(benchmark::kMillisecond);

void BM_LayoutDocument(benchmark::State& state) {
  auto spec = folio::spec::parse_document_file(kSource / "bench/workload/briefing.json");
  auto document = folio::model::resolve_document(spec);
  for (auto _ : state) benchmark::DoNotOptimize(folio::layout::layout_document(document));
}
BENCHMARK(BM_LayoutDocument)->Unit(benchmark::kMillisecond);

// One gallery chart of each kind.
const bool kRegistered = [] {
  for (const char* name :
       {"line-annotations", "area-stacked", "bar-grouped", "bar-ranking", "lollipop", "scatter",
        "waterfall", "timeline", "stats", "donut", "table", "small-multiples"})
    benchmark::RegisterBenchmark((std::string("BM_LayoutChart/") + name).c_str(), BM_LayoutChart,
                                 std::string(name))
        ->Unit(benchmark::kMicrosecond);
  for (const char* format : {"svg", "png"})
    benchmark::RegisterBenchmark((std::string("BM_WriteChart/") + format).c_str(), BM_WriteChart,
                                 std::string(format))
        ->Unit(benchmark::kMillisecond);
  return true;
}();

}  // namespace

BENCHMARK_MAIN();
