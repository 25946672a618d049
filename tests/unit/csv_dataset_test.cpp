// CSV files as statistics offices publish them, read into typed datasets, and the transforms
// a statistician applies before charting; every error names the CSV's line:column and the
// document's pointer.
#include "model/csv_dataset.h"

#include <filesystem>
#include <fstream>
#include <tuple>

#include "core/limits.h"
#include "model/document.h"
#include "test_support.h"

namespace folio::model {
namespace {

using folio::testing::error_of;

class CsvDataset : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("folio-csv-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  void write(const std::string& name, const std::string& bytes) {
    std::ofstream(dir_ / name, std::ios::binary) << bytes;
  }
  // Resolves a document whose "data" is `data`, from a file in the test's folder.
  Document resolve(const std::string& data, const std::string& extra = "",
                   const ResolveOptions& options = {}) {
    write("doc.json",
          R"({"meta": {"title": "T"},)" + extra + R"( "data": {)" + data + R"(}, "blocks": []})");
    auto spec = spec::parse_document_file(dir_ / "doc.json");
    auto document = resolve_document(spec, options);
    return document;
  }
  std::string failure(const std::string& data, const std::string& extra = "") {
    return error_of([&] { resolve(data, extra); });
  }
  std::string path(const std::string& name) const { return (dir_ / name).string(); }

  std::filesystem::path dir_;
};

std::vector<std::optional<double>> numbers(const Dataset& data, const std::string& field) {
  const auto& cells = data.find(field)->numbers();
  return {cells.begin(), cells.end()};
}
std::vector<std::optional<std::string>> texts(const Dataset& data, const std::string& field) {
  const auto* column = data.find(field);
  std::vector<std::optional<std::string>> cells;
  for (size_t row = 0; row < column->size(); ++row) cells.push_back(column->text(row));
  return cells;
}
using N = std::optional<double>;
using T = std::optional<std::string>;

TEST_F(CsvDataset, ReadsQuotedFieldsBomCrlfAndTypesColumns) {
  write("t.csv",
        "\xEF\xBB\xBF"
        "country,note,value,ok\r\n"
        "Cambodia,\"Phnom Penh, capital\",1.5,true\r\n"
        "\"Lao PDR\",\"two\r\nlines, \"\"quoted\"\"\",,false\r\n"
        "\r\n"
        "Viet Nam,,-3e2,TRUE\r\n");
  auto doc = resolve(R"("t": {"file": "t.csv"})");
  const auto& t = doc.datasets.at("t");
  EXPECT_EQ(t.rows, 3u);  // the blank line is no row
  EXPECT_EQ(t.field_names(), (std::vector<std::string>{"country", "note", "value", "ok"}));
  EXPECT_EQ(texts(t, "note"),
            (std::vector<T>{"Phnom Penh, capital", "two\r\nlines, \"quoted\"", std::nullopt}));
  EXPECT_EQ(t.find("value")->type, ColumnType::number);
  EXPECT_EQ(numbers(t, "value"), (std::vector<N>{1.5, std::nullopt, -300}));
  EXPECT_EQ(t.find("ok")->type, ColumnType::boolean);
  EXPECT_EQ(numbers(t, "ok"), (std::vector<N>{1, 0, 1}));
  EXPECT_EQ(t.find("country")->type, ColumnType::text);
}

TEST_F(CsvDataset, ReadsDelimitersDecimalCommasAndDeclaredTypes) {
  write("de.csv", "Jahr;Wert;Code\n2019;1.234,5;001\n2020;-0,25;002\n");
  auto doc = resolve(R"("de": {"file": "de.csv", "csv": {"delimiter": ";", "decimal": ",",
                       "types": {"Code": "string", "Jahr": "date"}}})");
  const auto& de = doc.datasets.at("de");
  EXPECT_EQ(numbers(de, "Wert"), (std::vector<N>{1234.5, -0.25}));
  EXPECT_EQ(de.find("Code")->type, ColumnType::text);  // "001" stays "001"
  EXPECT_EQ(texts(de, "Code"), (std::vector<T>{"001", "002"}));
  EXPECT_EQ(de.find("Jahr")->type, ColumnType::text);  // dates are kept as written
  write("t.tsv", "a\tb\n1\t2\n");
  EXPECT_EQ(numbers(resolve(R"("t": {"file": "t.tsv"})").datasets.at("t"), "b"),
            (std::vector<N>{2}));
}

