// schema/folio.schema.json against the parser: every sample validates, a corpus of broken
// documents is refused by both, and the keys each object takes are the parser's own (the
// chart kinds' keys from the kind registry, every other object's from the parser's source).
#include "spec/schema.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

#include "kind/chart_kind.h"
#include "model/document.h"
#include "spec/parse.h"
#include "test_support.h"

namespace folio::spec {
namespace {

using nlohmann::json;
const std::filesystem::path kSource = FOLIO_SOURCE_DIR;

json schema_json() {
  return json::parse(format_schema());
}

// A validator for the whole schema, or for one of its definitions (chart spec files are
// charts, not documents).
class SchemaCheck {
 public:
  explicit SchemaCheck(const std::string& definition = "") : source_(schema_json()) {
    if (!definition.empty()) {
      for (const char* key : {"properties", "required", "additionalProperties", "type"})
        source_.erase(key);
      source_["$ref"] = "#/$defs/" + definition;
    }
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
    valijson::adapters::NlohmannJsonAdapter adapter(source_);
    parser.populateSchema(adapter, schema_);
  }
  // Empty when `document` is valid, else the validator's first complaint.
  std::string problem(const json& document) const {
    valijson::Validator validator;
    valijson::ValidationResults results;
    valijson::adapters::NlohmannJsonAdapter target(document);
    if (validator.validate(schema_, target, &results)) return "";
    valijson::ValidationResults::Error error;
    std::string text;
    while (results.popError(error)) {
      std::string context;
      for (const auto& part : error.context) context += part;
      text += (text.empty() ? "" : "; ") + context + ": " + error.description;
    }
    return text.empty() ? "invalid" : text;
  }

