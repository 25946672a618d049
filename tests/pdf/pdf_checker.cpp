#include "pdf_checker.h"

#include <fmt/format.h>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <regex>

namespace folio::pdf_test {
namespace {

using Object = QPDFObjectHandle;

std::string text_of(Object object) {
  return object.isString() ? object.getUTF8Value() : "";
}

std::string stream_text(Object stream) {
  auto data = stream.getStreamData(qpdf_dl_generalized);
  return std::string(reinterpret_cast<const char*>(data->getBuffer()), data->getSize());
}

std::string xml_unescape(std::string text) {
  for (auto [entity, character] : {std::pair{"&lt;", "<"},
                                   {"&gt;", ">"},
                                   {"&quot;", "\""},
                                   {"&apos;", "'"},
                                   {"&#39;", "'"},
                                   {"&amp;", "&"}})
    for (size_t at = text.find(entity); at != std::string::npos; at = text.find(entity, at + 1))
      text.replace(at, std::string(entity).size(), character);
  return text;
}

// The text of the first element `name` in the XMP, or of its first rdf:li.
std::string xmp_value(const std::string& xmp, const std::string& name) {
  std::smatch match;
  std::regex element("<" + name + "(?: [^>]*)?>([\\s\\S]*?)</" + name + ">");
  if (!std::regex_search(xmp, match, element)) return "";
  std::string inner = match[1];
  std::smatch item;
  if (std::regex_search(inner, item, std::regex("<rdf:li(?: [^>]*)?>([\\s\\S]*?)</rdf:li>")))
    inner = item[1];
  return xml_unescape(inner);
}

// "D:20200302000000Z" and "2020-03-02T00:00:00Z" name the same moment.
std::string digits_of(const std::string& date) {
  std::string digits;
  for (char c : date)
    if (c >= '0' && c <= '9') digits += c;
  return digits.substr(0, 14);
}

void check_catalog(QPDF& pdf, std::vector<std::string>& problems) {
  Object catalog = pdf.getRoot();
  if (text_of(catalog.getKey("/Lang")).empty()) problems.push_back("the catalog has no /Lang");
  Object preferences = catalog.getKey("/ViewerPreferences");
  if (!preferences.isDictionary() || !preferences.getKey("/DisplayDocTitle").isBool() ||
      !preferences.getKey("/DisplayDocTitle").getBoolValue())
    problems.push_back("the viewer preferences do not set /DisplayDocTitle true");
  Object mark_info = catalog.getKey("/MarkInfo");
  if (!mark_info.isDictionary() || !mark_info.getKey("/Marked").isBool() ||
      !mark_info.getKey("/Marked").getBoolValue())
    problems.push_back("/MarkInfo does not say /Marked true");
  if (!catalog.getKey("/StructTreeRoot").isDictionary())
    problems.push_back("the catalog has no /StructTreeRoot");

  Object intents = catalog.getKey("/OutputIntents");
  bool srgb = false;
  if (intents.isArray())
    for (Object intent : intents.aitems())
      if (intent.getKey("/S").isNameAndEquals("/GTS_PDFA1") &&
          intent.getKey("/DestOutputProfile").isStream()) {
        Object profile = intent.getKey("/DestOutputProfile");
        std::string bytes = stream_text(profile);
        srgb = profile.getDict().getKey("/N").isInteger() &&
               profile.getDict().getKey("/N").getIntValue() == 3 && bytes.size() > 40 &&
               bytes.substr(36, 4) == "acsp";
      }
  if (!srgb) problems.push_back("no GTS_PDFA1 output intent with an RGB ICC profile");
}

void check_metadata(QPDF& pdf, std::vector<std::string>& problems) {
  Object metadata = pdf.getRoot().getKey("/Metadata");
  if (!metadata.isStream()) {
    problems.push_back("the catalog has no XMP /Metadata stream");
    return;
  }
  if (metadata.getDict().hasKey("/Filter"))
    problems.push_back("the XMP metadata is compressed; archives want it readable");
  std::string xmp = stream_text(metadata);
  if (xmp_value(xmp, "pdfuaid:part") != "1") problems.push_back("XMP: pdfuaid:part is not 1");
  if (xmp_value(xmp, "pdfaid:part") != "2" || xmp_value(xmp, "pdfaid:conformance") != "B")
    problems.push_back("XMP: pdfaid does not say part 2, conformance B");
  if (xmp.find("http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>") == std::string::npos)
    problems.push_back("XMP: no extension schema describes pdfuaid");
  Object info = pdf.getTrailer().getKey("/Info");
  if (!info.isDictionary()) {
    problems.push_back("the trailer has no /Info");
    return;
  }
  if (xmp_value(xmp, "dc:title").empty()) problems.push_back("XMP: dc:title is empty");
  const std::pair<const char*, const char*> pairs[] = {
      {"/Title", "dc:title"},          {"/Author", "dc:creator"},
      {"/Subject", "dc:description"},  {"/Keywords", "pdf:Keywords"},
      {"/Creator", "xmp:CreatorTool"}, {"/Producer", "pdf:Producer"}};
  for (auto [key, property] : pairs)
    if (text_of(info.getKey(key)) != xmp_value(xmp, property))
      problems.push_back(fmt::format("Info {} \"{}\" is not XMP {} \"{}\"", key,
                                     text_of(info.getKey(key)), property,
                                     xmp_value(xmp, property)));
  for (auto [key, property] :
       {std::pair{"/CreationDate", "xmp:CreateDate"}, {"/ModDate", "xmp:ModifyDate"}})
    if (digits_of(text_of(info.getKey(key))) != digits_of(xmp_value(xmp, property)))
      problems.push_back(fmt::format("Info {} is not XMP {}", key, property));
}

void check_trailer_id(QPDF& pdf, std::vector<std::string>& problems) {
  Object id = pdf.getTrailer().getKey("/ID");
  if (!id.isArray() || id.getArrayNItems() != 2 || !id.getArrayItem(0).isString())
    problems.push_back("the trailer has no /ID");
}

void check_annotations(QPDF& pdf, std::vector<std::string>& problems) {
  auto pages = QPDFPageDocumentHelper(pdf).getAllPages();
  for (size_t i = 0; i < pages.size(); ++i) {
    Object page = pages[i].getObjectHandle();
    Object annotations = page.getKey("/Annots");
    if (!annotations.isArray() || annotations.getArrayNItems() == 0) continue;
    if (!page.getKey("/Tabs").isNameAndEquals("/S"))
      problems.push_back(fmt::format("page {}: has annotations but no /Tabs /S", i + 1));
    for (Object annotation : annotations.aitems()) {
      Object flags = annotation.getKey("/F");
      if (!flags.isInteger() || (flags.getIntValue() & 4) == 0)
        problems.push_back(fmt::format("page {}: an annotation is not printed (/F)", i + 1));
      if (annotation.getKey("/Subtype").isNameAndEquals("/Link") &&
          text_of(annotation.getKey("/Contents")).empty())
        problems.push_back(fmt::format("page {}: a link annotation has no /Contents", i + 1));
    }
  }
}

void check_fonts(QPDF& pdf, std::vector<std::string>& problems) {
  for (Object font : pdf.getAllObjects()) {
    if (!font.isDictionary() || !font.getKey("/Type").isNameAndEquals("/Font")) continue;
    std::string subtype = font.getKey("/Subtype").isName() ? font.getKey("/Subtype").getName() : "";
    std::string name =
        font.getKey("/BaseFont").isName() ? font.getKey("/BaseFont").getName() : "a font";
    if (subtype == "/Type0" || subtype == "/TrueType" || subtype == "/Type1") {
      if (!font.getKey("/ToUnicode").isStream())
        problems.push_back(fmt::format("{} has no /ToUnicode map", name));
    }
    if (subtype == "/Type0" || subtype == "/Type3") continue;  // the descendant is checked
    Object descriptor = font.getKey("/FontDescriptor");
    if (!descriptor.isDictionary() ||
        !(descriptor.getKey("/FontFile").isStream() || descriptor.getKey("/FontFile2").isStream() ||
          descriptor.getKey("/FontFile3").isStream())) {
      problems.push_back(fmt::format("{} is not embedded", name));
      continue;
    }
    if (subtype == "/CIDFontType2") {
      if (!font.hasKey("/CIDToGIDMap"))
        problems.push_back(fmt::format("{} has no /CIDToGIDMap", name));
      if (!descriptor.getKey("/CIDSet").isStream())
        problems.push_back(fmt::format("{} has no /CIDSet", name));
    }
  }
}

}  // namespace

std::vector<std::string> pdf_problems(const std::string& pdf_bytes) {
  std::vector<std::string> problems;
  QPDF pdf;
  pdf.setSuppressWarnings(true);
  try {
    pdf.processMemoryFile("checked.pdf", pdf_bytes.data(), pdf_bytes.size());
    check_catalog(pdf, problems);
    check_metadata(pdf, problems);
    check_trailer_id(pdf, problems);
    check_annotations(pdf, problems);
    check_fonts(pdf, problems);
  } catch (const std::exception& error) {
    problems.push_back(std::string("qpdf cannot read the file: ") + error.what());
  }
  if (pdf.anyWarnings()) problems.push_back("qpdf warns about the file's syntax");
  return problems;
}

}  // namespace folio::pdf_test