// Cells come back as written, whatever form their numbers take, and an expression in a text
// cell found after loading still names the cell's own line.
TEST_F(CsvDataset, KeepsEveryCellAsWritten) {
  write("w.csv", "x,y,flag\n1,97.1230,true\n2,,false\n3,1e3,TRUE\n4,-0.5000,true\n");
  auto written = resolve(R"("w": {"file": "w.csv"})");
  const auto& w = written.datasets.at("w");
  EXPECT_EQ(texts(w, "y"), (std::vector<T>{"97.1230", std::nullopt, "1e3", "-0.5000"}));
  EXPECT_EQ(numbers(w, "y"), (std::vector<N>{97.123, std::nullopt, 1000, -0.5}));
  EXPECT_EQ(texts(w, "flag"), (std::vector<T>{"true", "false", "TRUE", "true"}));
  EXPECT_EQ(texts(w, "x"), (std::vector<T>{"1", "2", "3", "4"}));
  // A column that starts with numbers and turns to words is words, every cell as written; the
  // numbers beside it are read in the same pass.
  write("m.csv", "code,v\n01,1\n2,2.50\nAB,3\nCD,\nEF,5\n");
  auto mixed = resolve(R"("m": {"file": "m.csv"})");
  const auto& m = mixed.datasets.at("m");
  EXPECT_EQ(m.find("code")->type, ColumnType::text);
  EXPECT_EQ(texts(m, "code"), (std::vector<T>{"01", "2", "AB", "CD", "EF"}));
  EXPECT_EQ(numbers(m, "code"), (std::vector<N>(5, std::nullopt)));
  EXPECT_EQ(texts(m, "v"), (std::vector<T>{"1", "2.50", "3", std::nullopt, "5"}));
  EXPECT_EQ(numbers(m, "v"), (std::vector<N>{1, 2.5, 3, std::nullopt, 5}));
  write("e.csv", "name,v\n\nA,1\nB {nope,2\n");
  auto doc = resolve(R"("e": {"file": "e.csv"})");
  ASSERT_TRUE(doc.datasets.at("e").locate_cell);
  auto where = doc.datasets.at("e").locate_cell(1, "name", 2);
  EXPECT_EQ(where.line, 4);
  EXPECT_EQ(where.column, 3);
}

TEST_F(CsvDataset, NumbersAreReadTheSameWhateverTheMachineLocale) {
  EXPECT_EQ(parse_csv_number("1,234,567.5", '.'), 1234567.5);
  EXPECT_EQ(parse_csv_number("1 234,5", ','), 1234.5);
  EXPECT_EQ(parse_csv_number(" 12 ", '.'), 12);
  EXPECT_EQ(parse_csv_number("1,23", '.'), std::nullopt);  // not grouped by three
  EXPECT_EQ(parse_csv_number("12%", '.'), std::nullopt);
  EXPECT_EQ(parse_csv_number("1e-6", '.'), 1e-6);
  EXPECT_EQ(parse_csv_number("-", '.'), std::nullopt);
}

// Most cells are plain numbers, read where they are; the others have their separators taken
// out first. Both read alike, and anything else is no number.
TEST_F(CsvDataset, NumbersWithAndWithoutSeparatorsReadAlike) {
  using N = std::optional<double>;
  const std::vector<std::tuple<std::string, char, N>> cases = {
      {"+12.5", '.', 12.5},
      {"-0.25", '.', -0.25},
      {"\t7\t", '.', 7},
      {"1E3", '.', 1000},
      {"2.5e+2", '.', 250},
      {"3,5", ',', 3.5},
      {"-3,5e1", ',', -35},
      {"1.234,5", ',', 1234.5},
      {"1,234", '.', 1234},
      {"12 345 678", '.', 12345678},
      {"1,234.5e1", '.', 12345},
      {"103.4567", '.', 103.4567},
      {"1,2345", '.', N()},
      {"3.5", ',', N()},
      {"e5", '.', N()},
      {"1e5e5", '.', N()},
      {"--1", '.', N()},
      {"1-", '.', N()},
      {"inf", '.', N()},
      {"nan", '.', N()},
      {"0x10", '.', N()},
      {"+", '.', N()},
      {"", '.', N()},
      {"  ", '.', N()},
      {",123", '.', N()},
      {"1,234,56", '.', N()},
  };
  for (const auto& [text, decimal, expected] : cases)
    EXPECT_EQ(parse_csv_number(text, decimal), expected) << '"' << text << "\" with " << decimal;
}

