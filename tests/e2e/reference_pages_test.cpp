// Pages of the sample compared with reviewed reference images (tests/reference/). To
// regenerate them on purpose: FOLIO_UPDATE_REFERENCES=1 ctest --test-dir build -R ReferencePages
// then look at every changed PNG before committing it.
#include <algorithm>
#include <cstdlib>

#include "e2e_support.h"
#include "reference_image.h"

namespace folio::e2e {
namespace {

const std::filesystem::path kReferenceDir =
    std::filesystem::path(FOLIO_SOURCE_DIR) / "tests" / "reference";

struct ReferencePage {
  const char* theme;
  int page;
  const char* document = "briefing";  // samples/korea-cambodia/<document>.json
};

class ReferencePages : public ::testing::TestWithParam<ReferencePage> {};

TEST_P(ReferencePages, MatchTheReviewedImage) {
  auto [theme, page, document] = GetParam();
  std::string korean = std::string(document) == "briefing" ? "" : "korean-";
  std::string name = fmt::format("{}{}-page-{}", korean, theme, page);
  ScratchDir dir("reference-" + name);
  auto sample = fmt::format("{}/samples/korea-cambodia/{}.json", FOLIO_SOURCE_DIR, document);
  auto render = run(folio("render " + shell_quote(sample) + " --format pdf --theme " + theme +
                          " --out " + shell_quote(dir.path.string())));
  ASSERT_EQ(render.exit_code, 0) << render.err;
  auto prefix = dir.path / "page";
  ASSERT_EQ(run(fmt::format("pdftoppm -png -r 40 -f {0} -l {0} -singlefile {1} {2}", page,
                            shell_quote((dir.path / (std::string(document) + ".pdf")).string()),
                            shell_quote(prefix.string())))
                .exit_code,
            0);
  expect_matches_reference(prefix.string() + ".png", kReferenceDir / (name + ".png"), name);
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

// The Korean sample: its cover (date and furniture in Korean), the page of tiles, callout and
// prose (keep-all line breaks) and the page of charts (Korean units on axes and bars).
INSTANTIATE_TEST_SUITE_P(KoreanSample, ReferencePages,
                         ::testing::Values(ReferencePage{"briefing", 1, "briefing.ko"},
                                           ReferencePage{"briefing", 3, "briefing.ko"},
                                           ReferencePage{"briefing", 4, "briefing.ko"}),
                         [](const auto& info) {
                           return "korean_page_" + std::to_string(info.param.page);
                         });

}  // namespace
}  // namespace folio::e2e
