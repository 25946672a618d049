// The .pptx package `folio slides` writes, part by part, as ECMA-376 requires it: content types
// for every part, relationships that lead to parts that exist, well-formed XML, and each native
// chart with its numbers cached in the chart part and stored in its embedded workbook.
#include <gtest/gtest.h>
#include <libxml/parser.h>

#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <regex>
#include <set>

#include "cli/deck_content.h"
#include "layout/slides.h"
#include "model/document.h"
#include "random_source.h"
#include "render/pptx/deck.h"
#include "render/pptx/zip_package.h"
#include "spec/parse.h"

namespace folio {
namespace {

using Parts = std::map<std::string, std::string>;

struct SampleDeck {
  model::Document document;
  layout::Deck deck;
  Parts parts;
  std::string bytes;
};

const SampleDeck& sample_deck() {
  static SampleDeck* built = [] {
    auto* s = new SampleDeck{
        model::resolve_document(spec::parse_document_file(std::string(FOLIO_SOURCE_DIR) +
                                                          "/samples/korea-cambodia/briefing.json")),
        {},
        {},
        {}};
    s->deck = layout::layout_slides(s->document);
    s->bytes = render::pptx::render_pptx(cli::deck_content(s->deck, s->document));
    for (auto& [name, content] : render::pptx::read_zip(s->bytes)) s->parts[name] = content;
    return s;
  }();
  return *built;
}

bool well_formed(const std::string& xml) {
  xmlDocPtr doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "part.xml", nullptr,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (doc) xmlFreeDoc(doc);
  return doc != nullptr;
}

std::vector<std::string> matches(const std::string& text, const std::string& pattern) {
  std::vector<std::string> found;
  std::regex re(pattern);
  for (auto it = std::sregex_iterator(text.begin(), text.end(), re); it != std::sregex_iterator();
       ++it)
    found.push_back((*it)[1]);
  return found;
}

// "ppt/slides/_rels/slide1.xml.rels" with target "../charts/chart1.xml" → "ppt/charts/chart1.xml".
std::string resolve_target(const std::string& rels_part, const std::string& target) {
  std::string folder = rels_part.substr(0, rels_part.find("_rels/"));
  std::string path = folder + target;
  for (size_t up = path.find("/../"); up != std::string::npos; up = path.find("/../")) {
    size_t parent = path.rfind('/', up - 1);
    path.erase(parent == std::string::npos ? 0 : parent + 1, up + 4 - (parent + 1));
  }
  return path;
}

TEST(PptxPackage, EveryPartHasAContentTypeAndEveryRelationshipAPart) {
  const auto& parts = sample_deck().parts;
  ASSERT_TRUE(parts.count("[Content_Types].xml"));
  const std::string& types = parts.at("[Content_Types].xml");
  auto defaults = matches(types, "Extension=\"([a-z]+)\"");
  auto overrides = matches(types, "PartName=\"/([^\"]+)\"");
  std::set<std::string> extensions(defaults.begin(), defaults.end());
  std::set<std::string> named(overrides.begin(), overrides.end());
  for (const auto& [name, content] : parts) {
    if (name == "[Content_Types].xml") continue;
    std::string extension = name.substr(name.rfind('.') + 1);
    EXPECT_TRUE(named.count(name) || extensions.count(extension)) << name << " has no type";
    // Every part named as an XML type is one.
    if (named.count(name)) {
      EXPECT_NE(extension, "png") << name;
    }
  }
  for (const auto& name : named) EXPECT_TRUE(parts.count(name)) << name << " is typed but absent";
  for (const auto& [name, content] : parts) {
    if (name.size() < 5 || name.compare(name.size() - 5, 5, ".rels") != 0) continue;
    for (const auto& target : matches(content, "Target=\"([^\"]+)\"")) {
      std::string part = name == "_rels/.rels" ? target : resolve_target(name, target);
      EXPECT_TRUE(parts.count(part)) << name << " leads to " << part << ", which is absent";
    }
  }
}

TEST(PptxPackage, EveryXmlPartIsWellFormed) {
  int xml_parts = 0;
  for (const auto& [name, content] : sample_deck().parts) {
    std::string extension = name.substr(name.rfind('.') + 1);
    if (extension != "xml" && extension != "rels" && extension != "svg") continue;
    ++xml_parts;
    EXPECT_TRUE(well_formed(content)) << name;
  }
  EXPECT_GT(xml_parts, 30);
}

TEST(PptxPackage, ATitleSlideThenOneSlidePerChartNativeWhereDrawingMlHasTheKind) {
  const auto& s = sample_deck();
  const auto& parts = s.parts;
  int slides = 0, charts = 0, pictures = 0;
  for (const auto& [name, content] : parts) {
    if (std::regex_match(name, std::regex("ppt/slides/slide[0-9]+\\.xml"))) ++slides;
    if (std::regex_match(name, std::regex("ppt/charts/chart[0-9]+\\.xml"))) ++charts;
    if (std::regex_match(name, std::regex("ppt/media/folio-image[0-9]+\\.png"))) ++pictures;
  }
  EXPECT_EQ(slides, 7);
  // Line, bars and the ranking are native charts, the tiles shapes, the timeline a picture.
  EXPECT_EQ(charts, 3);
  EXPECT_EQ(pictures, 1);
  for (const char* tiles : {"ppt/slides/slide2.xml", "ppt/slides/slide4.xml"}) {
    EXPECT_NE(parts.at(tiles).find("<p:grpSp>"), std::string::npos) << tiles;
    EXPECT_EQ(parts.at(tiles).find("<p:pic>"), std::string::npos) << tiles;
  }
  EXPECT_NE(parts.at("ppt/slides/slide2.xml").find("<a:t>US$1.0B</a:t>"), std::string::npos);
  EXPECT_NE(parts.at("ppt/presentation.xml").find("<p:sldSz cx=\"12192000\" cy=\"6858000\"/>"),
            std::string::npos);
  // The title slide says what the document is.
  EXPECT_NE(parts.at("ppt/slides/slide1.xml").find("<a:t>Korea–Cambodia Relations</a:t>"),
            std::string::npos);
  // Every chart and picture keeps the chart's text alternative as its description.
  for (int i = 2; i <= 7; ++i) {
    const auto& slide = parts.at("ppt/slides/slide" + std::to_string(i) + ".xml");
    auto descriptions = matches(slide, "descr=\"([^\"]+)\"");
    ASSERT_EQ(descriptions.size(), 1u) << "slide " << i;
    EXPECT_GT(descriptions[0].size(), 40u) << "slide " << i;
  }
  EXPECT_NE(parts.at("ppt/slides/slide5.xml").find("Two-way trade grew twentyfold"),
            std::string::npos);
}

TEST(PptxPackage, ChartsCacheTheirNumbersAndEmbedAWorkbookHoldingThem) {
  const auto& parts = sample_deck().parts;
  // The ODA columns: categories and values in the chart part.
  std::string oda;
  for (const auto& [name, content] : parts)
    if (name.rfind("ppt/charts/chart", 0) == 0 && content.find("2016–2019") != std::string::npos)
      oda = name;
  ASSERT_FALSE(oda.empty());
  const auto& chart = parts.at(oda);
  EXPECT_NE(chart.find("<c:barChart><c:barDir val=\"col\"/>"), std::string::npos);
  for (const char* value :
       {"<c:v>40</c:v>", "<c:v>225</c:v>", "<c:v>700</c:v>", "<c:v>Total</c:v>"})
    EXPECT_NE(chart.find(value), std::string::npos) << value;
  EXPECT_NE(chart.find("<c:f>Sheet1!$B$2:$B$7</c:f>"), std::string::npos);
  // The highlighted total keeps the highlight colour.
  EXPECT_NE(chart.find("<c:dPt><c:idx val=\"5\"/>"), std::string::npos);
  // Its workbook holds the same numbers in the cells the formulas name.
  std::string number = oda.substr(oda.rfind("chart") + 5);
  number = number.substr(0, number.find('.'));
  auto workbook_name = "ppt/embeddings/Microsoft_Excel_Worksheet" + number + ".xlsx";
  ASSERT_TRUE(parts.count(workbook_name));
  std::map<std::string, std::string> workbook;
  for (auto& [name, content] : render::pptx::read_zip(parts.at(workbook_name)))
    workbook[name] = content;
  ASSERT_TRUE(workbook.count("xl/worksheets/sheet1.xml"));
  const auto& sheet = workbook.at("xl/worksheets/sheet1.xml");
  EXPECT_TRUE(std::regex_search(sheet, std::regex("<c r=\"B2\"[^>]*><v>40</v></c>"))) << sheet;
  EXPECT_TRUE(std::regex_search(sheet, std::regex("<c r=\"B7\"[^>]*><v>700</v></c>"))) << sheet;
  EXPECT_NE(workbook.at("xl/sharedStrings.xml").find("2016–2019"), std::string::npos);
}

TEST(PptxPackage, TheSameDocumentGivesTheSameBytes) {
  const auto& s = sample_deck();
  EXPECT_EQ(render::pptx::render_pptx(cli::deck_content(s.deck, s.document)), s.bytes);
}

}  // namespace
}  // namespace folio

