// Every gallery chart's scene, as a stable text dump (coordinates to 0.01 pt), compared with a
// reviewed reference in tests/reference/scenes/. Regenerate on purpose with
// FOLIO_UPDATE_REFERENCES=1 ctest --test-dir build -R SceneGolden, then read the diff.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "chart/layout_chart.h"
#include "model/document.h"
#include "spec/parse.h"

namespace folio::chart {
namespace {

const std::filesystem::path kSpecs =
    std::filesystem::path(FOLIO_SOURCE_DIR) / "samples" / "gallery" / "specs";
const std::filesystem::path kScenes =
    std::filesystem::path(FOLIO_SOURCE_DIR) / "tests" / "reference" / "scenes";

std::string read(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

class SceneGolden : public ::testing::TestWithParam<std::string> {};

TEST_P(SceneGolden, MatchesTheReviewedDump) {
  // The gallery's specs read the Korea–Cambodia sample's data, beside their folder.
  auto file = spec::parse_chart_file(
      kSpecs / (GetParam() + ".json"),
      {.replaced_data = {}, .allowed_folders = {kSpecs.parent_path().parent_path()}});
  auto chart = model::resolve_chart(file.chart, {}, *file.json);
  auto theme = model::load_theme("briefing");
  std::string actual = scene::dump(layout_chart(chart, theme, standalone_chart_size(chart, theme),
                                                {.background = true, .figure_label = ""}));
  auto reference = kScenes / (GetParam() + ".txt");
  if (std::getenv("FOLIO_UPDATE_REFERENCES")) {
    std::ofstream(reference) << actual;
    GTEST_SKIP() << "reference written: " << reference;
  }
  ASSERT_TRUE(std::filesystem::exists(reference))
      << reference << " is missing; see the top of this file";
  std::string expected = read(reference);
  if (actual == expected) return;
  // Point at the first line that differs rather than printing two long dumps.
  std::istringstream a(actual), e(expected);
  std::string line_a, line_e;
  for (int line = 1;; ++line) {
    bool more_a = static_cast<bool>(std::getline(a, line_a)),
         more_e = static_cast<bool>(std::getline(e, line_e));
    if (!more_a && !more_e) break;
    if (line_a != line_e) {
      ADD_FAILURE() << GetParam() << ", line " << line << ":\n  expected: " << line_e
                    << "\n  actual:   " << line_a;
      break;
    }
  }
}

std::vector<std::string> gallery_ids() {
  std::vector<std::string> ids;
  for (const auto& entry : std::filesystem::directory_iterator(kSpecs))
    if (entry.path().extension() == ".json") ids.push_back(entry.path().stem().string());
  std::sort(ids.begin(), ids.end());
  return ids;
}

INSTANTIATE_TEST_SUITE_P(Gallery, SceneGolden, ::testing::ValuesIn(gallery_ids()),
                         [](const auto& info) {
                           std::string name = info.param;
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

}  // namespace
}  // namespace folio::chart
