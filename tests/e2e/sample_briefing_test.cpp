// Renders the Korea–Cambodia sample once and checks what a reader of each output would notice.
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>

#include "e2e_support.h"

namespace folio::e2e {
namespace {

const std::string kSample = std::string(FOLIO_SOURCE_DIR) + "/samples/korea-cambodia/briefing.json";
const char* kCharts[] = {"headline-figures", "diplomatic-timeline", "official-visits", "oda",
                         "trade-growth",     "fdi-ranking"};

class SampleBriefing : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new ScratchDir("sample");
    render_ =
        run(folio("render " + shell_quote(kSample) + " --out " + shell_quote(dir_->path.string())));
  }
  static void TearDownTestSuite() { delete dir_; }
  static std::string pdf() { return (dir_->path / "briefing.pdf").string(); }
  static inline ScratchDir* dir_ = nullptr;
  static inline CommandResult render_;
};

TEST_F(SampleBriefing, RendersAndListsEveryFile) {
  ASSERT_EQ(render_.exit_code, 0) << render_.err;
  EXPECT_EQ(render_.err, "");
  EXPECT_NE(render_.out.find("briefing.pdf"), std::string::npos);
  for (const char* chart : kCharts) {
    EXPECT_TRUE(std::filesystem::exists(dir_->path / "charts" / (std::string(chart) + ".svg")))
        << chart;
    EXPECT_TRUE(std::filesystem::exists(dir_->path / "charts" / (std::string(chart) + ".png")))
        << chart;
  }
}

TEST_F(SampleBriefing, PdfHasItsPagesMetadataAndIsValid) {
  auto info = run("pdfinfo " + shell_quote(pdf()));
  ASSERT_EQ(info.exit_code, 0) << info.err;
  EXPECT_NE(info.out.find(fmt::format("Pages:           {}\n", kSamplePages)), std::string::npos)
      << info.out;
  EXPECT_NE(info.out.find("Tagged:          yes\n"), std::string::npos) << info.out;
  EXPECT_NE(info.out.find("Title:           Korea–Cambodia Relations\n"), std::string::npos);
  EXPECT_NE(info.out.find("Author:          Embassy of the Republic of Korea"), std::string::npos);
  EXPECT_NE(info.out.find("Subject:         Briefing on bilateral relations"), std::string::npos);
  EXPECT_NE(info.out.find("A4"), std::string::npos);
  auto check = run("qpdf --check " + shell_quote(pdf()));
  EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
  EXPECT_NE(check.out.find("No syntax or stream encoding errors"), std::string::npos);
}

TEST_F(SampleBriefing, EveryFontIsEmbeddedAndSubset) {
  auto fonts = run("pdffonts " + shell_quote(pdf()));
  ASSERT_EQ(fonts.exit_code, 0);
  std::istringstream lines(fonts.out);
  std::string line;
  int count = 0;
  std::getline(lines, line);
  std::getline(lines, line);
  std::set<std::string> families;
  while (std::getline(lines, line)) {
    ++count;
    std::smatch match;
    ASSERT_TRUE(std::regex_search(
        line, match,
        std::regex(R"(^[A-Z]{6}\+(\S+).*\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$)")))
        << line;
    EXPECT_EQ(match[2], "yes") << "not embedded: " << line;
    EXPECT_EQ(match[3], "yes") << "not subset: " << line;
    families.insert(match[1]);
  }
  EXPECT_GT(count, 0);
  EXPECT_TRUE(families.count("NotoSans-Regular"));
  EXPECT_TRUE(families.count("NanumGothic"));
  EXPECT_TRUE(families.count("NotoSansKhmer-Regular"));
}

TEST_F(SampleBriefing, TextOfEverySeedParagraphCanBeExtracted) {
  auto text = run("pdftotext -enc UTF-8 " + shell_quote(pdf()) + " -");
  ASSERT_EQ(text.exit_code, 0);
  // Paragraphs break across lines and pages: compare with headers and footers removed.
  // pdftotext drops a hyphen that ends a line ("Mekong-" + "Republic" -> "MekongRepublic"), so
  // hyphens are left out on both sides of the comparison.
  auto without_hyphens = [](const std::string& text) {
    return std::regex_replace(text, std::regex("-\n?"), "");
  };
  std::string body =
      squeeze(std::regex_replace(without_hyphens(text.out),
                                 std::regex("Korea–Cambodia Relations\n|Embassy of the Republic of "
                                            "Korea in the Kingdom of Cambodia\n|Page \\d of \\d\n"),
                                 ""));
  std::istringstream seed(read_file(FOLIO_SEED_FILE));
  int paragraphs = 0;
  for (std::string paragraph; std::getline(seed, paragraph);) {
    if (squeeze(paragraph).empty()) continue;
    ++paragraphs;
    EXPECT_NE(body.find(squeeze(without_hyphens(paragraph))), std::string::npos)
        << "missing: " << paragraph;
  }
  EXPECT_EQ(paragraphs, 6);
  EXPECT_NE(text.out.find("대한민국과 캄보디아 왕국"), std::string::npos);
  EXPECT_NE(text.out.find("ព្រះរាជាណាចក្រកម្ពុជា"), std::string::npos);
  for (std::string figure : {std::string("US$1.0 billion"), std::string("20×"),
                             std::string("US$700 million"), std::string("US$5.8 billion"),
                             std::string("200+"), fmt::format("Page 2 of {}", kSampleBodyPages)})
    EXPECT_NE(text.out.find(figure), std::string::npos) << figure;
}

