#include "render/pdf_catalog.h"

#include <fmt/format.h>
#include <glib.h>

#include <cctype>
#include <sstream>

namespace folio::render {

std::string pdf_string(const std::string& text) {
  std::string out = "(";
  for (char c : text) {
    if (c == '(' || c == ')' || c == '\\') out += '\\';
    out += c;
  }
  return out + ")";
}

namespace {

// The value after `key` in a PDF dictionary's text: "/Root 12 0 R" gives "12 0 R" for a
// reference (`words` 3) and "/Size 40" gives "40" (`words` 1); "" when absent.
std::string dictionary_value(const std::string& dictionary, const std::string& key, int words) {
  size_t at = dictionary.find(key);
  while (at != std::string::npos && at + key.size() < dictionary.size() &&
         std::isalnum(static_cast<unsigned char>(dictionary[at + key.size()])))
    at = dictionary.find(key, at + 1);  // "/Size" is not "/SizeX"
  if (at == std::string::npos) return "";
  std::istringstream in(dictionary.substr(at + key.size()));
  std::string value, word;
  for (int i = 0; i < words && in >> word; ++i) value += (i ? " " : "") + word;
  return value;
}

}  // namespace

std::string add_catalog_entries(std::string pdf, const std::string& entries, bool with_id) {
  // Cairo's file ends "trailer << ... >> startxref N %%EOF".
  size_t trailer_at = pdf.rfind("trailer");
  if (trailer_at == std::string::npos) return pdf;
  size_t opening = pdf.find("<<", trailer_at), shut = pdf.rfind(">>");
  size_t startxref_at = pdf.find("startxref", trailer_at);
  if (opening == std::string::npos || shut == std::string::npos ||
      startxref_at == std::string::npos || shut < opening || startxref_at < shut)
    return pdf;
  std::string dictionary = pdf.substr(opening + 2, shut - opening - 2);
  std::string previous_xref;
  std::istringstream(pdf.substr(startxref_at + 9)) >> previous_xref;
  std::istringstream root_reference(dictionary_value(dictionary, "/Root", 3));
  std::string object_number, generation, r;
  root_reference >> object_number >> generation >> r;
  std::string size = dictionary_value(dictionary, "/Size", 1);
  if (r != "R" || size.empty() || previous_xref.empty()) return pdf;
  size_t object = pdf.rfind("\n" + object_number + " " + generation + " obj");
  if (object == std::string::npos) return pdf;
  size_t start = pdf.find("<<", object), end = pdf.find("endobj", object);
  if (start == std::string::npos || end == std::string::npos) return pdf;
  std::string catalog = pdf.substr(start, end - start);
  size_t close = catalog.rfind(">>");
  if (close == std::string::npos) return pdf;
  catalog.insert(close, "   " + entries + "\n");

  std::string id;
  if (with_id) {
    gchar* md5 = g_compute_checksum_for_data(
        G_CHECKSUM_MD5, reinterpret_cast<const guchar*>(pdf.data()), pdf.size());
    id = fmt::format(" /ID [<{0}> <{0}>]", md5);
    g_free(md5);
  }
  if (pdf.back() != '\n') pdf += '\n';
  size_t offset = pdf.size();
  pdf += fmt::format("{} {} obj\n{}endobj\n", object_number, generation, catalog);
  size_t xref = pdf.size();
  // Each xref entry is exactly 20 bytes: 10-digit offset, 5-digit generation, 'n', space, newline.
  pdf +=
      fmt::format("xref\n{} 1\n{:010d} {:05d} n \n", object_number, offset, std::stoi(generation));
  std::string info = dictionary_value(dictionary, "/Info", 3);
  std::string info_entry = info.empty() ? "" : " /Info " + info;
  pdf += fmt::format("trailer\n<< /Size {} /Root {} {} R{}{} /Prev {} >>\nstartxref\n{}\n%%EOF\n",
                     size, object_number, generation, info_entry, id, previous_xref, xref);
  return pdf;
}

}  // namespace folio::render