 private:
  json source_;
  valijson::Schema schema_;
};

json read_json(const std::filesystem::path& path) {
  std::ifstream in(path);
  return json::parse(in);
}

std::vector<std::filesystem::path> sample_files() {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(kSource / "samples"))
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

TEST(Schema, IsValidJsonWithADescriptionAndExamplesForEveryKey) {
  json schema = schema_json();
  EXPECT_EQ(schema.at("$schema"), "https://json-schema.org/draft/2020-12/schema");
  int keys = 0;
  std::function<void(const json&, const std::string&)> walk = [&](const json& node,
                                                                  const std::string& where) {
    if (node.is_object()) {
      if (node.contains("properties") && node.at("properties").is_object())
        for (const auto& [key, property] : node.at("properties").items()) {
          ++keys;
          std::string at = where + "/properties/" + key;
          bool described = property.contains("description") ||
                           (property.contains("$ref") && !property.contains("examples"));
          EXPECT_TRUE(described) << at << " has no description";
          if (!property.contains("$ref")) {
            EXPECT_TRUE(property.contains("examples") || property.contains("const")) << at;
          }
        }
      for (const auto& [key, child] : node.items()) walk(child, where + "/" + key);
    } else if (node.is_array()) {
      for (size_t i = 0; i < node.size(); ++i) walk(node[i], where + "/" + std::to_string(i));
    }
  };
  walk(schema, "");
  EXPECT_GT(keys, 150);
}

TEST(Schema, EverySampleDocumentChartSpecAndDataFileValidates) {
  SchemaCheck documents, charts("chart"), data_files("dataFile");
  int checked = 0;
  for (const auto& path : sample_files()) {
    json file = read_json(path);
    if (file.is_object() && file.contains("blocks")) {
      EXPECT_EQ(documents.problem(file), "") << path;
      ++checked;
    } else if (file.is_object() && file.contains("kind")) {
      EXPECT_EQ(charts.problem(file), "") << path;
      ++checked;
    } else if (file.is_array() || file.contains("values") || file.contains("columns")) {
      EXPECT_EQ(data_files.problem(file), "") << path;
      ++checked;
    }
  }
  EXPECT_GE(checked, 20);
}

// The kinds' keys come from the kind registry, the parser's own list.
TEST(Schema, EachChartKindTakesExactlyTheKeysItsKindDeclares) {
  json defs = schema_json().at("$defs");
  for (const auto& kind : kind::chart_kinds()) {
    std::string name(kind.name);
    ASSERT_TRUE(defs.contains("chart_" + name)) << name;
    std::set<std::string> schema_keys;
    for (const auto& [key, value] : defs.at("chart_" + name).at("properties").items())
      schema_keys.insert(key);
    std::set<std::string> parser_keys;
    for (auto key : kind::common_keys()) parser_keys.emplace(key);
    for (auto key : kind.keys) parser_keys.emplace(key);
    EXPECT_EQ(schema_keys, parser_keys) << name;
  }
  // A chart offers the keys every chart takes until its kind is chosen (editors complete
  // from them), then its kind's own schema applies: one if/then per kind.
  const json& chart = defs.at("chart");
  EXPECT_EQ(chart.at("allOf").size(), kind::chart_kinds().size());
  EXPECT_EQ(chart.at("properties").at("kind").at("enum").size(), kind::chart_kinds().size());
  std::set<std::string> offered, common;
  for (const auto& [key, value] : chart.at("properties").items()) offered.insert(key);
  for (auto key : kind::common_keys()) common.emplace(key);
  EXPECT_EQ(offered, common);
}

// Every allow_only({...}) list in the parser is the key set of some object in the schema, so
// a key added to the parser and not to the schema fails here.
TEST(Schema, EveryObjectTheParserChecksHasTheSameKeysInTheSchema) {
  std::set<std::set<std::string>> schema_sets;
  std::function<void(const json&)> walk = [&](const json& node) {
    if (node.is_object()) {
      if (node.contains("properties") && node.value("additionalProperties", true) == false) {
        std::set<std::string> keys;
        for (const auto& [key, value] : node.at("properties").items()) keys.insert(key);
        schema_sets.insert(keys);
      }
      for (const auto& [key, child] : node.items()) walk(child);
    } else if (node.is_array()) {
      for (const auto& child : node) walk(child);
    }
  };
  walk(schema_json());
  int lists = 0;
  for (const auto& entry : std::filesystem::directory_iterator(kSource / "src/spec")) {
    if (entry.path().extension() != ".cpp") continue;
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    std::string source = text.str();
    for (size_t at = source.find("allow_only({"); at != std::string::npos;
         at = source.find("allow_only({", at + 1)) {
      size_t end = source.find("})", at);
      std::set<std::string> keys;
      for (size_t quote = source.find('"', at); quote < end; quote = source.find('"', quote + 1)) {
        size_t close = source.find('"', quote + 1);
        keys.insert(source.substr(quote + 1, close - quote - 1));
        quote = close;
      }
      ++lists;
      // The theme file's own keys are checked by the theme loader's schema, not this one.
      if (keys.count("description")) continue;
      EXPECT_TRUE(schema_sets.count(keys))
          << entry.path().filename() << ": allow_only of "
          << ::testing::PrintToString(std::vector<std::string>(keys.begin(), keys.end()))
          << " has no object with exactly these keys in the schema";
    }
  }
  EXPECT_GE(lists, 25);
}

// Broken documents, each one mistake in an otherwise valid document: the schema and the
// parser both refuse every one.
struct Broken {
  const char* pointer;  // where the mistake goes (JSON pointer; "-" appends to an array)
  const char* value;    // the JSON put there
};

const char* kBase = R"({"meta": {"title": "T", "language": "en"},
  "page": {"size": "A4", "margins": {"top": "20mm"}},
  "cover": {"kicker": "K"},
  "contents": {"title": "C", "depth": 2},
  "sources": {"title": "S"},
  "data": {"d": {"values": [{"k": "a", "v": 1}]},
           "c": {"file": "x.csv", "csv": {"skipRows": 0}}},
  "blocks": [
    {"type": "heading", "text": "H", "level": 1},
    {"type": "paragraph", "text": "P"},
    {"type": "list", "items": ["i"]},
    {"type": "callout", "title": "T", "text": "C"},
    {"type": "chart", "id": "b", "kind": "bar", "data": "d", "x": "k", "y": "v"},
    {"type": "chart", "id": "l", "kind": "line", "data": "d", "x": "k", "y": {"field": "v"}},
    {"type": "table", "data": "d", "columns": ["k", {"field": "v", "align": "right"}]},
    {"type": "grid", "columns": 2, "blocks": [{"type": "paragraph", "text": "G"}]},
    {"type": "stats", "id": "s", "kind": "stats", "items": [{"value": 1, "label": "L"}]},
    {"type": "pageBreak"}
  ]})";

