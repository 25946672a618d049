#include "model/dataset.h"

#include "core/strings.h"
#include "kind/chart_kind.h"
#include "model/document.h"
#include "test_support.h"

namespace folio::model {
namespace {

using folio::testing::error_of;
using folio::testing::parse_text;

Document resolve_text(const std::string& json) {
  return resolve_document(parse_text(json));
}

TEST(Dataset, TypesRecordsAndKeepsNullsAsGaps) {
  auto doc = resolve_text(R"({"meta": {"title": "T"}, "data": {"d": {"values": [
      {"year": 1997, "usd": 50, "flow": "total"},
      {"year": 1998, "usd": null, "flow": "total", "estimated": true},
      {"year": 1999, "flow": "total"}]}}, "blocks": []})");
  const auto& data = doc.datasets.at("d");
  EXPECT_EQ(data.rows, 3u);
  const Column* usd = data.find("usd");
  ASSERT_NE(usd, nullptr);
  EXPECT_EQ(usd->type, ColumnType::number);
  EXPECT_EQ(usd->numbers()[0], 50);
  EXPECT_FALSE(usd->numbers()[1].has_value());
  EXPECT_FALSE(usd->numbers()[2].has_value());
  const Column* estimated = data.find("estimated");
  ASSERT_NE(estimated, nullptr);  // first seen in the second record
  EXPECT_EQ(estimated->type, ColumnType::boolean);
  EXPECT_FALSE(estimated->numbers()[0].has_value());
  EXPECT_EQ(estimated->numbers()[1], 1);
  EXPECT_EQ(data.find("flow")->text(2), "total");
}

TEST(Dataset, ReadsColumnsForm) {
  auto doc = resolve_text(R"({"meta": {"title": "T"}, "data": {"d": {"columns":
      {"x": ["a", "b"], "y": [1.5, 2]}}}, "blocks": []})");
  const auto& data = doc.datasets.at("d");
  EXPECT_EQ(data.rows, 2u);
  EXPECT_EQ(data.find("y")->numbers()[0], 1.5);
  EXPECT_EQ(data.find("x")->type, ColumnType::text);
}

TEST(Dataset, RejectsAQuotedNumberInANumericField) {
  EXPECT_EQ(error_of([] {
              resolve_text(R"({"meta": {"title": "T"}, "data": {"d": {"values": [
      {"value": 12.5},
      {"value": "12,3"}]}}, "blocks": []})");
            }),
            "doc.json:3:17: error: /data/d/values/1/value: expected a number like the rest of "
            "field \"value\", found "
            "\"12,3\" (write numbers without quotes, with '.' for decimals)");
}

TEST(Dataset, RejectsColumnsOfDifferentLengths) {
  EXPECT_EQ(
      error_of([] {
        resolve_text(
            R"({"meta": {"title": "T"}, "data": {"d": {"columns": {"x": [1, 2], "y": [1]}}}, "blocks": []})");
      }),
      "doc.json:1:71: error: /data/d/columns/y: expected 2 values, as many as in field \"x\", "
      "found an array of 1");
}

TEST(Resolve, NamesTheUnknownFieldAndSuggestsOne) {
  EXPECT_EQ(
      error_of([] {
        resolve_text(
            R"({"meta": {"title": "T"}, "data": {"trade": {"values": [{"year": 1997, "value": 50}]}},
  "blocks": [{"type": "chart", "id": "c", "kind": "line", "data": "trade", "x": "year", "y": "valu"}]})");
      }),
      "doc.json:2:94: error: /blocks/0/y: expected a field of dataset \"trade\" (year, value), "
      "found \"valu\" "
      "(did you mean \"value\"?)");
}

TEST(Resolve, RejectsTextInANumericAxis) {
  EXPECT_EQ(
      error_of([] {
        resolve_text(R"({"meta": {"title": "T"}, "data": {"d": {"values": [{"x": 1, "name": "a"}]}},
  "blocks": [{"type": "chart", "id": "c", "kind": "line", "data": "d", "x": "x", "y": "name"}]})");
      }),
      "doc.json:2:87: error: /blocks/0/y: expected a numeric field, found field \"name\" holding "
      "strings");
}

TEST(Resolve, RejectsUnknownDatasetKindAndTheme) {
  EXPECT_EQ(error_of([] {
              resolve_text(R"({"meta": {"title": "T"}, "data": {"trade": {"values": []}},
  "blocks": [{"type": "chart", "id": "c", "kind": "line", "data": "trad", "x": "a", "y": "b"}]})");
            }),
            "doc.json:2:67: error: /blocks/0/data: expected a dataset name (trade), found \"trad\" "
            "(did you mean "
            "\"trade\"?)");
  // The list is the registry's, so that a new kind needs no edit here.
  std::vector<std::string> kinds;
  for (const auto& kind : kind::chart_kinds()) kinds.emplace_back(kind.name);
  EXPECT_EQ(
      error_of([] {
        resolve_text(
            R"({"meta": {"title": "T"}, "blocks": [{"type": "chart", "id": "c", "kind": "radar"}]})");
      }),
      "doc.json:1:74: error: /blocks/0/kind: expected a chart kind (" + join(kinds) +
          "), found \"radar\"");
  EXPECT_EQ(kinds.front(), "line");
  EXPECT_EQ(
      error_of([] { resolve_text(R"({"meta": {"title": "T"}, "style": "fancy", "blocks": []})"); }),
      "doc.json:1:35: error: /style: expected a theme from styles/ (briefing, dark, print-mono, "
      "slides), found "
      "\"fancy\"");
}

TEST(Resolve, RejectsUnparsableTimelineDates) {
  EXPECT_EQ(
      error_of([] {
        resolve_text(
            R"({"meta": {"title": "T"}, "data": {"e": {"values": [{"d": "1970", "t": "a"}, {"d": "March 2019", "t": "b"}]}},
  "blocks": [{"type": "chart", "id": "c", "kind": "timeline", "data": "e", "x": "d", "label": "t"}]})");
      }),
      "doc.json:2:81: error: /blocks/0/x: expected dates as YYYY, YYYY-MM or YYYY-MM-DD in field "
      "\"d\", found "
      "\"March 2019\" in row 2 of dataset \"e\"");
}

}  // namespace
}  // namespace folio::model
