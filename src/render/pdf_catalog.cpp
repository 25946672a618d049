#include "render/pdf_catalog.h"

#include <fmt/format.h>
#include <glib.h>

#include <regex>

namespace folio::render {

std::string pdf_string(const std::string& text) {
  std::string out = "(";
  for (char c : text) {
    if (c == '(' || c == ')' || c == '\\') out += '\\';
    out += c;
  }
  return out + ")";
}

std::string add_catalog_entries(std::string pdf, const std::string& entries, bool with_id) {
  static const std::regex trailer_re(R"(trailer\s*<<([\s\S]*?)>>\s*startxref\s*(\d+)\s*%%EOF\s*$)");
  std::smatch trailer;
  if (!std::regex_search(pdf, trailer, trailer_re)) return pdf;
  std::string dictionary = trailer[1];
  std::smatch root, size, info;
  if (!std::regex_search(dictionary, root, std::regex(R"(/Root\s+(\d+)\s+(\d+)\s+R)")) ||
      !std::regex_search(dictionary, size, std::regex(R"(/Size\s+(\d+))")))
    return pdf;
  std::string object_number = root[1], generation = root[2];
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
    gchar* md5 = g_compute_checksum_for_data(G_CHECKSUM_MD5,
                                             reinterpret_cast<const guchar*>(pdf.data()), pdf.size());
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
  std::string info_entry;
  if (std::regex_search(dictionary, info, std::regex(R"(/Info\s+\d+\s+\d+\s+R)")))
    info_entry = " " + info.str();
  pdf += fmt::format("trailer\n<< /Size {} /Root {} {} R{}{} /Prev {} >>\nstartxref\n{}\n%%EOF\n",
                     size[1].str(), object_number, generation, info_entry, id, trailer[2].str(),
                     xref);
  return pdf;
}

}  // namespace folio::render
