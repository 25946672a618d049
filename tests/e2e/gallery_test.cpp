// The gallery: one command renders every spec into a contact sheet and per-chart files, and
// every spec renders on its own in every theme.
#include "e2e_support.h"

namespace folio::e2e {
namespace {

const std::filesystem::path kGallery =
    std::filesystem::path(FOLIO_SOURCE_DIR) / "samples" / "gallery";
// The gallery's specs read the Korea–Cambodia sample's data, outside the gallery's folder.
const std::string kAllowSamples =
    " --allow-path " + shell_quote((std::filesystem::path(FOLIO_SOURCE_DIR) / "samples").string());

std::vector<std::filesystem::path> specs() {
  std::vector<std::filesystem::path> paths;
  for (const auto& entry : std::filesystem::directory_iterator(kGallery / "specs"))
    if (entry.path().extension() == ".json") paths.push_back(entry.path());
  std::sort(paths.begin(), paths.end());
  return paths;
}

TEST(Gallery, OneCommandRendersEveryChartAndAContactSheet) {
  ScratchDir dir("gallery");
  auto result = run(folio("render " + shell_quote((kGallery / "gallery.json").string()) +
                          " --out " + shell_quote(dir.path.string()) + kAllowSamples));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  auto all = specs();
  EXPECT_GE(all.size(), 12u);
  for (const auto& spec : all) {
    auto id = spec.stem().string();
    for (const char* ext : {".svg", ".png"})
      EXPECT_TRUE(std::filesystem::exists(dir.path / "charts" / (id + ext))) << id << ext;
  }
  EXPECT_EQ(run("qpdf --check " + shell_quote((dir.path / "gallery.pdf").string())).exit_code, 0);
}

TEST(Gallery, EverySpecRendersAloneInEveryTheme) {
  ScratchDir dir("gallery-themes");
  for (const auto& spec : specs()) {
    for (const char* theme : {"briefing", "print-mono", "slides", "dark"}) {
      auto out = dir.path / fmt::format("{}-{}.svg", spec.stem().string(), theme);
      auto result = run(folio("chart " + shell_quote(spec.string()) + " -o " +
                              shell_quote(out.string()) + " --theme " + theme + kAllowSamples));
      ASSERT_EQ(result.exit_code, 0) << spec << " " << theme << ": " << result.err;
      EXPECT_EQ(run("xmllint --noout " + shell_quote(out.string())).exit_code, 0) << out;
    }
  }
}

TEST(Gallery, IncludedSpecErrorsNameTheSpecFile) {
  ScratchDir dir("gallery-include");
  std::ofstream(dir.path / "bad.json") << R"({"id": "bad", "kind": "line", "x": "year", "y": "valu",
 "data": {"values": [{"year": 2019, "value": 1}]}})";
  std::ofstream(dir.path / "doc.json")
      << R"({"meta": {"title": "T"}, "blocks": [{"type": "chart", "include": "bad.json"}]})";
  auto result = run(folio("render " + shell_quote((dir.path / "doc.json").string()) + " --out " +
                          shell_quote((dir.path / "out").string())));
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(
      result.err,
      (dir.path / "bad.json").string() +
          ":1:49: error: /y: expected a field of dataset \"bad\" (year, value), found \"valu\" "
          "(did you mean \"value\"?)\n");
}

}  // namespace
}  // namespace folio::e2e
