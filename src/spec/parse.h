#pragma once
#include <filesystem>

#include "spec/document.h"
#include "spec/node.h"

namespace folio::spec {

// Reads and checks a document file, and the data files it names. Throws InputError.
Document parse_document_file(const std::filesystem::path& path);
Document parse_document(std::shared_ptr<const JsonDocument> json);

// One chart object, as found in a chart block (or, later, a standalone chart file).
Chart parse_chart(const Node& node);
NumberFormat parse_number_format(const Node& node);
// "20mm", "1in", "2.5cm", "36pt" or a bare number of points.
double parse_length_pt(const Node& node);

}  // namespace folio::spec
