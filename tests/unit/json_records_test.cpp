// A JSON data file that is an array of records is read straight into columns, one record at a
// time, never as a tree: the dataset is the one the same records give inline, and every error
// is the one a tree would give, in the same order (the file's syntax first).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "model/document.h"
#include "random_source.h"
#include "test_support.h"

namespace folio::model {
namespace {

using folio::testing::error_of;

class JsonRecords : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("folio-json-records-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  void write(const std::string& name, const std::string& bytes) {
    std::ofstream(dir_ / name, std::ios::binary) << bytes;
  }
  Document resolve(const std::string& data) {
    write("doc.json", R"({"meta": {"title": "T"}, "data": {)" + data + R"(}, "blocks": []})");
    return resolve_document(spec::parse_document_file(dir_ / "doc.json"), {});
  }
  // The dataset of `records` read from a file, and the same records written inline.
  std::pair<Dataset, Dataset> both(const std::string& records) {
    write("d.json", records);
    auto from_file = resolve(R"("d": {"file": "d.json"})").datasets.at("d");
    auto inline_ = resolve(R"("d": {"values": )" + records + "}").datasets.at("d");
    return {std::move(from_file), std::move(inline_)};
  }
  std::string failure(const std::string& records) {
    write("d.json", records);
    return error_of([&] { resolve(R"("d": {"file": "d.json"})"); });
  }
  std::string path(const std::string& name) const { return (dir_ / name).string(); }

  std::filesystem::path dir_;
};

void expect_same(const Dataset& a, const Dataset& b) {
  ASSERT_EQ(a.rows, b.rows);
  ASSERT_EQ(a.field_names(), b.field_names());
  for (size_t c = 0; c < a.columns.size(); ++c) {
    const auto& x = a.columns[c];
    const auto& y = b.columns[c];
    EXPECT_EQ(x.type, y.type) << x.name;
    ASSERT_EQ(x.size(), a.rows) << x.name;
    ASSERT_EQ(y.size(), b.rows) << y.name;
    for (size_t row = 0; row < a.rows; ++row) {
      EXPECT_EQ(x.number(row), y.number(row)) << x.name << " row " << row;
      EXPECT_EQ(x.text(row), y.text(row)) << x.name << " row " << row;
    }
  }
}

TEST_F(JsonRecords, AFileOfRecordsGivesTheDatasetTheSameRecordsGiveInline) {
  auto [file, written] = both(R"([
    {"year": 2019, "usd": 1.5e3, "name": "Trade \"total\" \u00e9", "ok": true, "note": null},
    {"usd": -0.25, "year": 2020, "ok": false, "late": "first seen here"},
    {"year": 2021, "name": "only some fields"},
    {}
  ])");
  expect_same(file, written);
  EXPECT_EQ(file.rows, 4u);
  EXPECT_EQ(file.field_names(),
            (std::vector<std::string>{"year", "usd", "name", "ok", "note", "late"}));
  EXPECT_EQ(file.find("usd")->number(0), 1500);
  EXPECT_EQ(file.find("usd")->text(1), "-0.25");
  EXPECT_EQ(file.find("name")->text(0), "Trade \"total\" é");
  EXPECT_EQ(file.find("late")->text(0), std::nullopt);
  EXPECT_EQ(file.find("late")->text(1), "first seen here");
  EXPECT_EQ(file.find("ok")->type, ColumnType::boolean);
}

// Whole numbers keep their digits as written, to the ends of 64-bit signed and unsigned.
TEST_F(JsonRecords, WholeNumbersKeepTheirDigits) {
  auto [file, written] = both(
      R"([{"v": 18446744073709551615}, {"v": -9223372036854775808}, {"v": 12}, {"v": -0},
          {"v": 2.5}])");
  expect_same(file, written);
  const Column& v = *file.find("v");
  EXPECT_EQ(v.text(0), "18446744073709551615");
  EXPECT_EQ(v.text(1), "-9223372036854775808");
  EXPECT_EQ(v.text(2), "12");
  EXPECT_EQ(v.text(3), "0");
  EXPECT_EQ(v.text(4), "2.5");
}

