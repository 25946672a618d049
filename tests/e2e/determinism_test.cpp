// The same inputs give the same bytes, whatever the environment: working folder, time zone,
// locale (a decimal-comma one included), language variables, the fonts and font settings of
// the machine, and SOURCE_DATE_EPOCH when the document has a date of its own.
#include <regex>

#include "e2e_support.h"

namespace folio::e2e {
namespace {

const std::filesystem::path kSample = std::filesystem::path(FOLIO_SOURCE_DIR) / "samples";

class Determinism : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new ScratchDir("determinism");
    // Real locales, compiled into a private folder: the machine need not have them installed.
    auto locales = dir_->path / "locales";
    std::filesystem::create_directories(locales);
    for (const char* name : {"de_DE", "ko_KR"}) {
      auto made = run(fmt::format("localedef -i {0} -f UTF-8 {1}/{0}.UTF-8", name,
                                  shell_quote(locales.string())));
      ASSERT_TRUE(std::filesystem::exists(locales / (std::string(name) + ".UTF-8"))) << made.err;
    }
    // A machine whose own font settings would turn every sans-serif text into a serif one.
    std::ofstream(dir_->path / "fonts.conf")
        << "<?xml version=\"1.0\"?><fontconfig><dir>/usr/share/fonts</dir>"
           "<alias binding=\"strong\"><family>sans-serif</family><prefer><family>Noto "
           "Serif</family>"
           "</prefer></alias><alias binding=\"strong\"><family>Noto Sans</family><prefer><family>"
           "Noto Serif</family></prefer></alias></fontconfig>\n";
    baseline_ = render("baseline", "", kSample.string());
  }
  static void TearDownTestSuite() { delete dir_; }

  // Renders the sample into a fresh folder with `environment` prefixed, from `cwd`; returns
  // every output's bytes by name.
  static std::map<std::string, std::string> render(const std::string& name,
                                                   const std::string& environment,
                                                   const std::string& cwd) {
    auto out = dir_->path / name;
    std::string document =
        std::filesystem::relative(kSample / "korea-cambodia/briefing.json", cwd).string();
    auto result =
        run(fmt::format("cd {} && env -u TZ -u LANG -u LANGUAGE -u LC_ALL {} {} --dpi 60 --out {}",
                        shell_quote(cwd), environment, folio("render " + shell_quote(document)),
                        shell_quote(out.string())));
    EXPECT_EQ(result.exit_code, 0) << name << ": " << result.err;
    std::map<std::string, std::string> files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(out))
      if (entry.is_regular_file())
        files[std::filesystem::relative(entry.path(), out).string()] = read_file(entry.path());
    return files;
  }
  static void expect_same(const std::string& name, const std::string& environment,
                          const std::string& cwd = kSample.string()) {
    auto files = render(name, environment, cwd);
    ASSERT_EQ(files.size(), baseline_.size()) << name;
    for (const auto& [file, bytes] : baseline_)
      EXPECT_TRUE(files[file] == bytes) << name << ": " << file << " differs";
  }

  static inline ScratchDir* dir_ = nullptr;
  static inline std::map<std::string, std::string> baseline_;
};

TEST_F(Determinism, AnotherWorkingFolder) {
  expect_same("cwd-root", "", "/");
  expect_same("cwd-document", "", (kSample / "korea-cambodia").string());
}

TEST_F(Determinism, TimeZones) {
  expect_same("tz-seoul", "TZ=Asia/Seoul");
  expect_same("tz-la", "TZ=America/Los_Angeles");
  expect_same("tz-utc14", "TZ=Pacific/Kiritimati");
}

TEST_F(Determinism, LocalesAndLanguages) {
  std::string locpath = "LOCPATH=" + shell_quote((dir_->path / "locales").string());
  expect_same("de", locpath + " LC_ALL=de_DE.UTF-8");  // decimal commas
  expect_same("ko", locpath + " LC_ALL=ko_KR.UTF-8");
  expect_same("lang-km", "LANG=km_KH.UTF-8 LANGUAGE=km:ko");
}

TEST_F(Determinism, TheMachinesFontSettings) {
  expect_same("fonts", "FONTCONFIG_FILE=" + shell_quote((dir_->path / "fonts.conf").string()) +
                           " HOME=" + shell_quote(dir_->path.string()));
}

TEST_F(Determinism, SourceDateEpochOnlyWhenTheDocumentHasNoDate) {
  expect_same("epoch", "SOURCE_DATE_EPOCH=1700000000");  // the sample has a meta.date
  auto doc = dir_->path / "undated.json";
  std::ofstream(doc)
      << R"({"meta": {"title": "Undated"}, "blocks": [{"type": "paragraph", "text": "x"}]})";
  auto pdf_date = [&](const std::string& environment) {
    auto out = dir_->path / "undated-out";
    auto result = run(environment + " " +
                      folio("render " + shell_quote(doc.string()) + " --format pdf --out " +
                            shell_quote(out.string())));
    EXPECT_EQ(result.exit_code, 0) << result.err;
    return run("pdfinfo -isodates " + shell_quote((out / "undated.pdf").string())).out;
  };
  EXPECT_NE(pdf_date("SOURCE_DATE_EPOCH=1700000000").find("CreationDate:    2023-11-14T22:13:20Z"),
            std::string::npos);
  EXPECT_NE(pdf_date("env -u SOURCE_DATE_EPOCH").find("CreationDate:    2000-01-01T00:00:00Z"),
            std::string::npos);
  auto bad =
      run("SOURCE_DATE_EPOCH=yesterday " + folio("render " + shell_quote(doc.string()) + " --out " +
                                                 shell_quote(dir_->path.string())));
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_EQ(bad.err,
            "folio: error: SOURCE_DATE_EPOCH: expected a whole number of seconds since 1970, found "
            "\"yesterday\" (see 'folio --help')\n");
}

TEST_F(Determinism, ThePdfHasAnIdFromItsContent) {
  // Both halves of the trailer's /ID are the same digest of the content: a new file.
  std::string pdf = baseline_.at("briefing.pdf");
  std::smatch id;
  ASSERT_TRUE(
      std::regex_search(pdf, id, std::regex(R"(/ID *\[ *<([0-9a-f]{32})> *<([0-9a-f]{32})> *\])")));
  EXPECT_EQ(id[1], id[2]);
}

}  // namespace
}  // namespace folio::e2e
