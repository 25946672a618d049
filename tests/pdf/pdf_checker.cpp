#include "pdf_checker.h"

#include <fmt/format.h>

#include <functional>
#include <map>
#include <qpdf/Buffer.hh>
#include <qpdf/Pl_Discard.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <regex>
#include <set>

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

// Painting outside every marked-content sequence, and the MCIDs a page's content holds.
class ContentScan : public QPDFObjectHandle::TokenFilter {
 public:
  int untagged = 0;
  std::set<long long> mcids;

  void handleToken(QPDFTokenizer::Token const& token) override {
    if (token.getType() != QPDFTokenizer::tt_word) {
      if (token.getType() == QPDFTokenizer::tt_name && token.getValue() == "/MCID")
        after_mcid_ = true;
      else if (after_mcid_ && token.getType() == QPDFTokenizer::tt_integer) {
        pending_mcid_ = std::stoll(token.getValue());
        after_mcid_ = false;
      }
      return;
    }
    const std::string& op = token.getValue();
    static const std::set<std::string> painting = {"Tj", "TJ", "'",  "\"", "f", "F",  "f*", "B",
                                                   "B*", "b",  "b*", "S",  "s", "Do", "sh", "EI"};
    if (op == "BDC" || op == "BMC") {
      if (op == "BDC" && pending_mcid_ >= 0 && depth_ == 0) mcids.insert(pending_mcid_);
      ++depth_;
    } else if (op == "EMC") {
      if (depth_ > 0) --depth_;
    } else if (depth_ == 0 && painting.count(op)) {
      ++untagged;
    }
    pending_mcid_ = -1;
    after_mcid_ = false;
  }

 private:
  int depth_ = 0;
  long long pending_mcid_ = -1;
  bool after_mcid_ = false;
};

std::string type_of(Object element) {
  Object type = element.getKey("/S");
  return type.isName() ? type.getName().substr(1) : "";
}

std::vector<Object> kids_of(Object element) {
  Object kids = element.getKey("/K");
  if (kids.isArray()) return kids.getArrayAsVector();
  if (kids.isNull()) return {};
  return {kids};
}

bool is_element(Object object) {
  return object.isDictionary() && object.hasKey("/S");
}

// The rules on the tree itself, element by element.
void check_element(Object element, const std::string& parent, int depth,
                   std::map<std::string, int>& seen, int& last_heading,
                   std::vector<std::string>& problems) {
  static const std::set<std::string> standard = {
      "Document", "Part",   "Art",       "Sect",     "Div",   "BlockQuote", "Caption", "TOC",
      "TOCI",     "Index",  "NonStruct", "Private",  "P",     "H",          "H1",      "H2",
      "H3",       "H4",     "H5",        "H6",       "L",     "LI",         "Lbl",     "LBody",
      "Table",    "TR",     "TH",        "TD",       "THead", "TBody",      "TFoot",   "Span",
      "Quote",    "Note",   "Reference", "BibEntry", "Code",  "Link",       "Annot",   "Ruby",
      "Warichu",  "Figure", "Formula",   "Form"};
  std::string type = type_of(element);
  ++seen[type];
  if (depth > 64) return;
  if (!standard.count(type)) problems.push_back("a structure element of unknown type /" + type);
  auto kids = kids_of(element);
  std::vector<std::string> kid_types;
  for (Object kid : kids)
    if (is_element(kid)) kid_types.push_back(type_of(kid));
  auto only = [&](std::set<std::string> allowed, const char* what) {
    for (const auto& kid : kid_types)
      if (!allowed.count(kid))
        problems.push_back(fmt::format("a {} holds a {} ({})", type, kid, what));
  };
  static const std::set<std::string> groupings = {"Table", "THead", "TBody", "TFoot",
                                                  "TR",    "L",     "LI",    "TOC"};
  if (groupings.count(type))
    for (Object kid : kids)
      if (kid.isInteger() || (kid.isDictionary() && kid.getKey("/Type").isNameAndEquals("/MCR")))
        problems.push_back(fmt::format("a {} holds content directly, not in its parts", type));
  if (type == "Table" && kid_types.empty()) problems.push_back("a Table has no rows");
  if (type == "Figure" && text_of(element.getKey("/Alt")).empty())
    problems.push_back("a Figure has no /Alt");
  if (type == "Note" && !element.getKey("/ID").isString()) problems.push_back("a Note has no /ID");
  if (type == "Table") only({"THead", "TBody", "TFoot", "TR", "Caption"}, "rows or row groups");
  if (type == "THead" || type == "TBody" || type == "TFoot") only({"TR"}, "rows");
  if (type == "TR") {
    only({"TH", "TD"}, "cells");
    if (parent != "Table" && parent != "THead" && parent != "TBody" && parent != "TFoot")
      problems.push_back("a TR outside a Table, in a " + parent);
  }
  if ((type == "TH" || type == "TD") && parent != "TR")
    problems.push_back(fmt::format("a {} outside a TR, in a {}", type, parent));
  if (type == "TH") {
    Object attributes = element.getKey("/A");
    if (!attributes.isDictionary() || !attributes.getKey("/Scope").isName())
      problems.push_back("a TH has no /Scope");
  }
  if (type == "L") only({"LI", "L", "Caption"}, "list items");
  if (type == "LI") {
    only({"Lbl", "LBody"}, "a label and a body");
    if (parent != "L") problems.push_back("an LI outside an L, in a " + parent);
  }
  if (type == "TOC") only({"TOCI", "TOC", "Caption", "H1", "H2", "H3", "P"}, "entries");
  if (type == "TOCI" && parent != "TOC") problems.push_back("a TOCI outside a TOC");
  if (type == "Link") {
    bool annotation = false;
    for (Object kid : kids)
      if (kid.isDictionary() && kid.getKey("/Type").isNameAndEquals("/OBJR")) annotation = true;
    if (!annotation) problems.push_back("a Link element holds no link annotation (OBJR)");
  }
  if (type.size() == 2 && type[0] == 'H' && type[1] >= '1' && type[1] <= '6') {
    int level = type[1] - '0';
    if (level > last_heading + 1)
      problems.push_back(
          fmt::format("an H{} follows an H{}: a heading level is skipped", level, last_heading));
    last_heading = level;
  }
  for (Object kid : kids)
    if (is_element(kid)) check_element(kid, type, depth + 1, seen, last_heading, problems);
}

