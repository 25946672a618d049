// `folio check`: every error of a document in one run, one line each or as JSON, without
// rendering anything.
#include <nlohmann/json.hpp>

#include "e2e_support.h"

namespace folio::e2e {
namespace {

class Check : public ::testing::Test {
 protected:
  CommandResult check(const std::string& json, const std::string& options = "") {
    std::ofstream(doc()) << json;
    return run(folio("check " + shell_quote(doc().string()) + " " + options));
  }
  std::filesystem::path doc() const { return dir_.path / "doc.json"; }
  std::vector<std::string> pointers_of(const std::string& json_report) const {
    std::vector<std::string> pointers;
    auto report = nlohmann::json::parse(json_report);  // kept: the loop walks into it
    for (const auto& error : report.at("errors"))
      pointers.push_back(error.at("pointer").get<std::string>());
    return pointers;
  }
  ScratchDir dir_{"check"};
};

const char* kManyErrors = R"({"meta": {"title": 5},
 "page": {"size": "B9"},
 "data": {"a": {"values": [{"x": 1}]}, "b": {"file": "missing.csv"}},
 "blocks": [
   {"type": "paragraph"},
   {"type": "chart", "id": "c", "kind": "bar", "data": "a", "x": "x", "y": "nope"},
   {"type": "heading", "text": "fine"},
   {"type": "mystery"}
 ]})";

TEST_F(Check, ReportsEveryErrorOfTheDocumentOneLineEach) {
  auto result = check(kManyErrors);
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.out, "");
  std::string file = doc().string();
  EXPECT_EQ(result.err,
            file + ":1:20: error: /meta/title: expected a string, found 5\n" + file +
                ":2:19: error: /page/size: expected \"A4\" or \"Letter\", found \"B9\"\n" + file +
                ":3:54: error: /data/b/file: expected a data file relative to the document, found "
                "no file \"missing.csv\"\n" +
                file + ":5:4: error: /blocks/0: expected a \"text\" key, found none\n" + file +
                ":8:13: error: /blocks/3/type: expected \"heading\", \"paragraph\", \"chart\", "
                "\"stats\", \"table\", \"list\", \"callout\", \"grid\" or \"pageBreak\", found "
                "\"mystery\"\n");
  // Nothing is rendered.
  EXPECT_FALSE(std::filesystem::exists(dir_.path / "out"));
}

TEST_F(Check, ErrorsInChartsAndTextsAreAllFoundOnceTheDataIsRight) {
  auto result = check(R"({"meta": {"title": "T"},
 "data": {"a": {"values": [{"x": 1, "y": 2}]}},
 "blocks": [
   {"type": "chart", "id": "c", "kind": "bar", "data": "a", "x": "x", "y": "nope"},
   {"type": "paragraph", "text": "Total {{ a.z | sum }}."},
   {"type": "chart", "id": "d", "kind": "bar", "data": "zz", "x": "x", "y": "y"}
 ]})",
                      "--format json");
  EXPECT_EQ(result.exit_code, 2) << result.err;
  EXPECT_EQ(pointers_of(result.out),
            (std::vector<std::string>{"/blocks/0/y", "/blocks/1/text", "/blocks/2/data"}))
      << result.out;
  auto report = nlohmann::json::parse(result.out);
  const auto& first = report.at("errors").at(0);
  EXPECT_EQ(first.at("line"), 4);
  EXPECT_EQ(first.at("found"), "\"nope\"");
  EXPECT_EQ(first.at("message").get<std::string>().rfind(doc().string() + ":4:", 0), 0u);
  EXPECT_TRUE(report.at("warnings").empty());
}

TEST_F(Check, AGoodDocumentSaysSoAndExitsZero) {
  auto sample = (std::filesystem::path(FOLIO_SOURCE_DIR) / "samples/korea-cambodia/briefing.json");
  auto result = run(folio("check " + shell_quote(sample.string())));
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.err, "");
  EXPECT_NE(result.out.find(": no errors ("), std::string::npos) << result.out;
  auto json = run(folio("check " + shell_quote(sample.string()) + " --format json"));
  EXPECT_EQ(json.exit_code, 0);
  EXPECT_TRUE(nlohmann::json::parse(json.out).at("errors").empty());
}

TEST_F(Check, ASyntaxErrorIsTheOnlyErrorItCanReport) {
  auto result = check("{\"meta\": {\"title\": \"T\"},\n \"blocks\": [}", "--format json");
  EXPECT_EQ(result.exit_code, 2);
  auto errors = nlohmann::json::parse(result.out).at("errors");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].at("line"), 2);
}

}  // namespace
}  // namespace folio::e2e
