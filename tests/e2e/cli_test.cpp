#include <regex>

#include "e2e_support.h"

namespace folio::e2e {
namespace {

TEST(Cli, HelpAndVersion) {
  auto help = run(folio("--help"));
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("render"), std::string::npos);
  auto version = run(folio("--version"));
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_EQ(version.out, std::string("folio ") + FOLIO_VERSION_STRING + "\n");
  auto render_help = run(folio("render --help"));
  EXPECT_EQ(render_help.exit_code, 0);
  for (const char* option : {"--out", "--format", "--dpi"})
    EXPECT_NE(render_help.out.find(option), std::string::npos) << option;
}

TEST(Cli, UsageErrorsExitWithTwo) {
  for (const char* args : {"", "render", "render x.json --bogus", "frobnicate"}) {
    auto result = run(folio(args));
    EXPECT_EQ(result.exit_code, 2) << args;
    EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1)
        << "one line for: " << args << "\n"
        << result.err;
    EXPECT_EQ(result.err.rfind("folio: error: ", 0), 0u) << result.err;
  }
  EXPECT_EQ(run(folio("render")).err, "folio: error: document is required (see 'folio --help')\n");
  auto format = run(folio("render x.json --format pdf,doc"));
  EXPECT_EQ(format.exit_code, 2);
  EXPECT_NE(format.err.find("found \"doc\""), std::string::npos) << format.err;
  EXPECT_EQ(run(folio("render x.json --dpi 5")).exit_code, 2);
}

TEST(Cli, MalformedDocumentGivesOneLineWithPositionAndWritesNothing) {
  ScratchDir dir("malformed");
  auto doc = dir.path / "bad.json";
  std::ofstream(doc) << "{\n  \"meta\": {\"title\": \"T\"},\n  \"blocks\": [\n    {\"type\": "
                        "\"paragraph\" \"text\": \"x\"}\n  ]\n}\n";
  auto out = dir.path / "out";
  auto result =
      run(folio("render " + shell_quote(doc.string()) + " --out " + shell_quote(out.string())));
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err,
            doc.string() + ":4:26: error: /blocks/0: expected ',' or '}', found '\"'\n");
  EXPECT_FALSE(std::filesystem::exists(out));
}

TEST(Cli, InvalidDocumentNamesPointerExpectedAndFound) {
  ScratchDir dir("invalid");
  auto doc = dir.path / "doc.json";
  std::ofstream(doc) << R"({"meta": {"title": "T"},
 "data": {"d": {"values": [{"year": 2019, "value": 1}]}},
 "blocks": [{"type": "chart", "id": "c", "kind": "bar", "data": "d", "x": "year", "y": "valeu"}]})";
  auto result = run(folio("render " + shell_quote(doc.string()) + " --out " +
                          shell_quote((dir.path / "out").string())));
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err,
            doc.string() +
                ":3:88: error: /blocks/0/y: expected a field of dataset \"d\" (year, value), "
                "found \"valeu\" (did you mean \"value\"?)\n");
}

TEST(Cli, AFailedRenderKeepsTheLastGoodOutput) {
  ScratchDir dir("keep");
  auto doc = dir.path / "doc.json";
  auto out = dir.path / "out";
  std::ofstream(doc)
      << R"({"meta": {"title": "First"}, "blocks": [{"type": "paragraph", "text": "Hello"}]})";
  ASSERT_EQ(
      run(folio("render " + shell_quote(doc.string()) + " --out " + shell_quote(out.string())))
          .exit_code,
      0);
  auto good = read_file(out / "doc.pdf");
  ASSERT_FALSE(good.empty());
  std::ofstream(doc)
      << R"({"meta": {"title": "Second"}, "blocks": [{"type": "paragraph", "text": 5}]})";
  EXPECT_EQ(
      run(folio("render " + shell_quote(doc.string()) + " --out " + shell_quote(out.string())))
          .exit_code,
      2);
  EXPECT_EQ(read_file(out / "doc.pdf"), good);
  for (const auto& entry : std::filesystem::directory_iterator(out))
    EXPECT_EQ(entry.path().filename(), "doc.pdf") << "left behind: " << entry.path();
}

TEST(Cli, WritesOnlyTheRequestedFormatsAtTheRequestedDpi) {
  ScratchDir dir("formats");
  auto out = dir.path / "out";
  auto sample = std::string(FOLIO_SOURCE_DIR) + "/samples/korea-cambodia/briefing.json";
  auto result = run(folio("render " + shell_quote(sample) + " --format png --dpi 72 --out " +
                          shell_quote(out.string())));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_FALSE(std::filesystem::exists(out / "briefing.pdf"));
  EXPECT_FALSE(std::filesystem::exists(out / "charts" / "oda.svg"));
  auto png = read_file(out / "charts" / "oda.png");
  ASSERT_GT(png.size(), 24u);
  EXPECT_EQ(static_cast<unsigned char>(png[18]) * 256 + static_cast<unsigned char>(png[19]), 640);
}

TEST(Cli, RenderFailureExitsWithOne) {
  ScratchDir dir("unwritable");
  auto doc = dir.path / "doc.json";
  std::ofstream(doc) << R"({"meta": {"title": "T"}, "blocks": []})";
  auto blocker = dir.path / "file";
  std::ofstream(blocker) << "x";  // a file where the output folder should go
  auto result = run(folio("render " + shell_quote(doc.string()) + " --out " +
                          shell_quote((blocker / "out").string())));
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_TRUE(
      std::regex_search(result.err, std::regex("^folio: error: .*cannot create the folder")));
}

}  // namespace
}  // namespace folio::e2e