// Every MCID in the content is owned by an element of the parent tree, every marked-content
// reference of the tree exists, and nothing is painted outside marked content.
void check_structure(QPDF& pdf, std::vector<std::string>& problems) {
  Object root = pdf.getRoot().getKey("/StructTreeRoot");
  if (!root.isDictionary()) return;
  auto tops = kids_of(root);
  if (tops.size() != 1 || type_of(tops[0]) != "Document")
    problems.push_back("the structure tree's root does not hold one Document");
  std::map<std::string, int> seen;
  int last_heading = 0;
  for (Object top : tops)
    if (is_element(top)) check_element(top, "", 0, seen, last_heading, problems);

  std::map<long long, Object> parents;  // the parent tree, flattened
  Object numbers = root.getKey("/ParentTree").getKey("/Nums");
  if (numbers.isArray())
    for (int i = 0; i + 1 < numbers.getArrayNItems(); i += 2)
      parents[numbers.getArrayItem(i).getIntValue()] = numbers.getArrayItem(i + 1);

  auto pages = QPDFPageDocumentHelper(pdf).getAllPages();
  for (size_t i = 0; i < pages.size(); ++i) {
    ContentScan scan;
    Pl_Discard discard;
    pages[i].filterContents(&scan, &discard);
    if (scan.untagged > 0)
      problems.push_back(
          fmt::format("page {}: {} painting operators are neither tagged nor an "
                      "artifact",
                      i + 1, scan.untagged));
    Object key = pages[i].getObjectHandle().getKey("/StructParents");
    Object owners = key.isInteger() ? parents[key.getIntValue()] : Object::newNull();
    for (long long mcid : scan.mcids)
      if (!owners.isArray() || mcid >= owners.getArrayNItems() ||
          !is_element(owners.getArrayItem(static_cast<int>(mcid))))
        problems.push_back(
            fmt::format("page {}: marked content {} belongs to no element", i + 1, mcid));
    Object annotations = pages[i].getObjectHandle().getKey("/Annots");
    if (annotations.isArray())
      for (Object annotation : annotations.aitems()) {
        Object parent = annotation.getKey("/StructParent");
        if (!annotation.getKey("/Subtype").isNameAndEquals("/Link")) continue;
        if (!parent.isInteger() || type_of(parents[parent.getIntValue()]) != "Link")
          problems.push_back(
              fmt::format("page {}: a link annotation is in no Link element", i + 1));
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
    check_structure(pdf, problems);
  } catch (const std::exception& error) {
    problems.push_back(std::string("qpdf cannot read the file: ") + error.what());
  }
  if (pdf.anyWarnings()) problems.push_back("qpdf warns about the file's syntax");
  return problems;
}

}  // namespace folio::pdf_test
