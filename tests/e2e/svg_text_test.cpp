// Chart SVGs in the places users put them: many inlined in one web page, text selected and
// searched in a browser, edited as text. Checked in headless Chromium and librsvg.
#include <cmath>
#include <cstring>
#include <regex>
#include <set>

#include "chromium.h"
#include "e2e_support.h"
#include "image_compare.h"

namespace folio::e2e {
namespace {

const std::string kSample = std::string(FOLIO_SOURCE_DIR) + "/samples/korea-cambodia/briefing.json";

struct ChartSvg {
  std::filesystem::path path;
  std::string content;
  int width_px = 0, height_px = 0;
};

// The sample's chart SVGs written with `--svg-text mode`, in file name order.
std::vector<ChartSvg> render_charts(const std::filesystem::path& out, const std::string& mode) {
  auto result = run(folio("render " + shell_quote(kSample) + " --format svg --svg-text " + mode +
                          " --out " + shell_quote(out.string())));
  EXPECT_EQ(result.exit_code, 0) << result.err;
  std::vector<ChartSvg> charts;
  for (const auto& entry : std::filesystem::directory_iterator(out / "charts"))
    if (entry.path().extension() == ".svg") {
      ChartSvg chart{entry.path(), read_file(entry.path())};
      auto [width, height] = svg_size_px(chart.content);
      chart.width_px = static_cast<int>(std::ceil(width));
      chart.height_px = static_cast<int>(std::ceil(height));
      charts.push_back(std::move(chart));
    }
  std::sort(charts.begin(), charts.end(),
            [](const ChartSvg& a, const ChartSvg& b) { return a.path < b.path; });
  return charts;
}

// One web page with every chart inlined, one under the other at whole-pixel offsets, and
// (with `script`) a script that runs once the page is loaded.
std::string inline_page(const std::vector<ChartSvg>& charts, std::vector<int>& tops,
                        const std::string& script = "") {
  std::string body;
  int top = 0;
  tops.clear();
  for (const auto& chart : charts) {
    tops.push_back(top);
    // An XML declaration is not HTML: a page inlines from the root element on.
    std::string svg = chart.content.substr(chart.content.find("<svg"));
    body += fmt::format("<div style=\"position:absolute;left:0;top:{}px\">{}</div>\n", top, svg);
    top += chart.height_px;
  }
  return fmt::format(
      "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>"
      "<body style=\"margin:0;background:white\">\n{}<pre id=\"out\" "
      "style=\"position:absolute;top:{}px\"></pre>{}</body></html>\n",
      body, top, script.empty() ? "" : "<script>" + script + "</script>");
}

int page_width(const std::vector<ChartSvg>& charts) {
  int width = 0;
  for (const auto& chart : charts) width = std::max(width, chart.width_px);
  return width;
}

int page_height(const std::vector<ChartSvg>& charts) {
  int height = 0;
  for (const auto& chart : charts) height += chart.height_px;
  return height;
}

std::string xml_unescape(std::string text) {
  for (auto [entity, character] : std::initializer_list<std::pair<const char*, const char*>>{
           {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}}) {
    for (size_t at = text.find(entity); at != std::string::npos; at = text.find(entity, at + 1))
      text.replace(at, std::strlen(entity), character);
  }
  return text;
}

// The strings of an SVG's <text> elements.
std::vector<std::string> text_elements(const std::string& svg) {
  std::vector<std::string> texts;
  static const std::regex element("<text[^>]*>([^<]*)</text>");
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), element);
       it != std::sregex_iterator(); ++it)
    texts.push_back(xml_unescape((*it)[1]));
  return texts;
}

// The chart's SVG drawn by librsvg into a PNG beside it; returns the PNG's path.
std::string rasterised(const ChartSvg& chart) {
  auto png = chart.path.string() + ".png";
  EXPECT_EQ(
      run("rsvg-convert " + shell_quote(chart.path.string()) + " -o " + shell_quote(png)).exit_code,
      0)
      << chart.path;
  return png;
}

TEST(SvgText, EveryChartInlinedInOnePageLooksAsItDoesAlone) {
  ScratchDir dir("svg-inline");
  auto charts = render_charts(dir.path / "out", "layer");
  ASSERT_EQ(charts.size(), 6u);
  // No id is shared between two charts: a second chart's glyphs would otherwise be the first's.
  std::set<std::string> ids;
  static const std::regex id_attribute(" id=\"([^\"]+)\"");
  for (const auto& chart : charts)
    for (auto it = std::sregex_iterator(chart.content.begin(), chart.content.end(), id_attribute);
         it != std::sregex_iterator(); ++it)
      EXPECT_TRUE(ids.insert((*it)[1]).second) << (*it)[1] << " twice";
  EXPECT_GT(ids.size(), 100u);

  std::vector<int> tops;
  auto page = dir.path / "page.html";
  std::ofstream(page) << inline_page(charts, tops);
  auto page_png = (dir.path / "page.png").string();
  auto shot = run(chromium(dir.path / "profile", page_width(charts), page_height(charts),
                           "--screenshot=" + shell_quote(page_png), "file://" + page.string()));
  ASSERT_TRUE(std::filesystem::exists(page_png)) << shot.err;
  for (size_t i = 0; i < charts.size(); ++i) {
    auto alone_png = charts[i].path.string() + ".png";
    auto alone = run(chromium(dir.path / "profile", charts[i].width_px, charts[i].height_px,
                              "--screenshot=" + shell_quote(alone_png),
                              "file://" + charts[i].path.string()));
    ASSERT_TRUE(std::filesystem::exists(alone_png)) << alone.err;
    auto difference = compare_pngs(alone_png, page_png, 96, "", 0, tops[i]);
    ASSERT_TRUE(difference.loaded) << charts[i].path;
    EXPECT_GE(difference.height, charts[i].height_px - 1);
    EXPECT_LT(difference.differing_fraction, 0.002)
        << charts[i].path.filename() << ": " << difference.differing_fraction * 100
        << "% of pixels differ from the chart alone";
  }
}

