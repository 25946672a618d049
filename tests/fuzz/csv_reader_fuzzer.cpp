// The CSV reader: UTF-8 checks, libcsv's records, header and cell typing, from any bytes.
#include "fuzz_support.h"
#include "model/csv_dataset.h"
#include "spec/json_document.h"
#include "spec/parse.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static auto document = std::make_shared<folio::spec::JsonDocument>(
      folio::spec::JsonDocument::parse(R"({"data": {"fuzz": {"file": "fuzz.csv"}}})", "doc.json"));
  folio::fuzz::expecting_input_errors([&] {
    // The first byte picks the delimiter, so tab-separated files are read too.
    bool tabs = size > 0 && data[0] % 2 == 1;
    folio::spec::Dataset dataset;
    dataset.name = "fuzz";
    dataset.pointer = "/data/fuzz";
    dataset.document = document.get();
    dataset.csv.delimiter = tabs ? '\t' : ',';
    dataset.csv.nulls = {"", "NA", ".."};
    dataset.csv_bytes = std::make_shared<const std::string>(folio::fuzz::text_of(data, size));
    dataset.csv_file = "fuzz.csv";
    folio::model::load_csv_dataset(dataset);
  });
  return 0;
}