TEST_F(SampleBriefing, HasOneBookmarkPerHeading) {
  auto outline = run("qpdf --json --json-key=outlines " + shell_quote(pdf()));
  ASSERT_EQ(outline.exit_code, 0) << outline.err;
  for (const char* title :
       {"\"title\": \"At a glance\"", "\"title\": \"Diplomatic relations\"",
        "\"title\": \"Trade and investment\"", "\"title\": \"Cooperation ahead\""})
    EXPECT_NE(outline.out.find(title), std::string::npos) << title;
  auto dests = run("pdfinfo -dests " + shell_quote(pdf()));
  EXPECT_NE(dests.out.find("section-2"), std::string::npos) << dests.out;
}

TEST_F(SampleBriefing, SvgsAreWellFormedDescribedAndRasterise) {
  for (const char* chart : kCharts) {
    auto svg = (dir_->path / "charts" / (std::string(chart) + ".svg")).string();
    auto lint = run("xmllint --noout " + shell_quote(svg));
    EXPECT_EQ(lint.exit_code, 0) << chart << lint.err;
    auto content = read_file(svg);
    EXPECT_NE(content.find("<title id=\"" + std::string(chart) + "-title\">"), std::string::npos)
        << chart;
    EXPECT_NE(content.find("<desc id=\"" + std::string(chart) + "-desc\">"), std::string::npos)
        << chart;
    // Colours every importer reads (#1f4e8c), not Cairo's percentages.
    EXPECT_EQ(content.find("rgb("), std::string::npos) << chart;
    EXPECT_NE(content.find("viewBox=\"0 0 640 "), std::string::npos) << chart;
    auto png = (dir_->path / (std::string(chart) + "-rsvg.png")).string();
    auto raster = run("rsvg-convert " + shell_quote(svg) + " -o " + shell_quote(png));
    EXPECT_EQ(raster.exit_code, 0) << chart << raster.err;
    EXPECT_GT(std::filesystem::file_size(png), 5000u) << chart;
  }
  EXPECT_NE(read_file(dir_->path / "charts" / "diplomatic-timeline.svg")
                .find("Mar 2019: President Moon Jae-in"),
            std::string::npos);
  // The theme's first series colour comes back exactly as the theme writes it.
  EXPECT_NE(read_file(dir_->path / "charts" / "trade-growth.svg").find("stroke:#1f4e8c"),
            std::string::npos);
}

// Every id carries its chart's id, so any number of folio SVGs can be inlined in one HTML
// page without one chart's glyphs or clips standing in for another's.
TEST_F(SampleBriefing, SvgIdsAreUniqueAcrossCharts) {
  std::map<std::string, std::string> owner;  // id -> chart
  size_t ids = 0;
  for (const char* chart : kCharts) {
    auto content = read_file(dir_->path / "charts" / (std::string(chart) + ".svg"));
    for (size_t at = content.find(" id=\""); at != std::string::npos;
         at = content.find(" id=\"", at + 1)) {
      size_t start = at + 5, end = content.find('"', start);
      std::string id = content.substr(start, end - start);
      EXPECT_EQ(id.rfind(std::string(chart) + "-", 0), 0u) << chart << ": " << id;
      auto [it, added] = owner.emplace(id, chart);
      EXPECT_TRUE(added || it->second == chart) << id << " in " << chart << " and " << it->second;
      ++ids;
    }
  }
  EXPECT_GT(ids, 100u);
}

