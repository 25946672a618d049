#include "core/atomic_file.h"

#include <gtest/gtest.h>

#include <fstream>
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

TEST(AtomicFile, ReplacesContentAndLeavesNoTemporaryFiles) {
  auto dir = std::filesystem::temp_directory_path() / "folio-atomic-test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  write_file_atomically(dir / "out.txt", "first");
  write_file_atomically(dir / "out.txt", "second");
  EXPECT_EQ(read(dir / "out.txt"), "second");
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir),
                          std::filesystem::directory_iterator()),
            1);
  std::filesystem::remove_all(dir);
}

TEST(AtomicFile, FailsCleanlyWhenTheFolderIsMissing) {
  EXPECT_THROW(write_file_atomically("/nonexistent-folio-dir/out.txt", "x"), RenderError);
}

}  // namespace
}  // namespace folio
