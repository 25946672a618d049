// Every gallery chart rendered to a small PNG by `folio chart` and compared with a reviewed
// reference image (tests/reference/charts/), channel by channel with a small tolerance. To
// regenerate them on purpose: FOLIO_UPDATE_REFERENCES=1 ctest --test-dir build -R ReferenceCharts
// then look at every changed PNG before committing it. On failure the actual image and an
// image of the differences are left in build/reference-failures/.
#include <algorithm>
#include <cstdlib>

#include "e2e_support.h"
#include "reference_image.h"

namespace folio::e2e {
namespace {

const std::filesystem::path kSpecs =
    std::filesystem::path(FOLIO_SOURCE_DIR) / "samples" / "gallery" / "specs";
const std::filesystem::path kReferenceDir =
    std::filesystem::path(FOLIO_SOURCE_DIR) / "tests" / "reference" / "charts";

// Small enough to keep the fixtures light (a few kilobytes each), large enough that a moved
// label or a changed colour shows.
constexpr int kDpi = 48;

struct ReferenceChart {
  std::string spec;
  std::string theme;
};

class ReferenceCharts : public ::testing::TestWithParam<ReferenceChart> {};

TEST_P(ReferenceCharts, MatchTheReviewedImage) {
  const auto& [spec, theme] = GetParam();
  std::string name = theme == "briefing" ? spec : spec + "-" + theme;
  ScratchDir dir("reference-chart-" + name);
  auto actual = (dir.path / (name + ".png")).string();
  // The gallery's specs read the Korea–Cambodia sample's data, outside their folder.
  auto render = run(
      folio(fmt::format("chart {} -o {} --theme {} --dpi {} --allow-path {}",
                        shell_quote((kSpecs / (spec + ".json")).string()), shell_quote(actual),
                        theme, kDpi, shell_quote(kSpecs.parent_path().parent_path().string()))));
  ASSERT_EQ(render.exit_code, 0) << render.err;
  expect_matches_reference(actual, kReferenceDir / (name + ".png"), name);
}

// Every gallery spec in the default theme, and a few in each other theme.
std::vector<ReferenceChart> reference_charts() {
  std::vector<ReferenceChart> charts;
  for (const auto& entry : std::filesystem::directory_iterator(kSpecs))
    if (entry.path().extension() == ".json") charts.push_back({entry.path().stem(), "briefing"});
  std::sort(charts.begin(), charts.end(),
            [](const auto& a, const auto& b) { return a.spec < b.spec; });
  for (const char* spec : {"line-legend", "table", "bar-stacked"}) charts.push_back({spec, "dark"});
  for (const char* spec : {"bar-grouped", "line-direct-labels"})
    charts.push_back({spec, "print-mono"});
  for (const char* spec : {"scatter", "stats"}) charts.push_back({spec, "slides"});
  return charts;
}

INSTANTIATE_TEST_SUITE_P(Gallery, ReferenceCharts, ::testing::ValuesIn(reference_charts()),
                         [](const auto& info) {
                           std::string name = info.param.spec + "_" + info.param.theme;
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

}  // namespace
}  // namespace folio::e2e
