#include "core/output_set.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>
#include <future>
#include <sstream>

#include "core/errors.h"

namespace folio {
namespace {

std::string read(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

size_t entries(const std::filesystem::path& dir) {
  return static_cast<size_t>(std::distance(std::filesystem::directory_iterator(dir),
                                           std::filesystem::directory_iterator()));
}

struct Folder {
  std::filesystem::path path =
      std::filesystem::temp_directory_path() / ("folio-outputs-" + std::to_string(::getpid()));
  Folder() {
    std::filesystem::remove_all(path);
    std::filesystem::create_directories(path);
  }
  ~Folder() { std::filesystem::remove_all(path); }
};

TEST(OutputSet, ReplacesEveryFileAndLeavesNoTemporaries) {
  Folder dir;
  write_file_atomically(dir.path / "out.txt", "first");
  OutputSet set;
  set.add(dir.path / "out.txt", "second");
  set.add(dir.path / "charts" / "a.svg", "<svg/>");
  auto written = set.commit();
  EXPECT_EQ(written.size(), 2u);
  EXPECT_EQ(read(dir.path / "out.txt"), "second");
  EXPECT_EQ(read(dir.path / "charts" / "a.svg"), "<svg/>");
  EXPECT_EQ(entries(dir.path), 2u);  // out.txt and charts/
  EXPECT_EQ(entries(dir.path / "charts"), 1u);
}

TEST(OutputSet, AFailureBeforeTheRenamesChangesNothing) {
  Folder dir;
  write_file_atomically(dir.path / "a.txt", "old");
  OutputSet set;
  set.add(dir.path / "a.txt", "new");
  set.add(dir.path / "a.txt" / "b.txt", "new");  // a folder that cannot be: a.txt is a file
  EXPECT_THROW(set.commit(), RenderError);
  EXPECT_EQ(read(dir.path / "a.txt"), "old");  // nothing renamed: the set fails as a whole
  EXPECT_EQ(entries(dir.path), 1u);            // and no temporary is left
}

// Bytes made on another thread (a PNG encoding) are waited for; if making them failed, the
// failure is thrown before any file is touched.
TEST(OutputSet, WaitsForBytesMadeElsewhereAndFailsWholeWhenTheyFail) {
  Folder dir;
  write_file_atomically(dir.path / "a.png", "old");
  OutputSet made;
  made.add(dir.path / "a.png",
           std::async(std::launch::async, [] { return std::string("new"); }).share());
  made.commit();
  EXPECT_EQ(read(dir.path / "a.png"), "new");
  OutputSet failing;
  failing.add(dir.path / "b.svg", "svg");
  failing.add(dir.path / "a.png", std::async(std::launch::async, []() -> std::string {
                                    throw RenderError("encoding the PNG failed");
                                  }).share());
  EXPECT_THROW(failing.commit(), RenderError);
  EXPECT_EQ(read(dir.path / "a.png"), "new");
  EXPECT_FALSE(std::filesystem::exists(dir.path / "b.svg"));
  EXPECT_EQ(entries(dir.path), 1u);
}

TEST(OutputSet, RemovesTemporariesOfDeadRunsOnly) {
  Folder dir;
  // A pid that cannot be alive (above the kernel's limit) and our own, which is.
  std::ofstream(dir.path / ".out.pdf.folio-99999999-abcDEF") << "partial";
  std::string mine = ".out.pdf.folio-" + std::to_string(::getpid()) + "-XyZ123";
  std::ofstream(dir.path / mine) << "in progress";
  std::ofstream(dir.path / ".notes.txt") << "the user's";
  remove_stale_temporaries(dir.path);
  EXPECT_FALSE(std::filesystem::exists(dir.path / ".out.pdf.folio-99999999-abcDEF"));
  EXPECT_TRUE(std::filesystem::exists(dir.path / mine));
  EXPECT_TRUE(std::filesystem::exists(dir.path / ".notes.txt"));
}

}  // namespace
}  // namespace folio
