#pragma once
#include <filesystem>

#include "core/error_collector.h"
#include "spec/document.h"
#include "spec/node.h"

namespace folio::spec {

struct ParseOptions {
  std::map<std::string, std::filesystem::path> replaced_data;  // --set data.NAME=FILE
  // Folders besides the document's own that its data, images, fonts, themes and included
  // charts may be read from (--allow-path DIR).
  std::vector<std::filesystem::path> allowed_folders;
  // `folio check`: errors go here, and parsing goes on with the next independent part (a
  // section, a dataset, a block); null: the first error is thrown.
  ErrorCollector* errors = nullptr;
};

// Reads and checks a document file, and the data files it names. Throws InputError.
Document parse_document_file(const std::filesystem::path& path, const ParseOptions& options = {});
Document parse_document(std::shared_ptr<const JsonDocument> json, const ParseOptions& options = {});

// A dataset object: records, columns or a JSON file (whose document is kept in `inputs`).
Dataset parse_dataset(const std::string& name, const Node& node, Inputs& inputs);

// One chart object, as found in a chart block or a standalone chart file. Its "data" is a
// dataset name or a dataset object; data files are kept in `inputs`.
Chart parse_chart(const Node& node, Inputs& inputs);

// A chart on its own (`folio chart`): the chart object is the whole file.
struct ChartFile {
  std::shared_ptr<const JsonDocument> json;
  Inputs inputs;
  Chart chart;
};
ChartFile parse_chart_file(const std::filesystem::path& path, const ParseOptions& options = {});
NumberFormat parse_number_format(const Node& node);
// Table columns: field names or {"field", "title", "format", "align"} (and "bar" where bars
// are drawn: table charts).
std::vector<TableColumn> parse_table_columns(const Node& node, bool bars_allowed);
// A BCP 47 language tag such as "en" or "ko-KR": the check, and the node read with it.
bool is_language_tag(const std::string& text);
std::string parse_language_tag(const Node& node);
// "20mm", "1in", "2.5cm", "36pt" or a bare number of points.
double parse_length_pt(const Node& node);

}  // namespace folio::spec
