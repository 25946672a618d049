// Line and area charts of many points draw at the output's resolution: the files stay small
// enough for every SVG reader, whatever the number of points (tests/unit/decimate_*_test.cpp
// show the picture and its extremes survive).
#include <random>

#include "e2e_support.h"

namespace folio::e2e {
namespace {

// A chart spec of `count` points of a seeded random walk with one spike, as CSV beside it.
std::filesystem::path write_chart(const ScratchDir& dir, const std::string& kind, int count) {
  std::mt19937 random(static_cast<unsigned>(count));
  std::normal_distribution<double> step(0, 1);
  std::ofstream csv(dir.path / "points.csv");
  csv << "x,y\n";
  double y = 100;
  for (int i = 0; i < count; ++i) {
    y += step(random);
    csv << i << ',' << (i == count / 3 ? y + 500 : y) << '\n';
  }
  auto spec = dir.path / (kind + ".json");
  std::ofstream(spec) << fmt::format(
      R"({{"id": "{0}", "kind": "{0}", "title": "Points", "x": "x", "y": "y",
          "data": {{"file": "points.csv"}}}})",
      kind);
  return spec;
}

TEST(LargeData, ChartsOfTwoHundredThousandPointsStaySmall) {
  for (const std::string kind : {"line", "area"}) {
    ScratchDir dir("large-" + kind);
    auto spec = write_chart(dir, kind, 200000);
    for (const std::string format : {"svg", "pdf"}) {
      auto out = dir.path / ("chart." + format);
      auto result =
          run(folio("chart " + shell_quote(spec.string()) + " -o " + shell_quote(out.string())));
      ASSERT_EQ(result.exit_code, 0) << result.err;
      auto bytes = std::filesystem::file_size(out);
      EXPECT_LT(bytes, 300u * 1024) << kind << "." << format;
      EXPECT_GT(bytes, 5u * 1024) << kind << "." << format;  // the line is there
    }
    // rsvg-convert refuses attributes near 10 MB; the decimated path is far below.
    auto png = dir.path / "chart.png";
    EXPECT_EQ(run("rsvg-convert " + shell_quote((dir.path / "chart.svg").string()) + " -o " +
                  shell_quote(png.string()))
                  .exit_code,
              0);
    // No coordinate went wrong on the way (Cairo writes NaN as "nan").
    auto svg = read_file(dir.path / "chart.svg");
    EXPECT_EQ(svg.find("nan"), std::string::npos);
  }
}

}  // namespace
}  // namespace folio::e2e
