#include "model/document.h"
#include "test_support.h"

namespace folio::spec {
namespace {

using folio::testing::error_of;
using folio::testing::parse_text;

const char* kMinimal = R"({"meta": {"title": "T"}, "blocks": []})";

TEST(ParseDocument, AppliesDefaults) {
  auto doc = parse_text(kMinimal);
  EXPECT_EQ(doc.meta.title, "T");
  EXPECT_EQ(doc.meta.language, "en");
  EXPECT_EQ(doc.page.size, "A4");
  EXPECT_EQ(doc.style.theme, "briefing");
  EXPECT_TRUE(doc.blocks.empty());
}

TEST(ParseDocument, ReadsLengthsInUnits) {
  auto doc = parse_text(R"({"meta": {"title": "T"}, "page": {"size": "Letter",
      "margins": {"top": "20mm", "right": "1in", "bottom": 36, "left": "2.54cm"}}, "blocks": []})");
  EXPECT_EQ(doc.page.size, "Letter");
  EXPECT_NEAR(doc.page.margin_top_pt, 56.69, 0.01);
  EXPECT_DOUBLE_EQ(doc.page.margin_right_pt, 72);
  EXPECT_DOUBLE_EQ(doc.page.margin_bottom_pt, 36);
  EXPECT_NEAR(doc.page.margin_left_pt, 72, 1e-9);
}

TEST(ParseDocument, RejectsMissingTitle) {
  EXPECT_EQ(error_of([] { parse_text(R"({"meta": {}, "blocks": []})"); }),
            "doc.json:1:10: error: /meta: expected a \"title\" key, found none");
}

TEST(ParseDocument, RejectsUnknownKeyWithSuggestion) {
  EXPECT_EQ(error_of([] { parse_text(R"({"meta": {"title": "T", "autor": "A"}, "blocks": []})"); }),
            "doc.json:1:25: error: /meta/autor: expected one of the keys title, subtitle, author, "
            "date, language, "
            "subject, keywords, classification, found \"autor\" (did you mean \"author\"?)");
}

TEST(ParseDocument, RejectsWrongTypesAndEnums) {
  EXPECT_EQ(error_of([] { parse_text(R"({"meta": {"title": 5}, "blocks": []})"); }),
            "doc.json:1:20: error: /meta/title: expected a string, found 5");
  EXPECT_EQ(error_of([] {
              parse_text(R"({"meta": {"title": "T"}, "page": {"size": "A5"}, "blocks": []})");
            }),
            "doc.json:1:43: error: /page/size: expected \"A4\" or \"Letter\", found \"A5\" (did "
            "you mean \"A4\"?)");
  EXPECT_EQ(
      error_of(
          [] { parse_text(R"({"meta": {"title": "T", "date": "2020-13-01"}, "blocks": []})"); }),
      "doc.json:1:33: error: /meta/date: expected a date as YYYY-MM-DD, found \"2020-13-01\"");
  EXPECT_EQ(
      error_of([] {
        parse_text(R"({"meta": {"title": "T"}, "page": {"margins": "2 inches"}, "blocks": []})");
      }),
      "doc.json:1:46: error: /page/margins: expected a length such as \"20mm\", \"1in\" or 36 "
      "(points), found "
      "\"2 inches\"");
}

TEST(ParseDocument, ParsesEveryBlockType) {
  auto doc = parse_text(
      R"({"meta": {"title": "T"}, "data": {"d": {"values": [{"x": 1, "y": 2}], "source": "S"}},
    "blocks": [
      {"type": "heading", "text": "H", "level": 2},
      {"type": "paragraph", "text": "P"},
      {"type": "chart", "id": "c-1", "kind": "line", "data": "d", "x": "x", "y": {"field": "y", "title": "Y"}},
      {"type": "stats", "id": "s", "kind": "stats", "items": [{"value": 3, "label": "L"}]},
      {"type": "table", "data": "d", "columns": ["x", {"field": "y", "title": "Why"}]},
      {"type": "pageBreak"}]})");
  ASSERT_EQ(doc.blocks.size(), 6u);
  EXPECT_EQ(std::get<Heading>(doc.blocks[0].content).level, 2);
  EXPECT_EQ(std::get<Paragraph>(doc.blocks[1].content).text, "P");
  const auto& chart = std::get<Chart>(doc.blocks[2].content);
  EXPECT_EQ(chart.x->field, "x");
  EXPECT_EQ(chart.y->title, "Y");
  EXPECT_EQ(chart.pointer, "/blocks/2");
  EXPECT_EQ(std::get<Chart>(doc.blocks[3].content).items.at(0).value, 3);
  EXPECT_EQ(std::get<Table>(doc.blocks[4].content).columns.at(1).title, "Why");
  EXPECT_TRUE(std::holds_alternative<PageBreak>(doc.blocks[5].content));
  EXPECT_EQ(doc.data.at(0).source, "S");
}