TEST_F(JsonRecords, EmptyAndByteOrderMarkedFilesRead) {
  auto [empty, written] = both("[]");
  EXPECT_EQ(empty.rows, 0u);
  expect_same(empty, written);
  write("d.json", "\xEF\xBB\xBF [{\"x\": 1}]");
  EXPECT_EQ(resolve(R"("d": {"file": "d.json"})").datasets.at("d").find("x")->number(0), 1);
}

TEST_F(JsonRecords, ARecordTheColumnsCannotTakeIsTheTreesError) {
  EXPECT_EQ(
      failure("[{\"x\":1,\"y\":2},\n 5]"),
      path("d.json") + ":2:2: error: /1: expected a record (an object of field: value), found 5");
  EXPECT_EQ(failure("[{\"x\":1,\"y\":2},\n {\"x\":2,\"y\":[1]}]"),
            path("d.json") +
                ":2:13: error: /1/y: expected a number, string, boolean or null in a data "
                "cell, found an array of 1");
  EXPECT_EQ(failure("[{\"x\":1,\"y\":2},\n {\"x\":2,\"y\":\"three\"}]"),
            path("d.json") +
                ":2:13: error: /1/y: expected a number like the rest of field \"y\", found "
                "\"three\" (write numbers without quotes, with '.' for decimals)");
}

TEST_F(JsonRecords, TheFilesSyntaxIsReportedFirstAsBefore) {
  // The second record is refused (a number after a string), but the third is broken JSON:
  // a tree could not be read at all, so that is the error.
  EXPECT_EQ(failure("[{\"x\":1,\"y\":\"a\"},\n {\"x\":2,\"y\":3},\n {\"x\":3 \"y\":4}]"),
            path("d.json") + ":3:9: error: /2: expected ',' or '}', found '\"'");
  EXPECT_EQ(failure("[{\"x\":1,\"y\":2,\"x\":3}]"),
            path("d.json") + ":1:15: error: /0/x: expected each key once, found a second \"x\"");
  EXPECT_EQ(failure("[{\"x\":1,\"y\":2}] x"),
            path("d.json") + ":1:17: error: /: expected end of document, found 'x'");
  EXPECT_EQ(failure("[{\"x\":1,\"y\":\"\xff\"}]"),
            path("d.json") + ":1:14: error: /0/y: expected text in UTF-8, found the byte \\xff");
  EXPECT_EQ(failure("[{\"x\":1,\"y\":2}"),
            path("d.json") + ":1:15: error: /: expected ',' or ']', found end of file");
}

TEST_F(JsonRecords, ACellIsLocatedInTheFile) {
  write("d.json", "[\n  {\"x\": 1, \"label\": \"a\"},\n  {\"x\": 2, \"label\": \"abc\"}\n]");
  auto data = resolve(R"("d": {"file": "d.json"})").datasets.at("d");
  ASSERT_TRUE(data.locate_cell);
  auto where = data.locate_cell(1, "label", 2);
  EXPECT_EQ(where.file, path("d.json"));
  EXPECT_EQ(where.line, 3);
  EXPECT_EQ(where.column, 24);  // the "c" of "abc", its byte 2
  EXPECT_EQ(where.pointer, "/1/label");
}