TEST_F(CsvDataset, UnpivotsAWorldBankDownload) {
  // Four lines of metadata, ".." for missing values, and every line ending in a comma.
  write("wb.csv",
        "\"Data Source\",\"World Development Indicators\",\n\n\"Last Updated "
        "Date\",\"2024-06-28\",\n\n"
        "\"Country Name\",\"Country Code\",\"Indicator Name\",\"1990\",\"1991\",\"1992\",\n"
        "\"Cambodia\",\"KHM\",\"Trade (% of GDP)\",\"20.5\",\"..\",\"45.1\",\n"
        "\"Lao PDR\",\"LAO\",\"Trade (% of GDP)\",\"30.2\",\"31\",\"\",\n");
  std::string data = R"("wb": {"file": "wb.csv", "csv": {"skipRows": 4, "nulls": ["", ".."]},
      "transform": [{"where": "`Country Code` = country"},
                    {"unpivot": {"columns": ["1990..1992"], "key": "year", "value": "trade"}},
                    {"rename": {"Country Name": "name"}}, {"select": ["name", "year", "trade"]}]})";
  auto doc = resolve(data, R"("params": {"country": "KHM"},)");
  const auto& wb = doc.datasets.at("wb");
  EXPECT_EQ(wb.field_names(), (std::vector<std::string>{"name", "year", "trade"}));
  EXPECT_EQ(numbers(wb, "year"), (std::vector<N>{1990, 1991, 1992}));
  EXPECT_EQ(numbers(wb, "trade"), (std::vector<N>{20.5, std::nullopt, 45.1}));
  EXPECT_EQ(texts(wb, "name"), (std::vector<T>{"Cambodia", "Cambodia", "Cambodia"}));
  auto lao = resolve(data, R"("params": {"country": "KHM"},)", {.params = {{"country", "LAO"}}});
  EXPECT_EQ(numbers(lao.datasets.at("wb"), "trade"), (std::vector<N>{30.2, 31, std::nullopt}));
}