TEST_F(SampleBriefing, PngsAreSixteenByNineAtTheRequestedDpi) {
  for (const char* chart : kCharts) {
    auto png = read_file(dir_->path / "charts" / (std::string(chart) + ".png"));
    ASSERT_GT(png.size(), 26u);
    ASSERT_EQ(png.substr(1, 3), "PNG");
    auto be32 = [&](size_t at) {
      return (static_cast<unsigned char>(png[at]) << 24) |
             (static_cast<unsigned char>(png[at + 1]) << 16) |
             (static_cast<unsigned char>(png[at + 2]) << 8) |
             static_cast<unsigned char>(png[at + 3]);
    };
    EXPECT_EQ(be32(16), 1778u) << chart;  // 640 pt at 200 dpi
    EXPECT_EQ(png[25], 2) << chart;       // colour type RGB: opaque, no half-covered edge
    // 360 pt (16:9) unless the chart's content needs more room.
    if (std::string(chart) == "diplomatic-timeline") {
      EXPECT_GE(be32(20), 1000u);
    } else {
      EXPECT_EQ(be32(20), 1000u) << chart;
    }
    // The resolution and the text alternative travel with the file (pngcheck reads them).
    auto path = (dir_->path / "charts" / (std::string(chart) + ".png")).string();
    auto check = run("pngcheck -t -v " + shell_quote(path));
    EXPECT_EQ(check.exit_code, 0) << chart << check.out;
    EXPECT_NE(check.out.find("pHYs"), std::string::npos) << chart;
    EXPECT_NE(check.out.find("7874x7874 pixels/meter (200 dpi)"), std::string::npos) << chart;
    EXPECT_NE(check.out.find("keyword: Title"), std::string::npos) << chart;
    EXPECT_NE(check.out.find("keyword: Description"), std::string::npos) << chart;
  }
  // The PNG's description is the SVG's: the chart's text alternative, as UTF-8 (iTXt: keyword,
  // NUL, no compression, method, empty language and translated keyword, then the text).
  auto png = read_file(dir_->path / "charts" / "trade-growth.png");
  auto svg = read_file(dir_->path / "charts" / "trade-growth.svg");
  const std::string key("Description\0\0\0\0\0", 16), open = "<desc id=\"trade-growth-desc\">";
  size_t in_png = png.find(key), in_svg = svg.find(open);
  ASSERT_NE(in_png, std::string::npos);
  ASSERT_NE(in_svg, std::string::npos);
  std::string from_svg = svg.substr(in_svg + open.size(), 60);
  EXPECT_EQ(png.substr(in_png + key.size(), from_svg.size()), from_svg);
}

// charts/index.json lists every chart for web pages and scripts: its files, title, text
// alternative, source and sizes, which match the files themselves.
TEST_F(SampleBriefing, ChartIndexListsEveryChartAndItsFiles) {
  auto index = nlohmann::json::parse(read_file(dir_->path / "charts" / "index.json"));
  ASSERT_EQ(index.at("charts").size(), std::size(kCharts));
  std::set<std::string> ids;
  for (const auto& chart : index.at("charts")) {
    std::string id = chart.at("id");
    ids.insert(id);
    auto png = read_file(dir_->path / "charts" / chart.at("files").at("png").get<std::string>());
    auto be32 = [&](size_t at) {
      return (static_cast<unsigned char>(png[at]) << 24) |
             (static_cast<unsigned char>(png[at + 1]) << 16) |
             (static_cast<unsigned char>(png[at + 2]) << 8) |
             static_cast<unsigned char>(png[at + 3]);
    };
    EXPECT_EQ(chart.at("png_pixels").at(0).get<unsigned>(), be32(16)) << id;
    EXPECT_EQ(chart.at("png_pixels").at(1).get<unsigned>(), be32(20)) << id;
    EXPECT_EQ(chart.at("width_pt").get<double>(), 640) << id;
    auto svg = read_file(dir_->path / "charts" / chart.at("files").at("svg").get<std::string>());
    std::string description = chart.at("description");
    EXPECT_FALSE(description.empty()) << id;
    EXPECT_NE(description.back(), ' ') << id;
    EXPECT_NE(svg.find(">" + description.substr(0, 40)), std::string::npos) << id;
    EXPECT_EQ(chart.at("source").get<std::string>().rfind("Source: ", 0), 0u) << id;
  }
  EXPECT_EQ(ids, std::set<std::string>(std::begin(kCharts), std::end(kCharts)));
}

TEST_F(SampleBriefing, SameInputGivesIdenticalBytes) {
  ScratchDir again("sample-again");
  auto second =
      run(folio("render " + shell_quote(kSample) + " --out " + shell_quote(again.path.string())));
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_EQ(read_file(pdf()), read_file(again.path / "briefing.pdf"));
  for (const char* chart : kCharts)
    for (const char* ext : {".svg", ".png"})
      EXPECT_EQ(read_file(dir_->path / "charts" / (std::string(chart) + ext)),
                read_file(again.path / "charts" / (std::string(chart) + ext)))
          << chart << ext;
}

}  // namespace
}  // namespace folio::e2e
