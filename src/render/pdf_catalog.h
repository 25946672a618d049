#pragma once
#include <string>

namespace folio::render {

// Adds entries to the document catalog of a finished PDF by appending an incremental update
// (a new revision of the catalog object, an xref section and a trailer pointing back to the
// previous one). Cairo 1.16 has no API for the catalog's /Lang. Returns the input unchanged if
// it does not end with the classic xref table and trailer Cairo writes.
// With `with_id`, the new trailer also gets an /ID: two copies of the MD5 of the file as
// Cairo wrote it, so that it depends on the content only.
std::string add_catalog_entries(std::string pdf, const std::string& entries, bool with_id = false);

// A PDF literal string: (text) with backslashes and parentheses escaped.
std::string pdf_string(const std::string& text);

}  // namespace folio::render
