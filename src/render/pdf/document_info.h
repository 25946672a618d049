#pragma once
#include <string>

namespace folio::render::pdf {

// What a PDF says about itself, written twice with the same values: in the Info dictionary
// and in the XMP metadata (PDF/A requires the two to agree).
struct DocumentInfo {
  std::string title;
  std::string author;
  std::string subject;
  std::string keywords;  // comma-separated
  std::string creator;   // the program that made the content (xmp:CreatorTool)
  std::string producer;  // the program that wrote the PDF (pdf:Producer)
  std::string date;      // creation and modification, ISO 8601 in UTC: 2020-03-02T00:00:00Z
  std::string language;  // BCP 47: the catalog's /Lang and dc:language
};

// "2020-03-02T00:00:00Z" as a PDF date, "D:20200302000000Z".
std::string pdf_date(const std::string& iso_date);

}  // namespace folio::render::pdf