TEST(ParseDocument, RejectsBadBlocks) {
  EXPECT_EQ(
      error_of([] { parse_text(R"({"meta": {"title": "T"}, "blocks": [{"type": "image"}]})"); }),
      "doc.json:1:46: error: /blocks/0/type: expected \"heading\", \"paragraph\", \"chart\", "
      "\"stats\", "
      "\"table\", \"list\", \"callout\", \"grid\" or \"pageBreak\", found \"image\"");
  EXPECT_EQ(
      error_of([] {
        parse_text(
            R"({"meta": {"title": "T"}, "blocks": [{"type": "chart", "id": "Trade Growth", "kind": "line"}]})");
      }),
      "doc.json:1:61: error: /blocks/0/id: expected an id of lowercase letters, digits, '-' and "
      "'_' (it names "
      "the chart's files), found \"Trade Growth\"");
  EXPECT_EQ(
      error_of([] {
        parse_text(
            R"({"meta": {"title": "T"}, "blocks": [{"type": "heading", "text": "H", "level": 4}]})");
      }),
      "doc.json:1:79: error: /blocks/0/level: expected a whole number from 1 to 3, found 4");
}

TEST(ParseDocument, RequiresExactlyOneDataForm) {
  EXPECT_EQ(
      error_of([] {
        parse_text(R"({"meta": {"title": "T"}, "data": {"d": {"source": "S"}}, "blocks": []})");
      }),
      "doc.json:1:40: error: /data/d: expected exactly one of \"values\", \"columns\" or \"file\", "
      "found none");
}

// A data file that is missing is reported at the reference that names it.
TEST(ParseDocument, ReportsAMissingDataFileAtItsReference) {
  std::string dir = FOLIO_TEST_DATA;
  auto error = error_of([&] { parse_document_file(dir + "/bad_data_ref.json"); });
  EXPECT_EQ(error, dir +
                       "/bad_data_ref.json:1:49: error: /data/d/file: expected a data file "
                       "relative to the document, found no file \"./missing.json\"");
}

}  // namespace
}  // namespace folio::spec

namespace folio::spec {
namespace {

TEST(ParseChart, AcceptsALogScaleOnlyWhereLengthsNeedNoZero) {
  auto chart = [](const std::string& kind, const std::string& axis) {
    return R"({"meta": {"title": "T"}, "blocks": [{"type": "chart", "id": "c", "kind": ")" + kind +
           R"(", "data": {"values": [{"a": 1, "b": 2}]}, "x": "a", "y": )" + axis + "}]}";
  };
  EXPECT_EQ(error_of([&] { parse_text(chart("line", R"({"field": "b", "scale": "log"})")); }),
            "no error");
  EXPECT_EQ(error_of([&] { parse_text(chart("bar", R"({"field": "b", "scale": "log"})")); }),
            "doc.json:1:160: error: /blocks/0/y/scale: expected \"linear\" (\"bar\" charts have no "
            "log scale on their y axis), found \"log\"");
  EXPECT_EQ(
      error_of([&] { parse_text(chart("line", R"({"field": "b", "scale": "log", "min": 0})")); }),
      "doc.json:1:175: error: /blocks/0/y/min: expected a number above 0 on a log scale, found 0");
}

}  // namespace
}  // namespace folio::spec

