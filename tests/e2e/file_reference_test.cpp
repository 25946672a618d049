// The files a document names: confined to its folder (and folders given with --allow-path),
// regular files only, and never read past their limit. Each refusal is one line naming the
// reference's pointer, exit 2, and nothing written.
#include <sys/stat.h>
#include <unistd.h>

#include "e2e_support.h"

namespace folio::e2e {
namespace {

class FileReferences : public ::testing::Test {
 protected:
  void SetUp() override {
    std::filesystem::create_directories(dir_.path / "doc/data");
    std::ofstream(dir_.path / "outside.json") << R"([{"k": "a", "v": 1}])";
    std::ofstream(dir_.path / "doc/data/inside.json") << R"([{"k": "a", "v": 1}])";
  }
  // A document whose one chart reads the data file `file`; the reference stands at 1:49.
  CommandResult render_with_data(const std::string& file, const std::string& options = "") {
    std::ofstream(dir_.path / "doc/doc.json")
        << R"({"meta": {"title": "T"}, "data": {"t": {"file": ")" << file
        << R"("}}, "blocks": [{"type": "chart", "id": "c", "kind": "bar", "data": "t", "x": "k", "y": "v"}]})";
    return render(options);
  }
  CommandResult render(const std::string& options = "") {
    // `timeout` turns a hang (a FIFO read) into a failure instead of a stuck test run.
    return run("timeout 20 " + folio("render " + shell_quote(doc().string()) + " --out " +
                                     shell_quote(out().string()) + " --format pdf " + options));
  }
  std::filesystem::path doc() const { return dir_.path / "doc/doc.json"; }
  std::filesystem::path out() const { return dir_.path / "out"; }
  std::string located(int column, const std::string& rest) const {
    return fmt::format("{}:1:{}: error: {}\n", doc().string(), column, rest);
  }
  void expect_refused(const CommandResult& result, const std::string& line) {
    EXPECT_EQ(result.exit_code, 2) << result.err;
    EXPECT_EQ(result.err, line);
    EXPECT_FALSE(std::filesystem::exists(out())) << "a refused document wrote outputs";
  }
  static constexpr const char* kOutside =
      "/data/t/file: expected a data file inside the document's folder (or a folder given with "
      "--allow-path), found ";

  ScratchDir dir_{"file-references"};
};

TEST_F(FileReferences, AFileInsideTheFolderIsRead) {
  auto result = render_with_data("data/inside.json");
  EXPECT_EQ(result.exit_code, 0) << result.err;
}

TEST_F(FileReferences, DotDotLeavingTheFolderIsRefusedUnlessAllowed) {
  expect_refused(
      render_with_data("../outside.json"),
      located(49, std::string(kOutside) + "\"../outside.json\", which leads outside it"));
  auto allowed =
      render_with_data("../outside.json", "--allow-path " + shell_quote(dir_.path.string()));
  EXPECT_EQ(allowed.exit_code, 0) << allowed.err;
  // ".." that stays inside is fine.
  EXPECT_EQ(render_with_data("data/../data/inside.json").exit_code, 0);
}

TEST_F(FileReferences, AnAbsolutePathOutsideIsRefused) {
  expect_refused(render_with_data("/etc/passwd"),
                 located(49, std::string(kOutside) + "\"/etc/passwd\", which leads outside it"));
}

TEST_F(FileReferences, ASymbolicLinkPointingOutIsRefused) {
  std::filesystem::create_symlink(dir_.path / "outside.json", dir_.path / "doc/data/link.json");
  expect_refused(render_with_data("data/link.json"),
                 located(49, std::string(kOutside) + "\"data/link.json\", which leads outside it"));
  // A link to a file inside the folder is followed.
  std::filesystem::create_symlink("inside.json", dir_.path / "doc/data/near.json");
  EXPECT_EQ(render_with_data("data/near.json").exit_code, 0);
}

