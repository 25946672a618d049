// The sample's navigation as a PDF reader sees it: page labels, bookmarks, the contents page,
// links and their destinations, and the sources page.
#include <nlohmann/json.hpp>
#include <set>

#include "e2e_support.h"

namespace folio::e2e {
namespace {

class PdfStructure : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new ScratchDir("structure");
    auto sample = std::string(FOLIO_SOURCE_DIR) + "/samples/korea-cambodia/briefing.json";
    auto render = run(folio("render " + shell_quote(sample) + " --format pdf --out " +
                            shell_quote(dir_->path.string())));
    ASSERT_EQ(render.exit_code, 0) << render.err;
    pdf_ = (dir_->path / "briefing.pdf").string();
    json_ = nlohmann::json::parse(run("qpdf --json " + shell_quote(pdf_)).out);
  }
  static void TearDownTestSuite() { delete dir_; }

  // Every indirect object of the file, as qpdf --json (version 2) lists them.
  static std::vector<nlohmann::json> objects_where(
      const std::function<bool(const nlohmann::json&)>& keep) {
    std::vector<nlohmann::json> found;
    for (const auto& [id, object] : json_.at("qpdf").at(1).items())
      if (object.contains("value") && object["value"].is_object() && keep(object["value"]))
        found.push_back(object["value"]);
    return found;
  }
  static std::string page_text(int page) {
    return run(fmt::format("pdftotext -enc UTF-8 -layout -f {0} -l {0} {1} -", page,
                           shell_quote(pdf_)))
        .out;
  }
  static inline ScratchDir* dir_ = nullptr;
  static inline std::string pdf_;
  static inline nlohmann::json json_;
};

TEST_F(PdfStructure, CatalogNamesTheLanguageAndTheFileStaysValid) {
  const auto& objects = json_.at("qpdf").at(1);
  std::string root = objects.at("trailer").at("value").at("/Root");
  EXPECT_EQ(objects.at("obj:" + root).at("value").at("/Lang"), "u:en");
  EXPECT_EQ(objects.at("obj:" + root).at("value").at("/MarkInfo").at("/Marked"), true);
  auto check = run("qpdf --check " + shell_quote(pdf_));
  EXPECT_EQ(check.exit_code, 0) << check.out;
}

TEST_F(PdfStructure, FrontMatterIsNumberedInRomanAndTheBodyFromOne) {
  const auto& labels = json_.at("pagelabels");
  ASSERT_EQ(labels.size(), 3u) << labels.dump();
  EXPECT_EQ(labels[0]["label"]["/P"], "u:i");
  EXPECT_EQ(labels[1]["label"]["/P"], "u:ii");
  EXPECT_EQ(labels[2]["index"], 2);
  EXPECT_EQ(labels[2]["label"]["/S"], "/D");
  EXPECT_EQ(labels[2]["label"]["/St"], 1);
  EXPECT_NE(page_text(2).find("ii"), std::string::npos);
  EXPECT_NE(page_text(3).find(fmt::format("Page 1 of {}", kSampleBodyPages)), std::string::npos);
}

TEST_F(PdfStructure, EveryLinkGoesToADestinationThatExists) {
  std::set<std::string> destinations;
  for (const auto& names :
       objects_where([](const nlohmann::json& v) { return v.contains("/Names"); }))
    for (size_t i = 0; i + 1 < names["/Names"].size(); i += 2)
      destinations.insert(names["/Names"][i]);
  EXPECT_TRUE(destinations.count("u:section-1"));
  auto links =
      objects_where([](const nlohmann::json& v) { return v.value("/Subtype", "") == "/Link"; });
  // Seven contents entries, six entries on the sources page and one web link in the text.
  EXPECT_EQ(links.size(), 14u);
  int internal = 0;
  for (const auto& link : links) {
    EXPECT_EQ(link["/Rect"].size(), 4u);
    if (link.contains("/Dest")) {
      ++internal;
      EXPECT_TRUE(destinations.count(link["/Dest"])) << "dead link to " << link["/Dest"];
    } else {
      EXPECT_EQ(link["/A"]["/S"], "/URI") << link.dump();
      EXPECT_EQ(link["/A"]["/URI"], "u:https://overseas.mofa.go.kr/kh-en/index.do");
    }
  }
  EXPECT_EQ(internal, 13);
}