namespace folio {
namespace {

// ---- decks of data nobody wrote --------------------------------------------------------------

class DeckGenerator : public testing::RandomSource {
 public:
  using RandomSource::RandomSource;
  std::string word() {
    static const char* const kWords[] = {"trade",          "한국",         "ກະຊວງ", "កម្ពុជា",
                                         "aid & <growth>", "\"quoted\"",   "ODA",   "日本",
                                         "Việt Nam",       "исследование",
                                         "\001ctrl",  // U+0001, then "ctrl"
                                         "ישראל",          "2019"};
    return kWords[between(0, 12)];
  }
  std::string words(int n) {
    std::string text;
    for (int i = 0; i < n; ++i) {
      if (i) text += ' ';  // appended apart: GCC 12 reports a false -Wrestrict for " " + string
      text += word();
    }
    return text;
  }
};

nlohmann::json generated_deck_document(unsigned seed) {
  DeckGenerator g(seed);
  static const char* const kThemes[] = {"slides", "briefing", "print-mono", "dark"};
  nlohmann::json data = nlohmann::json::object(), blocks = nlohmann::json::array();
  for (int c = 0, n = g.between(1, 6); c < n; ++c) {
    std::string id = "c" + std::to_string(c);
    int rows = g.between(0, 30), series = g.between(1, 4);
    nlohmann::json values = nlohmann::json::array();
    for (int r = 0; r < rows; ++r)
      for (int s = 0; s < series; ++s) {
        std::string group(1, 's');  // appended: GCC 12 warns falsely on "s" + std::string
        group += std::to_string(s);
        nlohmann::json row = {
            {"year", 1990 + r}, {"name", g.words(1) + std::to_string(r)}, {"group", group}};
        row["value"] =
            g.chance(0.08) ? nlohmann::json(nullptr) : nlohmann::json((g.unit() - 0.3) * 1000);
        values.push_back(row);
      }
    data[id] = {{"values", values}};
    static const char* const kKinds[] = {"line", "area", "bar",   "scatter", "donut",
                                         "pie",  "bar",  "table", "timeline"};
    std::string kind = kKinds[g.between(0, 8)];
    nlohmann::json chart = {{"type", "chart"},
                            {"id", id},
                            {"kind", kind},
                            {"data", id},
                            {"title", g.words(g.between(0, 8))}};
    if (kind == "table") {
      chart["columns"] = {{{"field", "name"}, {"title", g.words(1)}},
                          {{"field", "value"}, {"title", g.words(1)}}};
    } else if (kind == "timeline") {
      chart["x"] = "year";
      chart["label"] = "name";
    } else if (kind == "donut" || kind == "pie") {
      chart["x"] = "name";
      chart["y"] = "value";
      // Shares are of positive parts.
      for (auto& row : data[id]["values"])
        if (row["value"].is_number()) row["value"] = std::fabs(row["value"].get<double>()) + 1;
    } else {
      chart["x"] = kind == "bar" ? "name" : "year";
      chart["y"] = "value";
      if (series > 1 && kind != "bar") chart["series"] = "group";
      if (kind == "bar" && g.chance(0.5)) chart["orientation"] = "horizontal";
    }
    if (g.chance(0.5)) chart["source"] = g.words(g.between(1, 6));
    blocks.push_back(chart);
  }
  return {{"meta", {{"title", g.words(g.between(1, 6))}, {"date", "2024-07-01"}}},
          {"style", kThemes[seed % 4]},
          {"data", data},
          {"blocks", blocks}};
}

TEST(PptxPackage, GeneratedDecksInEveryThemeAreWholeWellFormedPackages) {
  int decks = 0, charts = 0, pictures = 0;
  for (unsigned seed = 1; seed <= 40; ++seed) {
    auto json = generated_deck_document(seed);
    std::optional<model::Document> document;
    try {
      document.emplace(
          model::resolve_document(spec::parse_document(std::make_shared<spec::JsonDocument>(
              spec::JsonDocument::parse(json.dump(1), "deck.json")))));
    } catch (const std::exception& error) {
      // Generated data may be refused (donut parts that are all null); that is the parser's
      // business, tested elsewhere.
      continue;
    }
    auto deck = layout::layout_slides(*document);
    std::map<std::string, std::string> parts;
    for (auto& [name, content] :
         render::pptx::read_zip(render::pptx::render_pptx(cli::deck_content(deck, *document))))
      parts[name] = content;
    ++decks;
    std::string where = "seed " + std::to_string(seed) + " (" + json["style"].get<std::string>() +
                        "): " + json.dump().substr(0, 200);
    size_t slides = 0;
    for (const auto& [name, content] : parts) {
      std::string extension = name.substr(name.rfind('.') + 1);
      if (extension == "xml" || extension == "rels" || extension == "svg") {
        EXPECT_TRUE(well_formed(content)) << name << " in " << where;
      }
      if (std::regex_match(name, std::regex("ppt/slides/slide[0-9]+\\.xml"))) ++slides;
      if (std::regex_match(name, std::regex("ppt/charts/chart[0-9]+\\.xml"))) {
        ++charts;
        EXPECT_EQ(content.find("nan"), std::string::npos) << name << " in " << where;
        EXPECT_EQ(content.find("inf<"), std::string::npos) << name << " in " << where;
      }
      if (std::regex_match(name, std::regex("ppt/media/folio-image[0-9]+\\.png"))) ++pictures;
      if (name.size() > 5 && name.compare(name.size() - 5, 5, ".rels") == 0) {
        for (const auto& target : matches(content, "Target=\"([^\"]+)\""))
          EXPECT_TRUE(parts.count(name == "_rels/.rels" ? target : resolve_target(name, target)))
              << name << " leads to " << target << " in " << where;
      }
    }
    EXPECT_EQ(slides, model::charts_of(*document).size() + 1) << where;
  }
  EXPECT_GT(decks, 30);
  EXPECT_GT(charts, 40);
  EXPECT_GT(pictures, 5);
  std::printf("%d generated decks: %d native charts, %d pictures\n", decks, charts, pictures);
}

}  // namespace
}  // namespace folio