// A file of records is read a piece at a time (a megabyte, the window sliding on after each
// record): a file of several pieces, with records and strings across their seams, reads as a
// whole one, and its errors and cells are located as in a whole one, however far in.
class ManyJsonRecords : public JsonRecords {
 protected:
  // A record a line, record i on line i + 2; record `long_at` with a label of 900 KB.
  std::string records(size_t count, size_t long_at, const std::string& broken = "",
                      size_t broken_at = SIZE_MAX) {
    std::string text = "[\n";
    for (size_t i = 0; i < count; ++i) {
      if (i) text += ",\n";
      if (i == broken_at) {
        text += broken;
        continue;
      }
      std::string label =
          i == long_at ? std::string(900000, 'w') : std::to_string(i).insert(0, 1, 'r');
      text.append("{\"x\": ").append(std::to_string(i)).append(", \"label\": \"");
      text.append(label).append("\"}");
    }
    return text + "\n]\n";
  }
};

TEST_F(ManyJsonRecords, AFileOfManyPiecesReadsWhole) {
  write("d.json", records(100000, 40000));
  auto data = resolve(R"("d": {"file": "d.json"})").datasets.at("d");
  ASSERT_EQ(data.rows, 100000u);
  EXPECT_EQ(data.find("x")->number(99999), 99999);
  EXPECT_EQ(data.find("label")->text(99999), "r99999");
  EXPECT_EQ(data.find("label")->text(40000)->size(), 900000u);
  EXPECT_EQ(data.find("label")->text(40001), "r40001");
  auto where = data.locate_cell(99000, "label", 1);
  EXPECT_EQ(where.line, 99002);
  EXPECT_EQ(where.column, 25);  // the "9" after the "r" of "r99000"
  EXPECT_EQ(where.pointer, "/99000/label");
}

TEST_F(ManyJsonRecords, ErrorsFarInAreWhereTheyStand) {
  EXPECT_EQ(failure(records(100000, 5, "{\"x\": 90000 \"label\": \"b\"}", 90000)),
            path("d.json") + ":90002:13: error: /90000: expected ',' or '}', found '\"'");
  EXPECT_EQ(failure(records(100000, 5, "{\"x\": \"t\", \"label\": \"b\"}", 95000)),
            path("d.json") +
                ":95002:7: error: /95000/x: expected a number like the rest of field \"x\", "
                "found \"t\" (write numbers without quotes, with '.' for decimals)");
  // A refused record, then broken syntax later: the syntax is what a tree reports.
  std::string both = records(100000, 5, "{\"x\": \"t\"}", 50000);
  both.replace(both.rfind("}"), 1, "");
  EXPECT_EQ(failure(both),
            path("d.json") + ":100002:1: error: /99999: expected ',' or '}', found ']'");
}

// The scanner reading in pieces reports what it reports reading the whole text: on a file of
// several pieces with one random byte changed (a bracket, a quote, a comma or a letter
// inserted, dropped or replaced), the same error, or none.
TEST_F(ManyJsonRecords, AChangedByteIsReportedAsInTheWholeText) {
  std::string whole = records(60000, 30000);
  const std::string bytes = "{}[]\",: a1\\\n";
  for (unsigned seed = 1; seed <= 40; ++seed) {
    folio::testing::RandomSource random(seed);
    std::string text = whole;
    size_t at = static_cast<size_t>(random.between(0, static_cast<int>(text.size()) - 1));
    char c = bytes[static_cast<size_t>(random.between(0, static_cast<int>(bytes.size()) - 1))];
    int how = random.between(0, 2);
    if (how == 0)
      text.insert(at, 1, c);
    else if (how == 1)
      text.erase(at, 1);
    else
      text[at] = c;
    write("d.json", text);
    auto expected = error_of([&] { spec::JsonDocument::parse_file(text, dir_ / "d.json"); });
    auto opened = open_regular_file(dir_ / "d.json", size_t{1} << 30);
    ASSERT_TRUE(opened.file);
    auto found = error_of([&] {
      spec::JsonDocument::scan_array_file(opened.file, dir_ / "d.json",
                                          [](const spec::Json&, size_t, size_t, size_t) {});
    });
    EXPECT_EQ(found, expected) << "seed " << seed << ": '" << c << "' " << how << " at " << at;
  }
}

}  // namespace
}  // namespace folio::model
