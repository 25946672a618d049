#include "spec/json_document.h"

#include "test_support.h"

namespace folio::spec {
namespace {

using folio::testing::error_of;

std::string syntax_error(const std::string& text) {
  return error_of([&] { JsonDocument::parse(text, "doc.json"); });
}

TEST(JsonDocument, ReportsMissingCommaWithLineAndColumn) {
  EXPECT_EQ(syntax_error("{\n  \"a\": 1\n  \"b\": 2\n}"),
            "doc.json:3:3: error: /: expected ',' or '}', found '\"'");
}

TEST(JsonDocument, ReportsDoubleCommaInObject) {
  EXPECT_EQ(syntax_error("{\"a\": 1,,}"),
            "doc.json:1:9: error: /: expected a quoted key, found ','");
}

TEST(JsonDocument, ReportsTrailingCommaInArrayAtTheArraysPointer) {
  EXPECT_EQ(syntax_error("{\"blocks\": [1, 2,]}"),
            "doc.json:1:18: error: /blocks/2: expected a JSON value, found ']'");
}

TEST(JsonDocument, ReportsUnterminatedStringAndEndOfFile) {
  EXPECT_EQ(syntax_error("{\"a\": \"open"),
            "doc.json:1:12: error: /a: expected a closing '\"', found end of file");
  EXPECT_EQ(syntax_error(""), "doc.json:1:1: error: /: expected a JSON value, found end of file");
}

TEST(JsonDocument, ReportsBareWordsAndMalformedNumbers) {
  EXPECT_EQ(syntax_error("{\"a\": yes}"),
            "doc.json:1:7: error: /a: expected a JSON value, found 'yes'");
  EXPECT_EQ(syntax_error("{\"a\": 1.2.3}"),
            "doc.json:1:7: error: /a: expected a number, found '1.2.3'");
  EXPECT_EQ(syntax_error("[01]"), "doc.json:1:2: error: /0: expected a number, found '01'");
}

TEST(JsonDocument, ReportsDuplicateKeys) {
  EXPECT_EQ(syntax_error("{\"title\": 1,\n \"title\": 2}"),
            "doc.json:2:2: error: /title: expected each key once, found a second \"title\"");
}

TEST(JsonDocument, CountsColumnsInCharactersNotBytes) {
  // "한국" is six bytes but two characters: x is the 8th character.
  EXPECT_EQ(syntax_error("{\"한국\": x}"),
            "doc.json:1:8: error: /한국: expected a JSON value, found 'x'");
}

TEST(JsonDocument, LocatesValuesKeysAndEscapedPointers) {
  auto doc = JsonDocument::parse("{\n  \"a/b\": {\"c\": [10,\n    20]}\n}", "doc.json");
  auto value = doc.locate("/a~1b/c/1");
  EXPECT_EQ(value.line, 3);
  EXPECT_EQ(value.column, 5);
  auto key = doc.locate("/a~1b", true);
  EXPECT_EQ(key.line, 2);
  EXPECT_EQ(key.column, 3);
  // A pointer no value has falls back to its nearest ancestor.
  auto missing = doc.locate("/a~1b/c/7");
  EXPECT_EQ(missing.line, 2);
  EXPECT_EQ(missing.column, 16);
  EXPECT_EQ(missing.pointer, "/a~1b/c/7");
}

TEST(JsonDocument, ParsesEscapesAndUnicode) {
  auto doc = JsonDocument::parse(R"({"k\u00e9y": "a\"b\n", "n": -1.5e2})", "doc.json");
  EXPECT_EQ(doc.root().at("kéy").get<std::string>(), "a\"b\n");
  EXPECT_DOUBLE_EQ(doc.root().at("n").get<double>(), -150);
}

TEST(JsonDocument, MissingFileIsAnInputError) {
  EXPECT_EQ(error_of([] { JsonDocument::load("/nonexistent/x.json", "x.json"); }),
            "x.json: error: /: expected a readable JSON file, found no such file");
}

}  // namespace
}  // namespace folio::spec