namespace folio::e2e {
namespace {

TEST(Cli, DepsFileListsEveryInputForMake) {
  ScratchDir dir("deps");
  std::filesystem::create_directories(dir.path / "my data");
  std::ofstream(dir.path / "my data/t.csv") << "year,v\n2019,1\n2020,2\n";
  std::ofstream(dir.path / "doc.json") << R"({"meta": {"title": "D"},
    "data": {"t": {"file": "my data/t.csv"}},
    "blocks": [{"type": "chart", "id": "c", "kind": "line", "data": "t", "x": "year", "y": "v"}]})";
  auto result = run("cd " + shell_quote(dir.path.string()) + " && " +
                    folio("render doc.json --out out --format pdf,svg --deps out/doc.d"));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(
      read_file(dir.path / "out/doc.d"),
      "out/doc.pdf out/charts/c.svg out/charts/index.json: \\\n  doc.json \\\n  my\\ data/t.csv\n");
  // make reads it: a rule that needs the outputs is up to date until an input changes.
  std::ofstream(dir.path / "Makefile")
      << "include out/doc.d\nout/doc.pdf:\n\tfolio render doc.json\n";
  auto make = run("cd " + shell_quote(dir.path.string()) + " && make -q out/doc.pdf");
  EXPECT_EQ(make.exit_code, 0) << make.out << make.err;
  std::filesystem::last_write_time(
      dir.path / "my data/t.csv",
      std::filesystem::file_time_type::clock::now() + std::chrono::hours(1));
  EXPECT_EQ(run("cd " + shell_quote(dir.path.string()) + " && make -q out/doc.pdf").exit_code, 1);
}

TEST(Cli, TimingsNameEveryStage) {
  ScratchDir dir("timings");
  std::ofstream(dir.path / "doc.json")
      << R"({"meta": {"title": "T"}, "blocks": [{"type": "paragraph", "text": "x"}]})";
  auto result = run(folio("render " + shell_quote((dir.path / "doc.json").string()) + " --out " +
                          shell_quote((dir.path / "out").string()) + " --timings"));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(std::regex_match(
      result.err,
      std::regex("folio: timings: parse [0-9.]+ ms, resolve [0-9.]+ ms, layout [0-9.]+ ms, "
                 "render [0-9.]+ ms, write [0-9.]+ ms \\(total [0-9.]+ ms\\); charts: 0 "
                 "of 0 laid out anew\n")))
      << result.err;
  std::ofstream(dir.path / "c.json")
      << R"({"id": "c", "kind": "bar", "data": {"values": [{"a": "x", "b": 1}]}, "x": "a", "y": "b"})";
  auto chart = run(folio("chart " + shell_quote((dir.path / "c.json").string()) + " -o " +
                         shell_quote((dir.path / "c.svg").string()) + " --timings"));
  EXPECT_NE(chart.err.find("folio: timings: parse "), std::string::npos) << chart.err;
}

}  // namespace
}  // namespace folio::e2e

namespace folio::e2e {
namespace {

// A script no font of the set covers (Ol Chiki, for Santali) is drawn as boxes, and said so.
TEST(Cli, CharactersNoFontHasAreAWarningOrAnError) {
  ScratchDir dir("missing-glyphs");
  auto doc = dir.path / "doc.json";
  std::ofstream(doc) << R"({"meta": {"title": "T"},
 "blocks": [{"type": "paragraph", "text": "Lao ສະບາຍດີ draws."},
  {"type": "paragraph", "text": "Santali ᱚᱞ does not."}]})";
  auto out = dir.path / "out";
  auto render = [&](const std::string& options) {
    return run(folio("render " + shell_quote(doc.string()) + " --format pdf --out " +
                     shell_quote(out.string()) + options));
  };
  std::string fonts =
      "(fonts tried: Noto Sans, Noto Sans Math, Noto Sans Symbols2, Noto Sans CJK SC, Noto Sans "
      "Khmer, Noto Sans Lao, Noto Sans Thai, Noto Sans Myanmar, Noto Sans Devanagari, Noto Sans "
      "Arabic, Noto Sans Hebrew)";
  auto warned = render("");
  EXPECT_EQ(warned.exit_code, 0);
  EXPECT_EQ(warned.err, doc.string() +
                            ":3:3: warning: /blocks/1: no font has U+1C5A OL CHIKI LETTER LA, "
                            "U+1C5E OL CHIKI LETTER AL in \"Santali ᱚᱞ does not.\" " +
                            fonts + "\n");
  EXPECT_TRUE(std::filesystem::exists(out / "doc.pdf"));
  std::filesystem::remove_all(out);
  for (const char* option : {" --missing-glyphs error", " --strict"}) {
    auto refused = render(option);
    EXPECT_EQ(refused.exit_code, 2) << option;
    EXPECT_EQ(refused.err, doc.string() +
                               ":3:3: error: /blocks/1: expected text the fonts can show, found "
                               "U+1C5A OL CHIKI LETTER LA, U+1C5E OL CHIKI LETTER AL in "
                               "\"Santali ᱚᱞ does not.\" " +
                               fonts + " (--missing-glyphs warn draws it with boxes)\n")
        << option;
    EXPECT_FALSE(std::filesystem::exists(out)) << option;
  }
}

}  // namespace
}  // namespace folio::e2e