TEST(SvgText, TheTextLayerLeavesThePictureAsItWas) {
  ScratchDir dir("svg-layer");
  auto outlines = render_charts(dir.path / "outlines", "outlines");
  auto layer = render_charts(dir.path / "layer", "layer");
  ASSERT_EQ(outlines.size(), layer.size());
  std::vector<int> tops;
  for (size_t i = 0; i < layer.size(); ++i) {
    EXPECT_TRUE(text_elements(outlines[i].content).empty());
    EXPECT_GT(text_elements(layer[i].content).size(), 3u) << layer[i].path;
    // librsvg: every pixel the same.
    auto a = rasterised(outlines[i]), b = rasterised(layer[i]);
    auto difference = compare_pngs(a, b, 0);
    ASSERT_TRUE(difference.loaded);
    EXPECT_EQ(difference.max_channel_difference, 0) << layer[i].path.filename();
  }
  // Chromium: the page of every chart with the layer is the page without it.
  std::string shots[2];
  for (int with_layer = 0; with_layer < 2; ++with_layer) {
    const auto& charts = with_layer ? layer : outlines;
    auto page = dir.path / fmt::format("page{}.html", with_layer);
    std::ofstream(page) << inline_page(charts, tops);
    shots[with_layer] = (dir.path / fmt::format("page{}.png", with_layer)).string();
    auto shot =
        run(chromium(dir.path / "profile", page_width(charts), page_height(charts),
                     "--screenshot=" + shell_quote(shots[with_layer]), "file://" + page.string()));
    ASSERT_TRUE(std::filesystem::exists(shots[with_layer])) << shot.err;
  }
  auto difference = compare_pngs(shots[0], shots[1], 0);
  ASSERT_TRUE(difference.loaded);
  EXPECT_EQ(difference.max_channel_difference, 0)
      << difference.differing_fraction * 100 << "% of pixels differ";
}

TEST(SvgText, ABrowserSelectsAndFindsEveryLabel) {
  ScratchDir dir("svg-select");
  auto charts = render_charts(dir.path / "out", "layer");
  // Select the whole page as a user pressing Ctrl+A would, and write out what was selected.
  const std::string script =
      "getSelection().selectAllChildren(document.body);"
      "document.getElementById('out').textContent = "
      "document.querySelectorAll('svg text').length + '\\n' + getSelection().toString();";
  std::vector<int> tops;
  auto page = dir.path / "page.html";
  std::ofstream(page) << inline_page(charts, tops, script);
  auto dom = run(chromium(dir.path / "profile", page_width(charts), 800, "--dump-dom",
                          "file://" + page.string()));
  ASSERT_EQ(dom.exit_code, 0) << dom.err;
  size_t out_at = dom.out.find("<pre id=\"out\"");
  ASSERT_NE(out_at, std::string::npos) << dom.out.substr(0, 500);
  std::string selected =
      xml_unescape(dom.out.substr(out_at, dom.out.find("</pre>", out_at) - out_at));
  size_t expected = 0;
  for (const auto& chart : charts) {
    auto texts = text_elements(chart.content);
    expected += texts.size();
    for (const auto& text : texts)
      EXPECT_NE(selected.find(text), std::string::npos)
          << "\"" << text << "\" of " << chart.path.filename() << " cannot be selected";
  }
  EXPECT_NE(selected.find(fmt::format(">{}\n", expected)), std::string::npos)
      << "the DOM does not hold " << expected << " text elements";
  // Labels a reader would search for, from titles, axes, legends and annotations.
  for (const char* label :
       {"Two-way trade grew twentyfold to US$1 billion", "Imports from Korea", "US$1.2B", "2018",
        "No diplomatic relations", "Republic of Korea", "Prime Minister Hun Sen visits Korea"})
    EXPECT_NE(selected.find(label), std::string::npos) << label;
}

TEST(SvgText, NativeTextIsRealTextInTheThemesFonts) {
  ScratchDir dir("svg-native");
  auto outlines = render_charts(dir.path / "outlines", "outlines");
  auto native = render_charts(dir.path / "native", "native");
  auto layer = render_charts(dir.path / "layer", "layer");
  ASSERT_EQ(outlines.size(), native.size());
  ASSERT_EQ(layer.size(), native.size());
  for (size_t i = 0; i < native.size(); ++i) {
    const auto& svg = native[i].content;
    // No glyph outlines are left: text is drawn by the reader from the named fonts.
    EXPECT_EQ(svg.find("glyph"), std::string::npos) << native[i].path.filename();
    auto texts = text_elements(svg);
    EXPECT_EQ(texts, text_elements(layer[i].content));
    EXPECT_NE(svg.find("font-family=\"'Noto Sans'"), std::string::npos);
    EXPECT_EQ(svg.find("fill-opacity=\"0\""), std::string::npos);
    // Drawn with the same fonts, as here, it is the same picture to within anti-aliasing.
    auto a = rasterised(outlines[i]), b = rasterised(native[i]);
    auto difference = compare_pngs(a, b, 96);
    ASSERT_TRUE(difference.loaded);
    EXPECT_LT(difference.differing_fraction, 0.005)
        << native[i].path.filename() << ": " << difference.differing_fraction * 100 << "%";
  }
}

}  // namespace
}  // namespace folio::e2e
