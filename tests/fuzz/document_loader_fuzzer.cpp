// The document loader: scanning JSON and checking it as format v1, from any bytes.
#include "fuzz_support.h"
#include "spec/json_document.h"
#include "spec/parse.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  folio::fuzz::expecting_input_errors([&] {
    auto json = std::make_shared<folio::spec::JsonDocument>(
        folio::spec::JsonDocument::parse(folio::fuzz::text_of(data, size), "fuzz.json"));
    folio::spec::parse_document(json);
  });
  return 0;
}
