// The folio program loads libqpdf, librsvg and the PowerPoint libraries only with the module
// that needs them (src/modules/loader.h): a run that needs none starts without them, and a
// missing module is one clear error, never a crash or a partial output.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <vector>

#include "e2e_support.h"

namespace folio::e2e {
namespace {

// A copy of the program in a folder of its own: no folio-modules beside it, nothing installed.
struct LoneProgram {
  ScratchDir dir{"lone-program"};
  std::filesystem::path program = dir.path / "bin" / "folio";
  LoneProgram() {
    std::filesystem::create_directories(program.parent_path());
    std::filesystem::copy_file(FOLIO_BINARY, program);
  }
  CommandResult run_with(const std::string& args) const {
    return run(shell_quote(program.string()) + " " + args);
  }
};

const std::string kWorkload = std::string(FOLIO_SOURCE_DIR) + "/bench/workload/briefing.json";
const std::string kSample = std::string(FOLIO_SOURCE_DIR) + "/samples/korea-cambodia/briefing.json";

TEST(ProgramModules, TheProgramLinksNoneOfTheModulesLibraries) {
  auto dynamic = run("readelf -d " + shell_quote(FOLIO_BINARY));
  ASSERT_EQ(dynamic.exit_code, 0) << dynamic.err;
  EXPECT_NE(dynamic.out.find("[libcairo.so.2]"), std::string::npos) << dynamic.out;
  for (const char* library : {"libqpdf", "librsvg", "libzip", "libxlsxwriter", "libxml2"})
    EXPECT_EQ(dynamic.out.find(std::string("[") + library), std::string::npos)
        << library << " is linked into the program:\n"
        << dynamic.out;
}

TEST(ProgramModules, SvgAndPngChartsNeedNoModule) {
  LoneProgram lone;
  for (const char* format : {"svg", "png"}) {
    auto out = lone.dir.path / format;
    auto result = lone.run_with("render " + shell_quote(kWorkload) + " --out " +
                                shell_quote(out.string()) + " --format " + format);
    ASSERT_EQ(result.exit_code, 0) << format << ": " << result.err;
    EXPECT_TRUE(std::filesystem::exists(out / "charts" / (std::string("trade.") + format)))
        << format;
  }
}

TEST(ProgramModules, AMissingModuleIsOneClearErrorAndNoOutput) {
  LoneProgram lone;
  std::string bin = lone.program.parent_path().string();
  auto expected = [&](const std::string& need, const std::string& file) {
    return "folio: error: cannot " + need + ": its module " + file + " is in neither " + bin +
           "/folio-modules nor " + bin + "/";
  };
  struct Case {
    std::string args, need, file;
    std::filesystem::path output;
  };
  std::vector<Case> cases = {
      {"render " + shell_quote(kWorkload) + " --format pdf --out " +
           shell_quote((lone.dir.path / "pdf").string()),
       "write a PDF", "folio-pdf.so", lone.dir.path / "pdf"},
      {"slides " + shell_quote(kWorkload) + " -o " +
           shell_quote((lone.dir.path / "deck.pptx").string()),
       "write a PowerPoint deck", "folio-pptx.so", lone.dir.path / "deck.pptx"},
      // The sample's cover logo is an SVG: its size is read while the document is resolved.
      {"render " + shell_quote(kSample) + " --format svg --out " +
           shell_quote((lone.dir.path / "sample").string()),
       "read an SVG picture", "folio-svg-picture.so", lone.dir.path / "sample"},
  };
  for (const auto& c : cases) {
    auto result = lone.run_with(c.args);
    EXPECT_EQ(result.exit_code, 1) << c.args << "\n" << result.err;
    EXPECT_EQ(result.err.rfind(expected(c.need, c.file), 0), 0u) << result.err;
    EXPECT_NE(result.err.find("/folio; reinstall folio\n"), std::string::npos) << result.err;
    EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
    EXPECT_FALSE(std::filesystem::exists(c.output)) << c.output;
  }
}

// A module beside the program that is no shared object, or one from another build (its stamp
// changed in a copy), is refused with what is wrong with it, before anything of it is called.
TEST(ProgramModules, AForeignOrBrokenModuleIsRefused) {
  LoneProgram lone;
  auto folder = lone.program.parent_path() / "folio-modules";
  std::filesystem::create_directories(folder);
  auto module = folder / "folio-pdf.so";
  auto render = [&] {
    return lone.run_with("render " + shell_quote(kWorkload) + " --format pdf --out " +
                         shell_quote((lone.dir.path / "pdf").string()));
  };

  std::ofstream(module, std::ios::binary) << "not a shared object";
  auto broken = render();
  EXPECT_EQ(broken.exit_code, 1) << broken.err;
  EXPECT_EQ(broken.err.rfind("folio: error: cannot write a PDF: its module " + module.string() +
                                 " does not load (",
                             0),
            0u)
      << broken.err;

  std::string bytes = read_file(FOLIO_PDF_MODULE);
  const std::string stamp = FOLIO_MODULE_STAMP;
  size_t at = bytes.find(stamp);
  ASSERT_NE(at, std::string::npos);
  std::string other = stamp;
  other.back() = other.back() == '0' ? '1' : '0';
  bytes.replace(at, stamp.size(), other);
  std::ofstream(module, std::ios::binary | std::ios::trunc) << bytes;
  auto foreign = render();
  EXPECT_EQ(foreign.exit_code, 1) << foreign.err;
  EXPECT_EQ(foreign.err, "folio: error: cannot write a PDF: the module " + module.string() +
                             " is from another build of folio (" + other + ", this program is " +
                             stamp + "); reinstall folio\n");
  EXPECT_FALSE(std::filesystem::exists(lone.dir.path / "pdf"));
}

}  // namespace
}  // namespace folio::e2e