TEST_F(FileReferences, FoldersFifosDevicesAndLoopsAreRefusedWithoutBlocking) {
  const std::string expected =
      "/data/t/file: expected a data file relative to the document, found ";
  expect_refused(render_with_data("data"), located(49, expected + "\"data\", which is a folder"));
  ASSERT_EQ(::mkfifo((dir_.path / "doc/data/pipe.json").c_str(), 0600), 0);
  expect_refused(render_with_data("data/pipe.json"),
                 located(49, expected + "\"data/pipe.json\", which is a FIFO (named pipe)"));
  std::filesystem::create_symlink("loop-b.json", dir_.path / "doc/data/loop-a.json");
  std::filesystem::create_symlink("loop-a.json", dir_.path / "doc/data/loop-b.json");
  expect_refused(render_with_data("data/loop-a.json"),
                 located(49, expected + "\"data/loop-a.json\", which is a loop of symbolic links"));
  expect_refused(render_with_data("/dev/zero", "--allow-path /dev"),
                 located(49, expected + "\"/dev/zero\", which is a device"));
  expect_refused(render_with_data("data/none.json"),
                 located(49, expected + "no file \"data/none.json\""));
}

TEST_F(FileReferences, ReadsAreBoundedByTheSizeLimits) {
  // Sparse files: the size is refused from the file's status, before anything is read.
  {
    std::ofstream(dir_.path / "doc/data/huge.csv");
    std::filesystem::resize_file(dir_.path / "doc/data/huge.csv", (1ull << 30) + 1);
  }
  expect_refused(render_with_data("data/huge.csv"),
                 located(49,
                         "/data/t/file: expected a data file relative to the document, found "
                         "\"data/huge.csv\", which is a file of 1.0 GiB, over the limit of 1 GiB"));
  // The document itself.
  std::filesystem::resize_file(doc(), 65ull << 20);
  auto result = render();
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err, doc().string() +
                            ": error: /: expected a readable JSON file, found a file of "
                            "65 MiB, over the limit of 64 MiB\n");
}

TEST_F(FileReferences, ReplacedDataFromTheCommandLineIsBoundedButNotConfined) {
  auto result = render_with_data(
      "data/inside.json", "--set data.t=" + shell_quote((dir_.path / "outside.json").string()));
  EXPECT_EQ(result.exit_code, 0) << result.err;
  std::filesystem::remove_all(out());
  expect_refused(render_with_data("data/inside.json", "--set data.t=/dev/zero"),
                 located(49,
                         "/data/t/file: expected a data file relative to the document, found "
                         "\"/dev/zero\", which is a device"));
}

TEST_F(FileReferences, LogoFontThemeAndIncludedChartAreConfinedToo) {
  struct Case {
    std::string json, pointer, what;
  };
  const Case cases[] = {
      {R"("cover": {"logo": {"file": "../x.png"}})", "/cover/logo/file", "a PNG or SVG file"},
      {R"("fonts": ["../x.ttf"])", "/fonts/0", "a font file"},
      {R"("style": {"file": "../x.json"})", "/style/file", "a theme file (JSON)"},
      {R"("blocks": [{"type": "chart", "include": "../x.json"}])", "/blocks/0/include",
       "a chart spec file"},
  };
  for (const auto& c : cases) {
    std::ofstream(doc()) << R"({"meta": {"title": "T"}, )" << c.json << "}";
    auto result = render();
    EXPECT_EQ(result.exit_code, 2) << c.pointer;
    EXPECT_NE(result.err.find(": error: " + c.pointer + ": expected " + c.what +
                              " inside the document's folder (or a folder given with "
                              "--allow-path), found \"../x."),
              std::string::npos)
        << result.err;
    EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
  }
}

TEST(ChartFileReferences, AChartSpecIsConfinedToItsFolder) {
  ScratchDir dir("chart-references");
  std::filesystem::create_directories(dir.path / "specs");
  std::ofstream(dir.path / "data.json") << R"([{"k": "a", "v": 1}])";
  std::ofstream(dir.path / "specs/chart.json")
      << R"({"id": "c", "kind": "bar", "x": "k", "y": "v", "data": {"file": "../data.json"}})";
  auto command = folio("chart " + shell_quote((dir.path / "specs/chart.json").string()) + " -o " +
                       shell_quote((dir.path / "c.svg").string()));
  auto refused = run(command);
  EXPECT_EQ(refused.exit_code, 2);
  EXPECT_NE(refused.err.find("/data/file: expected a data file inside the document's folder"),
            std::string::npos)
      << refused.err;
  auto allowed = run(command + " --allow-path " + shell_quote(dir.path.string()));
  EXPECT_EQ(allowed.exit_code, 0) << allowed.err;
}

}  // namespace
}  // namespace folio::e2e
