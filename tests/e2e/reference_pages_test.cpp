// Pages of the sample compared with reviewed reference images (tests/reference/). To
// regenerate them on purpose: FOLIO_UPDATE_REFERENCES=1 ctest --test-dir build -R ReferencePages
// then look at every changed PNG before committing it.
#include <algorithm>
#include <cstdlib>

#include "e2e_support.h"
#include "image_compare.h"

namespace folio::e2e {
namespace {

const std::filesystem::path kReferenceDir =
    std::filesystem::path(FOLIO_SOURCE_DIR) / "tests" / "reference";
const std::filesystem::path kFailureDir =
    std::filesystem::path(FOLIO_BINARY).parent_path() / "reference-failures";

struct ReferencePage {
  const char* theme;
  int page;
};

class ReferencePages : public ::testing::TestWithParam<ReferencePage> {};

TEST_P(ReferencePages, MatchTheReviewedImage) {
  auto [theme, page] = GetParam();
  std::string name = fmt::format("{}-page-{}", theme, page);
  ScratchDir dir("reference-" + name);
  auto sample = std::string(FOLIO_SOURCE_DIR) + "/samples/korea-cambodia/briefing.json";
  auto render = run(folio("render " + shell_quote(sample) + " --format pdf --theme " + theme +
                          " --out " + shell_quote(dir.path.string())));
  ASSERT_EQ(render.exit_code, 0) << render.err;
  auto prefix = dir.path / "page";
  ASSERT_EQ(run(fmt::format("pdftoppm -png -r 40 -f {0} -l {0} -singlefile {1} {2}", page,
                            shell_quote((dir.path / "briefing.pdf").string()),
                            shell_quote(prefix.string())))
                .exit_code,
            0);
  auto actual = prefix.string() + ".png";
  auto reference = kReferenceDir / (name + ".png");
  if (std::getenv("FOLIO_UPDATE_REFERENCES")) {
    std::filesystem::copy_file(actual, reference,
                               std::filesystem::copy_options::overwrite_existing);
    GTEST_SKIP() << "reference written: " << reference;
  }
  ASSERT_TRUE(std::filesystem::exists(reference))
      << reference << " is missing; see the comment at the top of this file";
  // Every channel within 2/255, and at most 0.1% of pixels beyond that.
  std::filesystem::create_directories(kFailureDir);
  auto diff = kFailureDir / (name + "-diff.png");
  auto difference = compare_pngs(actual, reference.string(), 2, diff.string());
  ASSERT_TRUE(difference.loaded);
  if (difference.differing_fraction <= 0.001) {
    std::filesystem::remove(diff);  // only failures leave images behind
  } else {
    auto kept = kFailureDir / (name + "-actual.png");
    std::filesystem::copy_file(actual, kept, std::filesystem::copy_options::overwrite_existing);
    ADD_FAILURE() << fmt::format(
        "{}: {:.3f}% of pixels differ (largest channel difference {}); actual image at {}, "
        "differences in red at {}",
        name, difference.differing_fraction * 100, difference.max_channel_difference, kept.string(),
        diff.string());
  }
}

// In the default theme, the cover (Hangul and Khmer, the logo) and a body page with charts side
// by side and a footnote; in every other theme, the first body page (tiles, callout, prose and
// the timeline).
INSTANTIATE_TEST_SUITE_P(Sample, ReferencePages,
                         ::testing::Values(ReferencePage{"briefing", 1},
                                           ReferencePage{"briefing", 5}, ReferencePage{"dark", 3},
                                           ReferencePage{"print-mono", 3},
                                           ReferencePage{"slides", 3}),
                         [](const auto& info) {
                           std::string theme = info.param.theme;
                           std::replace(theme.begin(), theme.end(), '-', '_');
                           return theme + "_page_" + std::to_string(info.param.page);
                         });

}  // namespace
}  // namespace folio::e2e