namespace folio {
namespace {

std::map<std::string, std::string> deck_parts(const std::string& json) {
  auto document = model::resolve_document(spec::parse_document(
      std::make_shared<spec::JsonDocument>(spec::JsonDocument::parse(json, "deck.json"))));
  auto deck = layout::layout_slides(document);
  std::map<std::string, std::string> parts;
  for (auto& [name, content] :
       render::pptx::read_zip(render::pptx::render_pptx(cli::deck_content(deck, document))))
    parts[name] = content;
  return parts;
}

TEST(PptxPackage, ATableIsAPowerPointTableWithItsCellsAsFolioWritesThem) {
  auto parts = deck_parts(R"({
    "meta": {"title": "Tables"},
    "data": {"fdi": {"values": [
      {"investor": "China", "usd": 13500000000}, {"investor": "Republic of Korea", "usd": 5800000000},
      {"investor": "Malaysia", "usd": 3100000000}]}},
    "blocks": [{"type": "chart", "id": "fdi", "kind": "table", "data": "fdi",
                "title": "Investors", "highlight": "Republic of Korea",
                "columns": [{"field": "investor", "title": "Investor"},
                            {"field": "usd", "title": "Cumulative FDI",
                             "format": {"style": "currency", "currency": "USD", "notation": "long"}}]}]
  })");
  const auto& slide = parts.at("ppt/slides/slide2.xml");
  EXPECT_NE(slide.find("<a:tbl>"), std::string::npos);
  EXPECT_EQ(slide.find("<p:pic>"), std::string::npos);
  // A header row and three rows of two cells.
  EXPECT_EQ(matches(slide, "(<a:tr )").size(), 4u);
  EXPECT_EQ(matches(slide, "(<a:tc>)").size(), 8u);
  for (const char* cell : {"<a:t>Investor</a:t>", "<a:t>Cumulative FDI</a:t>", "<a:t>China</a:t>",
                           "<a:t>US$13.5 billion</a:t>", "<a:t>US$5.8 billion</a:t>"})
    EXPECT_NE(slide.find(cell), std::string::npos) << cell;
  // Numbers right-aligned; the highlighted row bold.
  EXPECT_NE(slide.find("<a:pPr algn=\"r\"/><a:r><a:rPr lang=\"en\" sz=\""), std::string::npos);
  auto korea = slide.find("<a:t>Republic of Korea</a:t>");
  ASSERT_NE(korea, std::string::npos);
  EXPECT_NE(slide.rfind("b=\"1\"", korea), std::string::npos);
  EXPECT_GT(slide.rfind("b=\"1\"", korea), slide.rfind("<a:tc>", korea));
}

}  // namespace
}  // namespace folio

