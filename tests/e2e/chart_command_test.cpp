// `folio chart`: one chart spec to one file, sized and themed from the command line.
#include "e2e_support.h"

namespace folio::e2e {
namespace {

const char* kSpec =
    R"({"id": "trade", "kind": "line", "title": "Two-way trade grew twentyfold", "x": "year",
  "y": {"field": "usd_m", "format": {"style": "currency", "currency": "USD", "magnitude": 1e6}},
  "data": {"source": "Embassy overview", "values": [{"year": 1997, "usd_m": 50}, {"year": 2011, "usd_m": 540},
                                                    {"year": 2019, "usd_m": 1031}]}})";

struct ChartCommand : ::testing::Test {
  ScratchDir dir{"chart-command"};
  std::filesystem::path spec = dir.path / "trade.json";
  void SetUp() override { std::ofstream(spec) << kSpec; }
  CommandResult chart(const std::string& args) {
    return run(folio("chart " + shell_quote(spec.string()) + " " + args));
  }
  std::string out(const std::string& name) const { return (dir.path / name).string(); }
};

TEST_F(ChartCommand, WritesSvgWithTitleAndDescription) {
  auto result = chart("-o " + shell_quote(out("trade.svg")));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(run("xmllint --noout " + shell_quote(out("trade.svg"))).exit_code, 0);
  auto svg = read_file(out("trade.svg"));
  EXPECT_NE(svg.find("<title id=\"trade-title\">Two-way trade grew twentyfold</title>"),
            std::string::npos);
  EXPECT_NE(svg.find("<desc id=\"trade-desc\">Two-way trade grew twentyfold. usd_m: 3 values "
                     "from 1997 to 2019"),
            std::string::npos);
  // One picture with an accessible name and description, in the chart's language.
  EXPECT_NE(svg.find(" role=\"img\" aria-labelledby=\"trade-title trade-desc\" xml:lang=\"en\""),
            std::string::npos);
  EXPECT_NE(svg.find("viewBox=\"0 0 640 360\""), std::string::npos);
}

TEST_F(ChartCommand, PngSizeInPixelsIsExact) {
  ASSERT_EQ(chart("-o " + shell_quote(out("trade.png")) + " --size 1280x720").exit_code, 0);
  auto png = read_file(out("trade.png"));
  ASSERT_GT(png.size(), 24u);
  EXPECT_EQ((static_cast<unsigned char>(png[18]) << 8) | static_cast<unsigned char>(png[19]), 1280);
  EXPECT_EQ((static_cast<unsigned char>(png[22]) << 8) | static_cast<unsigned char>(png[23]), 720);
}

TEST_F(ChartCommand, PdfTakesAPaperSizeAndEmbedsItsFonts) {
  ASSERT_EQ(chart("-o " + shell_quote(out("trade.pdf")) + " --size A5").exit_code, 0);
  auto info = run("pdfinfo " + shell_quote(out("trade.pdf"))).out;
  EXPECT_NE(info.find("Page size:       419.53 x 595.28 pts"), std::string::npos) << info;
  EXPECT_NE(info.find("Pages:           1"), std::string::npos);
  // A tall page gets finer ticks (0.1 bn apart, up to 1.1) than a 16:9 slide (0.2 bn, up to 1.2).
  EXPECT_NE(run("pdftotext " + shell_quote(out("trade.pdf")) + " -").out.find("US$1.1B"),
            std::string::npos);
  EXPECT_EQ(run("qpdf --check " + shell_quote(out("trade.pdf"))).exit_code, 0);
}

TEST_F(ChartCommand, BadOptionsAreOneLineUsageErrors) {
  for (const char* args : {"-o x.gif", "-o x.svg --size huge", "-o x.svg --theme fancy"}) {
    auto result = chart(args);
    EXPECT_EQ(result.exit_code, 2) << args;
    EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
    EXPECT_EQ(result.err.rfind("folio: error: --", 0), 0u) << result.err;
  }
  EXPECT_FALSE(std::filesystem::exists("x.svg"));
}

TEST_F(ChartCommand, ErrorsWithInlineDataPointIntoTheSpec) {
  std::ofstream(spec) << R"({"id": "c", "kind": "bar", "x": "k", "y": "v",
 "data": {"values": [{"k": "a", "v": "12,3"}]}})";
  auto result = chart("-o " + shell_quote(out("c.svg")));
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err,
            spec.string() +
                ":1:43: error: /y: expected a numeric field, found field \"v\" holding strings\n");
}

}  // namespace
}  // namespace folio::e2e

namespace folio::e2e {
namespace {

TEST(ChartCommandSizes, ContentSizedChartsGrowRatherThanOverflow) {
  ScratchDir dir("chart-grow");
  auto spec = dir.path / "table.json";
  std::ofstream(spec)
      << R"({"id": "t", "kind": "table", "title": "Eight rows", "columns": ["k", "v"],
    "data": {"values": [{"k": "a", "v": 1}, {"k": "b", "v": 2}, {"k": "c", "v": 3}, {"k": "d", "v": 4},
                        {"k": "e", "v": 5}, {"k": "f", "v": 6}, {"k": "g", "v": 7}, {"k": "h", "v": 8}]}})";
  auto svg = (dir.path / "t.svg").string();
  auto result = run(
      folio("chart " + shell_quote(spec.string()) + " -o " + shell_quote(svg) + " --size 640x120"));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.err.find("made taller"), std::string::npos) << result.err;
  auto text = read_file(svg);
  // 640x120 px is 480 x 90 pt; eight rows, a header and a title need well over twice that.
  auto at = text.find("viewBox=\"0 0 480 ");
  ASSERT_NE(at, std::string::npos);
  EXPECT_GT(std::stod(text.substr(at + 17)), 200);
}

}  // namespace
}  // namespace folio::e2e
