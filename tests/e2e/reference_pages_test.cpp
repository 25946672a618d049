// Pages of the sample compared with reviewed reference images (tests/reference/). To
// regenerate them on purpose: FOLIO_UPDATE_REFERENCES=1 ctest --test-dir build -R ReferencePages
// then look at every changed PNG before committing it.
#include <cstdlib>

#include "e2e_support.h"
#include "image_compare.h"

namespace folio::e2e {
namespace {

const std::filesystem::path kReferenceDir =
    std::filesystem::path(FOLIO_SOURCE_DIR) / "tests" / "reference";
const std::filesystem::path kFailureDir =
    std::filesystem::path(FOLIO_BINARY).parent_path() / "reference-failures";

class ReferencePages : public ::testing::TestWithParam<int> {};

TEST_P(ReferencePages, MatchTheReviewedImage) {
  int page = GetParam();
  ScratchDir dir(fmt::format("reference-{}", page));
  auto sample = std::string(FOLIO_SOURCE_DIR) + "/samples/korea-cambodia/briefing.json";
  ASSERT_EQ(run(folio("render " + shell_quote(sample) + " --format pdf --out " +
                      shell_quote(dir.path.string())))
                .exit_code,
            0);
  auto prefix = dir.path / "page";
  ASSERT_EQ(run(fmt::format("pdftoppm -png -r 40 -f {0} -l {0} -singlefile {1} {2}", page,
                            shell_quote((dir.path / "briefing.pdf").string()),
                            shell_quote(prefix.string())))
                .exit_code,
            0);
  auto actual = prefix.string() + ".png";
  auto reference = kReferenceDir / fmt::format("briefing-page-{}.png", page);
  if (std::getenv("FOLIO_UPDATE_REFERENCES")) {
    std::filesystem::copy_file(actual, reference,
                               std::filesystem::copy_options::overwrite_existing);
    GTEST_SKIP() << "reference written: " << reference;
  }
  ASSERT_TRUE(std::filesystem::exists(reference))
      << reference << " is missing; see the comment at the top of this file";
  // Every channel within 2/255, and at most 0.1% of pixels beyond that.
  auto difference = compare_pngs(actual, reference.string(), 2);
  ASSERT_TRUE(difference.loaded);
  bool same_size = difference.width > 0 && std::filesystem::file_size(actual) > 0;
  if (!same_size || difference.differing_fraction > 0.001) {
    std::filesystem::create_directories(kFailureDir);
    auto kept = kFailureDir / fmt::format("briefing-page-{}-actual.png", page);
    std::filesystem::copy_file(actual, kept, std::filesystem::copy_options::overwrite_existing);
    ADD_FAILURE() << fmt::format(
        "page {}: {:.3f}% of pixels differ (largest channel difference {}); actual image kept at "
        "{}",
        page, difference.differing_fraction * 100, difference.max_channel_difference,
        kept.string());
  }
}

// The cover (Hangul and Khmer, the logo) and a body page with a table, prose and a footnote.
INSTANTIATE_TEST_SUITE_P(Sample, ReferencePages, ::testing::Values(1, 5));

}  // namespace
}  // namespace folio::e2e
