#pragma once
// Compares a rendered PNG with its reviewed reference image, or rewrites the reference when
// FOLIO_UPDATE_REFERENCES is set (then the test is skipped: a reviewer looks at the change).
// On failure the actual image and a diff image (differing pixels in red) are kept in
// build/reference-failures/ and named in the message.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "e2e_support.h"
#include "image_compare.h"

namespace folio::e2e {

// Every channel within 2/255, and at most 0.1% of pixels beyond that.
constexpr int kReferenceTolerance = 2;
constexpr double kReferenceMaxDiffering = 0.001;

inline void expect_matches_reference(const std::string& actual,
                                     const std::filesystem::path& reference,
                                     const std::string& name) {
  if (std::getenv("FOLIO_UPDATE_REFERENCES")) {
    std::filesystem::create_directories(reference.parent_path());
    std::filesystem::copy_file(actual, reference,
                               std::filesystem::copy_options::overwrite_existing);
    GTEST_SKIP() << "reference written: " << reference;
  }
  ASSERT_TRUE(std::filesystem::exists(reference))
      << reference << " is missing; regenerate it with FOLIO_UPDATE_REFERENCES=1 (see README)";
  auto failures = std::filesystem::path(FOLIO_BINARY).parent_path() / "reference-failures";
  std::filesystem::create_directories(failures);
  auto diff = failures / (name + "-diff.png");
  auto difference = compare_pngs(actual, reference.string(), kReferenceTolerance, diff.string());
  ASSERT_TRUE(difference.loaded);
  if (difference.differing_fraction <= kReferenceMaxDiffering) {
    std::filesystem::remove(diff);  // only failures leave images behind
    return;
  }
  auto kept = failures / (name + "-actual.png");
  std::filesystem::copy_file(actual, kept, std::filesystem::copy_options::overwrite_existing);
  ADD_FAILURE() << fmt::format(
      "{}: {:.3f}% of pixels differ (largest channel difference {}); actual image at {}, "
      "differences in red at {}",
      name, difference.differing_fraction * 100, difference.max_channel_difference, kept.string(),
      diff.string());
}

}  // namespace folio::e2e
