// A whole render of a small fuzzed document: parse, resolve, lay out pages and charts, and
// write the PDF (in memory; nothing touches the file system).
#include "fuzz_support.h"
#include "layout/paged_document.h"
#include "model/document.h"
#include "render/outputs.h"
#include "spec/json_document.h"
#include "spec/parse.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // Small documents only: the cost of a render grows with its size, and the fuzzer should
  // spend its time on shapes of documents rather than on long ones.
  if (size > 4096) return 0;
  folio::fuzz::expecting_input_errors([&] {
    auto json = std::make_shared<folio::spec::JsonDocument>(
        folio::spec::JsonDocument::parse(folio::fuzz::text_of(data, size), "fuzz.json"));
    auto document = folio::model::resolve_document(folio::spec::parse_document(json));
    auto paged = folio::layout::layout_document(document);
    folio::render::render_pdf(paged);
  });
  return 0;
}