const Broken kBroken[] = {
    {"/unknown", "1"},
    {"/folio", "2"},
    {"/folio", "\"1\""},
    {"/meta", "\"T\""},
    {"/meta/title", "5"},
    {"/meta/subtitle", "[]"},
    {"/meta/date", "\"2020/03/02\""},
    {"/meta/language", "\"not a tag!\""},
    {"/meta/keywords", "\"Korea\""},
    {"/meta/colour", "\"red\""},
    {"/page/size", "\"B9\""},
    {"/page/orientation", "\"sideways\""},
    {"/page/margins/top", "true"},
    {"/page/margins/middle", "\"1mm\""},
    {"/page/margins", "\"20 furlongs\""},
    {"/page/gutter", "1"},
    {"/style", "5"},
    {"/style", "{\"inherit\": \"neon\"}"},
    {"/style", "{\"colors\": {\"accent\": \"red\"}}"},
    {"/style", "{\"palette\": \"#fff\"}"},
    {"/style", "{\"unknown\": 1}"},
    {"/cover/logo", "{\"height\": \"10mm\"}"},
    {"/cover/lines", "\"one line\""},
    {"/cover/subtitle", "\"S\""},
    {"/contents/depth", "4"},
    {"/contents/depth", "0"},
    {"/contents", "\"yes\""},
    {"/sources/descriptions", "\"no\""},
    {"/params", "{\"country\": [1]}"},
    {"/values", "{\"growth\": 5}"},
    {"/strings", "{\"page\": 5}"},
    {"/fonts", "\"brand.ttf\""},
    {"/data/d", "{\"source\": \"S\"}"},
    {"/data/d/values", "{\"k\": 1}"},
    {"/data/d/format", "\"xml\""},
    {"/data/d/unknown", "1"},
    {"/data/c/csv/skipRows", "-1"},
    {"/data/c/csv/decimal", "\";\""},
    {"/data/c/csv/types", "{\"k\": \"integer\"}"},
    {"/data/c/csv/header", "true"},
    {"/data/d/transform", "[{\"filter\": \"v > 1\"}]"},
    {"/data/d/transform", "[{\"select\": \"k\"}]"},
    {"/data/d/transform", "[{\"unpivot\": {\"key\": \"year\"}}]"},
    {"/blocks", "{}"},
    {"/blocks/-", "{\"type\": \"mystery\"}"},
    {"/blocks/-", "{\"text\": \"no type\"}"},
    {"/blocks/0/level", "4"},
    {"/blocks/0/text", "7"},
    {"/blocks/1/style", "\"bold\""},
    {"/blocks/2/items", "\"i\""},
    {"/blocks/2/ordered", "\"yes\""},
    {"/blocks/3/colour", "\"red\""},
    {"/blocks/4/kind", "\"histogram\""},
    {"/blocks/4/id", "\"Has Spaces\""},
    {"/blocks/4/spans", "[]"},
    {"/blocks/4/orientation", "\"diagonal\""},
    {"/blocks/4/sort", "\"random\""},
    {"/blocks/4/stack", "\"heaped\""},
    {"/blocks/4/legend", "\"left\""},
    {"/blocks/4/top", "0"},
    {"/blocks/4/width", "10"},
    {"/blocks/4/height", "99999"},
    {"/blocks/4/aspectRatio", "100"},
    {"/blocks/4/y", "{\"title\": \"no field\"}"},
    {"/blocks/4/y", "{\"field\": \"v\", \"format\": \"roman\"}"},
    {"/blocks/4/y", "{\"field\": \"v\", \"format\": {\"decimals\": 9}}"},
    {"/blocks/4/y", "{\"field\": \"v\", \"format\": {\"currency\": \"dollars\"}}"},
    {"/blocks/4/y", "{\"field\": \"v\", \"format\": {\"notation\": \"medium\"}}"},
    {"/blocks/4/y", "{\"field\": \"v\", \"scale\": \"sqrt\"}"},
    {"/blocks/5/markers", "\"sometimes\""},
    {"/blocks/5/items", "[]"},
    {"/blocks/5/annotations", "[{\"type\": \"arrow\", \"y\": 1}]"},
    {"/blocks/5/facet", "{\"field\": \"k\", \"columns\": 9}"},
    {"/blocks/6/columns", "\"k\""},
    {"/blocks/6/columns/1/align", "\"justify\""},
    {"/blocks/6/columns/1/bar", "true"},
    {"/blocks/6/zebra", "\"yes\""},
    {"/blocks/6/totals", "{\"label\": \"Total\"}"},
    {"/blocks/7/columns", "5"},
    {"/blocks/7/blocks", "{}"},
    {"/blocks/8/items", "[{\"label\": \"no value\"}]"},
    {"/blocks/8/items/0/trend", "1"},
};

TEST(Schema, ACorpusOfBrokenDocumentsIsRefusedByTheSchemaAndByFolio) {
  SchemaCheck schema;
  json base = json::parse(kBase);
  // The base itself is valid to both (its CSV file aside, which the schema cannot see).
  ASSERT_EQ(schema.problem(base), "");
  size_t refused_by_both = 0;
  for (const auto& broken : kBroken) {
    json document = base;
    json::json_pointer where(broken.pointer);
    if (where.back() == "-")
      document[where.parent_pointer()].push_back(json::parse(broken.value));
    else
      document[where] = json::parse(broken.value);
    // The data file "x.csv" does not exist: it is dropped unless the mistake is about it.
    if (std::string(broken.pointer).rfind("/data/c", 0) != 0) document["data"].erase("c");
    std::string text = document.dump();
    EXPECT_NE(schema.problem(document), "") << broken.pointer << " = " << broken.value;
    // Some mistakes (a theme's name, a colour) are found when the document is resolved.
    std::string error = folio::testing::error_of(
        [&] { model::resolve_document(folio::testing::parse_text(text)); });
    EXPECT_NE(error, "no error") << broken.pointer << " = " << broken.value;
    if (error != "no error") ++refused_by_both;
  }
  EXPECT_GE(std::size(kBroken), 60u);
  EXPECT_EQ(refused_by_both, std::size(kBroken));
}

TEST(Schema, ADocumentMayNameItsSchema) {
  auto document = folio::testing::parse_text(
      R"({"$schema": "../schema/folio.schema.json", "meta": {"title": "T"}, "blocks": []})");
  EXPECT_EQ(document.meta.title, "T");
}

}  // namespace
}  // namespace folio::spec