TEST_F(PdfStructure, BookmarksFollowTheHeadingsAndLandOnTheirPages) {
  std::vector<std::pair<std::string, int>> outline;
  for (const auto& page : json_.at("pages"))
    for (const auto& entry : page.at("outlines"))
      outline.push_back({entry.at("title"), page.at("pageposfrom1")});
  std::sort(outline.begin(), outline.end(), [](auto& a, auto& b) { return a.second < b.second; });
  std::map<std::string, int> page_of(outline.begin(), outline.end());
  EXPECT_EQ(page_of["Korea–Cambodia Relations"], 1);
  EXPECT_EQ(page_of["Contents"], 2);
  EXPECT_EQ(page_of["At a glance"], 3);
  EXPECT_EQ(page_of["Sources and chart descriptions"], kSamplePages);
  for (const auto& [title, page] : outline)
    if (title != "Korea–Cambodia Relations" && title != "Contents") {
      EXPECT_NE(page_text(page).find(title), std::string::npos) << title << " not on page " << page;
    }
}

TEST_F(PdfStructure, BookmarksNestByHeadingLevel) {
  // qpdf lists each page's outline items flat; the document outline nests them by level.
  auto outlines =
      nlohmann::json::parse(run("qpdf --json --json-key=outlines " + shell_quote(pdf_)).out)
          .at("outlines");
  const nlohmann::json* cooperation = nullptr;
  for (const auto& item : outlines)
    if (item.at("title") == "Cooperation ahead") cooperation = &item;
  ASSERT_NE(cooperation, nullptr) << outlines.dump();
  ASSERT_EQ(cooperation->at("kids").size(), 1u);
  EXPECT_EQ(cooperation->at("kids")[0].at("title"), "Areas of cooperation");
  for (const auto& item : outlines)
    EXPECT_NE(item.at("title"), "Areas of cooperation");  // not at the top level
}

TEST_F(PdfStructure, TextComesOutInReadingOrder) {
  std::string all = squeeze(run("pdftotext -enc UTF-8 " + shell_quote(pdf_) + " -").out);
  size_t at = 0;
  for (const char* text : {"BRIEFING",
                           "Contents",
                           "At a glance",
                           "Key message",
                           "Diplomatic relations",
                           "Korea and Cambodia established",
                           "Figure 1",
                           "A period of remarkable growth",
                           "Development cooperation",
                           "Table 1",
                           "Trade and investment",
                           "Figure 2",
                           "Figure 3",
                           "Figure 4",
                           "Cooperation ahead",
                           "Areas of cooperation",
                           "Direct investment",
                           "Airline business",
                           "Table 2",
                           "Sources and chart descriptions"}) {
    size_t found = all.find(text, at);
    ASSERT_NE(found, std::string::npos) << text << " missing after position " << at;
    at = found;
  }
}

TEST_F(PdfStructure, ContentsListEachSectionWithItsPageLabel) {
  auto contents = page_text(2);
  EXPECT_NE(contents.find("Contents"), std::string::npos);
  auto line_of = [&](const std::string& title) {
    auto at = contents.find(title);
    EXPECT_NE(at, std::string::npos) << title;
    return squeeze(contents.substr(at, contents.find('\n', at) - at));
  };
  for (const char* title : {"At a glance", "Diplomatic relations", "Trade and investment",
                            "Sources and chart descriptions"}) {
    std::string line = line_of(title);
    // The label printed beside the entry is the page the heading is on.
    std::string label = line.substr(line.rfind(' ') + 1);
    int page = std::stoi(label) + 2;  // body page 1 is the third page
    EXPECT_NE(page_text(page).find(title), std::string::npos)
        << title << " listed on page " << label;
  }
}

TEST_F(PdfStructure, SourcesPageDescribesEveryFigureInText) {
  auto sources = page_text(kSamplePages);
  for (const char* text : {"Figure 1. Half a century of relations", "Figure 4. Korea is Cambodia",
                           "Table 1. Korean ODA to Cambodia by period", "Table 2. Key figures",
                           "Mar 2019: President Moon Jae-in", "Republic of Korea US$5.8 billion"})
    EXPECT_NE(squeeze(sources).find(text), std::string::npos) << text;
}

TEST_F(PdfStructure, FiguresAreNumberedOnThePage) {
  std::string all = run("pdftotext -enc UTF-8 " + shell_quote(pdf_) + " -").out;
  for (const char* label : {"Figure 1", "Figure 2", "Figure 3", "Figure 4", "Table 1"})
    EXPECT_NE(all.find(std::string(label) + "\n"), std::string::npos) << label;
}

}  // namespace
}  // namespace folio::e2e