TEST_F(CsvDataset, BadCsvNamesTheFileLineColumnAndPointer) {
  write("quote.csv", "a,b\n1,\"open\n2,3\n");
  EXPECT_EQ(failure(R"("q": {"file": "quote.csv"})"),
            path("quote.csv") +
                ":2:3: error: /data/q: expected every quoted field closed by a "
                "quote, found a quote that is never closed (a field that starts "
                "with \" must end with \")");
  write("stray.csv", "a,b\n1,\"x\"y\n");
  EXPECT_EQ(failure(R"("s": {"file": "stray.csv"})"),
            path("stray.csv") +
                ":2:6: error: /data/s: expected a field that ends with its "
                "closing quote, found a quote inside an unquoted field or text "
                "after a closing quote (quote the whole field and double the "
                "quotes inside it: \"say \"\"hi\"\"\")");
  write("ragged.csv", "a,b,c\n1,2,3\n4,5\n");
  EXPECT_EQ(failure(R"("r": {"file": "ragged.csv"})"),
            path("ragged.csv") +
                ":3:1: error: /data/r: expected 3 fields like the header on line "
                "1, found 2");
  write("text.csv", "year,usd\n2018,12\n2019,13\n2020,14\n2021,15\n2022,n/a\n");
  EXPECT_EQ(failure(R"("t": {"file": "text.csv"})"),
            path("text.csv") +
                ":6:6: error: /data/t: expected a number in column \"usd\" like "
                "the rest of it, found \"n/a\" (add it to \"nulls\" if it means no "
                "value, or declare \"usd\": \"string\" in \"types\")");
  write("declared.csv", "year,usd\n2018,x\n");
  EXPECT_EQ(failure(R"("d": {"file": "declared.csv", "csv": {"types": {"usd": "number"}}})"),
            path("declared.csv") +
                ":2:6: error: /data/d: expected a number in column \"usd\" "
                "(declared in \"types\"), found \"x\"");
  // The first bad cell of the leftmost bad column, as a reader going down the columns meets it.
  write("two.csv", "a,b\n1,2\n3,x\ny,4\n5,6\n6,7\n7,8\n");
  EXPECT_EQ(failure(R"("t": {"file": "two.csv"})"),
            path("two.csv") +
                ":4:1: error: /data/t: expected a number in column \"a\" like "
                "the rest of it, found \"y\" (add it to \"nulls\" if it means no "
                "value, or declare \"a\": \"string\" in \"types\")");
  write("latin1.csv", "name\nS\xE3o Paulo\n");
  EXPECT_EQ(failure(R"("l": {"file": "latin1.csv"})"),
            path("latin1.csv") +
                ":2:2: error: /data/l: expected text in UTF-8, found the byte "
                "0xE3 (save the file as UTF-8 (spreadsheets call it \"CSV UTF-8\"))");
  // Past runs of ASCII (read eight bytes at a time) and a valid two-byte letter.
  write("late.csv", "name\nPhnom Penh\nSiem Reap\nBattambang ok\nK\xC3\xB6ln\nS\xE3o Paulo\n");
  EXPECT_EQ(failure(R"("l": {"file": "late.csv"})"),
            path("late.csv") +
                ":6:2: error: /data/l: expected text in UTF-8, found the byte "
                "0xE3 (save the file as UTF-8 (spreadsheets call it \"CSV UTF-8\"))");
}

// A field is a label or a table cell: past 1 MiB it is refused where it starts, quoted over
// several lines or not.
TEST_F(CsvDataset, AFieldTakesAMebibyte) {
  std::string at_limit(limits::kStringBytes, 'x');
  write("long.csv", "a,b\n1,\"" + at_limit + "\"\n");
  EXPECT_EQ(failure(R"("l": {"file": "long.csv"})"), "no error");
  write("long.csv", "a,b\n1,2\n3,\"line\n" + at_limit + "\"\n");
  EXPECT_EQ(failure(R"("l": {"file": "long.csv"})"),
            path("long.csv") +
                ":3:3: error: /data/l: expected a field of at most 1048576 bytes, found 1048581 "
                "bytes");
}

TEST_F(CsvDataset, UnknownFilesAndStepsNameTheReferencingPointer) {
  write("t.xlsx", "");
  EXPECT_EQ(failure(R"("x": {"file": "t.xlsx"})"),
            path("doc.json") +
                ":1:49: error: /data/x/file: expected a data file ending in .json, "
                ".csv or .tsv, or a \"format\" key saying which, found \"t.xlsx\"");
  EXPECT_EQ(failure(R"("x": {"file": "missing.csv"})"),
            path("doc.json") +
                ":1:49: error: /data/x/file: expected a data file relative to the "
                "document, found no file \"missing.csv\"");
  write("t.csv", "a,b\n1,2\n");
  EXPECT_EQ(failure(R"("t": {"file": "t.csv", "transform": [{"select": ["a", "bb"]}]})"),
            path("doc.json") +
                ":1:89: error: /data/t/transform/0/select/1: expected a field of "
                "dataset \"t\" (a, b), found \"bb\" (did you mean \"b\"?)");
  EXPECT_EQ(failure(R"("t": {"file": "t.csv", "transform": [{"where": "a > \"1\""}]})"),
            path("doc.json") +
                ":1:87: error: /data/t/transform/0/where: expected a number, as on "
                "the left of '>', found the text \"1\" (numbers compare with "
                "numbers: leave out the quotes)");
  EXPECT_EQ(failure(R"("t": {"file": "t.csv", "transform": [{"filter": "a > 1"}]})"),
            path("doc.json") +
                ":1:72: error: /data/t/transform/0: expected one of {\"where\": "
                "...}, {\"select\": [...]}, {\"rename\": {...}} or {\"unpivot\": "
                "{...}}, found \"filter\"");
}

}  // namespace
}  // namespace folio::model