namespace folio {
namespace {

// The sample deck with its master branded (a shape named "Brand bar") and a slide of its own.
std::string branded_template(const std::string& size_attributes = "") {
  render::pptx::ZipPackage package;
  for (auto& [name, content] : render::pptx::read_zip(sample_deck().bytes)) {
    if (name == "ppt/slideMasters/slideMaster1.xml") {
      auto tree_end = content.find("</p:spTree>");
      content.insert(tree_end,
                     "<p:sp><p:nvSpPr><p:cNvPr id=\"99\" name=\"Brand bar\"/><p:cNvSpPr/><p:nvPr/>"
                     "</p:nvSpPr><p:spPr/></p:sp>");
    }
    if (name == "ppt/slides/slide1.xml")
      content.replace(content.find("Korea–Cambodia Relations"), 24, "TEMPLATE ONLY SLIDE");
    if (name == "ppt/presentation.xml" && !size_attributes.empty()) {
      auto at = content.find("<p:sldSz ");
      content.replace(at, content.find("/>", at) - at, "<p:sldSz " + size_attributes);
    }
    package.add(name, content);
  }
  return package.finish();
}

TEST(PptxPackage, ATemplatesMastersLayoutsAndThemeAreTheDecksOwn) {
  const auto& s = sample_deck();
  auto content = cli::deck_content(s.deck, s.document);
  content.base = render::pptx::read_template(branded_template(), "brand.pptx");
  std::map<std::string, std::string> parts;
  for (auto& [name, bytes] : render::pptx::read_zip(render::pptx::render_pptx(content)))
    parts[name] = bytes;
  EXPECT_NE(parts.at("ppt/slideMasters/slideMaster1.xml").find("name=\"Brand bar\""),
            std::string::npos);
  // The template's own slide is gone; folio's slides take its layout and no background of
  // their own, so the master's shows.
  for (const auto& [name, bytes] : parts)
    EXPECT_EQ(bytes.find("TEMPLATE ONLY"), std::string::npos) << name;
  EXPECT_NE(parts.at("ppt/slides/slide1.xml").find("<a:t>Korea–Cambodia Relations</a:t>"),
            std::string::npos);
  EXPECT_EQ(parts.at("ppt/slides/slide3.xml").find("<p:bg>"), std::string::npos);
  EXPECT_NE(parts.at("ppt/slides/_rels/slide3.xml.rels").find("../slideLayouts/slideLayout1.xml"),
            std::string::npos);
  for (const auto& [name, bytes] : parts) {
    std::string extension = name.substr(name.rfind('.') + 1);
    if (extension == "xml" || extension == "rels") {
      EXPECT_TRUE(well_formed(bytes)) << name;
    }
  }
}

TEST(PptxPackage, ATemplateOfAnotherSlideSizeOrNoDeckAtAllIsRefusedSaying) {
  auto error = [](const std::string& bytes) {
    try {
      render::pptx::read_template(bytes, "brand.pptx");
    } catch (const RenderError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_EQ(error(branded_template("cx=\"9144000\" cy=\"6858000\"")),
            "--template brand.pptx: expected 16:9 slides of 13.333 × 7.5 in, found 10 × 7.5 in");
  EXPECT_EQ(error("not a zip"),
            "--template brand.pptx: expected a PowerPoint file (.pptx), found no zip package");
}

}  // namespace
}  // namespace folio
