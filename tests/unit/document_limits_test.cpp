// What a document may hold, at each limit and one past it (src/core/limits.h): blocks, one
// string and the rows of a table. Pages are checked end to end
// (tests/e2e/render_limits_test.cpp).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/limits.h"
#include "model/document.h"
#include "test_support.h"

namespace folio::spec {
namespace {

using nlohmann::json;

std::string document_error(const json& blocks, const json& data = json::object()) {
  json doc = {{"meta", {{"title", "T"}}}, {"data", data}, {"blocks", blocks}};
  return folio::testing::error_of(
      [&] { model::resolve_document(folio::testing::parse_text(doc.dump())); });
}

json paragraphs(size_t count) {
  json blocks = json::array();
  for (size_t i = 0; i < count; ++i) blocks.push_back({{"type", "paragraph"}, {"text", "P."}});
  return blocks;
}

TEST(DocumentLimits, ADocumentTakesTwentyThousandBlocks) {
  EXPECT_EQ(document_error(paragraphs(limits::kBlocks)), "no error");
  std::string error = document_error(paragraphs(limits::kBlocks + 1));
  EXPECT_NE(error.find(": error: /blocks/20000: expected at most 20000 blocks in a document "
                       "(those in grids included), found more from this one on (split the "
                       "document)"),
            std::string::npos)
      << error;
}

TEST(DocumentLimits, BlocksInsideGridsCount) {
  json blocks = paragraphs(limits::kBlocks - 2);
  blocks.push_back({{"type", "grid"}, {"blocks", paragraphs(2)}});
  EXPECT_NE(document_error(blocks).find("/blocks/19998: expected at most 20000 blocks"),
            std::string::npos);
  blocks.back()["blocks"] = paragraphs(1);
  EXPECT_EQ(document_error(blocks), "no error");
}

TEST(DocumentLimits, AStringTakesAMebibyte) {
  std::string text(limits::kStringBytes, 'a');
  for (size_t i = 80; i < text.size(); i += 80) text[i] = ' ';
  for (const char* type : {"paragraph", "callout", "heading"})
    EXPECT_EQ(document_error(json::array({{{"type", type}, {"text", text}}})), "no error") << type;
  text += "b";
  EXPECT_EQ(document_error(json::array({{{"type", "paragraph"}, {"text", text}}})),
            "doc.json:1:20: error: /blocks/0/text: expected a string of at most 1048576 bytes, "
            "found 1048577 bytes");
  // Any string: a list's item, a data value.
  EXPECT_NE(document_error(json::array({{{"type", "list"}, {"items", {"short", text}}}}))
                .find("/blocks/0/items/1: expected a string of at most 1048576 bytes"),
            std::string::npos);
  EXPECT_NE(document_error(json::array(), {{"d", {{"values", {{{"k", text}}}}}}})
                .find("/data/d/values/0/k: expected a string of at most 1048576 bytes"),
            std::string::npos);
}

TEST(DocumentLimits, ATableTakesFiftyThousandRows) {
  auto table_error = [](size_t rows) {
    json values = json::array();
    for (size_t i = 0; i < rows; ++i) values.push_back({{"v", static_cast<double>(i)}});
    return document_error(json::array({{{"type", "table"}, {"data", "d"}, {"columns", {"v"}}}}),
                          {{"d", {{"values", values}}}});
  };
  EXPECT_EQ(table_error(limits::kTableRows), "no error");
  EXPECT_NE(table_error(limits::kTableRows + 1)
                .find("/blocks/0/data: expected a table of at most 50000 rows, found 50001 rows"),
            std::string::npos);
}

}  // namespace
}  // namespace folio::spec
