// A CSV is read a piece at a time, from a file held open: whatever the pieces' size, the rows,
// their offsets and every error are those of the whole text read at once. Checked on random
// texts (quoted fields across lines, CRLF, blank lines, multi-byte UTF-8, broken quotes)
// with pieces of a byte and up, and on a file cut while it is being read.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "model/csv_reader.h"
#include "random_source.h"

namespace folio::model {
namespace {

std::string random_csv(folio::testing::RandomSource& random) {
  const char* pieces[] = {"a", "b", "7", "-3.5", "\xE1\x9E\x80", " ", ",", "x y"};
  std::string text = random.chance(0.2) ? "\xEF\xBB\xBF" : "";
  int rows = random.between(0, 40);
  for (int r = 0; r < rows; ++r) {
    if (random.chance(0.1)) text += random.chance(0.5) ? "\n" : "\r\n";  // a blank line
    int fields = random.between(1, 4);
    for (int f = 0; f < fields; ++f) {
      if (f) text += ',';
      if (random.chance(0.25)) {
        text += '"';
        for (int k = random.between(0, 4); k-- > 0;) {
          int choice = random.between(0, 3);
          text += choice == 0 ? "\"\"" : choice == 1 ? "\n" : pieces[random.between(0, 7)];
        }
        if (!random.chance(0.03)) text += '"';    // now and then a quote never closed
        if (random.chance(0.03)) text += "oops";  // or text after a closing quote
      } else {
        for (int k = random.between(0, 3); k-- > 0;) text += pieces[random.between(0, 6)];
      }
    }
    if (r + 1 < rows || random.chance(0.5)) text += random.chance(0.3) ? "\r\n" : "\n";
  }
  return text;
}

// The rows, or the error that stopped them, as text to compare.
std::string read_all(const CsvText& csv) {
  std::string out;
  try {
    for (const auto& row : csv.rows()) {
      out += std::to_string(row.offset) + ":";
      for (const auto& field : row.fields) out += field ? "[" + *field + "]" : "-";
      out += "\n";
    }
    for (int lines = 0; lines < 4; ++lines) out += std::to_string(csv.after_lines(lines)) + " ";
    out += std::to_string(csv.lines);
  } catch (const InputError& error) {
    out += std::string("error: ") + error.what();
  }
  return out;
}

std::string read_in_pieces(const std::string& text, size_t piece_bytes) {
  try {
    return read_all(
        csv_text(std::make_shared<const std::string>(text), "t.csv", ',', "/data/t", piece_bytes));
  } catch (const InputError& error) {
    return std::string("error: ") + error.what();
  }
}

TEST(CsvPieces, RowsAndErrorsDoNotDependOnThePieces) {
  for (unsigned seed = 1; seed <= 300; ++seed) {
    folio::testing::RandomSource random(seed);
    std::string text = random_csv(random);
    std::string whole = read_in_pieces(text, size_t{1} << 20);
    for (size_t piece : {1, 2, 3, 5, 8, 13, 64})
      ASSERT_EQ(read_in_pieces(text, piece), whole) << "seed " << seed << ", pieces of " << piece;
  }
}

class CsvFile : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = std::filesystem::temp_directory_path() /
            ("folio-csv-pieces-" + std::to_string(::getpid()) + ".csv");
  }
  void TearDown() override { std::filesystem::remove(path_); }
  std::filesystem::path path_;
};

TEST_F(CsvFile, AFileHeldOpenReadsAsItsBytes) {
  for (unsigned seed = 1; seed <= 50; ++seed) {
    folio::testing::RandomSource random(seed);
    std::string text = random_csv(random);
    std::ofstream(path_, std::ios::binary | std::ios::trunc) << text;
    auto opened = open_regular_file(path_, 1 << 20);
    ASSERT_TRUE(opened.file) << opened.found;
    std::string from_file;
    try {
      from_file = read_all(csv_text(opened.file, "t.csv", ',', "/data/t", 4));
    } catch (const InputError& error) {
      from_file = std::string("error: ") + error.what();
    }
    EXPECT_EQ(from_file, read_in_pieces(text, size_t{1} << 20)) << "seed " << seed;
  }
}

// A file cut short while folio holds it open is refused, never read as what is left of it.
TEST_F(CsvFile, AFileCutWhileOpenIsOneClearError) {
  std::ofstream(path_, std::ios::binary) << "year,value\n2019,1\n2020,2\n2021,3\n";
  auto opened = open_regular_file(path_, 1 << 20);
  ASSERT_TRUE(opened.file);
  std::filesystem::resize_file(path_, 5);
  try {
    csv_text(opened.file, "t.csv", ',', "/data/t");
    FAIL() << "a cut file was read";
  } catch (const InputError& error) {
    EXPECT_EQ(error.found(), "a file that changed while it was being read");
    EXPECT_EQ(error.expected(), "the file as it was when folio opened it");
  }
}

}  // namespace
}  // namespace folio::model
