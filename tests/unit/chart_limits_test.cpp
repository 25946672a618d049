// What a chart and a dataset may hold, at each limit and one past it (src/core/limits.h).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/limits.h"
#include "model/dataset.h"
#include "model/document.h"
#include "spec/parse.h"
#include "test_support.h"

namespace folio::model {
namespace {

using nlohmann::json;

// The error of resolving a chart of `kind` over `rows` records, or "no error".
std::string chart_error(const std::string& kind, size_t rows, const std::string& extra = "") {
  json values = json::array();
  for (size_t i = 0; i < rows; ++i)
    values.push_back({{"k", "item " + std::to_string(i)},
                      {"v", static_cast<double>(i + 1)},
                      {"d", std::to_string(1000 + i % 1000) + "-01-01"}});
  json chart = json::parse("{" + extra + "}");
  chart["id"] = "c";
  chart["kind"] = kind;
  chart["data"] = {{"values", values}};
  std::string text = chart.dump();
  return folio::testing::error_of([&] {
    auto doc = std::make_shared<spec::JsonDocument>(spec::JsonDocument::parse(text, "c.json"));
    spec::Inputs inputs;
    resolve_chart(spec::parse_chart(spec::Node(*doc, doc->root(), ""), inputs), {}, *doc);
  });
}

TEST(ChartLimits, ADonutTakesAHundredParts) {
  EXPECT_EQ(chart_error("donut", limits::kShareParts, R"("x": "k", "y": "v")"), "no error");
  EXPECT_EQ(chart_error("pie", limits::kShareParts + 1, R"("x": "k", "y": "v")"),
            "c.json:1:9: error: /data: expected at most 100 parts in a pie chart, found 101 parts "
            "(a transform's where can keep the largest, or a table can list them all)");
}

TEST(ChartLimits, ATimelineTakesTwoThousandEvents) {
  EXPECT_EQ(chart_error("timeline", limits::kTimelineEvents, R"("x": "d", "label": "k")"),
            "no error");
  EXPECT_NE(chart_error("timeline", limits::kTimelineEvents + 1, R"("x": "d", "label": "k")")
                .find("expected at most 2000 events in a timeline chart, found 2001 events"),
            std::string::npos);
}

TEST(ChartLimits, BarsLollipopsAndWaterfallStepsStopAtAThousand) {
  const std::string fields = R"("x": "k", "y": "v")";
  for (const std::string kind : {"bar", "lollipop", "waterfall"})
    EXPECT_EQ(chart_error(kind, limits::kCategoryMarks, fields), "no error") << kind;
  EXPECT_EQ(chart_error("bar", limits::kCategoryMarks + 1, fields),
            "c.json:1:9: error: /data: expected at most 1000 bars in a bar chart, found 1001 bars "
            "(a transform's where can keep the largest, or a table can list them all)");
  EXPECT_NE(chart_error("lollipop", limits::kCategoryMarks + 1, fields)
                .find("expected at most 1000 lollipops in a lollipop chart, found 1001 lollipops"),
            std::string::npos);
  EXPECT_NE(chart_error("waterfall", limits::kCategoryMarks + 1, fields)
                .find("expected at most 1000 steps in a waterfall chart, found 1001 steps"),
            std::string::npos);
}

// A ranking cut to its `top` rows (at most 1000) draws only those, however long the list it
// sorts.
TEST(ChartLimits, ARankingCutToItsTopRowsMayRankALongerList) {
  EXPECT_EQ(chart_error("bar", 5000, R"("x": "k", "y": "v", "sort": "descending", "top": 10)"),
            "no error");
}

TEST(ChartLimits, SmallMultiplesTakeAHundredPanels) {
  EXPECT_EQ(chart_error("bar", limits::kFacetPanels, R"("x": "d", "y": "v", "facet": "k")"),
            "no error");
  EXPECT_NE(chart_error("bar", limits::kFacetPanels + 1, R"("x": "d", "y": "v", "facet": "k")")
                .find("/facet: expected a field with at most 100 values (one panel each), found "
                      "\"k\" with more"),
            std::string::npos);
}

// A magnitude that carries values past the largest double would write every label "∞".
TEST(ChartLimits, AMagnitudeMayNotCarryValuesPastTheLargestDouble) {
  auto error = [](const std::string& value) {
    return folio::testing::error_of([&] {
      resolve_document(folio::testing::parse_text(
          R"({"meta": {"title": "T"}, "data": {"d": {"values": [{"k": "a", "v": )" + value +
          R"(}]}}, "blocks": [{"type": "chart", "id": "c", "kind": "bar", "data": "d", "x": "k",
          "y": {"field": "v", "format": {"style": "currency", "currency": "USD",
          "magnitude": 1e6}}}, {"type": "table", "data": "d", "columns": ["k",
          {"field": "v", "format": {"magnitude": 1e6}}]}]})"));
    });
  };
  EXPECT_EQ(error("1e302"), "no error");
  EXPECT_EQ(error("1e303"),
            "doc.json:2:16: error: /blocks/0/y: expected values that stay below 1.8e308 when "
            "multiplied by their format's magnitude (1e+06), found 1e+303");
}

// A CSV dataset of `rows` rows, loaded.
std::string dataset_error(size_t rows) {
  auto doc = std::make_shared<spec::JsonDocument>(
      spec::JsonDocument::parse(R"({"data": {"big": {"file": "big.csv"}}})", "doc.json"));
  std::string csv = "v\n";
  csv.reserve(rows * 2 + 2);
  for (size_t i = 0; i < rows; ++i) csv += "1\n";
  spec::Dataset dataset;
  dataset.name = "big";
  dataset.pointer = "/data/big";
  dataset.document = doc.get();
  dataset.csv_bytes = std::make_shared<const std::string>(std::move(csv));
  dataset.csv_file = "big.csv";
  return folio::testing::error_of([&] { load_dataset(dataset); });
}

TEST(ChartLimits, ADatasetTakesTenMillionRows) {
  EXPECT_EQ(dataset_error(limits::kDatasetRows), "no error");
  EXPECT_EQ(dataset_error(limits::kDatasetRows + 1),
            "doc.json:1:18: error: /data/big: expected a dataset of at most 10000000 rows, found "
            "10000001 rows");
}

}  // namespace
}  // namespace folio::model
