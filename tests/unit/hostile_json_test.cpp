// JSON that must be refused with one positioned, printable line, at bounded cost: nesting,
// numbers that do not fit, broken text encodings and terminal control characters.
#include "core/errors.h"
#include "core/limits.h"
#include "spec/json_document.h"
#include "test_support.h"

namespace folio::spec {
namespace {

using folio::testing::error_of;

std::string syntax_error(const std::string& text, const std::string& name = "doc.json") {
  return error_of([&] { JsonDocument::parse(text, name); });
}

std::string nested(size_t depth, char open, char close, const std::string& inner = "1") {
  return std::string(depth, open) + inner + std::string(depth, close);
}

TEST(HostileJson, NestingUpToTheLimitIsReadAndOneLevelMoreIsRefusedWhileScanning) {
  const size_t limit = limits::kNestingDepth;
  auto at_limit = JsonDocument::parse(nested(limit, '[', ']'), "doc.json");
  const Json* value = &at_limit.root();
  for (size_t i = 0; i < limit; ++i) value = &value->at(0);
  EXPECT_EQ(*value, 1);
  std::string error = syntax_error(nested(limit + 1, '[', ']'));
  EXPECT_EQ(error.rfind("doc.json:1:257: error: /0/0/0/", 0), 0u) << error;
  EXPECT_NE(error.find("/0/.../0/0/"), std::string::npos) << error;
  EXPECT_NE(error.find("/0: expected arrays and objects nested at most 256 deep, found a deeper "
                       "one"),
            std::string::npos)
      << error;
  EXPECT_LT(error.size(), 220u) << "the pointer is shortened to keep the line readable";
}

TEST(HostileJson, TwoHundredThousandLevelsCostNoStackAndNoMemory) {
  // Once crashed after 3.4 GB: refused at the 257th level without building anything.
  for (auto [open, close] : {std::pair{'[', ']'}, std::pair{'{', '}'}}) {
    std::string text;
    for (int i = 0; i < 200000; ++i) text += open == '[' ? "[" : "{\"a\":";
    text += "1" + std::string(200000, close);
    EXPECT_NE(syntax_error(text).find("nested at most 256 deep"), std::string::npos);
  }
}

TEST(HostileJson, NumbersTooLargeForADoubleAreRefusedAndTinyOnesRoundToZero) {
  EXPECT_EQ(syntax_error("{\"a\": 1e999}"),
            "doc.json:1:7: error: /a: expected a number between -1.8e308 and 1.8e308, found "
            "1e999");
  EXPECT_EQ(syntax_error("[0, -1e999]"),
            "doc.json:1:5: error: /1: expected a number between -1.8e308 and 1.8e308, found "
            "-1e999");
  std::string digits(400, '9');
  EXPECT_EQ(syntax_error("[" + digits + "]"),
            "doc.json:1:2: error: /0: expected a number between -1.8e308 and 1.8e308, found " +
                std::string(24, '9') + "...");
  auto tiny = JsonDocument::parse("[1e-999, 0.000e99999, 1.7976931348623157e308]", "doc.json");
  EXPECT_EQ(tiny.root().at(0).get<double>(), 0.0);
  EXPECT_EQ(tiny.root().at(1).get<double>(), 0.0);
  EXPECT_EQ(tiny.root().at(2).get<double>(), 1.7976931348623157e308);
}

TEST(HostileJson, NumbersKeepTheirKinds) {
  auto doc = JsonDocument::parse(
      "[-9223372036854775808, 18446744073709551615, 18446744073709551616, 2.5, -0]", "doc.json");
  EXPECT_TRUE(doc.root().at(0).is_number_integer());
  EXPECT_EQ(doc.root().at(0).get<std::int64_t>(), INT64_MIN);
  EXPECT_TRUE(doc.root().at(1).is_number_unsigned());
  EXPECT_TRUE(doc.root().at(2).is_number_float());
  EXPECT_EQ(doc.root().at(3).get<double>(), 2.5);
  EXPECT_EQ(doc.root().at(4).get<int>(), 0);
}

TEST(HostileJson, SurrogatesMustComeInPairs) {
  EXPECT_EQ(syntax_error("{\"t\": \"ab\\ud800\"}"),
            "doc.json:1:10: error: /t: expected a high surrogate followed by a low one "
            "(\\ud83d\\ude00), found a lone \\ud800");
  EXPECT_EQ(syntax_error("{\"t\": \"\\udc00\\ud800\"}"),
            "doc.json:1:8: error: /t: expected a low surrogate only after a high one "
            "(\\ud83d\\ude00), found a lone \\udc00");
  EXPECT_EQ(syntax_error("{\"t\": \"\\ud800\\u0041\"}"),
            "doc.json:1:8: error: /t: expected a high surrogate followed by a low one "
            "(\\ud83d\\ude00), found \\ud800 followed by \\u0041");
  auto pair = JsonDocument::parse("[\"\\ud83d\\ude00 \\u00e9\\u0915\"]", "doc.json");
  EXPECT_EQ(pair.root().at(0), "\xF0\x9F\x98\x80 \xC3\xA9\xE0\xA4\x95");
}

TEST(HostileJson, NulInAStringIsRefusedRatherThanCuttingItShort) {
  EXPECT_EQ(syntax_error("{\"t\": \"a\\u0000b\"}"),
            "doc.json:1:9: error: /t: expected text without NUL characters, found \\u0000");
}

TEST(HostileJson, BytesThatAreNotUtf8AreNamedEscaped) {
  EXPECT_EQ(syntax_error("{\"t\": \"ok \xff\xfe\"}"),
            "doc.json:1:11: error: /t: expected text in UTF-8, found the byte \\xff");
  // Overlong forms and encoded surrogates are not UTF-8 either.
  EXPECT_NE(syntax_error("[\"\xC0\xAF\"]").find("found the byte \\xc0"), std::string::npos);
  EXPECT_NE(syntax_error("[\"\xED\xA0\x80\"]").find("found the byte \\xed"), std::string::npos);
  EXPECT_NE(syntax_error("[\"\xF4\x90\x80\x80\"]").find("found the byte \\xf4"), std::string::npos);
  // Outside strings the stray byte is shown escaped too.
  EXPECT_EQ(syntax_error("[\xff]"),
            "doc.json:1:2: error: /0: expected a JSON value, found '\\xff'");
}

TEST(HostileJson, LinesAreCountedForLfCrlfAndCrOnlyFiles) {
  const std::string body[] = {"{", "\"meta\": {\"title\": \"T\"},", "\"blocks\": [",
                              "  {\"type\": \"paragraph\" \"text\": \"x\"}]}"};
  for (const std::string eol : {"\n", "\r\n", "\r"}) {
    std::string text;
    for (const auto& line : body) text += line + eol;
    EXPECT_EQ(syntax_error(text),
              "doc.json:4:24: error: /blocks/0: expected ',' or '}', found '\"'")
        << "line ends " << quote_for_message(eol);
  }
}

TEST(HostileJson, FileNamesAndValuesCannotDriveTheTerminal) {
  EXPECT_EQ(syntax_error("{", "evil\x1b[31m\a.json"),
            "evil\\x1b[31m\\x07.json:1:2: error: /: expected a quoted key or '}', found end of "
            "file");
  EXPECT_EQ(syntax_error("{\"a\x1b\": 1, \"a\x1b\": 2}"),
            "doc.json:1:4: error: /: expected a closing '\"' on the same line, found '\\x1b'");
  EXPECT_EQ(printable("tab\there\nC1\xC2\x85 bad\xff ok é"),
            "tab\\there\\nC1\\u0085 bad\\xff ok é");
  EXPECT_EQ(quote_for_message(std::string(100, 'x'), 10), "xxxxxxxxxx...");
}

}  // namespace
}  // namespace folio::spec
