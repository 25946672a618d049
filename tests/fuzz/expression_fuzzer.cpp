// Text bound to data: a paragraph's {{ expressions }} (parsed, evaluated against datasets and
// parameters, formatted), then its inline Markdown.
#include <nlohmann/json.hpp>

#include "fuzz_support.h"
#include "model/document.h"
#include "spec/json_document.h"
#include "spec/parse.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text = folio::fuzz::text_of(data, size);
  nlohmann::json document = {{"meta", {{"title", "T"}, {"date", "2024-07-01"}}},
                             {"params", {{"country", "KHM"}, {"year", 2019}}},
                             {"data",
                              {{"trade",
                                {{"values",
                                  {{{"year", 2017}, {"usd_m", 780.5}, {"d", "2017-03"}},
                                   {{"year", 2018}, {"usd_m", nullptr}, {"d", "2018-03"}},
                                   {{"year", 2019}, {"usd_m", -1031}, {"d", "2019-03-02"}}}}}}}},
                             {"values", {{"growth", "{{ trade.usd_m | last }}"}}},
                             {"blocks", {{{"type", "paragraph"}, {"text", "x"}}}}};
  std::string json;
  try {
    document["blocks"][0]["text"] = text;
    json = document.dump();
  } catch (const nlohmann::json::exception&) {
    return 0;  // not UTF-8: the document scanner refuses it before any expression is read
  }
  folio::fuzz::expecting_input_errors([&] {
    auto parsed = std::make_shared<folio::spec::JsonDocument>(
        folio::spec::JsonDocument::parse(json, "fuzz.json"));
    folio::model::resolve_document(folio::spec::parse_document(parsed));
  });
  return 0;
}
