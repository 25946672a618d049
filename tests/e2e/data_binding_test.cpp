// The sample's texts quote its data: a changed figure in a data file changes every sentence,
// tile and title that quotes it, and leaves no old figure behind.
#include <regex>

#include "e2e_support.h"

namespace folio::e2e {
namespace {

const std::filesystem::path kSampleDir = std::filesystem::path(FOLIO_SOURCE_DIR) / "samples/korea-cambodia";

int count(const std::string& text, const std::string& word) {
  int n = 0;
  for (size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) ++n;
  return n;
}

std::string rendered_text(const std::filesystem::path& dir) {
  auto render = run(folio("render " + shell_quote((dir / "briefing.json").string()) +
                          " --format pdf --out " + shell_quote((dir / "out").string())));
  EXPECT_EQ(render.exit_code, 0) << render.err;
  auto text = run("pdftotext -enc UTF-8 " + shell_quote((dir / "out/briefing.pdf").string()) + " -");
  return squeeze(text.out);
}

TEST(DataBinding, AChangedTradeFigureChangesEveryTextThatQuotesIt) {
  ScratchDir dir("binding");
  std::filesystem::copy(kSampleDir, dir.path, std::filesystem::copy_options::recursive);
  std::string before = rendered_text(dir.path);
  // The sample as published: trade of US$1,031 million in 2019, 20 times 1997's.
  EXPECT_EQ(count(before, "reaching 1 billion US dollars in 2019"), 1);
  EXPECT_EQ(count(before, "Two-way trade grew twentyfold to US$1 billion"), 2);  // figure, sources
  EXPECT_EQ(count(before, "grown twentyfold"), 1);
  EXPECT_EQ(count(before, "increased twentyfold"), 1);
  EXPECT_EQ(count(before, "20×"), 1);
  EXPECT_EQ(count(before, "US$1.0B"), 1);  // the tile, in its short form in a page column

  // Edit the 2019 two-way figure in a copy of data/trade.json.
  auto trade_path = dir.path / "data/trade.json";
  std::string trade = read_file(trade_path);
  std::regex figure(R"("year": 2019,\s*"flow": "Two-way trade",\s*"usd_m": 1031)");
  ASSERT_TRUE(std::regex_search(trade, figure));
  trade = std::regex_replace(trade, figure, "\"year\": 2019, \"flow\": \"Two-way trade\", \"usd_m\": 1480");
  std::ofstream(trade_path) << trade;

  std::string after = rendered_text(dir.path);
  // 1,480 / 52 = 28.5: the growth, the amount and every place quoting them changed.
  EXPECT_EQ(count(after, "reaching 1.5 billion US dollars in 2019"), 1);
  EXPECT_EQ(count(after, "Two-way trade grew twenty-eightfold to US$1.5 billion"), 2);
  EXPECT_EQ(count(after, "grown twenty-eightfold"), 1);
  EXPECT_EQ(count(after, "increased twenty-eightfold"), 1);
  EXPECT_EQ(count(after, "28×"), 1);
  EXPECT_EQ(count(after, "US$1.5B"), 2);  // the tile and the trade chart's top tick
  EXPECT_EQ(count(after, "one twentieth of the US$1.5 billion of 2019"), 1);
  // The key-figures table (pdftotext reads its last rows column by column).
  EXPECT_EQ(count(after, "Growth of two-way trade since 1997 twenty-eightfold Two-way trade, 2019"), 1);
  EXPECT_EQ(count(after, "US$1.5 billion 2nd US$5.8 billion"), 1);
  // No old figure remains, except the data's own source line quoting the seed ("twentyfold").
  EXPECT_EQ(count(after, "1 billion US dollars"), 0);
  EXPECT_EQ(count(after, "US$1 billion"), 0);
  EXPECT_EQ(count(after, "US$1.0 billion"), 0);
  EXPECT_EQ(count(after, "US$1.0B"), 0);
  EXPECT_EQ(count(after, "20×"), 0);
  EXPECT_EQ(count(after, "twentyfold"), count(after, "“twentyfold”"));
}

}  // namespace
}  // namespace folio::e2e
