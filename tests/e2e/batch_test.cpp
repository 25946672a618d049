// One template, many briefings: --params renders one briefing per row, on several threads in
// one process, with exactly the bytes a run of one row at a time gives, and lists every
// failure with the worst exit code.
#include "e2e_support.h"

namespace folio::e2e {
namespace {

const std::filesystem::path kProfile =
    std::filesystem::path(FOLIO_SOURCE_DIR) / "samples/country-profile";

std::map<std::string, std::string> files_in(const std::filesystem::path& dir) {
  std::map<std::string, std::string> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir))
    if (entry.is_regular_file())
      files[std::filesystem::relative(entry.path(), dir).string()] = read_file(entry.path());
  return files;
}

TEST(Batch, ThreadsGiveTheSameBytesAsOneRowAtATime) {
  ScratchDir dir("batch");
  std::string doc = shell_quote((kProfile / "profile.json").string());
  std::string params = shell_quote((kProfile / "countries.csv").string());
  auto serial = run(folio("render " + doc + " --params " + params + " --dpi 60 --out " +
                          shell_quote((dir.path / "one/{country}").string())));
  ASSERT_EQ(serial.exit_code, 0) << serial.err;
  EXPECT_EQ(serial.err, "");  // no progress line when stderr is no terminal
  auto parallel = run(folio("render " + doc + " --params " + params + " --dpi 60 -j 4 --out " +
                            shell_quote((dir.path / "four/{country}").string())));
  ASSERT_EQ(parallel.exit_code, 0) << parallel.err;
  auto one = files_in(dir.path / "one"), four = files_in(dir.path / "four");
  EXPECT_EQ(one.size(), 30u);  // 5 countries × (PDF + 2 charts × SVG, PNG + charts/index.json)
  ASSERT_EQ(one.size(), four.size());
  for (const auto& [name, bytes] : one) EXPECT_TRUE(four[name] == bytes) << name << " differs";
  // Each briefing is its row's: the parameters reached the texts and the data.
  for (auto [code, name] : {std::pair{"KHM", "Cambodia"}, std::pair{"VNM", "Viet Nam"}}) {
    auto text =
        run("pdftotext " + shell_quote((dir.path / "four" / code / "profile.pdf").string()) + " -");
    EXPECT_NE(text.out.find(std::string("Trade with Korea: ") + name), std::string::npos) << code;
  }
  // The same as rendering the row alone with --param.
  auto alone =
      run(folio("render " + doc + " --param country=VNM --param \"name=Viet Nam\" --dpi 60 --out " +
                shell_quote((dir.path / "alone").string())));
  ASSERT_EQ(alone.exit_code, 0) << alone.err;
  EXPECT_TRUE(read_file(dir.path / "alone/profile.pdf") == four["VNM/profile.pdf"]);
}

TEST(Batch, EveryFailureIsListedAndTheWorstExitCodeReturned) {
  ScratchDir dir("batch-fail");
  std::ofstream(dir.path / "rows.csv") << "country,name\nKHM,Cambodia\nXXX,Nowhere\nLAO,Lao PDR\n";
  auto result =
      run(folio("render " + shell_quote((kProfile / "profile.json").string()) + " --params " +
                shell_quote((dir.path / "rows.csv").string()) + " --format pdf -j 2 --out " +
                shell_quote((dir.path / "out/{country}").string())));
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_TRUE(std::filesystem::exists(dir.path / "out/KHM/profile.pdf"));
  EXPECT_TRUE(std::filesystem::exists(dir.path / "out/LAO/profile.pdf"));
  EXPECT_FALSE(std::filesystem::exists(dir.path / "out/XXX"));
  std::string prefix = "folio: " + (dir.path / "out/XXX").string() + ": " +
                       (kProfile / "profile.json").string() + ":";
  EXPECT_EQ(result.err.rfind(prefix, 0), 0u) << result.err;
  EXPECT_NE(result.err.find("expected a value for last, found no values (no row matched)"),
            std::string::npos)
      << result.err;
  EXPECT_NE(result.err.find("folio: 1 of 3 briefings failed\n"), std::string::npos) << result.err;
  // Two rows writing one folder are refused before anything is rendered.
  auto clash = run(folio("render " + shell_quote((kProfile / "profile.json").string()) +
                         " --params " + shell_quote((dir.path / "rows.csv").string()) + " --out " +
                         shell_quote((dir.path / "same").string())));
  EXPECT_EQ(clash.exit_code, 2);
  EXPECT_NE(
      clash.err.find("expected a folder per row (name a parameter in it, such as out/{country})"),
      std::string::npos)
      << clash.err;
}

}  // namespace
}  // namespace folio::e2e