namespace folio::spec {
namespace {

TEST(ParseFormat, ChecksPatternsAndDateSkeletonsWhenRead) {
  auto with_format = [](const std::string& format) {
    return error_of([&] {
      parse_text(R"({"meta": {"title": "T"}, "blocks": [{"type": "chart", "id": "c", "kind": "line",
        "data": {"values": [{"a": "2019-03", "b": 2}]}, "x": {"field": "a", "format": )" +
                 format + R"(}, "y": "b"}]})");
    });
  };
  EXPECT_EQ(with_format(R"({"date": "yQQQ"})"), "no error");
  EXPECT_NE(with_format(R"({"date": "HH:mm"})")
                .find("/blocks/0/x/format/date: expected an ICU date skeleton of date fields"),
            std::string::npos);
  EXPECT_EQ(with_format(R"({"pattern": "compact-short .0"})"), "no error");
  EXPECT_NE(with_format(R"({"pattern": "bogus-stem"})")
                .find("/blocks/0/x/format/pattern: expected an ICU number skeleton"),
            std::string::npos);
  EXPECT_NE(
      with_format(R"({"currencyDisplay": "words"})")
          .find("/blocks/0/x/format/currencyDisplay: expected \"symbol\", \"code\" or \"name\""),
      std::string::npos);
}

}  // namespace
}  // namespace folio::spec

namespace folio::spec {
namespace {

TEST(ResolveDates, LineAndAreaChartsRefuseTextThatIsNoDate) {
  for (const char* kind : {"line", "area", "timeline"}) {
    // Each kind is given only the keys it takes: a timeline has labels, lines and areas values.
    std::string fields =
        std::string(kind) == "timeline" ? R"("x": "a", "label": "l")" : R"("x": "a", "y": "b")";
    auto message = error_of([&] {
      model::resolve_document(parse_text(
          std::string(
              R"({"meta": {"title": "T"}, "blocks": [{"type": "chart", "id": "c", "kind": ")") +
          kind +
          R"(", "data": {"values": [{"a": "2019-03", "b": 2, "l": "x"}, {"a": "2019-02-30", "b": 3, "l": "y"}]},
          )" +
          fields + "}]}"));
    });
    EXPECT_NE(message.find("/blocks/0/x: expected dates as YYYY, YYYY-MM or YYYY-MM-DD in field "
                           "\"a\", found \"2019-02-30\" in row 2"),
              std::string::npos)
        << kind << ": " << message;
  }
}

TEST(ParseChart, AKindRefusesKeysItWouldIgnore) {
  auto chart = [](const std::string& rest) {
    return R"({"meta": {"title": "T"}, "blocks": [{"type": "chart", "id": "c", "kind": "bar", )"
           R"("data": {"values": [{"a": "x", "b": 2}]}, "x": "a", "y": "b", )" +
           rest + "}]}";
  };
  EXPECT_EQ(error_of([&] { parse_text(chart(R"("spans": [])")); }),
            "doc.json:1:143: error: /blocks/0/spans: expected a key that \"bar\" charts take (x, "
            "y, series, estimated, orientation, sort, stack, legend, highlight, top, annotations, "
            "facet, or any chart's: type, id, kind, title, subtitle, source, note, data, width, "
            "height, language, aspectRatio), found \"spans\"");
  EXPECT_NE(error_of([&] { parse_text(chart(R"("items": [])")); }).find("found \"items\""),
            std::string::npos);
  EXPECT_NE(error_of([&] { parse_text(chart(R"("columns": ["a"])")); }).find("found \"columns\""),
            std::string::npos);
  EXPECT_EQ(error_of([&] {
              parse_text(chart(R"("stak": "stacked")"));
            }).find("(did you mean \"stack\"?)") != std::string::npos,
            true);
  // An annotation at an x position on categories has nowhere to go.
  EXPECT_EQ(error_of([&] { parse_text(chart(R"("annotations": [{"type": "line", "x": 3}])")); }),
            "doc.json:1:181: error: /blocks/0/annotations/0/x: expected a \"y\" (the categories of "
            "\"bar\" charts have no positions between them), found an \"x\"");
}

}  // namespace
}  // namespace folio::spec

namespace folio::model {
namespace {

TEST(ResolveDocument, RejectsTwoChartsWithOneId) {
  auto spec = folio::testing::parse_text(R"({"meta": {"title": "T"},
    "data": {"d": {"values": [{"x": 1, "y": 2}]}},
    "blocks": [{"type": "chart", "id": "a", "kind": "line", "data": "d", "x": "x", "y": "y"},
               {"type": "grid", "blocks": [
                 {"type": "chart", "id": "a", "kind": "bar", "data": "d", "x": "x", "y": "y"}]}]})");
  EXPECT_EQ(folio::testing::error_of([&] { resolve_document(spec); }),
            "doc.json:5:42: error: /blocks/1/blocks/0/id: expected an id no other chart has (it "
            "names the chart's files), found \"a\" again (first used at doc.json:3:40)");
}

}  // namespace
}  // namespace folio::model
